import Testing
@testable import CorpusLint

@Suite struct ISODateTests {
    private func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
        CalendarDate(year: year, month: month, day: day)!
    }

    // MARK: parseDate

    @Test(arguments: [
        ("2025-09-19", 2025, 9, 19), ("2025-12-03", 2025, 12, 3), ("2024-02-29", 2024, 2, 29),
        ("2000-02-29", 2000, 2, 29), ("1945-06-26", 1945, 6, 26), ("0000-01-01", 0, 1, 1),
        ("9999-12-31", 9999, 12, 31),
    ])
    func validDates(text: String, year: Int, month: Int, dayOfMonth: Int) {
        #expect(ISODate.parseDate(text[...]) == .valid(day(year, month, dayOfMonth)))
    }

    @Test(arguments: [
        ("2025-02-29", 2025, 2, 29), ("1900-02-29", 1900, 2, 29), ("2025-02-30", 2025, 2, 30),
        ("2025-04-31", 2025, 4, 31), ("2025-13-01", 2025, 13, 1), ("2025-00-10", 2025, 0, 10),
        ("2025-12-00", 2025, 12, 0), ("2025-12-32", 2025, 12, 32), ("2025-99-99", 2025, 99, 99),
    ])
    func impossibleDates(text: String, year: Int, month: Int, dayOfMonth: Int) {
        #expect(ISODate.parseDate(text[...]) == .impossible(year: year, month: month, day: dayOfMonth))
    }

    @Test(arguments: [
        "", "2025", "2025-12", "2025-1-03", "2025-12-3", "25-12-03", "20251203", "2025/12/03",
        "2025-12-03 ", " 2025-12-03", "2025-12-03T10:00:00Z", "2025-12-O3", "+2025-12-03", "12025-12-03",
        "２０２５-１２-０３", "2025‐12‐03", "2025-12--3", "3 December 2025",
    ])
    func unrecognizedDates(text: String) {
        #expect(ISODate.parseDate(text[...]) == .unrecognized)
    }

    @Test func parsesASliceOfALargerString() {
        let line = "date: \"2025-09-19\""
        let start = line.index(line.startIndex, offsetBy: 7)
        let end = line.index(start, offsetBy: 10)
        #expect(ISODate.parseDate(line[start..<end]) == .valid(day(2025, 9, 19)))
        #expect(ISODate.parseDate(line[...]) == .unrecognized)
    }

    @Test func outcomeExposesTheDate() {
        #expect(ISODate.parseDate("2025-12-03").date == day(2025, 12, 3))
        #expect(ISODate.parseDate("2025-02-29").date == nil)
        #expect(ISODate.parseDate("nope").date == nil)
    }

    // MARK: parseDateTime

    @Test func utcWithZ() {
        let expected = ISODateTime(date: day(2026, 2, 28), hour: 16, minute: 10, second: 31,
                                   utcOffsetMinutes: 0, isUTC: true)
        #expect(ISODate.parseDateTime("2026-02-28T16:10:31Z") == .valid(expected))
    }

    @Test func fractionIsKeptAsWritten() {
        guard case .valid(let time) = ISODate.parseDateTime("2026-02-28T16:10:31.123Z") else {
            Issue.record("not valid"); return
        }
        #expect(time.fraction == "123")
        #expect(time.second == 31 && time.isUTC && time.utcOffsetMinutes == 0)
        guard case .valid(let micro) = ISODate.parseDateTime("2026-02-28T16:10:31.500000+01:00") else {
            Issue.record("not valid"); return
        }
        #expect(micro.fraction == "500000")
        #expect(micro.utcOffsetMinutes == 60)
    }

    @Test(arguments: [
        ("2026-02-28T16:10:31+01:00", 60, false), ("2026-02-28T16:10:31-05:00", -300, false),
        ("2026-02-28T16:10:31+05:30", 330, false), ("2026-02-28T16:10:31-09:30", -570, false),
        ("2026-02-28T16:10:31+14:00", 840, false), ("2026-02-28T16:10:31+00:00", 0, true),
        ("2026-02-28T16:10:31-00:00", 0, false), ("2026-02-28T16:10:31Z", 0, true),
    ])
    func offsets(text: String, minutes: Int, isUTC: Bool) {
        guard case .valid(let time) = ISODate.parseDateTime(text[...]) else {
            Issue.record("\(text) not valid"); return
        }
        #expect(time.utcOffsetMinutes == minutes)
        #expect(time.isUTC == isUTC)
        #expect(time.hour == 16 && time.minute == 10 && time.second == 31 && time.fraction == nil)
    }

    @Test func noZoneMeansUnknownOffset() {
        let expected = ISODateTime(date: day(2026, 2, 28), hour: 0, minute: 0, second: 0,
                                   utcOffsetMinutes: nil, isUTC: false)
        #expect(ISODate.parseDateTime("2026-02-28T00:00:00") == .valid(expected))
    }

    @Test func parsesAFrontMatterValueSlice() throws {
        let line = "extracted_at: \"2026-02-28T19:07:16Z\""
        let value = try #require(line.split(separator: "\"").dropFirst().first)
        let time = try #require(ISODate.parseDateTime(value).dateTime)
        #expect(time.date == day(2026, 2, 28) && time.hour == 19 && time.minute == 7 && time.second == 16)
        #expect(ISODate.parseDateTime(line[...]) == .unrecognized)
    }

    @Test(arguments: [
        "2026-02-28T23:59:59Z", "2026-02-28T00:00:00Z", "2026-02-28T12:00:00.0Z", "2024-02-29T12:00:00Z",
    ])
    func boundaryTimesAreValid(text: String) {
        #expect(ISODate.parseDateTime(text[...]).dateTime != nil)
    }

    @Test(arguments: [
        "2026-02-28T24:00:00Z", "2026-02-28T25:00:00Z", "2026-02-28T99:00:00Z", "2026-02-28T16:60:00Z",
        "2026-02-28T16:10:61Z", "2026-02-28T16:10:60Z", "2026-02-28T16:10:99Z", "2026-02-28T16:10:31+24:00",
        "2026-02-28T16:10:31+01:60", "2016-12-31T23:58:60Z", "2016-12-30T23:59:60Z", "2016-12-31T23:59:60+01:00",
    ])
    func impossibleTimes(text: String) {
        #expect(ISODate.parseDateTime(text[...]) == .impossibleTime)
    }

    @Test(arguments: [
        "2016-12-31T23:59:60Z", "2015-06-30T23:59:60Z", "2017-01-01T00:59:60+01:00",
        "2016-12-31T18:59:60-05:00", "2016-12-31T23:59:60.5Z", "2016-12-31T23:59:60",
    ])
    func leapSecondsOnlyWhereTheyCanOccur(text: String) {
        guard case .valid(let time) = ISODate.parseDateTime(text[...]) else {
            Issue.record("\(text) not valid"); return
        }
        #expect(time.second == 60)
    }

    @Test(arguments: [
        ("2025-02-29T10:00:00Z", 2025, 2, 29), ("1900-02-29T10:00:00Z", 1900, 2, 29),
        ("2026-13-01T10:00:00Z", 2026, 13, 1), ("2026-04-31T10:00:00+02:00", 2026, 4, 31),
        ("2026-01-00T10:00:00", 2026, 1, 0),
    ])
    func impossibleDatePartIsDistinguished(text: String, year: Int, month: Int, dayOfMonth: Int) {
        #expect(ISODate.parseDateTime(text[...]) == .impossibleDate(year: year, month: month, day: dayOfMonth))
    }

    @Test(arguments: [
        "", "2026-02-28", "2026-02-28 16:10:31Z", "2026-02-28t16:10:31Z", "2026-02-28T16:10:31z",
        "2026-02-28T16:10Z", "2026-02-28T16:10:31.Z", "2026-02-28T16:10:31,5Z", "2026-02-28T16:10:31+0100",
        "2026-02-28T16:10:31+01", "2026-02-28T16:10:31 Z", "2026-02-28T16:10:31Z ", " 2026-02-28T16:10:31Z",
        "2026-02-28T16:10:31ZZ", "2026-02-28T16:10:31+01:00Z", "2026-02-28T6:10:31Z", "2026-02-28T16:10:31UTC",
        "2026-2-28T16:10:31Z", "2026-02-28T16-10-31Z",
    ])
    func unrecognizedDateTimes(text: String) {
        #expect(ISODate.parseDateTime(text[...]) == .unrecognized)
    }
}
