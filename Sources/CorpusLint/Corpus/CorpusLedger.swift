/// What corpus-wide rules need of a run's files, judged as the files stream past: a `unique`
/// key against the keys of the files before it, once; a cross-document record handed to its
/// rule's judge (`CrossDocumentJudge`), which keeps what the end of the run needs of it. Nothing
/// else of a file is kept: a run's memory grows by a table entry a key and what the judges keep
/// (about 80 bytes a file with `un`'s two such rules; 370 when every key and record was kept to
/// the end, docs/performance.md).
///
/// Keys and records name their rule by id, so those read from shard reports or the cache are
/// judged as this run's are; one of a rule this rule set lacks is not kept.
struct CorpusLedger {
    private let rules: RuleSet
    private let root: ProjectRoot
    /// Gives the path of the file at a place in the run (the ledger keeps no path).
    private let path: (Int) -> String
    /// Rule indices by id, for the rules of each sort.
    private let corpusRules: [String: Int]
    private let crossRules: [String: Int]
    /// By rule index: the keys seen so far, and the findings so far, in input order.
    private var seen: [Int: FirstSeenKeys] = [:]
    private var corpusFindings: [Int: [CorpusFinding]] = [:]
    /// By rule index: the rule's judge, and the files that gave it a record, in input order (a
    /// finding names its file by path; a file of the run that gave a record under that path gets it).
    private var judges: [Int: any RecordJudge] = [:]
    private var recordFiles: [Int: [Int32]] = [:]

    init(rules: RuleSet, root: ProjectRoot, path: @escaping (Int) -> String) {
        self.rules = rules
        self.root = root
        self.path = path
        var corpus: [String: Int] = [:], cross: [String: Int] = [:]
        for (index, rule) in rules.rules.enumerated() {
            if rule.check.asCorpusCheck != nil { corpus[rule.info.id] = index }
            if rule.check.asCrossDocumentCheck != nil { cross[rule.info.id] = index }
        }
        corpusRules = corpus
        crossRules = cross
    }

    /// Judges, or hands to its judge, what corpus-wide rules gathered of the file at `file`.
    mutating func add(_ result: FileResult, file: Int) {
        for record in result.corpusKeys {
            guard let rule = corpusRules[record.rule], let check = rules.rules[rule].check.asCorpusCheck else { continue }
            let entry = CorpusEntry(file: file, path: result.path, key: CorpusKey(key: record.key, line: record.line, column: record.column))
            if let finding = check.judge(entry, seen: &seen[rule, default: FirstSeenKeys()], path: path) {
                corpusFindings[rule, default: []].append(finding)
            }
        }
        for record in result.gathered {
            guard let rule = crossRules[record.rule], let cross = rules.rules[rule].check.asCrossDocumentCheck else { continue }
            if judges[rule] == nil { judges[rule] = cross.recordJudge(rule: rules.rules[rule].info) }
            judges[rule]!.add(path: result.path, relativePath: root.relative(result.path), item: record.item, file: file)
            recordFiles[rule, default: []].append(Int32(file))
        }
    }

    /// The findings of every corpus-wide rule, by file in input order, ungraded; each file's
    /// findings in rule order, those of corpus checks first, then those of cross-document checks.
    mutating func judge() -> [(file: Int, path: String, diagnostics: [Diagnostic])] {
        var found: [Int: (path: String, diagnostics: [Diagnostic])] = [:]
        for (index, findings) in corpusFindings.sorted(by: { $0.key < $1.key }) {
            let info = rules.rules[index].info
            for finding in findings {
                let report = info.report(finding.outcome)
                guard let severity = report.severity else { continue }
                let path = path(finding.file)
                found[finding.file, default: (path, [])].diagnostics.append(
                    Diagnostic(path: path, line: finding.line, column: finding.column, rule: report.id,
                               severity: severity, message: report.message.render(finding.values)))
            }
        }
        for index in rules.rules.indices {
            guard var judge = judges[index], let ruleFiles = recordFiles[index] else { continue }
            judges[index] = nil
            let findings = judge.finish(path: path)
            guard !findings.isEmpty else { continue }
            let named = Set(findings.map(\.path))
            var files: [String: [Int]] = [:]
            for file in ruleFiles.lazy.map(Int.init) where named.contains(path(file)) { files[path(file), default: []].append(file) }
            for finding in findings {
                for file in Set(files[finding.path] ?? []).sorted() {
                    found[file, default: (finding.path, [])].diagnostics.append(finding)
                }
            }
        }
        return found.sorted { $0.key < $1.key }.map { ($0.key, $0.value.path, $0.value.diagnostics) }
    }
}
