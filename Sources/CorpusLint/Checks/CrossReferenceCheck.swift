#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import YAML

/// `kind: cross-reference` — a value that names another document: a link or an image to a file,
/// a document of the run, or a document whose field holds a key (a cited resolution's symbol, a
/// translation's original). The named document must exist, and may have to agree with the
/// reference (a cited resolution's date is that resolution's date; a translation has its
/// original's date).
///
/// ```yaml
/// - id: citation/date
///   kind: cross-reference
///   from: $citation                      # values an `extract` rule read (all occurrences)
///   transform: [{ replace: '^', with: 'A/RES/' }]
///   target: { field: symbol }            # the document whose `symbol` is the value
///   agree:
///     - { capture: date, field: date, transform: [date] }
/// ```
struct CrossReferenceCheck: CrossDocumentCheck, CheckKind {
    static let name = "cross-reference"
    static let outcomes = [
        (name: "missing", message: "`{value}` names no {target}"),
        (name: "mismatch", message: "{label} is {value} here, but {expected} in {other}"),
    ]
    static let documentation = """
        A value names another document, which must exist and may have to agree. Options: `from` — where the \
        references are: a front-matter field or path (every value of a list: `links[]`), or `$name` of values an \
        `extract` rule read (use `occurrence: all` there for every link of the body); `transform` — steps applied to \
        each reference before it is looked up (as in `compare`); `target` — `file` (a file on disk, relative to the \
        document's folder, or to the configuration's folder when it starts with `/`), `document` (a document of the \
        run, resolved the same way), or `{ field: NAME }` (a document of the run whose field NAME holds the value); \
        `ignore` — a regex of references to skip (default for file and document: those with a scheme such as \
        `https:` or `mailto:`, and anchors `#…`); `agree` — a list of `{ field | capture | value, other, transform }`: \
        this document's field (or the reference's named capture, or an extracted value) must equal the target's \
        field `other` (default: the same field), or the value `other: $name` the target's own extract rule read, \
        after the transforms, on both sides.
        Outcomes: missing, mismatch. Placeholders: {value}, {target}, {label}, {expected}, {other}.
        """

    enum Target: Sendable, Equatable {
        case file, document
        case field(String)
    }

    /// This side of an agreement: a field of the document, a named capture of the reference, or an extracted value.
    enum Side: Sendable {
        case field(String), capture(String), value(String)
    }

    struct Agreement: Sendable {
        let this: Side
        let other: String
        let transforms: [Transform]
    }

    let from: Condition.Subject
    let transforms: [Transform]
    let target: Target
    let ignore: Pattern?
    let agreements: [Agreement]
    let language: LanguageSource

    /// What one document gives the check: its own keys and agreement values, and its references.
    /// A run keeps it for every document until its end, so it is kept lean: the agreement values
    /// in an array by agreement index, not a dictionary (a dictionary of one entry costs about 110
    /// bytes more: 11 MB on 100,000 documents). Encoded as before, for the cache and shard reports:
    /// an object keyed by the agreement's index.
    struct Gathered: Codable, Sendable {
        var keys: [String] = []
        private(set) var others: [String?] = []
        var references: [Reference] = []

        enum CodingKeys: String, CodingKey { case keys, others, references }

        init() {}

        /// The value agreement `index` compares this document by, as the target of a reference.
        func other(_ index: Int) -> String? { index < others.count ? others[index] : nil }

        mutating func setOther(_ index: Int, _ value: String) {
            if others.count <= index { others += Array(repeating: nil, count: index + 1 - others.count) }
            others[index] = value
        }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            keys = try container.decode([String].self, forKey: .keys)
            references = try container.decode([Reference].self, forKey: .references)
            for (key, value) in try container.decode([String: String].self, forKey: .others) {
                if let index = Int(key), (0..<Self.mostAgreements).contains(index) { setOther(index, value) }
            }
        }

        /// More agreements than any rule has: an index beyond is a damaged record's, and dropped.
        static let mostAgreements = 1_000

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(keys, forKey: .keys)
            var byIndex: [String: String] = [:]
            for (index, value) in others.enumerated() { if let value { byIndex[String(index)] = value } }
            try container.encode(byIndex, forKey: .others)
            try container.encode(references, forKey: .references)
        }
    }

    struct Reference: Codable, Sendable {
        var text: String
        var key: String
        var line: Int
        var column: Int
        /// The values this side must agree with, by agreement index.
        var values: [Int: String]
        /// For `file`: whether the file exists (checked while the document is linted).
        var exists: Bool?
    }

    static func make(_ options: inout NodeReader, _ environment: KindEnvironment) -> CrossReferenceCheck? {
        let language = LanguageSource.read(&options)
        let fromText = options.string("from", required: true)
        let transforms = readTransforms(&options)
        var target = Target.document
        if let node = options.value("target") {
            if let word = node.scalarValue {
                switch word {
                case "file": target = .file
                case "document": target = .document
                default: options.error(node.start, "`target` is file, document or { field: NAME }, not `\(word)`"
                                       + Suggestion.hint(for: word, among: ["file", "document"]))
                }
            } else if var inner = NodeReader(node, file: options.file, sink: options.sink, what: "`target`") {
                if let field = inner.string("field", required: true) { target = .field(field) }
                inner.finish()
            }
        }
        let ignore = options.pattern("ignore")
        var agreements: [Agreement] = []
        if let list = options.value("agree") {
            guard case let .sequence(items) = list.content else {
                options.error(list.start, "`agree` must be a list of { field | capture | value, other, transform }")
                return nil
            }
            for item in items {
                guard var inner = NodeReader(item, file: options.file, sink: options.sink, what: "an agreement") else { continue }
                var side: Side?
                if let name = inner.string("field") { side = .field(name) }
                if let name = inner.string("capture") { side = .capture(name) }
                if let name = inner.string("value") { side = .value(name) }
                let other = inner.string("other")
                let steps = readTransforms(&inner)
                if side == nil { inner.error(item.start, "an agreement needs one of `field`, `capture` or `value`: what of this document must agree") }
                if case .field(let name)? = side, other == nil {
                    agreements.append(Agreement(this: .field(name), other: name, transforms: steps))
                } else if let side {
                    if let other { agreements.append(Agreement(this: side, other: other, transforms: steps)) } else {
                        inner.error(item.start, "an agreement on a `capture` or a `value` needs `other`: the target's field (or `$name`, a value the target's extract rule read)")
                    }
                }
                inner.finish()
            }
            if agreements.count != items.count { return nil }
        }
        guard let fromText else { return nil }
        let from: Condition.Subject = fromText.hasPrefix("$") ? .value(String(fromText.dropFirst())) : .field(fromText)
        if case .file = target, !agreements.isEmpty {
            options.error(options.mark, "`agree` needs a document to agree with: `target: document` or `target: { field: NAME }`")
            return nil
        }
        return CrossReferenceCheck(from: from, transforms: transforms, target: target, ignore: ignore, agreements: agreements, language: language)
    }

    private static func readTransforms(_ reader: inout NodeReader) -> [Transform] {
        guard let list = reader.value("transform") else { return [] }
        let items: [Node]
        if case let .sequence(nodes) = list.content { items = nodes } else { items = [list] }
        return items.compactMap { Transform.read($0, reader: reader) }
    }

    // MARK: Gathering

    func gather(_ context: DocumentContext, rule: RuleInfo) -> Gathered? {
        let language = language.language(context)
        var gathered = Gathered()
        if case let .field(name) = target {
            gathered.keys = context.fields(name).compactMap(\.scalarValue)
        }
        for (index, agreement) in agreements.enumerated() {
            // `other: $name` is a value the target's own extract rule read (a resolution's adoption
            // date, which its front matter does not hold); else a field of the target.
            let text = agreement.other.hasPrefix("$") ? context.value(String(agreement.other.dropFirst()))?.text
                                                      : context.fieldText(agreement.other)
            guard let text,
                  let value = apply(agreement.transforms, to: text, context, language, rule) else { continue }
            gathered.setOther(index, value)
        }
        for found in references(context) {
            if let ignore, context.matches(ignore, found.text) { continue }
            if ignore == nil, isExternal(found.text) { continue }
            guard let transformed = apply(transforms, to: found.text, context, language, rule) else { continue }
            var reference = Reference(text: found.text, key: transformed, line: found.line, column: found.column, values: [:])
            switch target {
            case .file, .document:
                guard let path = resolve(transformed, from: context.relativePath) else { continue }
                reference.key = path
                if target == .file { reference.exists = fileExists(path, context) }
            case .field: break
            }
            for (index, agreement) in agreements.enumerated() {
                let text: String?
                switch agreement.this {
                case let .field(name): text = context.fieldText(name)
                case let .capture(name): text = found.captures[name]
                case let .value(name): text = context.value(name)?.text
                }
                if let text, let value = apply(agreement.transforms, to: text, context, language, rule) { reference.values[index] = value }
            }
            gathered.references.append(reference)
        }
        return gathered
    }

    private func references(_ context: DocumentContext) -> [ExtractedValue] {
        switch from {
        case let .value(name): return context.values[name] ?? []
        case let .field(name):
            return context.fields(name).flatMap { node -> [Node] in
                if case let .sequence(items) = node.content { return items }
                return [node]
            }.compactMap { node in
                node.scalarValue.map { ExtractedValue(text: $0, line: node.start.line, column: node.start.column, endColumn: node.end.column) }
            }
        case .document: return []
        }
    }

    private func apply(_ steps: [Transform], to text: String, _ context: DocumentContext, _ language: DateLanguage, _ rule: RuleInfo) -> String? {
        var value = Operand.Resolved(text: text, line: 1, column: 1, endColumn: 1)
        for step in steps where !step.apply(&value, language: language, context: context, rule: rule) { return nil }
        return value.text
    }

    /// A reference with a scheme (`https:`, `mailto:`) or only an anchor names no file of the corpus.
    private func isExternal(_ text: String) -> Bool {
        guard target == .file || target == .document else { return false }
        if text.hasPrefix("#") || text.hasPrefix("//") { return true }
        guard let colon = text.firstIndex(of: ":") else { return false }
        let scheme = text[..<colon]
        return !scheme.isEmpty && scheme.count > 1 && scheme.allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "." || $0 == "-" }
    }

    /// The reference as a path relative to the configuration's folder: anchors, queries and
    /// percent-escapes removed; `/…` from that folder, anything else from the document's.
    func resolve(_ reference: String, from documentPath: String) -> String? {
        var text = reference
        if let cut = text.firstIndex(where: { $0 == "#" || $0 == "?" }) { text = String(text[..<cut]) }
        text = Self.percentDecoded(text) ?? text
        guard !text.isEmpty else { return nil }
        let base: String
        if text.hasPrefix("/") {
            base = ""
        } else {
            base = documentPath.lastIndex(of: "/").map { String(documentPath[..<$0]) } ?? ""
        }
        let joined = ProjectRoot.standardize(base + "/" + text)
        return String(joined.dropFirst())
    }

    private func fileExists(_ relative: String, _ context: DocumentContext) -> Bool {
        let folder = context.rootFolder ?? FileManager.default.currentDirectoryPath
        return FileManager.default.fileExists(atPath: folder + "/" + relative)
    }

    // MARK: Judging

    /// References are judged once every document is read (one may name a later document), by
    /// `CrossReferenceJudge`, which keeps only what that needs.
    func judge(rule: RuleInfo) -> any CrossDocumentJudge<Gathered> {
        CrossReferenceJudge(check: self, rule: rule)
    }
}

extension CrossReferenceCheck {
    /// `text` with its `%XX` escapes decoded, as Foundation's `removingPercentEncoding` gives it
    /// (nil for a `%` not followed by two hex digits, or bytes that are no UTF-8), without
    /// linking the part of Foundation that holds it (see `Locking.Lock` for why).
    static func percentDecoded(_ text: String) -> String? {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        var bytes: [UInt8] = []
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else { bytes.append(byte); continue }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
