/// What a kind's documentation page (docs/kinds/NAME.md) says of the kind and of each of its
/// options, read from the page itself so that an editor's hover shows the words
/// `corpuslint explain kind NAME` prints, and the two cannot drift apart.
struct OptionDocumentation {
    /// The page's first paragraph: what the kind checks.
    var summary = ""
    /// The page's title, without `kind: NAME —` (“text that must not appear”).
    var title = ""
    /// Each option's text: its bullet under “Options” when it has one, else its comment in the
    /// options block.
    var options: [String: String] = [:]

    /// The title, or the summary's first sentence for a page whose title is the kind's name alone.
    var headline: String {
        title.isEmpty ? String(summary[..<(summary.firstRange(of: ". ")?.lowerBound ?? summary.endIndex)]) : title
    }

    init(page: String) {
        let lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let heading = lines.first, let dash = heading.firstRange(of: " — ") { title = String(heading[dash.upperBound...]) }
        summary = Self.firstParagraph(lines.dropFirst())
        guard let start = lines.firstIndex(of: "## Options") else { return }
        let section = lines[(start + 1)...].prefix { !$0.hasPrefix("## ") }
        var comments: [String: String] = [:]
        var inBlock = false
        var bullet: (names: [String], text: String)?
        func close() {
            if let bullet { for name in bullet.names { options[name] = bullet.text } }
            bullet = nil
        }
        for line in section {
            if line.hasPrefix("```") {
                inBlock.toggle()
                continue
            }
            if inBlock {
                if let (key, comment) = Self.blockEntry(line), comments[key] == nil { comments[key] = comment }
                continue
            }
            if line.hasPrefix("- **") {
                close()
                bullet = Self.bulletHead(String(line.dropFirst(2)).replacingAll("**", with: ""))
            } else if line.hasPrefix("  "), bullet != nil {
                bullet!.text += " " + line.trimmed(" ")
            } else {
                close()
            }
        }
        close()
        for (key, comment) in comments where options[key] == nil && !comment.isEmpty { options[key] = comment }
    }

    /// The option names a bullet starts with (`` `a`, `b`: text ``) and its text: after the colon,
    /// or, when the names run on into the sentence (`` `from` is a field… ``), all of it.
    private static func bulletHead(_ text: String) -> (names: [String], text: String) {
        var names: [String] = []
        var rest = Substring(text)
        while rest.first == "`", let close = rest.dropFirst().firstIndex(of: "`") {
            names.append(String(rest[rest.index(after: rest.startIndex)..<close]))
            rest = rest[rest.index(after: close)...]
            let separator = [", ", " and ", ","].first { rest.hasPrefix($0) && rest.dropFirst($0.count).first == "`" }
            guard let separator else { break }
            rest = rest.dropFirst(separator.count)
        }
        let keys = names.filter { name in !name.isEmpty && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }
        if rest.hasPrefix(":") { return (keys, String(rest.dropFirst()).trimmed(" ")) }
        return (keys, text.trimmed(" "))
    }

    /// `key: VALUE   # comment` at the block's top level.
    private static func blockEntry(_ line: String) -> (String, String)? {
        guard let first = line.first, first.isLetter || first == "$", let colon = line.firstIndex(of: ":") else { return nil }
        let key = String(line[..<colon])
        guard key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else { return nil }
        let comment = line.firstRange(of: "# ").map { String(line[$0.upperBound...]).trimmed(" ") } ?? ""
        return (key, comment)
    }

    private static func firstParagraph<S: Sequence>(_ lines: S) -> String where S.Element == String {
        var paragraph: [String] = []
        for line in lines {
            if line.trimmed(" ").isEmpty {
                if paragraph.isEmpty { continue } else { break }
            }
            paragraph.append(line)
        }
        return paragraph.joined(separator: " ")
    }
}

extension String {
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }

    fileprivate func trimmed(_ set: Character) -> String {
        var text = Substring(self)
        while text.first == set { text.removeFirst() }
        while text.last == set { text.removeLast() }
        return String(text)
    }
}
