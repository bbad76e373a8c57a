#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A document the editor has open: its text as the editor holds it, which is what is linted
/// (the file on disk may be older, or not exist yet).
public struct OpenDocument: Sendable {
    public let uri: String
    public private(set) var version: Int
    public private(set) var lines: LineTable

    public var text: [UInt8] { lines.text }

    public init(uri: String, version: Int, text: String) {
        self.uri = uri
        self.version = version
        lines = LineTable(Array(text.utf8))
    }

    /// Applies `textDocument/didChange`'s changes in order: each a range and its new text, or
    /// the whole text when it has no range.
    public mutating func apply(_ changes: [JSON], version: Int) {
        for change in changes {
            guard let replacement = change["text"]?.string else { continue }
            if let range = TextRange(change["range"]) {
                let start = lines.offset(of: range.start)
                let end = max(start, lines.offset(of: range.end))
                var text = lines.text
                text.replaceSubrange(start..<end, with: Array(replacement.utf8))
                lines = LineTable(text)
            } else {
                lines = LineTable(Array(replacement.utf8))
            }
        }
        self.version = version
    }

    /// The path the document is linted as: the file its `file:` URI names; otherwise (an unsaved
    /// buffer) the URI's last part, so that it is still linted, configured from the working directory.
    public var path: String { Self.path(of: uri) }

    public static func path(of uri: String) -> String {
        if let url = URL(string: uri), url.isFileURL { return url.path }
        return uri.split(whereSeparator: { $0 == "/" || $0 == ":" }).last.map(String.init) ?? uri
    }

    /// Whether the URI names a file on disk (only then is a configuration searched from its folder).
    public var isFile: Bool { URL(string: uri)?.isFileURL ?? false }
}

/// The open documents, by URI.
public struct DocumentStore: Sendable {
    private var documents: [String: OpenDocument] = [:]

    public init() {}

    public subscript(uri: String) -> OpenDocument? {
        get { documents[uri] }
        set { documents[uri] = newValue }
    }

    public var all: [OpenDocument] { documents.values.sorted { $0.uri < $1.uri } }
}
