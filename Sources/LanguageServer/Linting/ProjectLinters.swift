import CorpusLint
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Why a document's rules could not be loaded: the configuration's, the packs' or the
/// baseline's mistakes, as `lint` prints them.
public struct LoadFailure: Error, Equatable, Sendable {
    public var messages: [String]
    /// The configuration's and packs' mistakes, with their files and positions (a baseline's have none).
    public var mistakes: [PackError] = []
}

/// The linter of each document: its project's `.corpuslint.yml` (found from the document's
/// folder up, as `lint` finds it from the working directory) with its packs, overrides and the
/// baseline, built as `lint` builds its own, loaded once and again when one of its files changes.
///
/// Used from the server's queue only.
final class ProjectLinters {
    private struct Entry {
        var stamps: FileStamps
        var linter: Linter
    }

    private let settings: ServerSettings
    /// By configuration file ("" for none).
    private var entries: [String: Entry] = [:]

    init(settings: ServerSettings) {
        self.settings = settings
    }

    /// The configuration file that governs a document, if any.
    func configurationFile(for document: OpenDocument) -> String? {
        if settings.ignoresConfiguration { return nil }
        if let file = settings.configurationFile { return file }
        let start = document.isFile ? PathText.folder(of: document.path) : settings.workingDirectory
        return Configuration.discover(from: start.isEmpty ? "/" : start)
    }

    /// The linter for `document`, loaded again when its files changed since it was last loaded.
    func linter(for document: OpenDocument) -> Result<Linter, LoadFailure> {
        let configuration = configurationFile(for: document)
        let key = configuration ?? ""
        if let entry = entries[key], entry.stamps == FileStamps(watched(configuration, entry.linter.rules)) {
            return .success(entry.linter)
        }
        entries[key] = nil
        let loaded: (Configuration, RuleSet)
        do {
            loaded = try ProjectRules.load(configurationFile: configuration, packs: settings.packs,
                                           allowOutsidePacks: settings.allowOutsidePacks, limits: settings.limits)
        } catch {
            return .failure(LoadFailure(messages: error.errors.map(\.description), mistakes: error.errors))
        }
        var linter = Linter(rules: loaded.1, configuration: loaded.0)
        if let file = settings.baselineFile {
            do {
                linter.baseline = try Baseline.load(file)
            } catch {
                return .failure(LoadFailure(messages: [error.description]))
            }
        }
        entries[key] = Entry(stamps: FileStamps(watched(configuration, linter.rules)), linter: linter)
        return .success(linter)
    }

    /// Forgets every loaded linter: the next lint loads afresh (the editor said a file changed).
    func forget() { entries = [:] }

    /// The files whose change calls for loading again.
    private func watched(_ configuration: String?, _ rules: RuleSet) -> [String] {
        [configuration, settings.baselineFile].compactMap { $0 } + rules.packLocations
    }
}
