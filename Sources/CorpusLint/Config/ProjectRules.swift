/// A configuration with its packs compiled, loaded as every entry point loads it (the commands,
/// the language server): one way in, so that they all judge a document alike.
public enum ProjectRules {
    /// The configuration in `configurationFile` (nil: the defaults) and its rules; with `packs`
    /// (a command line's `--rules`), those replace the configuration's packs. A configuration's
    /// packs stay inside its project unless `allowOutsidePacks`. Every mistake of the
    /// configuration and of the packs is thrown together.
    public static func load(configurationFile: String?, packs: [String] = [], allowOutsidePacks: Bool = false,
                            limits: PackLimits = PackLimits()) throws(PackErrors) -> (Configuration, RuleSet) {
        var configuration = Configuration()
        var mistakes: [PackError] = []
        if let configurationFile {
            let (read, errors) = Configuration.loadCollecting(configurationFile)
            configuration = read
            mistakes += errors
        }
        let confinement = allowOutsidePacks ? nil : configuration.project
        let references = packs.isEmpty ? configuration.packs.map { PackReference(name: $0.name, file: $0.file, mark: $0.mark, confinedTo: confinement) }
                                       : packs.map { PackReference(name: $0) }
        let base = packs.isEmpty ? configuration.directory : nil
        do {
            let rules = try PackLoader.load(references, baseDirectory: base, overrides: configuration.severity, limits: limits)
            mistakes += configuration.mistakes(against: rules)
            if mistakes.isEmpty { return (configuration, rules) }
        } catch {
            mistakes += error.errors
        }
        throw PackErrors(mistakes)
    }
}

extension Linter {
    /// A linter that grades as `lint` grades with `configuration`: its file selection, path
    /// overrides, project root and front-matter setting.
    public init(rules: RuleSet, configuration: Configuration) {
        self.init(rules: rules)
        discovery = FileDiscovery(include: configuration.include, exclude: configuration.exclude, globBase: configuration.directory)
        pathOverrides = configuration.overrides
        root = ProjectRoot(configuration.directory)
        frontMatterOptional = configuration.frontMatterOptional
    }
}
