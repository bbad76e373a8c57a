import Testing
@testable import CorpusLint

@Suite struct CalendarDateTests {
    @Test(arguments: [
        (2024, 2, 29), (2000, 2, 29), (2025, 2, 28), (2025, 12, 31), (2025, 1, 1), (2025, 4, 30),
        (1970, 1, 1), (1945, 10, 24), (0, 1, 1), (9999, 12, 31), (1600, 2, 29), (2400, 2, 29),
    ])
    func acceptsRealDays(year: Int, month: Int, day: Int) throws {
        let date = try #require(CalendarDate(year: year, month: month, day: day))
        #expect(date.year == year && date.month == month && date.day == day)
    }

    @Test(arguments: [
        (2025, 2, 29), (1900, 2, 29), (2100, 2, 29), (2023, 2, 29), (2024, 2, 30), (2025, 2, 31),
        (2025, 4, 31), (2025, 6, 31), (2025, 9, 31), (2025, 11, 31), (2025, 1, 32), (2025, 13, 1),
        (2025, 0, 1), (2025, 1, 0), (2025, -1, 1), (2025, 1, -1), (-1, 1, 1), (10_000, 1, 1),
    ])
    func rejectsDaysThatDoNotExist(year: Int, month: Int, day: Int) {
        #expect(CalendarDate(year: year, month: month, day: day) == nil)
    }

    @Test func leapYearRule() {
        #expect(CalendarDate.isLeapYear(2024))
        #expect(CalendarDate.isLeapYear(2000))
        #expect(CalendarDate.isLeapYear(1600))
        #expect(!CalendarDate.isLeapYear(2025))
        #expect(!CalendarDate.isLeapYear(1900))
        #expect(!CalendarDate.isLeapYear(2100))
    }

    @Test func monthLengths() {
        let lengths2025 = (1...12).map { CalendarDate.daysInMonth(year: 2025, month: $0) }
        #expect(lengths2025 == [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
        #expect(CalendarDate.daysInMonth(year: 2024, month: 2) == 29)
        #expect(CalendarDate.daysInMonth(year: 2025, month: 0) == nil)
        #expect(CalendarDate.daysInMonth(year: 2025, month: 13) == nil)
    }

    @Test(arguments: [
        ((1970, 1, 1), 0), ((1970, 1, 2), 1), ((1969, 12, 31), -1), ((2000, 1, 1), 10_957),
        ((2000, 3, 1), 11_017), ((2024, 2, 29), 19_782), ((2025, 12, 3), 20_425),
        ((2026, 2, 28), 20_512), ((1945, 10, 24), -8_835), ((0, 1, 1), -719_528), ((9999, 12, 31), 2_932_896),
    ])
    func daysSinceEpochMatchesKnownValues(ymd: (Int, Int, Int), days: Int) throws {
        let date = try #require(CalendarDate(year: ymd.0, month: ymd.1, day: ymd.2))
        #expect(date.daysSinceEpoch == days)
        #expect(CalendarDate(daysSinceEpoch: days) == date)
    }

    @Test func daysSinceEpochRoundTripsEveryDayAndCountsUpByOne() throws {
        // Walk every day of four centuries, across 1900 (not leap) and 2000 (leap).
        var expected = try #require(CalendarDate(year: 1800, month: 1, day: 1)).daysSinceEpoch
        for year in 1800...2200 {
            for month in 1...12 {
                for day in 1...CalendarDate.daysInMonth(year: year, month: month)! {
                    let date = try #require(CalendarDate(year: year, month: month, day: day))
                    #expect(date.daysSinceEpoch == expected)
                    let back = try #require(CalendarDate(daysSinceEpoch: expected))
                    if back != date { Issue.record("\(expected) -> \(back), expected \(date)") }
                    expected += 1
                }
            }
        }
    }

    @Test func daysSinceEpochOutsideTheYearRangeGivesNil() {
        #expect(CalendarDate(daysSinceEpoch: -719_529) == nil)
        #expect(CalendarDate(daysSinceEpoch: 2_932_897) == nil)
    }

    @Test func daysBetweenDates() throws {
        let adopted = try #require(CalendarDate(year: 2025, month: 12, day: 1))
        let issued = try #require(CalendarDate(year: 2026, month: 1, day: 15))
        #expect(adopted.days(to: issued) == 45)
        #expect(issued.days(to: adopted) == -45)
        let leap = try #require(CalendarDate(year: 2024, month: 2, day: 28))
        let march = try #require(CalendarDate(year: 2024, month: 3, day: 1))
        #expect(leap.days(to: march) == 2)
    }

    @Test(arguments: [
        ((2025, 12, 3), "2025-12-03"), ((2024, 2, 29), "2024-02-29"), ((1945, 10, 24), "1945-10-24"),
        ((0, 1, 1), "0000-01-01"), ((999, 7, 9), "0999-07-09"), ((9999, 12, 31), "9999-12-31"),
    ])
    func descriptionIsISO(ymd: (Int, Int, Int), text: String) throws {
        let date = try #require(CalendarDate(year: ymd.0, month: ymd.1, day: ymd.2))
        #expect(date.description == text)
        #expect("\(date)" == text)
    }

    @Test func ordering() throws {
        let dates = try [(2025, 12, 3), (2025, 1, 31), (2024, 12, 31), (2025, 12, 1), (2025, 2, 1)]
            .map { try #require(CalendarDate(year: $0.0, month: $0.1, day: $0.2)) }
        #expect(dates.sorted().map(\.description) ==
                ["2024-12-31", "2025-01-31", "2025-02-01", "2025-12-01", "2025-12-03"])
        #expect(dates.sorted().map(\.daysSinceEpoch) == dates.map(\.daysSinceEpoch).sorted())
    }

    @Test func equalDatesHashTogether() throws {
        let a = try #require(CalendarDate(year: 2025, month: 12, day: 3))
        let b = try #require(CalendarDate(year: 2025, month: 12, day: 3))
        let c = try #require(CalendarDate(year: 2025, month: 3, day: 12))
        #expect(Set([a, b, c]).count == 2)
    }
}
