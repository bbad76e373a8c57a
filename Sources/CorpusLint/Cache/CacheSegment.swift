/// The text of one cache segment: entries, then an end line that counts them. A segment is
/// read back only whole (its end line present and its count right), so a file cut short by a
/// crash or a full disk is ignored, never half-used.
///
/// ```
/// corpuslint-cache 2
/// E<TAB>path<TAB>sha256 of the content<TAB>findings<TAB>keys<TAB>fields<TAB>gatherings
/// D<TAB>line<TAB>column<TAB>end line<TAB>end column<TAB>rule<TAB>severity<TAB>message<TAB>snippet
/// K<TAB>rule<TAB>key<TAB>value<TAB>line<TAB>column
/// F<TAB>field<TAB>value
/// G<TAB>rule<TAB>what a cross-document rule gathered, as JSON
/// end<TAB>entries
/// ```
/// Tabs, line breaks and backslashes inside fields are escaped; a missing snippet or value is `-`,
/// a present one starts with `=`.
enum CacheSegment {
    static let header = "corpuslint-cache 2"

    struct Entry {
        var digest: String
        var result: FileResult
    }

    static func encode(_ entries: some Sequence<Entry>) -> String {
        var text = header + "\n"
        var count = 0
        for entry in entries {
            count += 1
            let result = entry.result
            text += "E\t\(escape(result.path))\t\(entry.digest)\t\(result.diagnostics.count)\t\(result.corpusKeys.count)\t\(result.fields.count)\t\(result.gathered.count)\n"
            for d in result.diagnostics {
                text += "D\t\(d.line)\t\(d.column)\t\(d.endLine)\t\(d.endColumn)\t\(escape(d.rule))\t\(d.severity.rawValue)\t\(escape(d.message))\t\(optional(d.snippet))\n"
            }
            for key in result.corpusKeys {
                text += "K\t\(escape(key.rule))\t\(escape(key.key))\t\(optional(key.value))\t\(key.line)\t\(key.column)\n"
            }
            for name in result.fields.keys.sorted() {
                text += "F\t\(escape(name))\t\(escape(result.fields[name]!))\n"
            }
            for record in result.gathered {
                text += "G\t\(escape(record.rule))\t\(escape(record.encoded))\n"
            }
        }
        return text + "end\t\(count)\n"
    }

    /// The entries of a whole segment; nil when it is not one (cut short, another version, damaged).
    static func decode(_ text: Substring) -> [Entry]? {
        // Split on bytes: a segment holds only escaped text, and bytes are much faster than characters.
        var lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0) }
        guard lines.first == Substring(header), lines.last == "" else { return nil }
        lines.removeLast()
        guard let last = lines.last else { return nil }
        let end = last.utf8.split(separator: 0x09, omittingEmptySubsequences: false).map { Substring($0) }
        guard end.count == 2, end[0] == "end", let declared = Int(end[1]) else { return nil }
        var entries: [Entry] = []
        var index = 1
        while index < lines.count - 1 {
            let fields = lines[index].utf8.split(separator: 0x09, omittingEmptySubsequences: false).map { Substring($0) }
            guard fields.count == 7, fields[0] == "E", let findings = Int(fields[3]), let keys = Int(fields[4]), let values = Int(fields[5]),
                  let gatherings = Int(fields[6]), findings >= 0, keys >= 0, values >= 0, gatherings >= 0,
                  index + findings + keys + values + gatherings < lines.count else { return nil }
            let path = unescape(fields[1])
            var result = FileResult(path: path, diagnostics: [])
            for offset in 0..<findings {
                let f = lines[index + 1 + offset].utf8.split(separator: 0x09, omittingEmptySubsequences: false).map { Substring($0) }
                guard f.count == 9, f[0] == "D", let line = Int(f[1]), let column = Int(f[2]), let endLine = Int(f[3]),
                      let endColumn = Int(f[4]), let severity = Severity(rawValue: String(f[6])) else { return nil }
                result.diagnostics.append(Diagnostic(path: path, line: line, column: column, endLine: endLine, endColumn: endColumn,
                                                     rule: unescape(f[5]), severity: severity, message: unescape(f[7]), snippet: unoptional(f[8])))
            }
            for offset in 0..<keys {
                let f = lines[index + 1 + findings + offset].utf8.split(separator: 0x09, omittingEmptySubsequences: false).map { Substring($0) }
                guard f.count == 6, f[0] == "K", let line = Int(f[4]), let column = Int(f[5]) else { return nil }
                result.corpusKeys.append(CorpusKeyRecord(rule: unescape(f[1]), key: unescape(f[2]), value: unoptional(f[3]), line: line, column: column))
            }
            for offset in 0..<values {
                let f = lines[index + 1 + findings + keys + offset].utf8.split(separator: 0x09, omittingEmptySubsequences: false).map { Substring($0) }
                guard f.count == 3, f[0] == "F" else { return nil }
                result.fields[unescape(f[1])] = unescape(f[2])
            }
            for offset in 0..<gatherings {
                let f = lines[index + 1 + findings + keys + values + offset].utf8.split(separator: 0x09, omittingEmptySubsequences: false).map { Substring($0) }
                guard f.count == 3, f[0] == "G" else { return nil }
                result.gathered.append(GatheredRecord(rule: unescape(f[1]), encoded: unescape(f[2])))
            }
            entries.append(Entry(digest: String(fields[2]), result: result))
            index += 1 + findings + keys + values + gatherings
        }
        return entries.count == declared ? entries : nil
    }

    private static func optional(_ text: String?) -> String { text.map { "=" + escape($0) } ?? "-" }

    private static func unoptional(_ field: Substring) -> String? { field.first == "=" ? unescape(field.dropFirst()) : nil }

    static func escape(_ text: String) -> String { FieldEscaping.escaped(text) }

    /// A segment is only ever written by corpuslint: a field that does not unescape (a damaged
    /// file) is kept as it stands, and its entry then matches no file.
    static func unescape(_ field: Substring) -> String {
        (try? FieldEscaping.unescaped(field, what: "a cached field").get()) ?? String(field)
    }
}
