import Testing
@testable import CorpusLint

/// Every `when` test of docs/rule-packs.md, on a field and on an extracted value, each where it
/// holds (the rule reports) and where it does not (the rule is silent).
@Suite struct ConditionOperatorTests {
    /// A rule reporting every `x` of the body, guarded by `when`, beside an extractor of `$v`.
    static func pack(_ when: String) -> String {
        """
        rules:
          - id: t/extract
            kind: extract
            name: v
            pattern: '^Value: (.+)$'
          - id: t/x
            kind: forbid
            pattern: 'x'
            when: \(when)
        """
    }

    /// Whether `t/x` applies to a document with these front-matter lines and, when given, a `$v`.
    static func applies(_ when: String, fields: String = "symbol: S/RES/1\nlanguage: FR", value: String? = nil) throws -> Bool {
        let body = (value.map { "Value: \($0)\n" } ?? "") + "x\n"
        let findings = try RuleHarness.findings(pack(when), "---\n\(fields)\n---\n" + body)
        return findings.contains { $0.hasPrefix("t/x@") }
    }

    @Test func equalsInBothSpellings() throws {
        for when in ["{ language: FR }", "{ language: { equals: FR } }"] {
            #expect(try Self.applies(when), "\(when)")
            #expect(try !Self.applies(when, fields: "language: EN"), "\(when)")
            #expect(try !Self.applies(when, fields: "language: fr"), "texts are compared as written")
            #expect(try !Self.applies(when, fields: "symbol: x"), "an absent field equals nothing")
        }
        #expect(try Self.applies("{ $v: { equals: '42' } }", value: "42"))
        #expect(try !Self.applies("{ $v: { equals: '42' } }", value: "43"))
    }

    @Test func oneOfInBothSpellings() throws {
        for when in ["{ language: [EN, FR] }", "{ language: { in: [EN, FR] } }"] {
            #expect(try Self.applies(when), "\(when)")
            #expect(try !Self.applies(when, fields: "language: ES"), "\(when)")
            #expect(try !Self.applies(when, fields: "symbol: x"), "\(when)")
        }
        #expect(try Self.applies("{ $v: [a, b] }", value: "b"))
        #expect(try !Self.applies("{ $v: [a, b] }", value: "c"))
    }

    @Test func matches() throws {
        let when = "{ symbol: { matches: '^S/RES/' } }"
        #expect(try Self.applies(when))
        #expect(try !Self.applies(when, fields: "symbol: A/RES/80/1"))
        #expect(try !Self.applies(when, fields: "language: FR"), "an absent subject matches nothing")
        #expect(try Self.applies("{ $v: { matches: '^[0-9]+$' } }", value: "42"))
        #expect(try !Self.applies("{ $v: { matches: '^[0-9]+$' } }", value: "4x"))
        #expect(try !Self.applies("{ $v: { matches: '.' } }"), "no value extracted")
    }

    @Test func notMatches() throws {
        let when = "{ symbol: { not-matches: '^S/RES/' } }"
        #expect(try !Self.applies(when), "the pattern matches: the rule is set aside")
        #expect(try Self.applies(when, fields: "symbol: A/RES/80/1"))
        #expect(try Self.applies(when, fields: "language: FR"), "an absent subject does not match")
        #expect(try !Self.applies("{ $v: { not-matches: '^[0-9]+$' } }", value: "42"))
        #expect(try Self.applies("{ $v: { not-matches: '^[0-9]+$' } }", value: "4x"))
        #expect(try Self.applies("{ $v: { not-matches: '.' } }"), "no value extracted")
    }

    @Test func present() throws {
        #expect(try Self.applies("{ symbol: { present: true } }"))
        #expect(try !Self.applies("{ symbol: { present: true } }", fields: "language: FR"))
        #expect(try !Self.applies("{ symbol: { present: false } }"))
        #expect(try Self.applies("{ symbol: { present: false } }", fields: "language: FR"))
        #expect(try Self.applies("{ $v: { present: true } }", value: "1"))
        #expect(try !Self.applies("{ $v: { present: true } }"))
        #expect(try Self.applies("{ $v: { present: false } }"))
        #expect(try !Self.applies("{ $v: { present: false } }", value: "1"))
    }

    @Test func aListOrMappingFieldCountsAsAbsent() throws {
        #expect(try Self.applies("{ symbol: { present: false } }", fields: "symbol: [a, b]"))
        #expect(try !Self.applies("{ symbol: { present: true } }", fields: "symbol: {a: b}"))
    }

    @Test func testsOfOneEntryAndEntriesAllMustHold() throws {
        let combined = "{ symbol: { present: true, not-matches: '^A/' } }"
        #expect(try Self.applies(combined))
        #expect(try !Self.applies(combined, fields: "symbol: A/RES/1"))
        #expect(try !Self.applies(combined, fields: "language: FR"))
        let two = "{ symbol: { matches: '^S/' }, language: FR }"
        #expect(try Self.applies(two))
        #expect(try !Self.applies(two, fields: "symbol: S/RES/1\nlanguage: EN"))
        #expect(try !Self.applies(two, fields: "symbol: A/RES/1\nlanguage: FR"))
        #expect(try Self.applies("{}"), "no entry: always")
    }

    @Test func mistakesInAConditionArePositioned() {
        #expect(RuleHarness.errors(Self.pack("{ language: { matches: '(' } }")).count == 1)
        #expect(RuleHarness.errors(Self.pack("{ language: { present: maybe } }")).first?.hasSuffix("`present` must be true or false") == true)
        #expect(RuleHarness.errors(Self.pack("[language]")) == ["rules/test/pack.yml:9:11: `when` must be a mapping"])
    }
}
