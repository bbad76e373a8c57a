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
    /// Another extraction of the corpus: what each linted document lost relative to it is reported.
    public var reference: ReferenceCorpus?
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
    /// everything.
    public func lint(paths: [String], onFile: ((FileResult) -> Void)? = nil) -> (results: [FileResult], summary: LintSummary) {
        lint(inputs: discovery.inputs(paths), onFile: onFile)
    }

    /// `lint(paths:)` for inputs already found (`discovery.inputs`), so a caller can look at them first.
    public func lint(inputs: [InputFile], onFile: ((FileResult) -> Void)? = nil) -> (results: [FileResult], summary: LintSummary) {
        let clock = ContinuousClock()
        let start = clock.now
        progress?(0, inputs.count)
        var matcher = baseline?.matcher()
        var results: [FileResult] = []
        results.reserveCapacity(inputs.count)

        // Windows bound memory: at most one window of documents is in flight.
        let window = 2_048
        var windowStart = 0
        while windowStart < inputs.count {
            let slice = Array(inputs[windowStart..<min(windowStart + window, inputs.count)])
            for found in lintConcurrently(slice, done: windowStart, of: inputs.count) {
                let result = grade(found, baseline: &matcher)
                onFile?(result)
                results.append(result)
            }
            windowStart += window
        }
        var (graded, summary) = finish(results, matcher: matcher, onFile: onFile)
        let elapsed = clock.now - start
        summary.durationMs = Int(elapsed.components.seconds * 1_000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
        return (graded, summary)
    }

    /// Joins files linted elsewhere (shard reports, read in path order) as if this run had linted
    /// them: grading, the baseline, the corpus-level rules over every file's keys and the summary
    /// apply as in `lint(paths:)`, and `onFile` sees the same results in the same order.
    /// `durationMs` is 0.
    public func join(_ files: [FileResult], onFile: ((FileResult) -> Void)? = nil) -> (results: [FileResult], summary: LintSummary) {
        var matcher = baseline?.matcher()
        var results: [FileResult] = []
        results.reserveCapacity(files.count)
        for file in files {
            let result = grade(file, baseline: &matcher)
            onFile?(result)
            results.append(result)
        }
        return finish(results, matcher: matcher, onFile: onFile)
    }

    /// What every run does once each file is linted and graded: corpus-level rules, then the summary.
    /// Cross-document checks judge what every file gave them, from this run, the cache or shard
    /// reports alike.
    private func finish(_ results: [FileResult], matcher: Baseline.Matcher?, onFile: ((FileResult) -> Void)?) -> (results: [FileResult], summary: LintSummary) {
        var results = results
        var matcher = matcher
        var corpus = judgesCorpusRules ? corpusFindings(results) : [:]
        if judgesCorpusRules {
            for (id, findings) in crossDocumentFindings(results) { corpus[id, default: []] += findings }
        }
        if !corpus.isEmpty {
            for index in results.indices {
                guard let extra = corpus[results[index].path] else { continue }
                let result = grade(FileResult(path: results[index].path, diagnostics: extra.sorted(by: Diagnostic.ordered)), baseline: &matcher)
                guard !result.diagnostics.isEmpty || !result.baselined.isEmpty else { continue }
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
        let linter = { var linter = documentLinter; linter.recordedFields = recordedFields; return linter }()
        let workers = max(1, min(jobs, inputs.count))
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

    /// Findings of cross-document checks, by path: each such rule judges what every file gathered
    /// for it, in input order. A record of a rule this rule set lacks is not judged.
    private func crossDocumentFindings(_ results: [FileResult]) -> [String: [Diagnostic]] {
        var ruleIndex: [String: Int] = [:]
        for (index, rule) in rules.rules.enumerated() where rule.check.asCrossDocumentCheck != nil { ruleIndex[rule.info.id] = index }
        guard !ruleIndex.isEmpty else { return [:] }
        var records: [Int: [(path: String, relativePath: String, record: GatheredRecord)]] = [:]
        for result in results {
            for record in result.gathered {
                guard let index = ruleIndex[record.rule] else { continue }
                records[index, default: []].append((result.path, root.relative(result.path), record))
            }
        }
        var found: [String: [Diagnostic]] = [:]
        for (index, rule) in rules.rules.enumerated() {
            guard let cross = rule.check.asCrossDocumentCheck else { continue }
            for finding in cross.judge(records: records[index] ?? [], rule: rule.info) { found[finding.path, default: []].append(finding) }
        }
        return found
    }

    /// Findings of corpus checks, by path: each corpus rule judges the keys of every document,
    /// and its findings are graded and worded from its reports as a document's findings are.
    /// Keys name their rule by id, so keys read from shard reports or the cache are judged alike;
    /// a key of a rule this rule set lacks is not judged.
    private func corpusFindings(_ results: [FileResult]) -> [String: [Diagnostic]] {
        var ruleIndex: [String: Int] = [:]
        for (index, rule) in rules.rules.enumerated() where rule.check.asCorpusCheck != nil { ruleIndex[rule.info.id] = index }
        var entries: [Int: [CorpusEntry]] = [:]
        for (file, result) in results.enumerated() {
            for record in result.corpusKeys {
                guard let rule = ruleIndex[record.rule] else { continue }
                entries[rule, default: []].append(CorpusEntry(file: file, path: result.path,
                                                              key: CorpusKey(key: record.key, line: record.line, column: record.column)))
            }
        }
        var found: [String: [Diagnostic]] = [:]
        for (index, ruleEntries) in entries.sorted(by: { $0.key < $1.key }) {
            guard let check = rules.rules[index].check.asCorpusCheck else { continue }
            let info = rules.rules[index].info
            for finding in check.judge(ruleEntries) {
                let report = info.report(finding.outcome)
                guard let severity = report.severity else { continue }
                let path = results[finding.file].path
                found[path, default: []].append(Diagnostic(path: path, line: finding.line, column: finding.column, rule: report.id,
                                                           severity: severity, message: report.message.render(finding.values)))
            }
        }
        return found
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
