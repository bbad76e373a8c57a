import Foundation

/// A long General Assembly resolution in the raw page layout of a PDF-to-text extractor (page
/// text one page after another, as PyMuPDF gives it), written at test time from the words of a
/// `SyntheticLanguage`: masthead, preamble, numbered operative paragraphs with lettered
/// sub-paragraphs, an annexed convention whose articles number their paragraphs from 1 again,
/// rules of procedure, footnotes with two-space definitions at page bottoms, and at each page top
/// the furniture (job number, page counter) and the running header (symbol and short title).
/// It remembers the lines it planted, so that a test can ask that each one is reported.
struct SyntheticResolution: Sendable {
    enum Planted: Hashable { case furniture, runningHeader }
    enum Defect: Hashable {
        case paragraphGap, subParagraphGap, undefinedFootnote
        /// A paragraph that lost its end at the break before the next one (preambular paragraph 6
        /// and operative paragraph 13): reported at the last line left of it.
        case textLost
        /// Operative paragraph 10 printed without its number: reported at its first line (the
        /// count then jumps from 9 to 11, which `numbering/gap` reports too).
        case numberLost
    }

    var fileName: String
    var text: String
    /// File line numbers (1-based, front matter included) of planted furniture and header lines.
    var planted: [Int: Planted] = [:]
    /// File line numbers where a planted defect must be reported.
    var defects: [Int: Defect] = [:]

    /// A deterministic generator: the same seed writes the same document, so a failure reproduces.
    struct Seeded {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// One line of the running text, with the footnotes whose indicators it carries (their
    /// definitions go to the bottom of the page the line lands on).
    struct Line {
        var text: String
        var notes: [Int] = []
        var defect: Defect?
        /// What a layout that writes a paragraph on one line puts between this line and the one
        /// above (a space, nothing in Chinese); `nil`: the line opens a paragraph or a heading.
        var joins: String?
        /// The footnote indicator this line ends with, for the layouts that may write it `[^4]`.
        var indicator: Indicator?
    }

    /// An indicator as the raw page prints it at a paragraph's end (`Destruction4;`, `Rights,4`,
    /// `Rights 4,`, `of 20174,`) and as the Markdown layout writes it (`Destruction[^4];`).
    struct Indicator {
        var flattened: String
        var markdown: String
        /// Glued to a letter: the Markdown layout writes these `[^4]` even when it leaves others flat.
        var gluedToLetter: Bool
    }

    /// `inParts`: adopted in two parts, `A` and `B`, each with its opening words and its own
    /// count of paragraphs from 1 (as the Fifth Committee's resolutions are).
    init(language: SyntheticLanguage, session: Int = 79, number: Int, pages wanted: Int, shortTitleDiffers: Bool, inParts: Bool = false,
         layout: Layout = .raw, defects planted: Set<Defect> = [], seed: UInt64) {
        var random = Seeded(state: seed)
        let l = language
        let symbol = "A/RES/\(session)/\(number)"
        let year = 1945 + session
        let job = "\(year % 100)-2\(String(format: "%04d", number))"
        fileName = "A_RES_\(session)_\(number)-\(l.code).\(layout == .markdown || layout == .endnotes ? "md" : "txt")"
        func words(_ count: Int) -> String {
            (0..<count).map { _ in l.words[random.next(l.words.count)] }.joined(separator: l.separator)
        }
        // Titles of one to four lines; a short title at page tops of one or two.
        func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
        let titleText = capitalized(words(6 + random.next(l.separator.isEmpty ? 40 : 28)))
        let shortTitle = shortTitleDiffers ? capitalized(words(3 + random.next(l.separator.isEmpty ? 14 : 10))) : titleText
        // The title of an article, a rule or a chapter: words drawn as any, but never the opening
        // words of the resolution's title, which a real heading's title (`Quorum`) does not repeat
        // and which, alone on a line, is how a page's header prints a short title.
        func headingTitle(_ count: Int) -> String {
            let text = words(count)
            return shortTitle.lowercased().hasPrefix(text.lowercased()) || titleText.lowercased().hasPrefix(text.lowercased())
                ? words(1) + l.separator + text : text
        }
        let comma = l.code == "ZH" ? "，" : l.code == "AR" ? "،" : ","
        let semicolon = l.code == "ZH" ? "；" : l.code == "AR" ? "؛" : ";"
        let colon = l.code == "ZH" ? "：" : ":"
        let stop = l.code == "ZH" ? "。" : "."

        var lines: [Line] = []
        var footnote = 0
        var definitions: [Int: [String]] = [:]
        var droppedDefinition = false
        /// Wraps `text` at the language's width; an indicator is glued to the end of a word or to
        /// punctuation, or set off by a space, in turn.
        func paragraph(_ first: String, _ body: String, end: String, note: Bool = false, label: Bool = false, afterLabel: Bool = false) {
            // A label is followed by a space in every language; an opening verb runs on in Chinese.
            var text = first.isEmpty ? body : first + (label ? " " : l.separator) + body
            var notes: [Int] = []
            var indicator: Indicator?
            if note {
                footnote += 1
                let style = footnote % 3
                let f = footnote
                if footnote % 5 == 4, !l.separator.isEmpty {
                    // Glued to a year: `the declaration of 20174,` is 2017 and footnote 4.
                    indicator = Indicator(flattened: "\(2000 + f)\(f)\(end)", markdown: "\(2000 + f)[^\(f)]\(end)", gluedToLetter: false)
                    text += " " + indicator!.flattened
                } else if style == 0 || l.separator.isEmpty {
                    indicator = Indicator(flattened: "\(f)\(end)", markdown: "[^\(f)]\(end)", gluedToLetter: true)
                    text += indicator!.flattened
                } else if style == 1 {
                    indicator = Indicator(flattened: "\(end)\(f)", markdown: "\(end)[^\(f)]", gluedToLetter: false)
                    text += indicator!.flattened
                } else {
                    indicator = Indicator(flattened: " \(f)\(end)", markdown: "[^\(f)]\(end)", gluedToLetter: false)
                    text += indicator!.flattened
                }
                notes = [footnote]
                let resolution = footnote % 2 == 0 ? "\(2100 + footnote) A (XXI)" : "\(60 + footnote)/\(100 + footnote)"
                var definition = ["\(footnote)  \(l.seeResolution) \(resolution)\(comma) \(l.code == "ZH" ? "附件" : "annex")\(stop)"]
                if footnote % 4 == 0 { definition[0] += l.separator + words(8); definition.append(words(5) + stop) }
                // A definition wrapped before a date: its second line starts with a number.
                if footnote % 6 == 1, !l.separator.isEmpty { definition[0] += " " + words(6); definition.append("16 \(l.date(16, 12, 1966).split(separator: " ").dropFirst().joined(separator: " "))\(stop)") }
                if planted.contains(.undefinedFootnote), !droppedDefinition, style == 0, footnote % 5 != 4, l.code != "AR", !l.separator.isEmpty {
                    droppedDefinition = true
                    append(wrap(text), notes: [], indicator: indicator, afterLabel: afterLabel)
                    lines[lines.count - 1].defect = .undefinedFootnote
                    return
                }
                definitions[footnote] = definition
            } else {
                text += end
            }
            append(wrap(text), notes: notes, indicator: indicator, afterLabel: afterLabel)
        }
        /// A paragraph's wrapped lines: the last carries its indicators; each joins the one above.
        func append(_ wrapped: [String], notes: [Int], indicator: Indicator?, afterLabel: Bool) {
            for (index, line) in wrapped.enumerated() {
                let last = index == wrapped.count - 1
                lines.append(Line(text: line, notes: last ? notes : [], joins: index > 0 ? l.separator : afterLabel ? " " : nil,
                                  indicator: last ? indicator : nil))
            }
        }
        func wrap(_ text: String) -> [String] {
            var result: [String] = [], current = ""
            let pieces = l.separator.isEmpty ? text.map(String.init) : text.split(separator: " ").map(String.init)
            for piece in pieces {
                if !current.isEmpty, current.count + piece.count + l.separator.count > l.width {
                    // Raw page text keeps the space before a line break on most lines.
                    result.append(current + (random.next(3) == 0 ? "" : " "))
                    current = piece
                } else {
                    current += current.isEmpty ? piece : l.separator + piece
                }
            }
            if !current.isEmpty { result.append(current) }
            return result
        }
        /// A paragraph whose end the extractor lost: its last line gone (or, when it held one
        /// line, its last words and punctuation), the paragraph break after it kept, as a raw
        /// layout prints it (a blank line) and a joined one too.
        func truncated(_ first: String, _ body: String, label: Bool) {
            var wrapped = wrap(first + (label ? " " : l.separator) + body)
            if wrapped.count > 1 {
                wrapped.removeLast()
            } else if l.separator.isEmpty {
                wrapped[0] = String(wrapped[0].dropLast(4))
            } else {
                wrapped[0] = wrapped[0].split(separator: " ").dropLast(2).joined(separator: " ")
            }
            wrapped[wrapped.count - 1] = wrapped[wrapped.count - 1].trimmingCharacters(in: .whitespaces)
            append(wrapped, notes: [], indicator: nil, afterLabel: false)
            lines[lines.count - 1].defect = .textLost
            lines.append(Line(text: " "))
        }
        func numbered(_ number: Int, _ body: String, end: String, note: Bool = false) {
            let label = l.paragraphNumber(number)
            if random.next(4) == 0 {
                // The 1.0.0 layout may print the number on a line of its own.
                lines.append(Line(text: label))
                paragraph("", body, end: end, note: note, afterLabel: true)
            } else {
                paragraph(label.trimmingCharacters(in: .whitespaces), body, end: end, note: note, label: true)
            }
        }
        func subParagraphs(_ count: Int, skip: Int? = nil) {
            for index in 1...count where index != skip {
                let start = lines.count
                if index == 3 || index == 8, count > 5, !["ZH", "AR"].contains(l.code) {
                    // (c) and (h) hold their own lists (i), (ii)… (`i)` in French, Spanish and
                    // Russian): after (h), `(i)` opens the list and is no letter.
                    paragraph(l.subLabel(index).trimmingCharacters(in: .whitespaces), words(6), end: colon, label: true)
                    let romans = ["i", "ii", "iii", "iv", "v", "vi"]
                    for roman in romans {
                        paragraph(l.code == "EN" ? "(\(roman))" : "\(roman))", words(5 + random.next(12)), end: semicolon, label: true)
                    }
                } else if random.next(5) == 0 {
                    // The label alone on its line, as the 1.0.0 layout may print it.
                    lines.append(Line(text: l.subLabel(index)))
                    paragraph("", words(6 + random.next(14)), end: index == count ? stop : semicolon, afterLabel: true)
                } else {
                    paragraph(l.subLabel(index).trimmingCharacters(in: .whitespaces), words(6 + random.next(14)), end: index == count ? stop : semicolon, label: true)
                }
                if let skip, index == skip + 1 { lines[start].defect = .subParagraphGap }
            }
        }

        func budgetPart(_ number: Int) -> String {
            let roman = SyntheticLanguage.roman(number)
            switch l.code {
            case "FR": return "Titre \(roman)"
            case "ES": return "Parte \(roman)"
            case "RU": return "Часть \(roman)"
            case "ZH": return "第\(SyntheticLanguage.chineseNumber(number))编"
            case "AR": return "الجزء " + ["الأول", "الثاني", "الثالث"][number - 1]
            default: return "Part \(roman)"
            }
        }
        let total = ["RU": "Итого", "ZH": "共计", "AR": "المجموع"][l.code] ?? "Total"
        func amount() -> String { "\(1 + random.next(900)) \(100 + random.next(900)) \(100 + random.next(900))" }

        // Masthead: organization, symbol, distribution, job number and barcode, session, agenda item.
        var masthead: [(String, Planted?)] = [
            ("\(l.organization) ", nil), (symbol, nil), (" ", nil), ("\(l.assembly) ", nil), ("\(l.distribution) ", nil),
            ("\(l.date(19, 12, year)) ", nil), (" ", nil), ("\(job) (\(l.jobSuffix)) ", .furniture), ("*\(job.replacingOccurrences(of: "-", with: ""))* ", .furniture),
            (" ", nil), ("\(l.sessions[session - 78]) ", nil), ("\(l.agendaItem) \(60 + number % 30) ", nil),
        ]
        let agendaTitle = wrap(words(9))
        masthead += agendaTitle.map { ($0, nil) }
        masthead += [(" ", nil), (" \(l.adoptedBy) ", nil), ("\(l.date(17, 12, year)) ", nil), (" ", nil)]
        let titleLines = wrap(titleText)
        masthead.append((" \(session)/\(number)\(l.code == "AR" ? " -" : ".") \(titleLines[0])", nil))
        masthead += titleLines.dropFirst().map { ($0, nil) }
        if inParts { masthead += [(" ", nil), ("A ", nil)] }
        masthead += [(" ", nil), (l.opener + " ", nil), (" ", nil)]

        // Preamble, then operative paragraphs with (a)…(z), a nested list and a wrapped inline list.
        for index in 0..<10 {
            if index == 5, planted.contains(.textLost) {
                truncated(l.preamble[index % l.preamble.count], words(14 + random.next(30)), label: false)
                continue
            }
            paragraph(l.preamble[index % l.preamble.count], words(14 + random.next(30)), end: comma, note: index % 2 == 0)
        }
        let operativeCount = 14
        for index in 1...operativeCount {
            if planted.contains(.paragraphGap), index == 6 { continue }
            let start = lines.count
            let verb = l.operative[index % l.operative.count]
            // Sections whose paragraphs carry on the count of the ones before.
            if index == 1 || index == 9 {
                lines.append(Line(text: SyntheticLanguage.roman(index == 1 ? 1 : 2) + " "))
                lines.append(Line(text: words(3)))
            }
            if index == 2, inParts {
                // A budget's table of sections: part headings inside the list the paragraph
                // announces, sections numbered on across them, amounts, totals.
                numbered(index, verb + l.separator + words(8), end: colon)
                var section = 0
                for part in 1...3 {
                    lines.append(Line(text: budgetPart(part) + " "))
                    lines.append(Line(text: capitalized(words(4))))
                    for _ in 0..<(1 + random.next(3)) {
                        section += 1
                        numbered(section, capitalized(words(3 + random.next(6))) + " \(amount())", end: "")
                    }
                    lines.append(Line(text: "\(total) \(amount())"))
                }
            } else if index == 3 {
                numbered(index, verb + l.separator + words(8), end: colon)
                subParagraphs(26, skip: planted.contains(.subParagraphGap) ? 4 : nil)
            } else if index == 5 {
                numbered(index, verb + l.separator + words(10), end: colon)
                for item in 1...4 { numbered(item, words(8 + random.next(10)), end: item == 4 ? stop : semicolon) }
            } else if index == 8, l.separator == " ", l.code != "AR" {
                // An inline list wrapped so that a line starts with its second label.
                numbered(index, verb + " " + words(l.width / 7) + " " + l.subLabel(1) + words(3), end: "")
                lines.append(Line(text: l.subLabel(2) + words(5) + semicolon + " " + l.subLabel(3) + words(4) + stop, joins: " "))
            } else if index == 10, planted.contains(.numberLost) {
                paragraph("", verb + l.separator + words(12 + random.next(40)), end: semicolon)
                lines[start].defect = .numberLost
            } else if index == 13, planted.contains(.textLost) {
                truncated(l.paragraphNumber(index).trimmingCharacters(in: .whitespaces), verb + l.separator + words(12 + random.next(40)), label: true)
            } else {
                numbered(index, verb + l.separator + words(12 + random.next(40)), end: semicolon, note: index % 4 == 0)
            }
            if index == 7, planted.contains(.paragraphGap) { lines[start].defect = .paragraphGap }
        }
        if inParts {
            // Part B: its letter, a title, its opening words, and paragraphs counted from 1.
            lines += [Line(text: " "), Line(text: (l.code == "AR" ? "باء" : "B") + " "), Line(text: " ")]
            append(wrap(capitalized(words(5))), notes: [], indicator: nil, afterLabel: false)
            lines += [Line(text: " "), Line(text: l.opener + " "), Line(text: " ")]
            paragraph(l.preamble[0], words(12 + random.next(20)), end: comma)
            for index in 1...3 {
                numbered(index, l.operative[index % l.operative.count] + l.separator + words(10 + random.next(20)), end: index == 3 ? stop : semicolon)
            }
        }
        lines.append(Line(text: " "))
        lines.append(Line(text: "\(60 + number % 20)\(l.code == "EN" ? "th" : "") \(l.plenary) "))
        lines.append(Line(text: "\(l.date(17, 12, year)) ", joins: " "))
        lines.append(Line(text: " "))

        // The annexed convention: articles until the wanted pages are filled, under chapters.
        lines.append(Line(text: l.annexHeading(1) + " "))
        lines.append(Line(text: " "))
        append(wrap(titleText), notes: [], indicator: nil, afterLabel: false)
        lines.append(Line(text: " "))
        // The convention's preamble, lettered (a), (b)… as some conventions letter theirs.
        paragraph(l.preamble[1], words(6), end: colon)
        for index in 1...12 {
            paragraph(l.subLabel(index).trimmingCharacters(in: .whitespaces), words(8 + random.next(20)), end: comma, label: true)
        }
        paragraph(l.operative[0], words(3), end: colon)
        var article = 0
        let articleLines = wanted * 34 * 2 / 3
        var chapter = 0
        while lines.count < articleLines {
            article += 1
            if article % 6 == 1 {
                chapter += 1
                lines.append(Line(text: l.chapter(chapter) + " "))
                lines.append(Line(text: headingTitle(3)))
            }
            lines.append(Line(text: l.article(article) + " "))
            lines.append(Line(text: headingTitle(2 + random.next(3))))
            let paragraphs = 1 + random.next(4)
            for item in 1...paragraphs {
                if item == 2, article % 3 == 0 {
                    numbered(item, words(10), end: colon)
                    subParagraphs(3 + random.next(6))
                } else {
                    numbered(item, words(12 + random.next(40)), end: stop, note: article % 5 == 0 && item == 1)
                }
            }
        }
        // Rules of procedure: rules numbered through the document, paragraphs from 1 in each.
        lines.append(Line(text: " "))
        lines.append(Line(text: l.annexHeading(2) + " "))
        lines.append(Line(text: " "))
        lines.append(Line(text: l.rulesTitle))
        var rule = 0
        chapter = 0
        while lines.count < wanted * 34 {
            rule += 1
            if rule % 5 == 1 {
                chapter += 1
                lines.append(Line(text: l.chapter(chapter) + " "))
                lines.append(Line(text: headingTitle(2)))
            }
            lines.append(Line(text: l.rule(rule) + " "))
            lines.append(Line(text: headingTitle(2 + random.next(2))))
            if rule % 6 == 0 {
                // A rule of one sentence and its lettered list, no paragraph number.
                paragraph(words(1), words(8 + random.next(10)), end: colon)
                subParagraphs(2 + random.next(5))
            } else if rule % 2 == 0 {
                paragraph(words(1), words(15 + random.next(30)), end: stop)
            } else {
                for item in 1...(2 + random.next(2)) { numbered(item, words(12 + random.next(30)), end: stop) }
            }
        }

        // Pages: masthead on page 1, then 34 lines of text a page with their footnotes below.
        let output = ["---", "symbol: \(symbol)", "record_id: \"40\(number + 70000)\"",
                      "title: \"\(titleText.replacingOccurrences(of: "\"", with: "\\\"")) :\"", "date: \"\(year)-12-19\"",
                      "language: \(l.code)",
                      "source_pdf: https://digitallibrary.un.org/record/40\(number + 70000)/files/A_RES_\(session)_\(number)-\(l.code).pdf",
                      "extract_version: \"\(layout.extractVersion)\"", "extracted_at: \"2026-02-28T15:15:51Z\"", "---", ""]
        let perPage = 34
        var pageStarts = [0]
        var cursor = max(0, perPage - masthead.count)
        while cursor < lines.count { pageStarts.append(cursor); cursor += perPage }
        let written: (text: String, planted: [Int: Planted], defects: [Int: Defect])
        if layout == .raw {
            written = RawPages(masthead: masthead, symbol: symbol, job: job, shortTitle: wrap(shortTitle), lines: lines,
                               pageStarts: pageStarts, definitions: definitions).write(after: output)
        } else {
            // The same pages, as an extractor that joins each paragraph's lines writes them.
            written = JoinedPages(layout: layout, language: l, symbol: symbol, session: session, number: number, year: year,
                                  agendaTitle: agendaTitle, title: titleText, shortTitle: wrap(shortTitle), inParts: inParts,
                                  lines: lines, pageStarts: pageStarts, definitions: definitions, seed: seed).write(after: output)
        }
        text = written.text
        self.planted = written.planted
        self.defects = written.defects
    }
}
