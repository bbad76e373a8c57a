import ArgumentParser
import CorpusLint
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Reporters

/// `--fix`, `--unsafe-fixes`, `--diff`: repairs of what the rules know how to repair. Nothing is
/// written without `--fix`; `--diff` shows the repairs and writes nothing.
struct FixArguments: ParsableArguments {
    @Flag(help: "Apply the safe fixes (encoding, line endings, spaces, quoting) to the files, then report what remains.")
    var fix = false

    @Flag(help: "With --fix or --diff: the unsafe fixes too, which change words a reader sees (page furniture, running headers, split paragraphs).")
    var unsafeFixes = false

    @Flag(help: "Print the fixes as a unified diff and change nothing (exit 1 when there is something to fix).")
    var diff = false

    var options: FixOptions { FixOptions(fix: fix, unsafeFixes: unsafeFixes, diff: diff) }
}

/// What `FixArguments` read, and the fix run it asks for.
struct FixOptions: Equatable {
    var fix = false
    var unsafeFixes = false
    var diff = false

    var isActive: Bool { fix || diff }

    func validate() throws {
        if unsafeFixes, !isActive { throw ValidationError("--unsafe-fixes chooses which fixes --fix or --diff applies: add one of them") }
    }

    /// What a fix run did, for the findings and the closing line.
    struct Report {
        /// Findings about files that could not be fixed, by path.
        var findings: [String: [Diagnostic]] = [:]
        var filesChanged = 0
        var fixesApplied = 0
        /// Findings left with an unsafe fix that this run did not apply.
        var unsafeLeft = 0
    }

    /// Works out the fixes; with `--diff` prints them, else writes them. Standard input cannot be written.
    func run(_ inputs: InputList, linter: Linter, maxFileBytes: Int, standardInput: (path: String, bytes: [UInt8])?) throws -> Report {
        if standardInput != nil, !diff {
            throw ValidationError("--fix cannot write standard input back; use --diff to see its fixes")
        }
        let fixer = Fixer(linter: linter, includesUnsafe: unsafeFixes)
        var report = Report()
        FixRun.fix(inputs, fixer: fixer, maxFileBytes: maxFileBytes, jobs: linter.jobs,
                   provided: standardInput.map { [$0.path: $0.bytes] } ?? [:]) { outcome in
            if !unsafeFixes { report.unsafeLeft += outcome.fixed.remaining.filter { $0.fix?.safety == .unsafe }.count }
            guard outcome.fixed.changed else { return }
            if diff {
                Output.write(UnifiedDiff.diff(outcome.original, outcome.fixed.bytes, path: VisibleText.escaped(outcome.path)))
                report.filesChanged += 1
                report.fixesApplied += outcome.fixed.applied.count
                return
            }
            switch FixedFileWriter.write(outcome.fixed.bytes, over: outcome.original, at: outcome.input.pathBytes) {
            case .written:
                report.filesChanged += 1
                report.fixesApplied += outcome.fixed.applied.count
            case .changedOnDisk:
                report.findings[outcome.path, default: []].append(Diagnostic(
                    path: outcome.path, line: 1, column: 1, rule: "fix/changed-on-disk", severity: .warning,
                    message: "the file changed on disk while its fixes were made: it was left as it is; run --fix again"))
            case .failed(let reason):
                report.findings[outcome.path, default: []].append(Diagnostic(
                    path: outcome.path, line: 1, column: 1, rule: "fix/not-written", severity: .error,
                    message: "the fixed file could not be written: \(reason); it was left as it was"))
            }
        }
        return report
    }

    /// `--diff`'s closing line, on standard error; true when something would change.
    func summarizeDiff(_ report: Report) -> Bool {
        if report.filesChanged == 0 {
            Output.error("corpuslint: no fix to apply" + unsafeHint(report))
        } else {
            Output.error("corpuslint: \(Self.count(report.fixesApplied, "fix", "fixes")) would change \(Self.count(report.filesChanged, "file", "files")) "
                         + "(--fix\(unsafeFixes ? " --unsafe-fixes" : "") applies them)" + unsafeHint(report))
        }
        return report.filesChanged > 0
    }

    /// `--fix`'s closing line, after the findings that remain: what was fixed, what is left.
    func summarizeFix(_ report: Report, remaining: LintSummary) {
        let left = remaining.errors + remaining.warnings + remaining.infos
        Output.error("corpuslint: fixed \(Self.count(report.fixesApplied, "finding", "findings")) in \(Self.count(report.filesChanged, "file", "files")); "
                     + "\(Self.count(left, "finding remains", "findings remain"))" + unsafeHint(report))
    }

    /// Where unsafe fixes were left out, how many findings offer one.
    private func unsafeHint(_ report: Report) -> String {
        report.unsafeLeft == 0 ? "" : "; \(Self.count(report.unsafeLeft, "finding has an unsafe fix", "findings have unsafe fixes")) (--unsafe-fixes applies them)"
    }

    static func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
}
