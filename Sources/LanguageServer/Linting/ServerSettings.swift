import CorpusLint

/// What the server was started with: `lint`'s options of the same names, for every document.
public struct ServerSettings: Sendable {
    /// `--config`: one configuration for every document, instead of each one's nearest.
    public var configurationFile: String?
    /// `--no-config`: no configuration at all.
    public var ignoresConfiguration = false
    /// `--rules`: packs that replace the configuration's.
    public var packs: [String] = []
    public var allowOutsidePacks = false
    public var limits = PackLimits()
    /// `--baseline`: findings it knows are not shown, as `lint --baseline` does not report them.
    public var baselineFile: String?
    /// How long typing must pause before a changed document is linted again.
    public var debounceMilliseconds = 250
    /// Where documents that are no file (an unsaved buffer) find their configuration.
    public var workingDirectory: String

    public init(workingDirectory: String) {
        self.workingDirectory = workingDirectory
    }
}
