import Foundation

/// Where rule packs come from: the packs built into the binary (by name: `core`, `un`), or YAML
/// files and folders on disk (by path).
public struct PackStore: Sendable {
    /// Built-in pack files by path inside `rules/` (`un/dates.yml`).
    let bundled: [String: String]

    public init(bundled: [String: String]) { self.bundled = bundled }

    /// The packs shipped in `rules/`, embedded at build time so the binary runs from anywhere.
    public static let builtIn = PackStore(bundled: BundledRulePacks.files)

    /// The names of the built-in packs.
    public var builtInNames: [String] {
        Set(bundled.keys.compactMap { $0.split(separator: "/").first.map(String.init) }).sorted()
    }

    /// One file of a pack: the path shown in errors, and its text (nil when unreadable).
    struct File {
        var path: String
        var text: String?
        /// The folder relative references in this file resolve from (nil for built-in files).
        var directory: String?
        /// That folder as errors show it.
        var shownDirectory: String? = nil
    }

    /// The files a reference names: a built-in pack name, or a file or folder relative to `base`
    /// (shown relative to `shownBase`, so errors name files as the user would). nil when nothing is there.
    func files(_ reference: String, relativeTo base: String?, shownBase: String?) -> (identity: String, files: [File])? {
        if !reference.contains("/"), !reference.hasSuffix(".yml"), !reference.hasSuffix(".yaml") {
            let prefix = reference + "/"
            let names = bundled.keys.filter { $0.hasPrefix(prefix) }.sorted()
            if !names.isEmpty {
                return ("builtin:" + reference, names.map { File(path: "rules/" + $0, text: bundled[$0], directory: nil) })
            }
        }
        let absolute = reference.hasPrefix("/")
        let path = absolute || base == nil ? reference : base! + "/" + reference
        let shown = absolute || shownBase == nil || shownBase!.isEmpty ? reference : shownBase! + "/" + reference
        let standardized = (path as NSString).standardizingPath
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: standardized, isDirectory: &isDirectory) else { return nil }
        if !isDirectory.boolValue {
            return (standardized, [File(path: shown, text: Self.read(standardized), directory: (standardized as NSString).deletingLastPathComponent,
                                        shownDirectory: (shown as NSString).deletingLastPathComponent)])
        }
        let entries = (try? FileManager.default.subpathsOfDirectory(atPath: standardized)) ?? []
        // Hidden files and folders are no part of a pack: a `.corpuslint.yml` kept beside the
        // rules is a configuration, not a pack file.
        let yaml = entries.filter { ($0.hasSuffix(".yml") || $0.hasSuffix(".yaml")) && !$0.split(separator: "/").contains { $0.hasPrefix(".") } }.sorted()
        return (standardized, yaml.map { entry in
            let full = standardized + "/" + entry
            let shownFile = shown + "/" + entry
            return File(path: shownFile, text: Self.read(full), directory: (full as NSString).deletingLastPathComponent,
                        shownDirectory: (shownFile as NSString).deletingLastPathComponent)
        })
    }

    private static func read(_ path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
