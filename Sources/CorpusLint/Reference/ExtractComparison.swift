/// One newer extract against a reference extraction of the same document: the passages, numbered
/// paragraphs and sub-paragraph labels the reference has and the newer one lost, reported in the
/// newer file where they should be.
///
/// Linear in the two texts: words are compared through hashed runs of four (a passage is found
/// again wherever it moved, whatever the layout's line breaks), labels through counts per label.
/// Nothing here is quadratic, so a pair of 50-page extracts costs two passes over each.
struct ExtractComparison {
    let newer: Document
    let reference: Document

    /// Words compared at a time: long enough that common phrases do not match by chance, short
    /// enough that a changed word hides at most this many neighbours.
    static let run = 4
    /// A lost passage shorter than this is a changed word (a hyphenation, a footnote indicator).
    static let shortestLoss = 4
    /// Findings of each sort per document at most; the rest are counted in one last finding.
    static let maxFindings = 50

    struct Word {
        var text: String
        var original: Substring
        var line: Int
    }

    struct Label {
        var key: String
        var display: String
        var line: Int
    }

    func diagnostics() -> [Diagnostic] {
        lostPassages() + lostLabels()
    }

    // MARK: Words

    /// The body's words, lowercased, without the punctuation around them.
    static func words(_ document: Document) -> [Word] {
        var words: [Word] = []
        guard document.bodyStartLine <= document.lines.count else { return words }
        for line in document.bodyStartLine...document.lines.count {
            let text = document.lineText(line)
            for token in text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }) {
                let trimmed = token.drop { !$0.isLetter && !$0.isNumber }.reversed().drop { !$0.isLetter && !$0.isNumber }
                guard !trimmed.isEmpty else { continue }
                words.append(Word(text: String(trimmed.reversed()).lowercased(), original: token, line: line))
            }
        }
        return words
    }

    private func lostPassages() -> [Diagnostic] {
        let newWords = Self.words(newer), oldWords = Self.words(reference)
        let k = Self.run
        guard newWords.count >= k, oldWords.count >= k else { return [] }
        var firstAt: [String: Int] = [:]
        for start in 0...(newWords.count - k) {
            let key = newWords[start..<start + k].map(\.text).joined(separator: " ")
            if firstAt[key] == nil { firstAt[key] = start }
        }
        // Where each reference word stands in the newer text, when a run of words holding it is there.
        var counterpart = [Int?](repeating: nil, count: oldWords.count)
        for start in 0...(oldWords.count - k) {
            let key = oldWords[start..<start + k].map(\.text).joined(separator: " ")
            guard let found = firstAt[key] else { continue }
            for offset in 0..<k where counterpart[start + offset] == nil { counterpart[start + offset] = found + offset }
        }
        var passages: [(range: Range<Int>, text: String)] = []
        var start: Int?
        for index in 0...oldWords.count {
            if index < oldWords.count, counterpart[index] == nil {
                if start == nil { start = index }
            } else if let begun = start {
                if index - begun >= Self.shortestLoss {
                    // Keyed by its bag of words: a header printed `symbol title` on even pages and
                    // `title symbol` on odd ones is one passage lost twice.
                    passages.append((begun..<index, oldWords[begun..<index].map(\.text).sorted().joined(separator: " ")))
                }
                start = nil
            }
        }
        // A passage lost at several places is furniture the newer extractor rightly dropped (a
        // running header, a job number and page counter), not text.
        var times: [String: Int] = [:]
        for passage in passages { times[passage.text, default: 0] += 1 }
        var findings: [Diagnostic] = []
        var more = 0
        for passage in passages where times[passage.text] == 1 {
            guard findings.count < Self.maxFindings else {
                more += 1
                continue
            }
            let before = passage.range.lowerBound > 0 ? counterpart[passage.range.lowerBound - 1] : nil
            let line = before.map { newWords[$0].line } ?? newer.bodyStartLine
            let words = oldWords[passage.range]
            let shown = words.prefix(12).map(\.original).joined(separator: " ") + (words.count > 12 ? " …" : "")
            findings.append(finding(line, "reference/lost-text", "\(words.count) words of the reference extract are missing after this line: "
                                    + "“\(shown)” (reference line \(words.first!.line))"))
        }
        if more > 0 { findings.append(finding(newer.bodyStartLine, "reference/lost-text", "\(more) more passages of the reference extract are missing from this file")) }
        return findings
    }

    // MARK: Labels

    /// Numbered paragraphs (`12. Decides`) and sub-paragraph labels (`(k) Promoting`) at the start
    /// of a line, a label followed by a capital or alone on its line (raw layouts): an inline list
    /// wrapped at `(b) the …` is text, not a label.
    static func labels(_ document: Document) -> [Label] {
        var labels: [Label] = []
        var paragraph = ""
        guard document.bodyStartLine <= document.lines.count else { return labels }
        for line in document.bodyStartLine...document.lines.count {
            let text = document.lineText(line).drop { $0 == " " || $0 == "\t" }
            let digits = text.prefix { $0.isASCII && $0.isNumber }
            if (1...3).contains(digits.count), text.dropFirst(digits.count).first == ".", startsParagraph(text.dropFirst(digits.count + 1)) {
                paragraph = String(digits)
                labels.append(Label(key: paragraph, display: "paragraph \(paragraph)", line: line))
            } else if text.first == "(" {
                let letters = text.dropFirst().prefix { $0.isASCII && $0.isLowercase }
                if (1...4).contains(letters.count), text.dropFirst(letters.count + 1).first == ")", startsParagraph(text.dropFirst(letters.count + 2)) {
                    labels.append(Label(key: paragraph + "(\(letters))", display: "(\(letters))" + (paragraph.isEmpty ? "" : " of paragraph \(paragraph)"), line: line))
                }
            }
        }
        return labels
    }

    private static func startsParagraph(_ rest: Substring) -> Bool {
        guard rest.first == " " || rest.first == "\t" || rest.isEmpty else { return false }
        let text = rest.drop { $0 == " " || $0 == "\t" }
        return text.isEmpty || text.first!.isUppercase
    }

    private func lostLabels() -> [Diagnostic] {
        let newLabels = Self.labels(newer)
        var linesOf: [String: [Int]] = [:]
        for label in newLabels { linesOf[label.key, default: []].append(label.line) }
        var seen: [String: Int] = [:]
        var lastLine = newer.bodyStartLine
        var findings: [Diagnostic] = []
        var more = 0
        for label in Self.labels(reference) {
            let occurrence = seen[label.key, default: 0]
            seen[label.key] = occurrence + 1
            if let lines = linesOf[label.key], occurrence < lines.count {
                lastLine = lines[occurrence]
                continue
            }
            guard findings.count < Self.maxFindings else {
                more += 1
                continue
            }
            let rule = label.key.hasSuffix(")") ? "reference/lost-label" : "reference/lost-paragraph"
            findings.append(finding(lastLine, rule, "\(label.display) of the reference extract (its line \(label.line)) is missing after this line"))
        }
        if more > 0 { findings.append(finding(newer.bodyStartLine, "reference/lost-label", "\(more) more labels of the reference extract are missing from this file")) }
        return findings
    }

    private func finding(_ line: Int, _ rule: String, _ message: String) -> Diagnostic {
        Diagnostic(path: newer.path, line: line, column: 1, rule: rule, severity: .warning, message: message)
    }
}
