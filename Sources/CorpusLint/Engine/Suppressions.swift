#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Inline suppressions written in documents as HTML comments:
///
/// ```
/// <!-- corpuslint-disable-next-line numbering/gap -->
/// <!-- corpuslint-disable footnote/undefined-reference -->  …  <!-- corpuslint-enable footnote/undefined-reference -->
/// <!-- corpuslint-disable-line -->          (no rule: every rule)
/// ```
/// A suppression that silences nothing is itself reported (`suppression/unused`).
struct Suppressions {
    struct Entry {
        var rules: [String]   // empty: every rule
        var lines: ClosedRange<Int>
        var commentLine: Int
        var commentColumn: Int
        var used = false
    }

    private(set) var entries: [Entry] = []

    static let marker = Array("corpuslint-".utf8)

    /// Reads the suppression comments of a document; cheap when the text has none.
    init(text: UnsafeBufferPointer<UInt8>, lines: LineIndex) {
        guard Self.contains(text, Self.marker) else { return }
        var open: [String: (line: Int, column: Int)] = [:]
        for number in 1...max(lines.count, 1) where number <= lines.count {
            let range = lines.range(ofLine: number)
            let line = String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)
            var rest = Substring(line)
            while let start = rest.range(of: "<!--"), let end = rest[start.upperBound...].range(of: "-->") {
                let body = rest[start.upperBound..<end.lowerBound].split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
                let column = line.distance(from: line.startIndex, to: start.lowerBound) + 1
                rest = rest[end.upperBound...]
                guard let directive = body.first else { continue }
                let rules = body.dropFirst().map(String.init)
                switch directive {
                case "corpuslint-disable-next-line":
                    entries.append(Entry(rules: rules, lines: (number + 1)...(number + 1), commentLine: number, commentColumn: column))
                case "corpuslint-disable-line":
                    entries.append(Entry(rules: rules, lines: number...number, commentLine: number, commentColumn: column))
                case "corpuslint-disable":
                    for rule in rules.isEmpty ? ["*"] : rules { open[rule] = (number, column) }
                case "corpuslint-enable":
                    for rule in rules.isEmpty ? Array(open.keys) : rules {
                        if let begin = open.removeValue(forKey: rule) {
                            entries.append(Entry(rules: rule == "*" ? [] : [rule], lines: begin.line...number, commentLine: begin.line, commentColumn: begin.column))
                        }
                    }
                default:
                    continue
                }
            }
        }
        for (rule, begin) in open.sorted(by: { $0.key < $1.key }) {
            entries.append(Entry(rules: rule == "*" ? [] : [rule], lines: begin.line...Int.max, commentLine: begin.line, commentColumn: begin.column))
        }
    }

    var isEmpty: Bool { entries.isEmpty }

    /// Whether `diagnostic` is silenced; marks the suppression that silenced it as used.
    mutating func suppresses(_ diagnostic: Diagnostic) -> Bool {
        for index in entries.indices where entries[index].lines.contains(diagnostic.line) {
            if entries[index].rules.isEmpty || entries[index].rules.contains(diagnostic.rule) {
                entries[index].used = true
                return true
            }
        }
        return false
    }

    /// Findings for the suppressions that silenced nothing.
    func unused(path: String) -> [Diagnostic] {
        entries.filter { !$0.used }.map { entry in
            let what = entry.rules.isEmpty ? "every rule" : entry.rules.joined(separator: ", ")
            return Diagnostic(path: path, line: entry.commentLine, column: entry.commentColumn, rule: "suppression/unused",
                              severity: .warning, message: "this suppression of \(what) silences nothing; remove it")
        }
    }

    /// The whole text is searched for every document, so candidates are found with libc's
    /// vectorized `memchr` and confirmed with `memcmp`.
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let base = haystack.baseAddress, let first = needle.first, haystack.count >= needle.count else { return false }
        let end = base + haystack.count
        var cursor = base
        return needle.withUnsafeBytes { pattern in
            while end - cursor >= needle.count {
                guard let hit = memchr(cursor, Int32(first), end - cursor - needle.count + 1) else { return false }
                let candidate = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(candidate, pattern.baseAddress!, needle.count) == 0 { return true }
                cursor = candidate + 1
            }
            return false
        }
    }
}
