import Testing
@testable import CorpusLint

@Suite struct DateFormatTests {
    static func format(_ text: String) throws -> DateFormat { try DateFormat.read(text).get() }

    @Test func jekyllDateTimeWithOffset() throws {
        let jekyll = try Self.format("yyyy-MM-dd HH:mm:ss Z")
        #expect(jekyll.parse("2019-03-13 11:30:00 +0000", language: .english).date == CalendarDate(year: 2019, month: 3, day: 13))
        #expect(jekyll.parse("2019-03-13 11:30:00 +01:00", language: .english).date != nil)
        #expect(jekyll.parse("2019-02-29 11:30:00 +0000", language: .english) == .impossible(year: 2019, month: 2, day: 29))
        #expect(jekyll.parse("2019-03-13 25:30:00 +0000", language: .english) == .impossible(year: 2019, month: 3, day: 13))
        #expect(jekyll.parse("2019-03-13T11:30:00Z", language: .english) == .unrecognized)
        #expect(jekyll.parse("2019-03-13 11:30:00", language: .english) == .unrecognized)
    }

    @Test func singleDigitHoursDaysAndMonths() throws {
        #expect(try Self.format("yyyy-MM-dd H:mm:ss Z").parse("2019-03-13 9:05:00 -0500", language: .english).date != nil)
        let german = try Self.format("d.M.yyyy")
        #expect(german.parse("3.12.2025", language: .english).date == CalendarDate(year: 2025, month: 12, day: 3))
        #expect(german.parse("03.12.2025", language: .english).date == CalendarDate(year: 2025, month: 12, day: 3))
        #expect(german.parse("31.4.2025", language: .english) == .impossible(year: 2025, month: 4, day: 31))
        #expect(german.parse("3.12.25", language: .english) == .unrecognized)
        #expect(try Self.format("dd.MM.yyyy").parse("3.12.2025", language: .english) == .unrecognized)
    }

    @Test func namedISOForms() throws {
        #expect(try Self.format("iso-date").parse("2020-03-13", language: .english).date != nil)
        #expect(try Self.format("iso-date").parse("2020-03-13T10:00:00Z", language: .english) == .unrecognized)
        #expect(try Self.format("iso-datetime").parse("2020-03-13T10:00:00Z", language: .english).date != nil)
        #expect(try Self.format("year-month").parse("2020-03", language: .english).date == CalendarDate(year: 2020, month: 3, day: 1))
        #expect(try Self.format("year-month").parse("2020-13", language: .english) == .impossible(year: 2020, month: 13, day: 1))
        #expect(try Self.format("year").parse("1949", language: .english).date == CalendarDate(year: 1949, month: 1, day: 1))
        #expect(try Self.format("year").parse("49", language: .english) == .unrecognized)
    }

    @Test func quotedTextAndMistakes() throws {
        #expect(try Self.format("yyyy-MM-dd'T'HH:mm").parse("2020-03-13T10:00", language: .english).date != nil)
        #expect(throws: (any Error).self) { try Self.format("yy-MM-dd") }
        #expect(throws: (any Error).self) { try Self.format("MM/dd") }
        #expect(throws: (any Error).self) { try Self.format("yyyy-MMM-dd") }
        #expect(throws: (any Error).self) { try Self.format("yyyy-MM-dd 'T") }
    }

    @Test func germanWrittenDates() {
        #expect(WrittenDate.parse("3. Dezember 2025", language: .german).date == CalendarDate(year: 2025, month: 12, day: 3))
        #expect(WrittenDate.parse("1. März 2024", language: .german).date == CalendarDate(year: 2024, month: 3, day: 1))
        #expect(WrittenDate.parse("1. Jänner 2024", language: .german).date == CalendarDate(year: 2024, month: 1, day: 1))
        #expect(WrittenDate.parse("30. Februar 2024", language: .german) == .impossible(year: 2024, month: 2, day: 30))
        let found = WrittenDate.firstDate(in: "Ausgefertigt am 14. Juli 1949 in Bonn"[...], language: .german)
        #expect(found?.outcome.date == CalendarDate(year: 1949, month: 7, day: 14))
        #expect(WrittenDate.parse("3. Dezember 2025", language: .english) == .unrecognized)
    }

    @Test func aJekyllDateAcceptedWhereDeclared() throws {
        let pack = """
            rules:
              - id: post/date
                kind: fields
                fields:
                  date: { type: datetime, format: 'yyyy-MM-dd HH:mm:ss Z' }
              - id: post/real-date
                kind: date
                fields: [date]
                format: ['yyyy-MM-dd HH:mm:ss Z', iso-date]
            """
        let post = "---\ndate: 2019-03-13 11:30:00 +0000\n---\nText\n"
        #expect(try RuleHarness.findings(pack, post).isEmpty)
        #expect(try RuleHarness.findings(pack, "---\ndate: 2019-03-13\n---\nText\n") == ["post/date@2"])
        #expect(try RuleHarness.findings(pack, "---\ndate: 2019-02-30 11:30:00 +0000\n---\nText\n") == ["post/real-date@2"])
        #expect(try RuleHarness.findings(pack, "---\ndate: 13.3.2019\n---\nText\n") == ["post/date@2", "post/real-date@2"])
    }

    @Test func germanDateInAComparisonWithALiteral() throws {
        let pack = """
            rules:
              - id: law/issued
                kind: extract
                name: issued
                pattern: '^Ausfertigungsdatum: (?<value>.+)$'
              - id: law/issued-after-1949
                kind: compare
                left: { value: issued, transform: [{ date: ['d.M.yyyy', written] }] }
                right: { literal: "1949-05-23", transform: [date] }
                op: not-before
                message: "issued {left}, before the Basic Law of {right}"
            """
        let law = { (date: String) in "---\nlanguage: DE\n---\nAusfertigungsdatum: \(date)\n" }
        #expect(try RuleHarness.findings(pack, law("14. Juli 1949")).isEmpty)
        #expect(try RuleHarness.findings(pack, law("1.1.1960")).isEmpty)
        #expect(try RuleHarness.lint(pack, law("1. Januar 1900")).map(\.message) == ["issued 1900-01-01, before the Basic Law of 1949-05-23"])
    }
}
