/// A finding's identity across runs: its rule, its file and its offending text (the message when
/// a check gives none). The line number is left out on purpose, so an edit above a finding does
/// not make it look new. Reports (SARIF, Code Climate) and baselines use the same pieces: reports
/// number equal findings of a file to tell them apart, baselines count them.
public enum Fingerprint {
    /// One fingerprint per diagnostic, in order, for reports: 16 hex digits of FNV-1a 64 over the
    /// rule, the path, the offending text and the finding's occurrence among the equal ones of its file.
    public static func of(_ diagnostics: [Diagnostic]) -> [String] {
        var seen: [String: Int] = [:]
        return diagnostics.map { diagnostic in
            let key = [diagnostic.rule, normalized(diagnostic.path), offendingText(diagnostic)].joined(separator: "\u{0}")
            let occurrence = seen[key, default: 0]
            seen[key] = occurrence + 1
            return hex(fnv1a64(key + "\u{0}\(occurrence)"))
        }
    }

    /// The fingerprint of the offending text alone, for baselines (which key by path and rule besides).
    public static func text(of diagnostic: Diagnostic) -> String {
        hex(fnv1a64(offendingText(diagnostic)))
    }

    /// What identifies a finding within its file and rule: the text it is about, else its message.
    public static func offendingText(_ diagnostic: Diagnostic) -> String {
        diagnostic.snippet ?? diagnostic.message
    }

    /// FNV-1a, 64 bits, over the UTF-8 bytes: tiny, fast and stable across platforms and releases.
    static func fnv1a64(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// `./a.md` and `a.md` are the same file.
    public static func normalized(_ path: String) -> String {
        var path = Substring(path)
        while path.hasPrefix("./") { path = path.dropFirst(2) }
        return String(path)
    }
}
