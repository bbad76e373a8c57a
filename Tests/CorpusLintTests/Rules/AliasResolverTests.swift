import Testing
import YAML
@testable import CorpusLint

/// A pack's aliases are expanded (`AliasExpansion`, tested with the YAML layer) and what cannot
/// be expanded is reported in the pack's file, where it is.
@Suite struct AliasResolverTests {
    @Test func aliasesAreExpandedAndMistakesReportedInTheFile() throws {
        let root = try #require(try Composer.load("a: &x [1]\nb: *x\nc: [*missing]\n").first?.root)
        let sink = ErrorSink()
        let resolved = AliasResolver.resolve(root, file: "pack.yml", sink: sink)
        #expect(resolved.pairs?[1].value.content == resolved.pairs?[0].value.content)
        #expect(sink.errors.map { "\($0.file):\($0.line):\($0.column): \($0.message)" } == ["pack.yml:3:5: unknown alias `*missing`"])
    }
}
