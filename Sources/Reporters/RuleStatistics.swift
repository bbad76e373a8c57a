import CorpusLint

/// `--statistics`: how many findings each rule made, most first, then the total.
///
/// ```
///     12  error    numbering/gap
///      3  warning  core/mojibake
///     15  findings
/// ```
public enum RuleStatistics {
    public static func table(_ diagnostics: some Sequence<Diagnostic>) -> String {
        var counts = Counts()
        counts.add(diagnostics)
        return counts.table
    }

    /// The counts as findings go by, so a run need not keep its findings for the table.
    public struct Counts: Sendable {
        private var counts: [String: (count: Int, severity: Severity)] = [:]
        private var total = 0

        public init() {}

        public mutating func add(_ diagnostics: some Sequence<Diagnostic>) {
            for diagnostic in diagnostics {
                total += 1
                let entry = counts[diagnostic.rule]
                // A rule regraded for some files by overrides shows its most severe grade.
                counts[diagnostic.rule] = ((entry?.count ?? 0) + 1, max(entry?.severity ?? diagnostic.severity, diagnostic.severity))
            }
        }

        public var table: String {
            let rows = counts.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }
            let width = max(5, String(total).count)
            func number(_ n: Int) -> String { String(repeating: " ", count: width - String(n).count) + String(n) }
            func padded(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
            var lines = rows.map { "\(number($0.value.count))  \(padded($0.value.severity.rawValue, 7))  \($0.key)" }
            lines.append("\(number(total))  finding\(total == 1 ? "" : "s")")
            return lines.joined(separator: "\n") + "\n"
        }
    }
}
