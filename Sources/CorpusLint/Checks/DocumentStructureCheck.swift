/// `kind: document` — reports the structural problems found while reading a file: missing or
/// unterminated front matter, YAML syntax errors, duplicate keys, invalid UTF-8, NUL bytes…
///
/// Each rule names the problems it reports, so a pack gives each its own id and severity:
///
/// ```yaml
/// - id: front-matter/unterminated
///   kind: document
///   problems: [unterminated-front-matter]
/// ```
/// Problems: empty-file, byte-order-mark, utf16, invalid-utf8, nul-byte, crlf-line-endings,
/// cr-line-endings, mixed-line-endings, missing-front-matter, unterminated-front-matter,
/// empty-front-matter, front-matter-syntax, front-matter-limit, front-matter-not-a-mapping,
/// front-matter-multiple-documents, duplicate-key.
struct DocumentStructureCheck: CheckKind {
    static let name = "document"
    static let outcomes = [(name: "problem", message: "{problem}")]
    static let documentation = """
        Reports structural problems found while reading a file (front matter, encoding, line endings).
        Options: `problems` — the problem kinds this rule reports: \(DocumentProblem.Kind.allCases.map(\.rawValue).joined(separator: ", ")).
        Message placeholders: {problem} (the reader's description), {kind}.
        """

    /// The kinds reported, each once. A list, not a set: there are a dozen kinds at most, and a
    /// set of them costs the static binary a run-time conformance look-up at its first use
    /// (0.36 M instructions of every start, about a tenth of a millisecond).
    let problems: [DocumentProblem.Kind]

    static func make(_ options: inout NodeReader, _ environment: KindEnvironment) -> DocumentStructureCheck? {
        guard let names = options.strings("problems") else {
            options.error(options.mark, "missing required key `problems` (which document problems this rule reports)")
            return nil
        }
        var kinds: [DocumentProblem.Kind] = []
        let known = DocumentProblem.Kind.allCases.map(\.rawValue)
        for name in names {
            guard let kind = DocumentProblem.Kind(rawValue: name) else {
                options.error(options.value("problems")!.start, "unknown document problem `\(name)`" + Suggestion.hint(for: name, among: known)
                              + "; known: " + known.joined(separator: ", "))
                return nil
            }
            if !kinds.contains(kind) { kinds.append(kind) }
        }
        return DocumentStructureCheck(problems: kinds)
    }

    func finish(_ context: DocumentContext, rule: RuleInfo, visitor: (any LineVisitor)?) {
        for problem in context.document.problems where problems.contains(problem.kind) {
            context.emit(rule, "problem", line: problem.line, column: problem.column,
                         values: ["problem": problem.message, "kind": problem.kind.rawValue], fix: Self.fix(for: problem.kind, context))
        }
    }

    /// The repairs the reader knows: both change bytes no reader sees.
    static func fix(for kind: DocumentProblem.Kind, _ context: DocumentContext) -> Fix? {
        switch kind {
        case .byteOrderMark:
            return Fix("remove the byte-order mark", safety: .safe, edits: [.delete(0..<3)])
        case .crLineEndings, .crlfLineEndings, .mixedLineEndings:
            let lines = context.document.lines
            var edits: [TextEdit] = []
            for line in stride(from: 1, through: lines.count, by: 1) {
                let end = lines.end(ofLine: line)
                switch lines.terminator(ofLine: line) {
                case .crlf: edits.append(context.edit(end..<(end + 2), "\n"))
                case .cr: edits.append(context.edit(end..<(end + 1), "\n"))
                default: break
                }
            }
            return edits.isEmpty ? nil : Fix("end every line with LF", safety: .safe, edits: edits)
        default:
            return nil
        }
    }
}
