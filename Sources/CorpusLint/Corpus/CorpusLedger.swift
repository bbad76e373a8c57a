/// What corpus-wide rules need of a run's files, kept as the files stream past, and judged once
/// every file is read: the keys of corpus checks (`unique`) and the records of cross-document
/// checks (`cross-reference`, `series`), each with the file's place in the run (and a key its
/// path, which `CorpusEntry` carries). Nothing else of a file is kept, so a run's memory grows
/// only by these few strings a file (about 370 bytes with `un`'s two such rules, judging included).
///
/// Keys and records name their rule by id, so those read from shard reports or the cache are
/// judged as this run's are; one of a rule this rule set lacks is not kept.
struct CorpusLedger {
    private let rules: RuleSet
    private let root: ProjectRoot
    /// Rule indices by id, for the rules of each sort.
    private let corpusRules: [String: Int]
    private let crossRules: [String: Int]
    /// By rule index, in input order.
    private var entries: [Int: [CorpusEntry]] = [:]
    /// By rule index, in input order: each record's file (its path is the run's to give at the
    /// end) and what it holds, side by side: 52 bytes a record rather than 88 as tuples with a
    /// path and the rule's id.
    private var records: [Int: (files: [Int32], items: [GatheredRecord.Item])] = [:]

    init(rules: RuleSet, root: ProjectRoot) {
        self.rules = rules
        self.root = root
        var corpus: [String: Int] = [:], cross: [String: Int] = [:]
        for (index, rule) in rules.rules.enumerated() {
            if rule.check.asCorpusCheck != nil { corpus[rule.info.id] = index }
            if rule.check.asCrossDocumentCheck != nil { cross[rule.info.id] = index }
        }
        corpusRules = corpus
        crossRules = cross
    }

    /// Keeps what corpus-wide rules gathered of the file at `file` (its place in the run).
    mutating func add(_ result: FileResult, file: Int) {
        for record in result.corpusKeys {
            guard let rule = corpusRules[record.rule] else { continue }
            entries[rule, default: []].append(CorpusEntry(file: file, path: result.path,
                                                          key: CorpusKey(key: record.key, line: record.line, column: record.column)))
        }
        for record in result.gathered {
            guard let rule = crossRules[record.rule] else { continue }
            records[rule, default: ([], [])].files.append(Int32(file))
            records[rule]!.items.append(record.item)
        }
    }

    /// The findings of every corpus-wide rule, by file in input order, ungraded; each file's
    /// findings in rule order, those of corpus checks first, then those of cross-document checks.
    /// `path` gives the path of the file at a place in the run.
    func judge(path: @escaping (Int) -> String) -> [(file: Int, path: String, diagnostics: [Diagnostic])] {
        var found: [Int: (path: String, diagnostics: [Diagnostic])] = [:]
        for (index, ruleEntries) in entries.sorted(by: { $0.key < $1.key }) {
            guard let check = rules.rules[index].check.asCorpusCheck else { continue }
            let info = rules.rules[index].info
            for finding in check.judge(ruleEntries) {
                let report = info.report(finding.outcome)
                guard let severity = report.severity, let path = Self.path(of: finding.file, in: ruleEntries) else { continue }
                found[finding.file, default: (path, [])].diagnostics.append(
                    Diagnostic(path: path, line: finding.line, column: finding.column, rule: report.id,
                               severity: severity, message: report.message.render(finding.values)))
            }
        }
        for (index, rule) in rules.rules.enumerated() {
            guard let cross = rule.check.asCrossDocumentCheck, let ruleRecords = records[index] else { continue }
            let documents = zip(ruleRecords.files, ruleRecords.items).lazy.map { file, item -> (path: String, relativePath: String, item: GatheredRecord.Item) in
                let documentPath = path(Int(file))
                return (documentPath, root.relative(documentPath), item)
            }
            let findings = cross.judge(records: documents, rule: rule.info)
            guard !findings.isEmpty else { continue }
            // A finding names its file by path: the file of the run that gave a record under it.
            let named = Set(findings.map(\.path))
            var files: [String: [Int]] = [:]
            for file in ruleRecords.files.lazy.map(Int.init) where named.contains(path(file)) { files[path(file), default: []].append(file) }
            for finding in findings {
                for file in Set(files[finding.path] ?? []).sorted() {
                    found[file, default: (finding.path, [])].diagnostics.append(finding)
                }
            }
        }
        return found.sorted { $0.key < $1.key }.map { ($0.key, $0.value.path, $0.value.diagnostics) }
    }

    /// The path of the file at `file` among entries in input order (a search, not a table of
    /// every file: the table would be as large as the entries at the run's end).
    private static func path(of file: Int, in entries: [CorpusEntry]) -> String? {
        var low = 0, high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].file < file { low = middle + 1 } else { high = middle }
        }
        return low < entries.count && entries[low].file == file ? entries[low].path : nil
    }
}
