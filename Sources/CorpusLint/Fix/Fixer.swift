/// Repairs one document in memory: lints it, applies the fixes its findings offer, and lints
/// again until no fix is left or `maxPasses` is reached. Fixes that overlap wait for the next
/// pass; each pass judges the text as `lint` does, through the same `Linter`.
public struct Fixer: Sendable {
    public var linter: Linter
    /// Whether fixes that change words a reader sees are applied too (`--unsafe-fixes`).
    public var includesUnsafe: Bool
    /// Passes are bounded: two fixes that undo each other must not loop for ever.
    public var maxPasses = 10

    public init(linter: Linter, includesUnsafe: Bool = false) {
        self.linter = linter
        self.includesUnsafe = includesUnsafe
    }

    /// A fix that was applied, and the finding that offered it (on the text of its pass).
    public struct Applied: Sendable {
        public var diagnostic: Diagnostic
        public var fix: Fix
        public var pass: Int
    }

    public struct Outcome: Sendable {
        /// The repaired bytes (the input's when nothing applied).
        public var bytes: [UInt8]
        public var applied: [Applied]
        /// The findings of the repaired text (with the fixes they still offer, unsafe ones among them).
        public var remaining: [Diagnostic]
        public var passes: Int
        /// False when `maxPasses` ran out while fixes were still being applied.
        public var isStable: Bool
        public var changed: Bool { !applied.isEmpty }
    }

    /// The fixes `diagnostics` offer that this fixer applies, each once, in the findings' order.
    public func fixes(in diagnostics: [Diagnostic]) -> [(diagnostic: Diagnostic, fix: Fix)] {
        var seen = Set<Fix>()
        return diagnostics.compactMap { diagnostic in
            guard let fix = diagnostic.fix, includesUnsafe || fix.safety == .safe, seen.insert(fix).inserted else { return nil }
            return (diagnostic, fix)
        }
    }

    /// A fix whose edits put back the bytes already there would be "applied" for ever.
    static func changesNothing(_ fix: Fix, _ bytes: [UInt8]) -> Bool {
        fix.edits.allSatisfy { edit in
            edit.range.upperBound <= bytes.count && bytes[edit.range].elementsEqual(edit.replacement.utf8)
        }
    }

    public func fix(path: String, bytes: [UInt8]) -> Outcome {
        var bytes = bytes
        var applied: [Applied] = []
        var diagnostics = linter.lint(path: path, bytes: bytes)
        var pass = 0
        while pass < maxPasses {
            let offered = fixes(in: diagnostics).filter { !Self.changesNothing($0.fix, bytes) }
            guard !offered.isEmpty else { return Outcome(bytes: bytes, applied: applied, remaining: diagnostics, passes: pass, isStable: true) }
            pass += 1
            let outcome = FixApplication.apply(offered.map(\.fix), to: bytes)
            guard !outcome.applied.isEmpty, outcome.bytes != bytes else {
                return Outcome(bytes: bytes, applied: applied, remaining: diagnostics, passes: pass, isStable: true)
            }
            // Every finding an applied fix repairs counts, the two line-ending findings one fix serves included.
            let taken = Set(outcome.applied)
            for diagnostic in diagnostics {
                guard let fix = diagnostic.fix, taken.contains(fix) else { continue }
                applied.append(Applied(diagnostic: diagnostic, fix: fix, pass: pass))
            }
            bytes = outcome.bytes
            diagnostics = linter.lint(path: path, bytes: bytes)
        }
        return Outcome(bytes: bytes, applied: applied, remaining: diagnostics, passes: pass, isStable: fixes(in: diagnostics).isEmpty)
    }
}
