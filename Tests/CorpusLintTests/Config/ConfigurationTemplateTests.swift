import Testing
@testable import CorpusLint

@Suite struct ConfigurationTemplateTests {
    /// The configuration and the mistakes it makes against the rules it loads.
    static func load(_ text: String) throws -> (Configuration, [PackError]) {
        let configuration = try Configuration.parse(text, file: ".corpuslint.yml")
        let rules = try PackLoader.load(configuration.packs, baseDirectory: configuration.directory, overrides: configuration.severity)
        return (configuration, configuration.mistakes(against: rules))
    }

    @Test func theTemplateLoadsAndMeansTheDefaults() throws {
        let (configuration, mistakes) = try Self.load(ConfigurationTemplate.text)
        #expect(mistakes.isEmpty)
        #expect(configuration.packs.map(\.name) == Configuration.defaultPacks)
        #expect(configuration.include.isEmpty && configuration.exclude.isEmpty)
        #expect(configuration.severity.isEmpty && configuration.overrides.isEmpty)
    }

    @Test func everyExampleLoadsWhenPutInForce() throws {
        // Uncommented, the examples must name real rule ids and valid values, or users copy mistakes.
        let (configuration, mistakes) = try Self.load(ConfigurationTemplate.render(examples: true))
        #expect(mistakes.isEmpty)
        #expect(configuration.include.count == 1)
        #expect(configuration.exclude.count == 2)
        #expect(configuration.severity.map(\.id) == ["extraction/page-furniture", "symbol/session-mismatch"])
        #expect(configuration.overrides.first?.severity.map(\.id) == ["date/distribution-mismatch", "numbering/gap"])
    }

    @Test func everyKeyIsExplained() {
        let text = ConfigurationTemplate.text
        for key in ["packs", "include", "exclude", "severity", "overrides"] {
            #expect(text.contains("\n# \(key): "), "`\(key)` has its explanation")
            #expect(text.contains("\n\(key): "), "`\(key)` is in force with its default")
        }
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 100 }, "lines fit an editor")
    }
}
