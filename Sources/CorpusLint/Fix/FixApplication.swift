/// Applies fixes to a file's bytes. Fixes whose edits overlap an edit already taken are left for
/// a later pass (the `Fixer` lints again and offers them anew, on the changed text), so one pass
/// never has to guess how two repairs of the same bytes combine.
public enum FixApplication {
    public struct Outcome: Sendable {
        public var bytes: [UInt8]
        /// The fixes applied, in the order they were given.
        public var applied: [Fix]
        /// The fixes left out because they overlapped one applied before them.
        public var deferred: [Fix]
    }

    /// The bytes with every fix applied that does not overlap an earlier one in `fixes`; a fix
    /// with an edit past the end of `bytes` (made for other bytes) is deferred too.
    public static func apply(_ fixes: [Fix], to bytes: [UInt8]) -> Outcome {
        var taken: [TextEdit] = []
        var applied: [Fix] = [], deferred: [Fix] = []
        for fix in fixes {
            let fits = fix.edits.allSatisfy { $0.range.lowerBound >= 0 && $0.range.upperBound <= bytes.count }
            let clashes = fix.edits.contains { edit in taken.contains(where: edit.overlaps) }
                || fix.edits.enumerated().contains { i, edit in fix.edits[(i + 1)...].contains(where: edit.overlaps) }
            if fits, !clashes {
                taken += fix.edits
                applied.append(fix)
            } else {
                deferred.append(fix)
            }
        }
        return Outcome(bytes: apply(edits: taken, to: bytes), applied: applied, deferred: deferred)
    }

    /// The bytes with non-overlapping `edits` applied.
    public static func apply(edits: [TextEdit], to bytes: [UInt8]) -> [UInt8] {
        guard !edits.isEmpty else { return bytes }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 64)
        var cursor = 0
        for edit in edits.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            output += bytes[cursor..<edit.range.lowerBound]
            output += Array(edit.replacement.utf8)
            cursor = edit.range.upperBound
        }
        output += bytes[cursor...]
        return output
    }
}
