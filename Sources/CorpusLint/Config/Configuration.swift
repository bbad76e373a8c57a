import Foundation
import YAML

/// A project's `.corpuslint.yml`: which packs, which files, and severities by rule and by path.
///
/// ```yaml
/// packs: [un]                      # built-in names or paths, relative to this file
/// include: ['**/*.md']
/// exclude: ['drafts/**']
/// severity:
///   extraction/page-furniture: warning
/// overrides:
///   - files: ['legacy/**']
///     severity: { date/distribution-mismatch: off }
/// ```
public struct Configuration: Sendable {
    public static let fileName = ".corpuslint.yml"
    public static let defaultPacks = ["un"]

    /// Where the file is (nil for the defaults): pack paths resolve from its folder.
    public var file: String?
    public var packs: [PackReference] = Configuration.defaultPacks.map { PackReference(name: $0) }
    public var include: [Glob] = []
    public var exclude: [Glob] = []
    public var severity: [SeverityOverride] = []
    public var overrides: [PathOverride] = []

    public init() {}

    /// Mistakes the configuration makes against the loaded rules: a per-path override of an unknown id.
    public func mistakes(against rules: RuleSet) -> [PackError] {
        let known = Set(rules.reportIDs.keys)
        return overrides.flatMap(\.severity).filter { !known.contains($0.id) }.map {
            PackError(file: $0.file, line: $0.mark.line, column: $0.mark.column,
                      message: "unknown rule id `\($0.id)`" + Suggestion.hint(for: $0.id, among: known.sorted()))
        }
    }

    /// The folder pack paths are read from.
    public var directory: String? { file.map { ($0 as NSString).deletingLastPathComponent } }

    /// The nearest `.corpuslint.yml` in `start` or a folder above it.
    public static func discover(from start: String) -> String? {
        var folder = (start as NSString).standardizingPath
        while true {
            let candidate = (folder as NSString).appendingPathComponent(fileName)
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = (folder as NSString).deletingLastPathComponent
            if parent == folder || parent.isEmpty { return nil }
            folder = parent
        }
    }

    /// Reads a configuration file; every mistake is reported with its position.
    public static func load(_ path: String) throws(PackErrors) -> Configuration {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw PackErrors([PackError(file: path, line: 1, column: 1, message: "cannot read the configuration file")])
        }
        return try parse(text, file: path)
    }

    static func parse(_ text: String, file: String) throws(PackErrors) -> Configuration {
        let sink = ErrorSink()
        var configuration = Configuration()
        configuration.file = file
        do {
            let documents = try Composer.load(text, limits: ParseLimits(maxDepth: 32, maxNodes: 100_000, maxBytes: 1 << 20))
            for duplicate in documents.first?.duplicateKeys ?? [] {
                sink.add(file, duplicate.second, "key `\(duplicate.key)` is already defined at line \(duplicate.first.line)")
            }
            if let parsed = documents.first?.root,
               var reader = NodeReader(AliasResolver.resolve(parsed, file: file, sink: sink), file: file, sink: sink, what: "the configuration") {
                configuration.read(&reader)
                reader.finish()
            }
        } catch {
            for found in YAMLMistakes.errors(for: error.message, at: (error.mark.line, error.mark.column), in: text) {
                sink.add(file, Mark(line: found.line, column: found.column), found.message)
            }
        }
        if !sink.errors.isEmpty { throw PackErrors(sink.errors) }
        return configuration
    }

    private mutating func read(_ reader: inout NodeReader) {
        if let node = reader.value("packs") {
            let names = NodeReader.strings(node, key: "packs", reader: reader) ?? []
            let items: [Node]
            if case let .sequence(list) = node.content { items = list } else { items = [node] }
            packs = zip(names, items).map { PackReference(name: $0, file: reader.file, mark: $1.start) }
        }
        include = (reader.strings("include") ?? []).map(Glob.init)
        exclude = (reader.strings("exclude") ?? []).map(Glob.init)
        if let node = reader.value("severity") { severity = PackLoader.readOverrides(node, sink: reader.sink, file: reader.file) }
        guard let list = reader.value("overrides") else { return }
        guard case let .sequence(items) = list.content else {
            reader.error(list.start, "`overrides` must be a list of {files, severity}")
            return
        }
        for item in items {
            guard var entry = NodeReader(item, file: reader.file, sink: reader.sink, what: "an override") else { continue }
            let files = entry.strings("files")
            let severity = entry.value("severity").map { PackLoader.readOverrides($0, sink: entry.sink, file: entry.file) } ?? []
            if files == nil { entry.error(entry.mark, "missing required key `files`") }
            entry.finish()
            if let files { overrides.append(PathOverride(files: files.map(Glob.init), severity: severity)) }
        }
    }
}

/// Severities for the files matching some globs.
public struct PathOverride: Sendable {
    public var files: [Glob]
    public var severity: [SeverityOverride]

    public init(files: [Glob], severity: [SeverityOverride]) {
        self.files = files
        self.severity = severity
    }
}
