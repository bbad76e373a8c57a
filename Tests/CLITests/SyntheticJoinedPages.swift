import Foundation

extension SyntheticResolution {
    /// The layouts real extraction pipelines write a resolution in (compare one resolution's
    /// extracts across versions in `../shared/real-corpus/history/`).
    enum Layout: String, Sendable, CaseIterable {
        /// Extractor 1.0.0: PyMuPDF's page text, a line of the PDF a line, trailing spaces, page
        /// furniture and running headers at page tops, footnotes at page feet.
        case raw
        /// Extractor 1.1.0: each paragraph on one line, page furniture gone, the running header
        /// on one line (`A/RES/80/3 Short title`, `Short title A/RES/80/3`, or one of them)
        /// between the pages' text, sometimes glued into the sentence a page break cut; the
        /// footnotes still at page feet, sometimes under a `---` line.
        case joined
        /// Extractor 1.2.0: the 1.1.0 pages without their footnotes, which are gathered at the
        /// end under `---`, each on one line as `4 See …`; every indicator stays flat.
        case endnotes
        /// Extractor 1.3.0: the 1.1.0 pages without their footnotes, which are gathered at the
        /// end under `---` as `[^4]: …`; indicators glued to a word are written `[^4]`, the others
        /// stay flat in some documents, all are `[^4]` in others.
        case markdown

        var extractVersion: String {
            switch self {
            case .raw: "1.0.0"
            case .joined: "1.1.0"
            case .endnotes: "1.2.0"
            case .markdown: "1.3.0"
            }
        }
    }
}

/// The pages of a `SyntheticResolution` written in a layout that joins each paragraph's lines
/// (`Layout.joined`, `.endnotes`, `.markdown`), from the lines and page breaks of its raw layout, so that
/// the three layouts hold the same text. It records the running-header lines it writes and where
/// the planted defects land.
struct JoinedPages {
    typealias Line = SyntheticResolution.Line
    var layout: SyntheticResolution.Layout
    var language: SyntheticLanguage
    var symbol: String
    var session: Int
    var number: Int
    var year: Int
    var agendaTitle: [String]
    var title: String
    var shortTitle: [String]
    var inParts: Bool
    var lines: [Line]
    var pageStarts: [Int]
    var definitions: [Int: [String]]
    var seed: UInt64

    /// A paragraph or heading as one line, with the defects planted in it and the indicator it ends with.
    private struct Block {
        var text: String
        var defects: [SyntheticResolution.Defect] = []
        var indicator: SyntheticResolution.Indicator?
        var blank: Bool { text.isEmpty }
    }

    private struct Page {
        var blocks: [Block] = []
        var notes: [Int] = []
        /// The page's first block goes on with the sentence the page before ended in.
        var continues = false
    }

    private func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespaces) }

    func write(after frontMatter: [String]) -> (text: String, planted: [Int: SyntheticResolution.Planted], defects: [Int: SyntheticResolution.Defect]) {
        // A generator of its own, so that the raw layout of the same seed stays as it was.
        var random = SyntheticResolution.Seeded(state: seed ^ 0x9E37_79B9_7F4A_7C15)
        let l = language
        var output = frontMatter
        var planted: [Int: SyntheticResolution.Planted] = [:]
        var defects: [Int: SyntheticResolution.Defect] = [:]

        // The masthead, its lines joined as the 1.1.0 extractor joins them; job number and barcode gone.
        var agenda = agendaTitle.map(trimmed).joined(separator: l.separator).split(separator: " ").map(String.init)
        while agenda.count > 3, agenda.last!.count <= 4 { agenda.removeLast() }   // a title ends on a word that carries it, not `of` or `with`
        let agendaText = agenda.joined(separator: " ")
        let on = ["EN": " on ", "FR": " le ", "ES": " el ", "AR": " في "][l.code] ?? " "
        let adoption = l.code == "ZH" ? "\(l.date(17, 12, year))\(l.adoptedBy)" : "\(l.adoptedBy)\(on)\(l.date(17, 12, year))"
        output += ["\(l.organization) \(symbol)", "", "\(l.assembly) \(l.distribution) \(l.date(19, 12, year))", "",
                   "\(l.sessions[session - 78]) \(l.agendaItem) \(60 + number % 30) \(agendaText.prefix(1).uppercased() + agendaText.dropFirst())", "",
                   adoption, "", "\(session)/\(number)\(l.code == "AR" ? " -" : ".") \(title)", ""]
        if inParts { output += ["A", ""] }
        output += [l.opener, ""]

        // Pages of blocks: a line that joins the one above goes on its block, unless a page break
        // came between them (the sentence then goes on in a block of the next page).
        var pages: [Page] = []
        for (index, start) in pageStarts.enumerated() {
            let end = index + 1 < pageStarts.count ? pageStarts[index + 1] : lines.count
            var page = Page()
            for (offset, line) in lines[start..<end].enumerated() {
                let text = trimmed(line.text)
                if text.isEmpty {
                    if page.blocks.last.map({ !$0.blank }) ?? false { page.blocks.append(Block(text: "")) }
                } else if let joins = line.joins, offset > 0, let last = page.blocks.indices.last, !page.blocks[last].blank {
                    page.blocks[last].text += joins + text
                    page.blocks[last].indicator = line.indicator
                    if let defect = line.defect { page.blocks[last].defects.append(defect) }
                } else {
                    if offset == 0, line.joins != nil, index > 0 {
                        // A label alone at the foot of the page before goes down with its paragraph.
                        if let label = pages[index - 1].blocks.last, isLabel(label.text) {
                            pages[index - 1].blocks.removeLast()
                            page.blocks.append(Block(text: label.text + " " + text, defects: label.defects + (line.defect.map { [$0] } ?? []), indicator: line.indicator))
                            page.notes += line.notes
                            continue
                        }
                        page.continues = true
                    }
                    page.blocks.append(Block(text: text, defects: line.defect.map { [$0] } ?? [], indicator: line.indicator))
                }
                page.notes += line.notes
            }
            while page.blocks.last?.blank ?? false { page.blocks.removeLast() }
            pages.append(page)
        }

        let allBracketed = random.next(2) == 0
        func render(_ block: Block) -> String {
            guard layout == .markdown, let indicator = block.indicator, allBracketed || indicator.gluedToLetter,
                  block.text.hasSuffix(indicator.flattened) else { return block.text }
            return String(block.text.dropLast(indicator.flattened.count)) + indicator.markdown
        }
        func emit(_ block: Block) {
            output.append(render(block))
            for defect in block.defects { defects[output.count] = defect }
        }
        let header = shortTitle.map(trimmed).joined(separator: l.separator)
        var gathered: [Int] = []
        var carried: Block?
        for (index, page) in pages.enumerated() {
            var blocks = page.blocks
            if let glued = carried, !blocks.isEmpty {
                // The header glued into the sentence the page break cut: planted on that line.
                blocks[0].text = glued.text + " " + blocks[0].text
                blocks[0].defects = glued.defects + blocks[0].defects
                carried = nil
                emit(blocks[0])
                planted[output.count] = .runningHeader
                blocks.removeFirst()
                if !blocks.isEmpty { output.append("") }
            }
            for (position, block) in blocks.enumerated() {
                if position > 0, !block.blank, !blocks[position - 1].blank, random.next(2) == 0 { output.append("") }
                if block.blank { output.append("") } else { emit(block) }
            }
            guard index + 1 < pages.count else {
                gathered += page.notes
                break
            }
            if layout != .joined { gathered += page.notes }
            let symbolFirst = index % 2 == 0
            let next = pages[index + 1]
            if next.continues, !blocks.isEmpty, layout != .joined || page.notes.isEmpty, random.next(4) == 0 {
                // The page's last sentence, the header and the rest of the sentence on one line.
                let defect = defects.removeValue(forKey: output.count)
                let last = output.removeLast()
                carried = Block(text: last + " " + (symbolFirst ? "\(symbol) \(header)" : "\(header) \(symbol)"), defects: defect.map { [$0] } ?? [])
                continue
            }
            output.append("")
            if layout == .joined, !page.notes.isEmpty {
                if random.next(3) == 0 { output.removeLast(); output += ["---", ""] }
                for note in page.notes {
                    guard var definition = definitions[note] else { continue }
                    definition[0] = definition[0].replacingOccurrences(of: "\(note)  ", with: "\(note) ")
                    output += definition + [""]
                }
            }
            switch random.next(10) {
            case 0...5: output.append(symbolFirst ? "\(symbol) \(header)" : "\(header) \(symbol)")
            case 6, 7: output.append(header)
            case 8: output.append(symbol)
            default: continue   // the page's header lost: the pages join at a blank line
            }
            planted[output.count] = .runningHeader
            output.append("")
        }
        if !gathered.isEmpty {
            if layout != .joined {
                output += ["", "---"]
                for note in gathered {
                    guard var definition = definitions[note] else { continue }
                    definition[0] = definition[0].replacingOccurrences(of: "\(note)  ", with: layout == .markdown ? "[^\(note)]: " : "\(note) ")
                    output += ["", definition.joined(separator: " ")]
                }
            } else {
                output.append("")
                for note in gathered {
                    guard var definition = definitions[note] else { continue }
                    definition[0] = definition[0].replacingOccurrences(of: "\(note)  ", with: "\(note) ")
                    output += definition + [""]
                }
            }
        }
        while output.last == "" { output.removeLast() }
        // The 1.2.0 and 1.3.0 extractors write no line break after the last line; 1.1.0 does.
        let text = output.joined(separator: "\n") + (layout != .joined && random.next(2) == 0 ? "" : "\n")
        return (text, planted, defects)
    }

    /// A paragraph or sub-paragraph label alone (`12.`, `(c)`, `4 -`).
    private func isLabel(_ text: String) -> Bool {
        text.range(of: #"^(?:[0-9]{1,3}(?:\.| -)|\(?[^\s()]{1,2}\))$"#, options: .regularExpression) != nil
    }
}
