import Dispatch
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Locking

/// What a run found in one input.
public struct FileResult: Sendable {
    public var path: String
    /// What the run reports: with a baseline, the new findings only.
    public var diagnostics: [Diagnostic]
    /// Findings the baseline already knows, reported by no format.
    public var baselined: [Diagnostic] = []
    /// The keys corpus-level rules gathered from the file (for shard reports and the cache).
    public var corpusKeys: [CorpusKeyRecord] = []
    /// The values of the front-matter fields the run was asked to record (`Linter.recordedFields`).
    public var fields: [String: String] = [:]
    /// What cross-document rules gathered from the file (for shard reports and the cache, as keys).
    public var gathered: [GatheredRecord] = []

    public init(path: String, diagnostics: [Diagnostic], baselined: [Diagnostic] = [], corpusKeys: [CorpusKeyRecord] = [],
                fields: [String: String] = [:], gathered: [GatheredRecord] = []) {
        self.path = path
        self.diagnostics = diagnostics
        self.baselined = baselined
        self.corpusKeys = corpusKeys
        self.fields = fields
        self.gathered = gathered
    }
}

/// Counts of a run, every input accounted for.
public struct LintSummary: Sendable, Equatable {
    public var files = 0
    public var filesWithFindings = 0
    public var errors = 0
    public var warnings = 0
    public var infos = 0
    public var durationMs = 0
    /// With a baseline: how many findings it knew, and how many of those are gone.
    public var baseline: BaselineCounts?

    public init() {}

    /// Counts a file's result.
    mutating func count(_ result: FileResult) {
        files += 1
        if !result.diagnostics.isEmpty { filesWithFindings += 1 }
        count(result.diagnostics)
    }

    /// Counts more findings of a file already counted (corpus-wide ones, found at the run's end).
    public mutating func countMore(_ result: FileResult, fileHadFindings: Bool) {
        if !fileHadFindings && !result.diagnostics.isEmpty { filesWithFindings += 1 }
        count(result.diagnostics)
    }

    private mutating func count(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            switch diagnostic.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
        }
    }
}

/// What a run against a baseline found of it.
public struct BaselineCounts: Sendable, Equatable, Codable {
    /// Findings the baseline knew, so not reported.
    public var matched: Int
    /// Findings the baseline holds for the files read that the run did not find again.
    public var gone: Int

    public init(matched: Int, gone: Int) {
        self.matched = matched
        self.gone = gone
    }
}

/// The engine's entry point: lints in-memory documents or files and folders with a rule set.
///
/// ```swift
/// let rules = try PackLoader.load(["un"])
/// let linter = Linter(rules: rules)
/// let findings = linter.lint(path: "A_RES_80_35-EN.md", bytes: Array(text.utf8))
/// ```
public struct Linter: Sendable {
    public let rules: RuleSet
    public var discovery = FileDiscovery()
    /// Files larger than this are reported and skipped without being read.
    public var maxFileBytes = 64 << 20
    /// Another extraction of the corpus: what each linted document lost relative to it is reported.
    public var reference: ReferenceCorpus?
    /// Worker threads; defaults to the number of cores, asked only when read: counting them
    /// reads the system's CPU settings (0.43 M instructions), which a run over one file, what a
    /// pre-commit hook pays on every commit, has no use for.
    public var jobs: Int {
        get { chosenJobs ?? ProcessInfo.processInfo.activeProcessorCount }
        set { chosenJobs = newValue }
    }
    private var chosenJobs: Int?
    /// Severities for files matching globs (a configuration's `overrides`), applied last.
    public var pathOverrides: [PathOverride] = []
    /// When set, time spent per rule is added here (`--timing`).
    public var timings: RuleTimings?
    /// When set, only findings it does not know are reported; the rest go to `FileResult.baselined`.
    public var baseline: Baseline?
    /// Called with (files done, files in the run) once the inputs are known, then as files are
    /// done, from worker threads: keep it quick.
    public var progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?
    /// A configuration's `front-matter: optional`: files without front matter are linted as bodies.
    public var frontMatterOptional = false
    /// Inputs whose bytes were read elsewhere (standard input), by the path they stand for.
    public var providedInputs: [String: [UInt8]] = [:]
    /// False for one shard of a run: corpus-level rules are judged by `merge` over every shard's keys.
    public var judgesCorpusRules = true
    /// When set, files unchanged since a run with the same rules take their findings from it.
    public var cache: LintCache?
    /// Front-matter fields whose values each `FileResult` keeps (an HTML report groups by them).
    public var recordedFields: [String] = []
    /// The settings besides the rules that change what a file yields: a cache is kept per value.
    /// A new such setting belongs here.
    public var cacheVariant: [String] {
        ["front-matter: " + (frontMatterOptional ? "optional" : "required")] + recordedFields.map { "recorded field: " + $0 }
    }
    /// Whether workers classify lines first (the two-stage engine). Off: measured in instructions
    /// (callgrind), the shipped packs cost 6% more on generated documents and 12% more on the
    /// real extracts with the classifier than with each pattern's own prefiltered matcher
    /// (docs/performance.md). The tests run both and compare their findings.
    var classifiesLines = false
    /// Inputs linted at once: at most this many documents and their results are in flight.
    var window = 2_048

    /// The folder document paths are relative to, for `files:` scopes, `when` tests on the path
    /// and `overrides` (the configuration's folder); by default, paths as named.
    public var root = ProjectRoot(nil)
    /// Whether packs' `applies-to` is ignored (examples test a rule on any document).
    public var ignoresAppliesTo = false

    public init(rules: RuleSet) { self.rules = rules }

    private var documentLinter: DocumentLinter {
        DocumentLinter(rules: rules, root: root, ignoresAppliesTo: ignoresAppliesTo, frontMatterOptional: frontMatterOptional)
    }

    /// Lints one document held in memory (an extraction pipeline's output before it is written,
    /// an editor's buffer, a rule's example). Graded as a run grades a file: the path overrides
    /// apply, and with a baseline only the findings it does not know are returned.
    public func lint(path: String, bytes: [UInt8]) -> [Diagnostic] {
        let found = DocumentTriage.binaryFinding(path: path, bytes: bytes).map { [$0] }
            ?? documentLinter.lint(Document(path: path, bytes: bytes), matchers: MatcherCache()).diagnostics
        var matcher = baseline?.matcher()
        return grade(FileResult(path: path, diagnostics: found), baseline: &matcher).diagnostics
    }

    /// The one grading path of every finding, whatever the entry point: the rule's severity was
    /// settled when the packs were loaded (with the configuration's `severity`); here the path
    /// overrides re-grade or drop findings, then the baseline takes those it knows.
    func grade(_ result: FileResult, baseline matcher: inout Baseline.Matcher?) -> FileResult {
        var result = result
        if !pathOverrides.isEmpty { result.diagnostics = applyOverrides(result.diagnostics, path: result.path) }
        return matcher?.split(result) ?? result
    }

    /// Lints every input under `paths` on all cores. `onFile` sees each file's result in input
    /// order as soon as it and all before it are done; once every file is read, it sees once more
    /// each file that corpus-wide rules (uniqueness) found something in, with those findings only.
    /// With a `baseline`, both see only the findings it does not know. The returned results hold
    /// everything (a run that need not keep them gives a `LintSink` to `lint(inputs:into:)`).
    public func lint(paths: [String], onFile: ((FileResult) -> Void)? = nil) -> (results: [FileResult], summary: LintSummary) {
        lint(inputs: discovery.inputList(namedBy: paths.map { Array($0.utf8) }), onFile: onFile)
    }

    /// `lint(paths:)` for inputs already found (`discovery.inputs`), so a caller can look at them first.
    public func lint<Inputs: RandomAccessCollection<InputFile>>(inputs: Inputs, onFile: ((FileResult) -> Void)? = nil)
        -> (results: [FileResult], summary: LintSummary) where Inputs.Index == Int {
        var collector = ResultCollector(expected: inputs.count, onFile: onFile)
        let summary = lint(inputs: inputs, into: &collector)
        return (collector.results, summary)
    }

    /// Lints every input on all cores and hands each result to `sink` as soon as it and all before
    /// it are done (see `LintSink`), keeping none of them: memory stays flat however many files a
    /// run reads, but for the few strings a file corpus-wide rules judge at the end.
    /// `inputs`: an array, or an `InputList` (what a run over many files keeps).
    public func lint<Inputs: RandomAccessCollection<InputFile>>(inputs: Inputs, into sink: inout some LintSink) -> LintSummary
        where Inputs.Index == Int {
        let clock = ContinuousClock()
        let start = clock.now
        progress?(0, inputs.count)
        var run = RunTally(self, files: inputs.count, path: { inputs[$0].path })
        // Windows bound memory: at most one window of documents is in flight.
        var windowStart = 0
        while windowStart < inputs.count {
            let slice = Array(inputs[windowStart..<min(windowStart + window, inputs.count)])
            for found in lintConcurrently(slice, done: windowStart, of: inputs.count) { run.add(found, linter: self, into: &sink) }
            windowStart += window
        }
        var summary = run.finish(linter: self, into: &sink)
        let elapsed = clock.now - start
        summary.durationMs = Int(elapsed.components.seconds * 1_000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
        return summary
    }

    /// Joins files linted elsewhere (shard reports, read in path order) as if this run had linted
    /// them: grading, the baseline, the corpus-level rules over every file's keys and the summary
    /// apply as in `lint(paths:)`, and `onFile` sees the same results in the same order.
    /// `durationMs` is 0.
    public func join(_ files: [FileResult], onFile: ((FileResult) -> Void)? = nil) -> (results: [FileResult], summary: LintSummary) {
        var collector = ResultCollector(expected: files.count, onFile: onFile)
        var run = RunTally(self, files: files.count, path: { files[$0].path })
        for file in files { run.add(file, linter: self, into: &collector) }
        let summary = run.finish(linter: self, into: &collector)
        return (collector.results, summary)
    }

    /// Lints a window of the inputs; `done` of `total` were done before it (for `progress`).
    private func lintConcurrently(_ inputs: [InputFile], done: Int, of total: Int) -> [FileResult] {
        let outcomes = UnsafeMutableBufferPointer<FileResult>.allocate(capacity: inputs.count)
        defer { outcomes.deallocate() }
        let next = WorkCounter(), finished = WorkCounter()
        let linter = { var linter = documentLinter; linter.recordedFields = recordedFields; return linter }()
        let workers = inputs.count <= 1 ? 1 : max(1, min(jobs, inputs.count))
        // Each slot is written by exactly one worker; workers take small batches from a shared counter.
        nonisolated(unsafe) let slots = outcomes
        let workerTimings = (0..<workers).map { _ in timings.map { RuleTimings(rules: $0.nanoseconds.count - 1) } }
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let matchers = MatcherCache(classifies: classifiesLines)
            while let batch = next.take(8, of: inputs.count) {
                for index in batch {
                    (slots.baseAddress! + index).initialize(to: lintOne(inputs[index], linter: linter, matchers: matchers, timings: workerTimings[worker]))
                }
                if let progress { progress(done + finished.add(batch.count), total) }
            }
        }
        if let timings { workerTimings.compactMap { $0 }.forEach(timings.merge) }
        let result = Array(outcomes)
        _ = outcomes.baseAddress.map { $0.deinitialize(count: inputs.count) }
        return result
    }

    /// One input's findings before grading (the cache holds them so: the configuration's path
    /// overrides may change between runs).
    private func lintOne(_ input: InputFile, linter: DocumentLinter, matchers: MatcherCache, timings: RuleTimings?) -> FileResult {
        switch input {
        case let .problem(path, rule, message):
            return FileResult(path: path, diagnostics: [Diagnostic(path: path, line: 1, column: 1, rule: rule, severity: .error, message: message)])
        case .file(let path), .namedInBytes(let path, _):
            let read = providedInputs[path].map { FileReader.Outcome.bytes($0) } ?? FileReader.read(input.pathBytes, maxBytes: maxFileBytes)
            switch read {
            case let .problem(rule, message):
                return FileResult(path: path, diagnostics: [Diagnostic(path: path, line: 1, column: 1, rule: rule, severity: .error, message: message)])
            case let .bytes(bytes):
                if let binary = DocumentTriage.binaryFinding(path: path, bytes: bytes) { return FileResult(path: path, diagnostics: [binary]) }
                let digest = cache.map { _ in SHA256.hex(bytes) }
                var found: FileResult
                var document: Document?
                if let digest, let cached = cache?.entry(path: path, digest: digest) {
                    found = cached
                } else {
                    document = Document(path: path, bytes: bytes)
                    let outcome = linter.lint(document!, matchers: matchers, timings: timings)
                    found = FileResult(path: path, diagnostics: outcome.diagnostics, corpusKeys: outcome.corpusKeys.map { entry in
                        CorpusKeyRecord(rule: rules.rules[entry.rule].info.id, key: entry.key.key, line: entry.key.line, column: entry.key.column)
                    }, fields: outcome.fields, gathered: outcome.gathered)
                    if let digest { cache?.record(found, digest: digest) }
                }
                // What the document lost against an earlier extraction, graded as its other findings;
                // never cached, since the reference may change while the file does not.
                if let reference {
                    found.diagnostics += reference.compare(document ?? Document(path: path, bytes: bytes), maxFileBytes: maxFileBytes)
                    found.diagnostics.sort(by: Diagnostic.ordered)
                }
                return found
            }
        }
    }

    /// Re-grades (or drops) findings of a file by the overrides whose globs match its path.
    private func applyOverrides(_ diagnostics: [Diagnostic], path: String) -> [Diagnostic] {
        let relative = root.relative(path)
        var severities: [String: Severity?] = [:]
        for override in pathOverrides where override.files.contains(where: { $0.matches(relative) }) {
            for entry in override.severity { severities[entry.id] = entry.severity }
        }
        guard !severities.isEmpty else { return diagnostics }
        return diagnostics.compactMap { diagnostic in
            guard let severity = severities[diagnostic.rule] else { return diagnostic }
            guard let severity else { return nil }
            var regraded = diagnostic
            regraded.severity = severity
            return regraded
        }
    }
}

/// Hands out batches of indices to workers, or counts what they finished.
final class WorkCounter: @unchecked Sendable {
    private let lock = Lock()
    private var next = 0

    /// Adds `count` and returns the new total.
    func add(_ count: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        next += count
        return next
    }

    func take(_ size: Int, of total: Int) -> Range<Int>? {
        lock.lock()
        defer { lock.unlock() }
        guard next < total else { return nil }
        let range = next..<min(next + size, total)
        next = range.upperBound
        return range
    }
}
