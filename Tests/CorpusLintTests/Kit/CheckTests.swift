import Testing
@testable import CorpusLint

/// A check tells the engine itself whether it is a corpus or a cross-document check (no
/// run-time cast): its answer must be what a cast would say, for every kind the packs use.
@Suite struct CheckTests {
    @Test func everyShippedRuleAnswersAsACastWould() throws {
        let rules = try PackLoader.load(["un"]).rules
        for rule in rules {
            #expect((rule.check.asCorpusCheck != nil) == (rule.check is any CorpusCheck), "\(rule.info.id)")
            #expect((rule.check.asCrossDocumentCheck != nil) == (rule.check is any CrossDocumentCheck), "\(rule.info.id)")
        }
        #expect(rules.contains { $0.check.asCorpusCheck != nil }, "the UN pack has a corpus rule to compare")
        #expect(rules.contains { $0.check.asCrossDocumentCheck != nil }, "the UN pack has a cross-document rule to compare")
    }

    @Test func corpusAndCrossDocumentKindsAnswerForThemselves() throws {
        let rules = try RuleHarness.load("""
            rules:
              - id: ids/unique
                kind: unique
                fields: [symbol]
              - id: refs/links
                kind: cross-reference
                from: source
            """).rules
        #expect(rules.map { $0.check.asCorpusCheck != nil } == [true, false])
        #expect(rules.map { $0.check.asCrossDocumentCheck != nil } == [false, true])
    }
}
