import Testing
import YAML

@Suite struct TimestampTests {
    @Test func recognizesTheYAML11Forms() throws {
        let date = try #require(Timestamp("2025-12-03"))
        #expect((date.year, date.month, date.day, date.hasTime) == (2025, 12, 3, false))
        let time = try #require(Timestamp("2026-02-28T16:10:31Z"))
        #expect((time.year, time.month, time.day, time.hasTime) == (2026, 2, 28, true))
        #expect(Timestamp("2001-12-14 21:59:43.10 -5") != nil)
        #expect(Timestamp("2001-1-2T1:2:3Z") != nil)
    }

    @Test(arguments: ["2025-1-3", "2025/12/03", "3 December 2025", "20251203", "2025-12-03x", "2025-12-03T", ""])
    func rejectsOtherText(text: String) {
        #expect(Timestamp(text) == nil)
    }

    @Test func doesNotJudgeWhetherTheDayExists() throws {
        let impossible = try #require(Timestamp("2025-02-31"))
        #expect(impossible.day == 31)
    }
}
