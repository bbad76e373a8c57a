/// Another extraction of the same documents (an earlier run, another extractor), to find out what
/// a newer extract lost: words, numbered paragraphs and sub-paragraph labels the reference has and
/// the newer file does not. Documents are paired by a key made of front-matter fields (by default
/// `symbol` and `language`), so file names and folders may differ between the two trees.
///
/// ```yaml
/// # .corpuslint.yml
/// reference: ../previous-run        # or: corpuslint lint --reference ../previous-run corpus/
/// reference-key: [symbol, language]
/// ```
public struct ReferenceCorpus: Sendable {
    public let directory: String
    public let keyFields: [String]
    /// Reference documents by key; a key held by several files keeps the first in path order.
    let paths: [String: (display: String, bytes: [UInt8])]

    /// Indexes the reference tree: each file is read once here for its front matter.
    public init(directory: String, keyFields: [String] = ["symbol", "language"], maxFileBytes: Int = 64 << 20) {
        self.directory = directory
        self.keyFields = keyFields
        var paths: [String: (display: String, bytes: [UInt8])] = [:]
        for input in FileDiscovery().inputs([directory]) {
            guard case let .bytes(bytes) = FileReader.read(input.pathBytes, maxBytes: maxFileBytes) else { continue }
            if let key = Self.key(of: Document(path: input.path, bytes: bytes), fields: keyFields), paths[key] == nil {
                paths[key] = (input.path, input.pathBytes)
            }
        }
        self.paths = paths
    }

    public var count: Int { paths.count }

    /// The key of a document: its key fields' values joined; nil when one is missing.
    static func key(of document: Document, fields: [String]) -> String? {
        var parts: [String] = []
        for field in fields {
            guard let value = document.frontMatter?[field]?.scalarValue, !value.isEmpty else { return nil }
            parts.append(value)
        }
        return parts.joined(separator: "\u{1F}")
    }

    /// What `document` lost relative to its reference, as findings in `document`; none when the
    /// reference tree holds no document with its key (or holds the very same file).
    public func compare(_ document: Document, maxFileBytes: Int = 64 << 20) -> [Diagnostic] {
        guard let key = Self.key(of: document, fields: keyFields), let path = paths[key], path.display != document.path,
              case let .bytes(bytes) = FileReader.read(path.bytes, maxBytes: maxFileBytes) else { return [] }
        let reference = Document(path: path.display, bytes: bytes)
        return ExtractComparison(newer: document, reference: reference).diagnostics()
    }
}
