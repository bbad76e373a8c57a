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
///
/// The engine asks as each finding is made, before findings are counted against their bound.
struct Suppressions {
    struct Entry {
        var rules: [String]   // empty: every rule
        var lines: ClosedRange<Int>
        var commentLine: Int
        var commentColumn: Int
        /// A `disable` … `enable` block rather than one line.
        var isBlock = false
    }

    private(set) var entries: [Entry] = []
    /// One-line entries by their line, and blocks by rule ("" for every rule) in order of their
    /// first line, so that a finding looks only at the comments that can cover it: a file with a
    /// comment and a finding on each of 100,000 lines costs n log n, not n².
    private var lineEntries: [Int: [Int]] = [:]
    private var blocks: [String: [Int]] = [:]

    static let marker = Array("corpuslint-".utf8)
    static let commentStart = Array("<!--".utf8)
    static let commentEnd = Array("-->".utf8)

    /// Reads the suppression comments of a document; cheap when the text has none. Comments are
    /// found in the bytes, and columns (in Unicode scalars) counted on from the previous comment:
    /// a line of megabytes can hold a hundred thousand of them.
    init(text: UnsafeBufferPointer<UInt8>, lines: LineIndex) {
        guard Self.contains(text, Self.marker) else { return }
        var open: [String: (line: Int, column: Int)] = [:]
        for number in stride(from: 1, through: lines.count, by: 1) {
            let range = lines.range(ofLine: number)
            var (cursor, counted, column) = (range.lowerBound, range.lowerBound, 1)
            while let start = Self.find(Self.commentStart, in: text, cursor..<range.upperBound),
                  let end = Self.find(Self.commentEnd, in: text, (start + 4)..<range.upperBound) {
                let body = String(decoding: UnsafeBufferPointer(rebasing: text[(start + 4)..<end]), as: UTF8.self)
                    .split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" })
                for offset in counted..<start where text[offset] & 0xC0 != 0x80 { column += 1 }
                counted = start
                cursor = end + 3
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
                            entries.append(Entry(rules: rule == "*" ? [] : [rule], lines: begin.line...number, commentLine: begin.line,
                                                 commentColumn: begin.column, isBlock: true))
                        }
                    }
                default:
                    continue
                }
            }
        }
        for (rule, begin) in open.sorted(by: { $0.key < $1.key }) {
            entries.append(Entry(rules: rule == "*" ? [] : [rule], lines: begin.line...Int.max, commentLine: begin.line,
                                 commentColumn: begin.column, isBlock: true))
        }
        for (index, entry) in entries.enumerated() {
            if entry.isBlock {
                blocks[entry.rules.first ?? "", default: []].append(index)
            } else {
                lineEntries[entry.lines.lowerBound, default: []].append(index)
            }
        }
        // The blocks of one rule never overlap (a second `disable` of an open rule only moves its
        // start), except that one may end on the line where the next begins.
        for key in blocks.keys { blocks[key]!.sort { entries[$0].lines.lowerBound < entries[$1].lines.lowerBound } }
    }

    var isEmpty: Bool { entries.isEmpty }

    /// The comment (index in `entries`) that silences a finding of `rule` on `line`: the first
    /// written, when several do.
    func comment(silencing rule: String, at line: Int) -> Int? {
        var first = Int.max
        for index in lineEntries[line] ?? [] where entries[index].rules.isEmpty || entries[index].rules.contains(rule) {
            first = index
            break
        }
        for key in [rule, ""] {
            guard let list = blocks[key] else { continue }
            // The last block starting at or before the line, and the one before it (which may end on it).
            var low = 0, high = list.count
            while low < high {
                let mid = (low + high) / 2
                if entries[list[mid]].lines.lowerBound <= line { low = mid + 1 } else { high = mid }
            }
            for position in stride(from: low - 1, through: max(0, low - 2), by: -1) where entries[list[position]].lines.contains(line) {
                first = min(first, list[position])
            }
        }
        return first == Int.max ? nil : first
    }

    /// Findings for the comments that silenced nothing: those whose index is not in `used`.
    func unused(path: String, used: Set<Int>) -> [Diagnostic] {
        entries.indices.filter { !used.contains($0) }.map { index in
            let entry = entries[index]
            let what = entry.rules.isEmpty ? "every rule" : entry.rules.joined(separator: ", ")
            return Diagnostic(path: path, line: entry.commentLine, column: entry.commentColumn, rule: "suppression/unused",
                              severity: .warning, message: "this suppression of \(what) silences nothing; remove it")
        }
    }

    /// The offset of the first `needle` within `range` of `text`.
    static func find(_ needle: [UInt8], in text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard range.count >= needle.count, let base = text.baseAddress else { return nil }
        let window = UnsafeBufferPointer(start: base + range.lowerBound, count: range.count)
        var found: Int?
        _ = contains(window, needle) { found = range.lowerBound + $0 }
        return found
    }

    /// The whole text is searched for every document, so candidates are found with libc's
    /// vectorized `memchr` and confirmed with `memcmp`.
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        contains(haystack, needle) { _ in }
    }

    /// `contains`, telling `found` the offset of the first occurrence.
    private static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8], found: (Int) -> Void) -> Bool {
        guard let base = haystack.baseAddress, let first = needle.first, haystack.count >= needle.count else { return false }
        let end = base + haystack.count
        var cursor = base
        return needle.withUnsafeBytes { pattern in
            while end - cursor >= needle.count {
                guard let hit = memchr(cursor, Int32(first), end - cursor - needle.count + 1) else { return false }
                let candidate = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(candidate, pattern.baseAddress!, needle.count) == 0 {
                    found(candidate - base)
                    return true
                }
                cursor = candidate + 1
            }
            return false
        }
    }
}
