/// The unified diff of two versions of a file, line by line, as `diff -u` and `git diff` print
/// it: what `--diff` shows of the fixes it would apply. Lines keep their terminators when
/// compared, so a CRLF turned into LF is a changed line; a last line without a line break is
/// marked `\ No newline at end of file`.
public enum UnifiedDiff {
    /// Lines of context around each change.
    public static let context = 3
    /// Past this many differing lines, the changed middle of the file is shown as one block
    /// instead of being matched line by line (the search costs the product of the two).
    static let maxEditDistance = 2_000

    /// The diff, empty when the two are equal; `path` names both sides.
    public static func diff(_ old: [UInt8], _ new: [UInt8], path: String) -> String {
        guard old != new else { return "" }
        let a = lines(old), b = lines(new)
        let script = editScript(a, b)
        var out = "--- \(path)\n+++ \(path)\n"
        for hunk in hunks(script) {
            let oldStart = hunk.first.map { $0.oldIndex } ?? 0, newStart = hunk.first.map { $0.newIndex } ?? 0
            let oldCount = hunk.filter { $0.kind != .insert }.count, newCount = hunk.filter { $0.kind != .delete }.count
            out += "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n"
            for step in hunk {
                let line: ArraySlice<UInt8>
                switch step.kind {
                case .keep: line = a[step.oldIndex]; out += " "
                case .delete: line = a[step.oldIndex]; out += "-"
                case .insert: line = b[step.newIndex]; out += "+"
                }
                if line.last == 0x0A {
                    out += String(decoding: line, as: UTF8.self)
                } else {
                    out += String(decoding: line, as: UTF8.self) + "\n\\ No newline at end of file\n"
                }
            }
        }
        return out
    }

    /// `start,count` with 1-based starts; an empty side starts at the line before it.
    private static func range(_ start: Int, _ count: Int) -> String {
        count == 0 ? "\(start),0" : count == 1 ? "\(start + 1)" : "\(start + 1),\(count)"
    }

    /// Lines with their terminators (`\n`; a CR stays part of the line).
    static func lines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        var start = 0
        for (i, byte) in bytes.enumerated() where byte == 0x0A {
            result.append(bytes[start...i])
            start = i + 1
        }
        if start < bytes.count { result.append(bytes[start...]) }
        return result
    }

    struct Step {
        enum Kind { case keep, delete, insert }
        var kind: Kind
        /// For an insertion, the old line it comes before; for a deletion, the new line it precedes.
        var oldIndex: Int
        var newIndex: Int
    }

    /// The shortest edit script (Myers), on the part between the common first and last lines.
    static func editScript(_ a: [ArraySlice<UInt8>], _ b: [ArraySlice<UInt8>]) -> [Step] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        var steps = (0..<prefix).map { Step(kind: .keep, oldIndex: $0, newIndex: $0) }
        steps += middle(a, b, prefix, a.count - suffix, prefix, b.count - suffix)
        steps += (0..<suffix).map { Step(kind: .keep, oldIndex: a.count - suffix + $0, newIndex: b.count - suffix + $0) }
        return steps
    }

    private static func middle(_ a: [ArraySlice<UInt8>], _ b: [ArraySlice<UInt8>], _ aStart: Int, _ aEnd: Int, _ bStart: Int, _ bEnd: Int) -> [Step] {
        let n = aEnd - aStart, m = bEnd - bStart
        let whole = (aStart..<aEnd).map { Step(kind: .delete, oldIndex: $0, newIndex: bStart) }
            + (bStart..<bEnd).map { Step(kind: .insert, oldIndex: aEnd, newIndex: $0) }
        guard n > 0, m > 0 else { return whole }
        let maxD = min(n + m, maxEditDistance)
        let offset = maxD + 1
        var v = [Int](repeating: 0, count: 2 * maxD + 3)
        var trace: [[Int]] = []
        var found = false
        search: for d in 0...maxD {
            trace.append(v)
            for k in stride(from: -d, through: d, by: 2) {
                var x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1] : v[offset + k - 1] + 1
                var y = x - k
                while x < n, y < m, a[aStart + x] == b[bStart + y] { x += 1; y += 1 }
                v[offset + k] = x
                if x >= n, y >= m { found = true; break search }
            }
        }
        guard found else { return whole }
        // Walk the trace back from the end, collecting steps in reverse.
        var steps: [Step] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let v = trace[d]
            let k = x - y
            let previousK = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? k + 1 : k - 1
            let previousX = d == 0 ? 0 : v[offset + previousK]
            let previousY = previousX - previousK
            while x > previousX, y > previousY {
                x -= 1; y -= 1
                steps.append(Step(kind: .keep, oldIndex: aStart + x, newIndex: bStart + y))
            }
            if d > 0 {
                if x == previousX {
                    y -= 1
                    steps.append(Step(kind: .insert, oldIndex: aStart + x, newIndex: bStart + y))
                } else {
                    x -= 1
                    steps.append(Step(kind: .delete, oldIndex: aStart + x, newIndex: bStart + y))
                }
            }
        }
        return steps.reversed()
    }

    /// Changes with `context` lines around them; changes closer than twice that share a hunk.
    static func hunks(_ steps: [Step]) -> [[Step]] {
        let changed = steps.indices.filter { steps[$0].kind != .keep }
        guard !changed.isEmpty else { return [] }
        var hunks: [[Step]] = []
        var start = max(0, changed[0] - context), end = min(steps.count, changed[0] + context + 1)
        for index in changed.dropFirst() {
            if index - context <= end {
                end = min(steps.count, index + context + 1)
            } else {
                hunks.append(Array(steps[start..<end]))
                start = index - context
                end = min(steps.count, index + context + 1)
            }
        }
        hunks.append(Array(steps[start..<end]))
        return hunks
    }
}
