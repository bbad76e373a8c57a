/// Judges a `cross-reference` rule over a run. References are judged at the end, since one may
/// name a later document; until then the judge keeps, rather than every document's record, the
/// first document of each key (its place and the values others must agree with) and the
/// references themselves (a link that exists is dropped at once). For the UN pack on 100,000
/// documents that is about 40 bytes a document rather than 300 (docs/performance.md, Memory).
struct CrossReferenceJudge: CrossDocumentJudge {
    typealias Gathered = CrossReferenceCheck.Gathered

    let check: CrossReferenceCheck
    let rule: RuleInfo

    /// By key (a document's relative path, or its field's value), the target that has it first.
    private var targets = FirstSeenKeys()
    /// Each target's file, and its agreement values: those of target `t` at `others[t * agreements ...]`.
    private var targetFiles: [Int32] = []
    private var others: [String?] = []
    /// The references to judge at the end, in input order; the values of reference `r` at
    /// `values[r * agreements ...]`.
    private var references: [Pending] = []
    private var values: [String?] = []

    private struct Pending {
        var file: Int32
        var line: Int
        var column: Int
        var text: String
        var key: String
    }

    init(check: CrossReferenceCheck, rule: RuleInfo) {
        self.check = check
        self.rule = rule
    }

    private var agreements: Int { check.agreements.count }

    mutating func add(_ document: GatheredDocument<Gathered>, file: Int) {
        let gathered = document.gathered
        switch check.target {
        case .file: break
        case .document: claim(document.relativePath, for: gathered, file: file)
        case .field: claim(gathered.keys, for: gathered, file: file)
        }
        for reference in gathered.references {
            // A file that exists is all a `file` reference asks for.
            if check.target == .file, reference.exists != false { continue }
            references.append(Pending(file: Int32(file), line: reference.line, column: reference.column, text: reference.text, key: reference.key))
            values += (0..<agreements).map { reference.values[$0] }
        }
    }

    /// Makes the document the target of each of `keys` no earlier document has.
    private mutating func claim(_ keys: some Sequence<String>, for gathered: Gathered, file: Int) {
        let target = targetFiles.count
        var claimed = false
        for key in keys where targets.owner(of: key, else: target) == nil { claimed = true }
        guard claimed else { return }
        targetFiles.append(Int32(file))
        others += (0..<agreements).map { gathered.other($0) }
    }

    private mutating func claim(_ key: String, for gathered: Gathered, file: Int) {
        claim(CollectionOfOne(key), for: gathered, file: file)
    }

    func finish(path: (Int) -> String) -> [Diagnostic] {
        let targetWord: String
        switch check.target {
        case .file: targetWord = "file"
        case .document: targetWord = "document of the run"
        case let .field(name): targetWord = "document with this `\(name)`"
        }
        var findings: [Diagnostic] = []
        for (number, reference) in references.enumerated() {
            let documentPath = path(Int(reference.file))
            guard check.target != .file, let target = targets.owner(of: reference.key) else {
                if let finding = rule.crossDocumentFinding("missing", path: documentPath, line: reference.line, column: reference.column,
                                                           values: ["value": reference.text, "target": targetWord]) { findings.append(finding) }
                continue
            }
            for (index, agreement) in check.agreements.enumerated() {
                guard let mine = values[number * agreements + index], let theirs = others[target * agreements + index], mine != theirs else { continue }
                let label: String
                switch agreement.this {
                case let .field(name): label = name
                case let .capture(name): label = name
                case let .value(name): label = "$" + name
                }
                if let finding = rule.crossDocumentFinding("mismatch", path: documentPath, line: reference.line, column: reference.column,
                                                           values: ["label": label, "value": mine, "expected": theirs,
                                                                    "other": path(Int(targetFiles[target])), "reference": reference.text]) {
                    findings.append(finding)
                }
            }
        }
        return findings
    }
}
