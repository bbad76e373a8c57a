import Testing
@testable import CorpusLint

@Suite struct RunningHeaderFixTests {
    static let pack = RunningHeaderCheckTests.pack

    static let document = """
        ---
        symbol: A/RES/80/9
        ---
        80/9. Trafficking in persons

        1. Decides that the work
        A/RES/80/9
        25-19346
        2/4
        goes on;

        Trafficking in persons A/RES/80/9 2. Requests a report;

        """

    @Test func headerLinesGoOnlyWithUnsafeFixes() throws {
        #expect(try FixHarness.fixed(Self.pack, Self.document) == Self.document, "unsafe fixes are not applied by default")
        let fixed = try FixHarness.fixed(Self.pack, Self.document, unsafe: true)
        #expect(fixed.contains("1. Decides that the work\n25-19346\n2/4\ngoes on;\n"), "the header line goes, the furniture is another rule's")
        let offered = try FixHarness.offered(Self.pack, Self.document)
        #expect(offered.first == "extraction/running-header: remove the running-header line (unsafe)")
    }

    @Test func aHeaderMergedIntoASentenceGoesWithOneSpace() throws {
        let fixed = try FixHarness.fixed(Self.pack, Self.document, unsafe: true)
        #expect(fixed.contains("\n2. Requests a report;\n"), Comment(rawValue: fixed))
    }
}
