import Dispatch
import Foundation

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

    public init(path: String, diagnostics: [Diagnostic], baselined: [Diagnostic] = [], corpusKeys: [CorpusKeyRecord] = [], fields: [String: String] = [:]) {
        self.path = path
        self.diagnostics = diagnostics
        self.baselined = baselined
        self.corpusKeys = corpusKeys
        self.fields = fields
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

    mutating func count(_ result: FileResult) {
        files += 1
        if !result.diagnostics.isEmpty { filesWithFindings += 1 }
        for diagnostic in result.diagnostics {
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
    /// Worker threads; defaults to the number of cores.
    public var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// Severities for files matching globs (a configuration's `overrides`), applied last.
    public var pathOverrides: [PathOverride] = []
    /// When set, time spent per rule is added here (`--timing`).
    public var timings: RuleTimings?
    /// When set, only findings it does not know are reported; the rest go to `FileResult.baselined`.
    public var baseline: Baseline?
    /// Called with (files done, files in the run) once the inputs are known, then as files are
    /// done, from worker threads: keep it quick.
    public var progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?
    /// False for one shard of a run: corpus-level rules are judged by `merge` over every shard's keys.
    public var judgesCorpusRules = true
    /// When set, files unchanged since a run with the same rules take their findings from it.
    public var cache: LintCache?
    /// The settings besides the rules that change what a file yields: a cache is kept per value.
    /// A new such setting belongs here.
    public var cacheVariant: [String] {
        ["front-matter: " + (frontMatterOptional ? "optional" : "required")] + recordedFields.map { "recorded field: " + $0 }
    }
    /// Front-matter fields whose values each `FileResult` keeps (an HTML report groups by them).
    public var recordedFields: [String] = []
    /// A configuration's `front-matter: optional`: files without front matter are linted as bodies.
    public var frontMatterOptional = false
    /// Inputs whose bytes were read elsewhere (standard input), by the path they stand for.
    public var providedInputs: [String: [UInt8]] = [:]

    public init(rules: RuleSet) { self.rules = rules }

    /// Lints one document held in memory (an extraction pipeline's output before it is written).
    public func lint(path: String, bytes: [UInt8]) -> [Diagnostic] {
        DocumentLinter(rules: rules, frontMatterOptional: frontMatterOptional).lint(Document(path: path, bytes: bytes), matchers: MatcherCache()).diagnostics
    }

    /// Lints every input under `paths` on all cores. `onFile` sees each file's result in input
    /// order as soon as it and all before it are done; once every file is read, it sees once more
    /// each file that corpus-wide rules (uniqueness) found something in, with those findings only.
    /// With a `baseline`, both see only the findings it does not know. The returned results hold
    /// everything.
    public func lint(paths: [String], onFile: ((FileResult) -> Void)? = nil) -> (results: [FileResult], summary: LintSummary) {
        lint(inputs: discovery.inputs(paths), onFile: onFile)
    }

    /// `lint(paths:)` for inputs already found (`discovery.inputs`), so a caller can look at them first.
    public func lint(inputs: [InputFile], onFile: ((FileResult) -> Void)? = nil) -> (results: [FileResult], summary: LintSummary) {
        let clock = ContinuousClock()
        let start = clock.now
        progress?(0, inputs.count)
        var assembly = RunAssembly(matcher: baseline?.matcher(), count: inputs.count)

        // Windows bound memory: at most one window of documents is in flight.
        let window = 2_048
        var windowStart = 0
        while windowStart < inputs.count {
            let slice = Array(inputs[windowStart..<min(windowStart + window, inputs.count)])
            for result in lintConcurrently(slice, done: windowStart, of: inputs.count) { assembly.add(result, onFile: onFile) }
            windowStart += window
        }
        var (results, summary) = finish(assembly, onFile: onFile)
        let elapsed = clock.now - start
        summary.durationMs = Int(elapsed.components.seconds * 1_000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
        return (results, summary)
    }

    /// Joins files linted elsewhere (shard reports, read in path order) as if this run had linted
    /// them: the baseline, the corpus-level rules over every file's keys, and the summary apply
    /// as in `lint(paths:)`, and `onFile` sees the same results in the same order. `durationMs` is 0.
    public func join(_ files: [FileResult], onFile: ((FileResult) -> Void)? = nil) -> (results: [FileResult], summary: LintSummary) {
        var assembly = RunAssembly(matcher: baseline?.matcher(), count: files.count)
        for file in files { assembly.add(file, onFile: onFile) }
        return finish(assembly, onFile: onFile)
    }

    /// What every run does once each file is linted: corpus-level rules, then the summary.
    private func finish(_ assembly: RunAssembly, onFile: ((FileResult) -> Void)?) -> (results: [FileResult], summary: LintSummary) {
        var results = assembly.results
        var matcher = assembly.matcher
        let corpus = judgesCorpusRules ? corpusFindings(results) : [:]
        if !corpus.isEmpty {
            for index in results.indices {
                guard var extra = corpus[results[index].path] else { continue }
                if !pathOverrides.isEmpty { extra = applyOverrides(extra, path: results[index].path) }
                guard !extra.isEmpty else { continue }
                let found = FileResult(path: results[index].path, diagnostics: extra)
                let result = matcher?.split(found) ?? found
                if !result.diagnostics.isEmpty { onFile?(result) }
                results[index].diagnostics = (results[index].diagnostics + result.diagnostics).sorted(by: Diagnostic.ordered)
                results[index].baselined = (results[index].baselined + result.baselined).sorted(by: Diagnostic.ordered)
            }
        }
        var summary = LintSummary()
        for result in results { summary.count(result) }
        if let matcher { summary.baseline = BaselineCounts(matched: matcher.matched, gone: matcher.gone(inFiles: results.map(\.path))) }
        return (results, summary)
    }

    /// Lints a window of the inputs; `done` of `total` were done before it (for `progress`).
    private func lintConcurrently(_ inputs: [InputFile], done: Int, of total: Int) -> [FileResult] {
        let outcomes = UnsafeMutableBufferPointer<FileResult>.allocate(capacity: inputs.count)
        defer { outcomes.deallocate() }
        let next = WorkCounter(), finished = WorkCounter()
        let linter = DocumentLinter(rules: rules, frontMatterOptional: frontMatterOptional, recordedFields: recordedFields)
        let workers = max(1, min(jobs, inputs.count))
        // Each slot is written by exactly one worker; workers take small batches from a shared counter.
        nonisolated(unsafe) let slots = outcomes
        let workerTimings = (0..<workers).map { _ in timings.map { RuleTimings(rules: $0.nanoseconds.count - 1) } }
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let matchers = MatcherCache()
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
                // The cache holds findings before per-path overrides, which the configuration may change.
                let digest = cache.map { _ in SHA256.hex(bytes) }
                var found: FileResult
                if let digest, let cached = cache?.entry(path: path, digest: digest) {
                    found = cached
                } else {
                    let outcome = linter.lint(Document(path: path, bytes: bytes), matchers: matchers, timings: timings)
                    found = FileResult(path: path, diagnostics: outcome.diagnostics, corpusKeys: outcome.corpusKeys.map { entry in
                        CorpusKeyRecord(rule: rules.rules[entry.rule].info.id, key: entry.key.key, line: entry.key.line, column: entry.key.column)
                    }, fields: outcome.fields)
                    if let digest { cache?.record(found, digest: digest) }
                }
                if !pathOverrides.isEmpty { found.diagnostics = applyOverrides(found.diagnostics, path: path) }
                return found
            }
        }
    }

    /// Re-grades (or drops) findings of a file by the overrides whose globs match its path.
    private func applyOverrides(_ diagnostics: [Diagnostic], path: String) -> [Diagnostic] {
        let relative = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
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

    /// Findings of corpus checks: each document whose key an earlier document already has is
    /// reported, naming that earlier document.
    private func corpusFindings(_ results: [FileResult]) -> [String: [Diagnostic]] {
        var ruleIndex: [String: Int] = [:]
        for (index, rule) in rules.rules.enumerated() where rule.check is any CorpusCheck { ruleIndex[rule.info.id] = index }
        var first: [Int: [String: Int]] = [:]
        var found: [String: [Diagnostic]] = [:]
        for (file, result) in results.enumerated() {
            for key in result.corpusKeys {
                // A key of a rule this rule set lacks (a shard report made with other rules) is not judged.
                guard let index = ruleIndex[key.rule] else { continue }
                if let earlier = first[index]?[key.key] {
                    let info = rules.rules[index].info
                    let report = info.report(UniqueCheck.outcomes[0].name)
                    guard let severity = report.severity else { continue }
                    let message = report.message.render(["value": key.key, "other": results[earlier].path])
                    found[result.path, default: []].append(Diagnostic(path: result.path, line: key.line, column: key.column,
                                                                     rule: report.id, severity: severity, message: message))
                } else {
                    first[index, default: [:]][key.key] = file
                }
            }
        }
        return found
    }
}

/// The results of a run as files are done, in input order, with the baseline applied.
private struct RunAssembly {
    var matcher: Baseline.Matcher?
    var results: [FileResult] = []

    init(matcher: Baseline.Matcher?, count: Int) {
        self.matcher = matcher
        results.reserveCapacity(count)
    }

    mutating func add(_ found: FileResult, onFile: ((FileResult) -> Void)?) {
        let result = matcher?.split(found) ?? found
        onFile?(result)
        results.append(result)
    }
}

/// Hands out batches of indices to workers, or counts what they finished.
final class WorkCounter: @unchecked Sendable {
    private let lock = NSLock()
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
