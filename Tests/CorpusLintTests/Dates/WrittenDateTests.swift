import Testing
@testable import CorpusLint

@Suite struct WrittenDateTests {
    /// One written example: its language, its text, and the year, month and day it writes.
    struct Example: Sendable, CustomTestStringConvertible {
        let language: DateLanguage
        let text: String
        let year: Int, month: Int, day: Int

        init(_ language: DateLanguage, _ text: String, _ year: Int, _ month: Int, _ day: Int) {
            (self.language, self.text, self.year, self.month, self.day) = (language, text, year, month, day)
        }

        var testDescription: String { "\(language.rawValue) \(text)" }
    }

    static let validCases: [Example] = [
        // English: UN order, the American order, ordinals, commas, case, odd spaces.
        .init(.english, "3 December 2025", 2025, 12, 3),
        .init(.english, "1 December 2025", 2025, 12, 1),
        .init(.english, "19 September 2025", 2025, 9, 19),
        .init(.english, "03 December 2025", 2025, 12, 3),
        .init(.english, "December 3, 2025", 2025, 12, 3),
        .init(.english, "December 3 2025", 2025, 12, 3),
        .init(.english, "December 3rd, 2025", 2025, 12, 3),
        .init(.english, "1st January 2026", 2026, 1, 1),
        .init(.english, "22nd February 2024", 2024, 2, 22),
        .init(.english, "3 December, 2025", 2025, 12, 3),
        .init(.english, "3 DECEMBER 2025", 2025, 12, 3),
        .init(.english, "3 december 2025", 2025, 12, 3),
        .init(.english, "  3 December 2025\n", 2025, 12, 3),
        .init(.english, "3\u{A0}December\u{A0}2025", 2025, 12, 3),
        .init(.english, "3\u{202F}December\u{202F}2025", 2025, 12, 3),
        .init(.english, "3December 2025", 2025, 12, 3),
        .init(.english, "29 February 2024", 2024, 2, 29),
        .init(.english, "29 February 2000", 2000, 2, 29),
        .init(.english, "5 May 2025", 2025, 5, 5),
        .init(.english, "24 October 1945", 1945, 10, 24),
        // French: accents optional, "1er" glued or not, superscript ordinal.
        .init(.french, "3 décembre 2025", 2025, 12, 3),
        .init(.french, "3 decembre 2025", 2025, 12, 3),
        .init(.french, "3 DÉCEMBRE 2025", 2025, 12, 3),
        .init(.french, "3 de\u{301}cembre 2025", 2025, 12, 3),
        .init(.french, "1er décembre 2025", 2025, 12, 1),
        .init(.french, "1 er décembre 2025", 2025, 12, 1),
        .init(.french, "1\u{1D49}\u{2B3} décembre 2025", 2025, 12, 1),
        .init(.french, "1 décembre 2025", 2025, 12, 1),
        .init(.french, "14 février 2024", 2024, 2, 14),
        .init(.french, "14 fevrier 2024", 2024, 2, 14),
        .init(.french, "29 février 2024", 2024, 2, 29),
        .init(.french, "15 août 2025", 2025, 8, 15),
        .init(.french, "15 aout 2025", 2025, 8, 15),
        .init(.french, "15 AOÛT 2025", 2025, 8, 15),
        .init(.french, "1er janvier 2026", 2026, 1, 1),
        .init(.french, "31 mars 2025", 2025, 3, 31),
        .init(.french, "8 mai 2025", 2025, 5, 8),
        .init(.french, "21 juin 2025", 2025, 6, 21),
        .init(.french, "14 juillet 2025", 2025, 7, 14),
        .init(.french, "1er\u{A0}septembre\u{A0}2025", 2025, 9, 1),
        // Spanish: "de" particles, "del", setiembre, ordinal sign.
        .init(.spanish, "3 de diciembre de 2025", 2025, 12, 3),
        .init(.spanish, "1 de septiembre de 2025", 2025, 9, 1),
        .init(.spanish, "1 de setiembre de 2025", 2025, 9, 1),
        .init(.spanish, "15 de enero del 2026", 2026, 1, 15),
        .init(.spanish, "1.º de enero de 2026", 2026, 1, 1),
        .init(.spanish, "1º de mayo de 2025", 2025, 5, 1),
        .init(.spanish, "1° de mayo de 2025", 2025, 5, 1),
        .init(.spanish, "3 De Diciembre De 2025", 2025, 12, 3),
        .init(.spanish, "3 diciembre 2025", 2025, 12, 3),
        .init(.spanish, "29 de febrero de 2024", 2024, 2, 29),
        .init(.spanish, "24 de octubre de 1945", 1945, 10, 24),
        .init(.spanish, "30 de junio de 2025", 2025, 6, 30),
        // Russian: genitive months, with "года", "г.", "г" or nothing after the year.
        .init(.russian, "3 декабря 2025 года", 2025, 12, 3),
        .init(.russian, "3 декабря 2025", 2025, 12, 3),
        .init(.russian, "3 декабря 2025 г.", 2025, 12, 3),
        .init(.russian, "3 декабря 2025 г", 2025, 12, 3),
        .init(.russian, "3 декабря 2025г.", 2025, 12, 3),
        .init(.russian, "1 ДЕКАБРЯ 2025 ГОДА", 2025, 12, 1),
        .init(.russian, "19 сентября 2025 года", 2025, 9, 19),
        .init(.russian, "29 февраля 2024 года", 2024, 2, 29),
        .init(.russian, "1 января 2026 года", 2026, 1, 1),
        .init(.russian, "9 мая 2025 года", 2025, 5, 9),
        .init(.russian, "24 октября 1945 года", 1945, 10, 24),
        .init(.russian, "12\u{A0}июня\u{A0}2025\u{A0}года", 2025, 6, 12),
        // Chinese: ASCII and full-width digits, spaces optional.
        .init(.chinese, "2025年12月3日", 2025, 12, 3),
        .init(.chinese, "2025年12月1日", 2025, 12, 1),
        .init(.chinese, "２０２５年１２月３日", 2025, 12, 3),
        .init(.chinese, "2025 年 12 月 3 日", 2025, 12, 3),
        .init(.chinese, "2025年 9月 19日", 2025, 9, 19),
        .init(.chinese, "2025年09月03日", 2025, 9, 3),
        .init(.chinese, "2024年2月29日", 2024, 2, 29),
        .init(.chinese, "1945年10月24日", 1945, 10, 24),
        // Arabic: double names, each name alone, Western and Arabic-Indic digits.
        .init(.arabic, "3 كانون الأول/ديسمبر 2025", 2025, 12, 3),
        .init(.arabic, "٣ كانون الأول/ديسمبر ٢٠٢٥", 2025, 12, 3),
        .init(.arabic, "3 ديسمبر 2025", 2025, 12, 3),
        .init(.arabic, "3 كانون الأول 2025", 2025, 12, 3),
        .init(.arabic, "3 كانون الأول / ديسمبر 2025", 2025, 12, 3),
        .init(.arabic, "١ كانون الأول/ديسمبر ٢٠٢٥", 2025, 12, 1),
        .init(.arabic, "15 كانون الثاني/يناير 2026", 2026, 1, 15),
        .init(.arabic, "29 شباط/فبراير 2024", 2024, 2, 29),
        .init(.arabic, "21 آذار/مارس 2025", 2025, 3, 21),
        .init(.arabic, "7 نيسان/أبريل 2025", 2025, 4, 7),
        .init(.arabic, "7 نيسان/ابريل 2025", 2025, 4, 7),
        .init(.arabic, "7 نيسان/إبريل 2025", 2025, 4, 7),
        .init(.arabic, "1 أيار/مايو 2025", 2025, 5, 1),
        .init(.arabic, "26 حزيران/يونيه 1945", 1945, 6, 26),
        .init(.arabic, "26 حزيران/يونيو 1945", 1945, 6, 26),
        .init(.arabic, "4 تموز/يوليه 2025", 2025, 7, 4),
        .init(.arabic, "4 تموز/يوليو 2025", 2025, 7, 4),
        .init(.arabic, "15 آب/أغسطس 2025", 2025, 8, 15),
        .init(.arabic, "19 أيلول/سبتمبر 2025", 2025, 9, 19),
        .init(.arabic, "24 تشرين الأول/أكتوبر 1945", 1945, 10, 24),
        .init(.arabic, "11 تشرين الثاني/نوفمبر 2025", 2025, 11, 11),
        .init(.arabic, "٢٤ تشرين الأول/أكتوبر ١٩٤٥", 1945, 10, 24),
        .init(.arabic, "۲۴ اکتوبر ۱۹۴۵", 1945, 10, 24),
        .init(.arabic, "3 ديسمبر 2025م", 2025, 12, 3),
        .init(.arabic, "3 كانونُ الأوّل/ديسمبر 2025", 2025, 12, 3),
        .init(.arabic, "3 \u{200F}كانون الأول/ديسمبر\u{200F} 2025", 2025, 12, 3),
        // Presentation forms, as PDF extraction emits them: كانون الأول/ديسمبر.
        .init(.arabic, "3 \u{FEDB}\u{FE8E}\u{FEE7}\u{FEEE}\u{FEE5} \u{FE8D}\u{FEF7}\u{FEED}\u{FEDD}"
                  + "/\u{FEA9}\u{FEF3}\u{FEB4}\u{FEE4}\u{FE92}\u{FEAE} 2025", 2025, 12, 3),
    ]

    @Test(arguments: validCases)
    func parsesValidDates(example: Example) {
        let expected = CalendarDate(year: example.year, month: example.month, day: example.day)!
        #expect(WrittenDate.parse(example.text[...], language: example.language) == .valid(expected))
    }

    @Test(arguments: validCases)
    func findsValidDatesInsideALine(example: Example) throws {
        let line = "see (" + example.text + ")."
        let found = try #require(WrittenDate.firstDate(in: line[...], language: example.language))
        #expect(found.outcome.date == CalendarDate(year: example.year, month: example.month, day: example.day))
        let trimmed = example.text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()
        #expect(String(line[found.range]) == String(trimmed))
    }

    static let impossibleCases: [Example] = [
        .init(.english, "31 February 2025", 2025, 2, 31),
        .init(.english, "29 February 2025", 2025, 2, 29),
        .init(.english, "29 February 1900", 1900, 2, 29),
        .init(.english, "31 April 2025", 2025, 4, 31),
        .init(.english, "0 December 2025", 2025, 12, 0),
        .init(.english, "32 December 2025", 2025, 12, 32),
        .init(.english, "June 31, 2025", 2025, 6, 31),
        .init(.french, "30 février 2024", 2024, 2, 30),
        .init(.french, "31 septembre 2025", 2025, 9, 31),
        .init(.spanish, "31 de noviembre de 2025", 2025, 11, 31),
        .init(.spanish, "29 de febrero de 2025", 2025, 2, 29),
        .init(.russian, "31 июня 2025 года", 2025, 6, 31),
        .init(.russian, "00 мая 2025 года", 2025, 5, 0),
        .init(.chinese, "2025年2月29日", 2025, 2, 29),
        .init(.chinese, "2025年13月1日", 2025, 13, 1),
        .init(.chinese, "2025年0月1日", 2025, 0, 1),
        .init(.chinese, "2025年12月0日", 2025, 12, 0),
        .init(.arabic, "31 نيسان/أبريل 2025", 2025, 4, 31),
        .init(.arabic, "٣٠ شباط/فبراير ٢٠٢٤", 2024, 2, 30),
    ]

    @Test(arguments: impossibleCases)
    func reportsImpossibleDates(example: Example) {
        let expected = DateParseOutcome.impossible(year: example.year, month: example.month, day: example.day)
        #expect(WrittenDate.parse(example.text[...], language: example.language) == expected)
        #expect(WrittenDate.firstDate(in: ("on " + example.text + ".")[...], language: example.language)?.outcome
                == expected)
    }

    @Test(arguments: [
        (DateLanguage.english, ""), (.english, "article 7 of 2025"), (.english, "80/35"), (.english, "COVID-19"),
        (.english, "December 2025"), (.english, "3 December"), (.english, "3 December 25"),
        (.english, "3 December 20255"), (.english, "123 December 2025"), (.english, "3 Dec 2025"),
        (.english, "3 Decembers 2025"), (.english, "3 December 2025abc"), (.english, "A3 December 2025"),
        (.english, "3 December 2025 and more"), (.english, "3 décembre 2025"), (.english, "2025-12-03"),
        (.french, "3 December 2025"), (.french, "3er décembre 2025"), (.french, "décembre 2025"),
        (.spanish, "3 de diciembre"), (.spanish, "3 de de diciembre de 2025"),
        (.russian, "3 декабрь 2025 года"), (.russian, "декабря 2025 года"),
        (.chinese, "2025年12月"), (.chinese, "25年12月3日"), (.chinese, "2025/12/3"), (.chinese, "12月3日"),
        (.arabic, "3 كانون الأول/نوفمبر 2025"), (.arabic, "3 كانون 2025"), (.arabic, "ديسمبر 2025"),
        (.arabic, "3 الأول 2025"),
    ])
    func rejectsNonDates(language: DateLanguage, text: String) {
        #expect(WrittenDate.parse(text[...], language: language) == .unrecognized)
    }

    @Test(arguments: [
        (DateLanguage.english, "General Assembly Distr.: General 3 December 2025", "3 December 2025", 2025, 12, 3),
        (.english, "Resolution adopted by the General Assembly on 1 December 2025", "1 December 2025", 2025, 12, 1),
        (.english, "Taking note of the meeting of 12 September 2025, and the statements", "12 September 2025",
         2025, 9, 12),
        (.english, "resolutions 3281 (XXIX) of 12 December 1974, 3362 (S-VII) of 16 September 1975",
         "12 December 1974", 1974, 12, 12),
        (.english, "signed at San Francisco on June 26, 1945.", "June 26, 1945", 1945, 6, 26),
        (.english, "from 1 to 3 December 2025", "3 December 2025", 2025, 12, 3),
        (.french, "Distr. générale 1er décembre 2025", "1er décembre 2025", 2025, 12, 1),
        (.french, "Résolution adoptée par l’Assemblée générale le 3 décembre 2025", "3 décembre 2025", 2025, 12, 3),
        (.spanish, "Resolución aprobada por la Asamblea General el 3 de diciembre de 2025",
         "3 de diciembre de 2025", 2025, 12, 3),
        (.russian, "Резолюция, принятая Генеральной Ассамблеей 1 декабря 2025 года",
         "1 декабря 2025 года", 2025, 12, 1),
        (.russian, "Distr.: General 3 декабря 2025 г. Русский", "3 декабря 2025 г.", 2025, 12, 3),
        (.chinese, "2025年12月1日大会决议", "2025年12月1日", 2025, 12, 1),
        (.chinese, "大会2025年12月3日通过的决议", "2025年12月3日", 2025, 12, 3),
        (.chinese, "Distr.: General ２０２５年１２月３日", "２０２５年１２月３日", 2025, 12, 3),
        (.arabic, "القرار الذي اتخذته الجمعية العامة في 1 كانون الأول/ديسمبر 2025",
         "1 كانون الأول/ديسمبر 2025", 2025, 12, 1),
        (.arabic, "Distr.: General ٣ كانون الأول/ديسمبر ٢٠٢٥ عربي", "٣ كانون الأول/ديسمبر ٢٠٢٥", 2025, 12, 3),
    ])
    func firstDateInALongerLine(language: DateLanguage, line: String, match: String,
                                year: Int, month: Int, day: Int) throws {
        let found = try #require(WrittenDate.firstDate(in: line[...], language: language))
        #expect(String(line[found.range]) == match)
        #expect(found.outcome == .valid(CalendarDate(year: year, month: month, day: day)!))
    }

    @Test(arguments: [
        (DateLanguage.english, "article 7 of 2025"), (.english, "resolution 80/35"), (.english, "COVID-19 pandemic"),
        (.english, "A/RES/80/35 December 2025"), (.english, "In 2025, 193 Member States"),
        (.english, "The Council may, in 2025, decide"),
        (.english, "General Assembly Distr.: General"), (.english, "on 3 December, the Council"),
        (.english, "A/80/L.35 of 2025"), (.english, "December 1974, 3474 (XXX)"),
        // A footnote number glued to the year by an extractor: "20242" is not a year, and guessing is not ours.
        (.english, "its resolution 79/1 of 25 November 20242 and"),
        (.french, "résolution 80/35 de 2025"), (.russian, "резолюция 80/35 2025 года"),
        (.chinese, "第80/35号决议"), (.chinese, "2025年大会"), (.arabic, "القرار 80/35"),
    ])
    func noDateInLine(language: DateLanguage, line: String) {
        #expect(WrittenDate.firstDate(in: line[...], language: language) == nil)
        #expect(WrittenDate.allDates(in: line[...], language: language).isEmpty)
    }

    @Test func allDatesFindsEachInOrder() {
        let line = "its resolutions 79/1 of 2 December 2024, 78/5 of 31 February 2023 and 80/3 of December 3, 2025"
        let found = WrittenDate.allDates(in: line[...], language: .english)
        #expect(found.map { String(line[$0.range]) } == ["2 December 2024", "31 February 2023", "December 3, 2025"])
        #expect(found.map(\.outcome) == [
            .valid(CalendarDate(year: 2024, month: 12, day: 2)!),
            .impossible(year: 2023, month: 2, day: 31),
            .valid(CalendarDate(year: 2025, month: 12, day: 3)!),
        ])
    }

    @Test func allDatesInChineseAndArabic() {
        let chinese = "2024年12月2日第79/1号决议和2025年12月1日第80/1号决议"
        #expect(WrittenDate.allDates(in: chinese[...], language: .chinese).map { String(chinese[$0.range]) }
                == ["2024年12月2日", "2025年12月1日"])
        let arabic = "المؤرخ 2 كانون الأول/ديسمبر 2024 و 1 كانون الأول/ديسمبر 2025"
        #expect(WrittenDate.allDates(in: arabic[...], language: .arabic).map(\.outcome.date?.description)
                == ["2024-12-02", "2025-12-01"])
    }

    @Test func allDatesInFrenchSpanishAndRussian() {
        let french = "entre le 1er décembre 2025 et le 15 janvier 2026, puis les 2 et 3 mars 2026"
        #expect(WrittenDate.allDates(in: french[...], language: .french).map { String(french[$0.range]) }
                == ["1er décembre 2025", "15 janvier 2026", "3 mars 2026"])
        let spanish = "del 1 de septiembre de 2025 al 31 de agosto de 2026"
        #expect(WrittenDate.allDates(in: spanish[...], language: .spanish).map(\.outcome.date?.description)
                == ["2025-09-01", "2026-08-31"])
        let russian = "с 1 сентября 2025 года по 31 августа 2026 г. включительно"
        #expect(WrittenDate.allDates(in: russian[...], language: .russian).map { String(russian[$0.range]) }
                == ["1 сентября 2025 года", "31 августа 2026 г."])
    }

    @Test func rangesAreIndicesOfTheGivenSlice() throws {
        let document = "HEADER\nResolution adopted on 1 December 2025\nFOOTER"
        let lines = document.split(separator: "\n")
        let found = try #require(WrittenDate.firstDate(in: lines[1], language: .english))
        #expect(document[found.range] == "1 December 2025")
        #expect(found.range.lowerBound > lines[1].startIndex && found.range.upperBound == lines[1].endIndex)
    }

    @Test func languageIsTheCallersChoice() {
        #expect(WrittenDate.parse("3 décembre 2025", language: .french).date != nil)
        #expect(WrittenDate.parse("3 décembre 2025", language: .spanish) == .unrecognized)
        #expect(WrittenDate.parse("2025年12月3日", language: .english) == .unrecognized)
        #expect(WrittenDate.parse("3 декабря 2025 года", language: .english) == .unrecognized)
    }

    @Test(arguments: [
        ("en", DateLanguage.english), ("EN", .english), ("En", .english), ("fr", .french), ("FR", .french),
        ("es", .spanish), ("ru", .russian), ("zh", .chinese), ("ZH", .chinese), ("ar", .arabic),
    ])
    func languageCodes(code: String, language: DateLanguage) {
        #expect(DateLanguage(code: code) == language)
    }

    @Test(arguments: ["", "it", "english", "e", "en-US", "zh-Hans", "AR "])
    func unknownLanguageCodes(code: String) {
        #expect(DateLanguage(code: code) == nil)
    }

    @Test func everyMonthInEveryLanguage() {
        let names: [DateLanguage: [String]] = [
            .english: ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                       "October", "November", "December"],
            .french: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                      "octobre", "novembre", "décembre"],
            .spanish: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                       "octubre", "noviembre", "diciembre"],
            .russian: ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                       "октября", "ноября", "декабря"],
            .arabic: ["كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو",
                      "حزيران/يونيه", "تموز/يوليه", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر",
                      "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر"],
        ]
        for (language, months) in names {
            for (index, name) in months.enumerated() {
                let outcome = WrittenDate.parse("15 \(name) 2025"[...], language: language)
                #expect(outcome.date?.month == index + 1, "\(language) \(name)")
                if language == .arabic {
                    for single in name.split(separator: "/") {
                        let alone = WrittenDate.parse("15 \(single) 2025"[...], language: language)
                        #expect(alone.date?.month == index + 1, "\(single)")
                    }
                }
            }
        }
        for month in 1...12 {
            #expect(WrittenDate.parse("2025年\(month)月15日"[...], language: .chinese).date?.month == month)
        }
    }
}
