/// A rule's `files:` and `exclude:`: globs on the document's path, relative to the configuration's
/// folder, that limit where the rule runs inside its pack.
///
/// ```yaml
/// - id: law/paragraph-sign
///   kind: require
///   files: ['gesetze/**']
///   exclude: ['gesetze/**/index.md']
/// ```
public struct PathScope: Sendable {
    public var files: [Glob] = []
    public var exclude: [Glob] = []

    public init(files: [Glob] = [], exclude: [Glob] = []) {
        self.files = files
        self.exclude = exclude
    }

    static let keys = ["files", "exclude"]

    static func read(_ reader: inout NodeReader) -> PathScope {
        PathScope(files: (reader.strings("files") ?? []).map(Glob.init), exclude: (reader.strings("exclude") ?? []).map(Glob.init))
    }

    /// Whether a document at `relativePath` is in scope: some `files` glob matches (when there are
    /// any) and no `exclude` glob does.
    public func includes(_ relativePath: String) -> Bool {
        if files.isEmpty, exclude.isEmpty { return true }
        if !files.isEmpty, !files.contains(where: { $0.matches(relativePath) }) { return false }
        return !exclude.contains { $0.matches(relativePath) }
    }
}
