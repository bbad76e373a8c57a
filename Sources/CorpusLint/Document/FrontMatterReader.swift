import YAML

/// Reads the front-matter block of a document into a mapping, or into positioned problems.
enum FrontMatterReader {
    struct Result {
        var mapping: Node?
        var closingLine: Int?
        var bodyStartLine: Int
        var problems: [DocumentProblem] = []
    }

    static func read(lines: LineIndex, buffer: UnsafeBufferPointer<UInt8>, isEmpty: Bool, limits: ParseLimits) -> Result {
        switch FrontMatterBlock.locate(lines: lines, bytes: buffer) {
        case .absent:
            var result = Result(mapping: nil, closingLine: nil, bodyStartLine: 1)
            if !isEmpty {
                result.problems.append(DocumentProblem(.missingFrontMatter, "the file does not start with a `---` front-matter block", line: 1, column: 1))
            }
            return result
        case let .unterminated(bodyStart):
            return Result(mapping: nil, closingLine: nil, bodyStartLine: bodyStart, problems: [
                DocumentProblem(.unterminatedFrontMatter, "the front matter opened here is never closed by a `---` line", line: 1, column: 1),
            ])
        case let .closed(closingLine):
            var result = Result(mapping: nil, closingLine: closingLine, bodyStartLine: closingLine + 1)
            let yaml = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(buffer)[lines.start(ofLine: 2)..<lines.start(ofLine: closingLine)])
            do {
                let documents = try Composer.load(yaml, lineOffset: 1, limits: limits)
                result.problems = problems(of: documents)
                if result.problems.isEmpty || result.problems.allSatisfy({ $0.kind == .duplicateKey }) {
                    result.mapping = documents.first?.root
                }
            } catch {
                let kind: DocumentProblem.Kind
                switch error.kind {
                case .syntax, .encoding: kind = .frontMatterSyntax
                case .tooDeep, .tooManyNodes, .tooLarge: kind = .frontMatterLimit
                }
                result.problems.append(DocumentProblem(kind, error.message, line: error.mark.line, column: error.mark.column))
            }
            return result
        }
    }

    private static func problems(of documents: [YAMLDocument]) -> [DocumentProblem] {
        guard let document = documents.first, let root = document.root else {
            return [DocumentProblem(.emptyFrontMatter, "the front matter is empty", line: 1, column: 1)]
        }
        var problems: [DocumentProblem] = []
        if documents.count > 1 {
            let second = documents[1].start
            problems.append(DocumentProblem(.frontMatterMultipleDocuments, "the front matter holds \(documents.count) YAML documents; expected one",
                                            line: second.line, column: second.column))
        }
        guard case .mapping = root.content else {
            let what: String
            switch root.content {
            case .sequence: what = "a sequence"
            case .scalar: what = "a scalar"
            case .alias: what = "an alias"
            case .mapping: what = "a mapping"
            }
            problems.append(DocumentProblem(.frontMatterNotAMapping, "the front matter is \(what), not a mapping of fields",
                                            line: root.start.line, column: root.start.column))
            return problems
        }
        for duplicate in document.duplicateKeys {
            problems.append(DocumentProblem(.duplicateKey, "key `\(duplicate.key)` is already defined at line \(duplicate.first.line)",
                                            line: duplicate.second.line, column: duplicate.second.column))
        }
        return problems
    }
}
