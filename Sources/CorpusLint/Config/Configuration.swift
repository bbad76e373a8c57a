#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
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
    /// Another extraction of the corpus to compare with (`reference:`, relative to this file), and
    /// the front-matter fields that pair its documents with the linted ones (`reference-key:`).
    public var reference: String?
    public var referenceKey = ["symbol", "language"]
    /// `front-matter: optional`: files without front matter are linted as bodies, not reported.
    public var frontMatterOptional = false

    public init() {}

    /// Mistakes the configuration makes against the loaded rules: a per-path override of an unknown id.
    public func mistakes(against rules: RuleSet) -> [PackError] {
        let named = overrides.flatMap(\.severity)
        // Without a configuration (`--no-config`, a pre-commit hook's usual run) nothing is named,
        // and the rules' report ids (0.37 M instructions to gather) are not needed.
        guard !named.isEmpty else { return [] }
        let known = Set(rules.reportIDs.keys)
        return named.filter { !known.contains($0.id) }.map {
            PackError(file: $0.file, line: $0.mark.line, column: $0.mark.column,
                      message: "unknown rule id `\($0.id)`" + Suggestion.hint(for: $0.id, among: known.sorted()))
        }
    }

    /// The folder pack paths are read from.
    /// A bare file name (`--config cfg.yml`) is in the working directory: `.`, never `/`.
    public var directory: String? { file.map { PathText.folder(of: $0) }.map { $0.isEmpty ? "." : $0 } }

    /// The folder tree the configuration's packs must stay in: the git work tree it is in, or
    /// else its own folder. A configuration can arrive with the files it sits among (a cloned
    /// corpus), so it is not trusted to read files elsewhere.
    public var project: String? {
        guard let directory else { return nil }
        let absolute = directory.hasPrefix("/") ? directory : PathText.joined(FileManager.default.currentDirectoryPath, directory)
        let folder = PathText.standardized(absolute)
        return Self.gitWorkTree(containing: folder) ?? folder
    }

    /// The top folder of the git work tree holding `folder` (the nearest with a `.git`), if any.
    public static func gitWorkTree(containing folder: String) -> String? {
        var current = PathText.standardized(folder)
        while true {
            if FileManager.default.fileExists(atPath: PathText.joined(current, ".git")) { return current }
            let parent = PathText.folder(of: current)
            if parent == current || parent.isEmpty { return nil }
            current = parent
        }
    }

    /// The git work tree that `start` is in, when the configuration at `path` lies above it: such
    /// a configuration most likely belongs to something else, and using it is said aloud.
    public static func workTreeBelow(_ path: String, from start: String) -> String? {
        guard let workTree = gitWorkTree(containing: start) else { return nil }
        let folder = PathText.standardized(PathText.folder(of: path))
        return workTree != folder && workTree.hasPrefix(folder == "/" ? "/" : folder + "/") ? workTree : nil
    }

    /// The nearest `.corpuslint.yml` in `start` or a folder above it.
    public static func discover(from start: String) -> String? {
        var folder = PathText.standardized(start)
        while true {
            let candidate = PathText.joined(folder, fileName)
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = PathText.folder(of: folder)
            if parent == folder || parent.isEmpty { return nil }
            folder = parent
        }
    }

    /// Reads a configuration file; every mistake is reported with its position.
    public static func load(_ path: String) throws(PackErrors) -> Configuration {
        let (configuration, errors) = loadCollecting(path)
        if !errors.isEmpty { throw PackErrors(errors) }
        return configuration
    }

    static let knownKeys = ["packs", "include", "exclude", "severity", "overrides", "front-matter", "reference", "reference-key"]

    static func parse(_ text: String, file: String) throws(PackErrors) -> Configuration {
        let (configuration, errors) = parseCollecting(text, file: file)
        if !errors.isEmpty { throw PackErrors(errors) }
        return configuration
    }

    /// Reads a configuration file as far as it can, with its mistakes: a caller that also loads
    /// packs reports every mistake of both in one round. Only a regular file of at most 1 MiB is
    /// read (a link to /dev/zero must not hang a run).
    public static func loadCollecting(_ path: String) -> (Configuration, [PackError]) {
        switch PackStore.text(of: PackStore.File(path: path, location: path, directory: nil), maxBytes: 1 << 20) {
        case let .success(text):
            return parseCollecting(text, file: path)
        case let .failure(reason):
            let why: String
            switch reason {
            case .notRegular: why = "it is not a regular file"
            case let .tooLarge(size): why = "\(size) bytes, more than a configuration may hold (1 MiB)"
            case let .unreadable(system): why = system
            case .notUTF8: why = "it is not UTF-8 text"
            }
            var configuration = Configuration()
            configuration.file = path
            return (configuration, [PackError(file: path, line: 1, column: 1, message: "cannot read the configuration file (\(why))")])
        }
    }

    static func parseCollecting(_ text: String, file: String) -> (Configuration, [PackError]) {
        let sink = ErrorSink()
        var configuration = Configuration()
        configuration.file = file
        let documents: [YAMLDocument]
        do {
            documents = try Composer.load(text, limits: ParseLimits(maxDepth: 32, maxNodes: 100_000, maxBytes: 1 << 20))
        } catch {
            for found in YAMLMistakes.errors(for: error.message, at: (error.mark.line, error.mark.column), in: text) {
                sink.add(file, Mark(line: found.line, column: found.column), found.message)
            }
            return (configuration, sink.errors)
        }
        if let parsed = documents.first?.root, let keys = parsed.pairs?.compactMap(\.key.scalarValue), !keys.isEmpty,
           !keys.contains(where: { knownKeys.contains($0) || !Suggestion.hint(for: $0, among: knownKeys).isEmpty }) {
            // Perhaps not a configuration at all (a link to another file): named, never quoted.
            sink.add(file, parsed.start, "not a corpuslint configuration: none of its keys is one of "
                         + knownKeys.joined(separator: ", ") + " (its content is not shown)")
            return (configuration, sink.errors)
        }
        for duplicate in documents.first?.duplicateKeys ?? [] {
            sink.add(file, duplicate.second, "key `\(duplicate.key)` is already defined at line \(duplicate.first.line)")
        }
        if let parsed = documents.first?.root,
           var reader = NodeReader(AliasResolver.resolve(parsed, file: file, sink: sink), file: file, sink: sink, what: "the configuration") {
            configuration.read(&reader)
            reader.finish()
        }
        return (configuration, sink.errors)
    }

    private mutating func read(_ reader: inout NodeReader) {
        if let node = reader.value("packs") {
            let names = NodeReader.strings(node, key: "packs", reader: reader) ?? []
            let items: [Node]
            if case let .sequence(list) = node.content { items = list } else { items = [node] }
            packs = zip(names, items).map { PackReference(name: $0, file: reader.file, mark: $1.start) }
        }
        if let mode = reader.choice("front-matter", ["required", "optional"]) { frontMatterOptional = mode == "optional" }
        include = (reader.strings("include") ?? []).map(Glob.init)
        exclude = (reader.strings("exclude") ?? []).map(Glob.init)
        reference = reader.string("reference").map { path in
            path.hasPrefix("/") ? path : PathText.joined(file.map { PathText.folder(of: $0) } ?? ".", path)
        }
        if let key = reader.strings("reference-key"), !key.isEmpty { referenceKey = key }
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
