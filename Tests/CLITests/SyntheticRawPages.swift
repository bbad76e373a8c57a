/// A generated resolution's lines laid out as extractor 1.0.0 writes them (`Layout.raw`): the
/// masthead on page 1, then each page's text, the next page's top (symbol, short title, page
/// counter and job number, in the order of an odd or an even page) before it, and each page's
/// footnote definitions at its foot; the job number and `Please recycle` end the last page.
/// Remembers each furniture and header line it writes, and each line a defect was planted on.
struct RawPages {
    typealias Line = SyntheticResolution.Line
    typealias Planted = SyntheticResolution.Planted
    var masthead: [(String, Planted?)]
    var symbol: String
    var job: String
    /// The short title as the page tops print it, wrapped.
    var shortTitle: [String]
    var lines: [Line]
    /// The index in `lines` each page starts at.
    var pageStarts: [Int]
    var definitions: [Int: [String]]

    func write(after frontMatter: [String]) -> (text: String, planted: [Int: Planted], defects: [Int: SyntheticResolution.Defect]) {
        var output = frontMatter
        var planted: [Int: Planted] = [:]
        var defects: [Int: SyntheticResolution.Defect] = [:]
        func append(_ text: String, _ kind: Planted?) {
            output.append(text)
            if let kind { planted[output.count] = kind }
        }
        for (text, kind) in masthead { append(text, kind) }
        let pageCount = pageStarts.count
        for page in 0..<pageCount {
            let start = pageStarts[page], end = page + 1 < pageCount ? pageStarts[page + 1] : lines.count
            if page > 0 {
                output.append("")
                let counter = "\(page + 1)/\(pageCount)" + (page % 2 == 0 ? "" : " ")
                var top: [(String, Planted?)] = []
                if page % 2 == 1 {
                    top = [(symbol + " ", .runningHeader)] + shortTitle.map { ($0, .runningHeader) } + [(" ", nil), (job, .furniture), (counter, .furniture)]
                } else {
                    top = shortTitle.map { ($0, .runningHeader) } + [(symbol, .runningHeader), (" ", nil), (counter, .furniture), (job + " ", .furniture)]
                }
                top.append((" ", nil))
                for (text, kind) in top { append(text, kind) }
            }
            var notes: [Int] = []
            for line in lines[start..<end] {
                output.append(line.text)
                if let defect = line.defect { defects[output.count] = defect }
                notes += line.notes
            }
            if page == pageCount - 1 {
                append(" ", nil)
                append(job, .furniture)
                append("Please recycle ", .furniture)
            }
            if !notes.isEmpty {
                output.append("__________________ ")
                output.append(" ")
                for note in notes {
                    guard let definition = definitions[note] else { continue }
                    output += definition
                    output.append(" ")
                }
            }
        }
        return (output.joined(separator: "\n") + "\n", planted, defects)
    }
}
