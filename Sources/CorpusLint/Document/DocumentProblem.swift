/// Something wrong with a file's bytes or its front-matter structure, found while reading it.
public struct DocumentProblem: Sendable, Equatable {
    /// The kinds of trouble a real corpus has; rule packs give each one a rule id and a severity.
    public enum Kind: String, Sendable, CaseIterable {
        case emptyFile = "empty-file"
        case byteOrderMark = "byte-order-mark"
        case utf16 = "utf16"
        case invalidUTF8 = "invalid-utf8"
        case nulByte = "nul-byte"
        case crlfLineEndings = "crlf-line-endings"
        case crLineEndings = "cr-line-endings"
        case mixedLineEndings = "mixed-line-endings"
        case missingFrontMatter = "missing-front-matter"
        case unterminatedFrontMatter = "unterminated-front-matter"
        case emptyFrontMatter = "empty-front-matter"
        case frontMatterSyntax = "front-matter-syntax"
        case frontMatterLimit = "front-matter-limit"
        case frontMatterNotAMapping = "front-matter-not-a-mapping"
        case frontMatterMultipleDocuments = "front-matter-multiple-documents"
        case duplicateKey = "duplicate-key"
    }

    public var kind: Kind
    public var message: String
    public var line: Int
    public var column: Int

    public init(_ kind: Kind, _ message: String, line: Int, column: Int) {
        self.kind = kind
        self.message = message
        self.line = line
        self.column = column
    }
}
