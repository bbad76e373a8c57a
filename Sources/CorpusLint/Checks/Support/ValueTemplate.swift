#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
@_spi(_Unicode) import Swift

/// A text built from a document's values: `{doc_num}-{slug(title)}.md`. Between braces, a
/// front-matter field or path (`refs[0].id`), `$name` of an extracted value, or `document.path`,
/// `document.name`, `document.stem`, `document.folder`; optionally wrapped in functions:
/// `slug(…)` (lower case, each run of other characters than letters and digits one hyphen, as
/// Jekyll and Hugo make URLs), `lowercase(…)`, `uppercase(…)`, `ascii(…)` (accents dropped:
/// `Straße` stays, `Gemäß` becomes `Gemaß`… and `é` `e`), `trim(…)`. `{{` and `}}` are braces.
///
/// The text is absent when any value it names is absent: a file-name rule stays silent on a
/// document without the field, which `fields` reports.
struct ValueTemplate: Sendable {
    enum Piece: Sendable {
        case text(String)
        case slot(subject: Condition.Subject, functions: [String])
    }

    static let functions = ["slug", "lowercase", "uppercase", "ascii", "trim"]

    let source: String
    let pieces: [Piece]

    /// Parses `source`; the error says what is wrong.
    static func parse(_ source: String) -> Result<ValueTemplate, TemplateError> {
        var pieces: [Piece] = []
        var literal = ""
        var rest = source[...]
        while let char = rest.first {
            rest = rest.dropFirst()
            if char == "{", rest.first == "{" { literal.append("{"); rest = rest.dropFirst(); continue }
            if char == "}", rest.first == "}" { literal.append("}"); rest = rest.dropFirst(); continue }
            if char == "}" { return .failure(TemplateError(message: "a `}` without its `{` (write `}}` for a brace)")) }
            guard char == "{" else { literal.append(char); continue }
            guard let close = rest.firstIndex(of: "}") else { return .failure(TemplateError(message: "a `{` is not closed")) }
            var expression = rest[..<close].trimmingSpaces()[...]
            rest = rest[rest.index(after: close)...]
            var functions: [String] = []
            while let open = expression.firstIndex(of: "("), expression.hasSuffix(")") {
                let name = String(expression[..<open])
                guard Self.functions.contains(name) else {
                    return .failure(TemplateError(message: "unknown function `\(name)`" + Suggestion.hint(for: name, among: Self.functions)
                                                  + "; functions: " + Self.functions.joined(separator: ", ")))
                }
                functions.insert(name, at: 0)
                expression = expression[expression.index(after: open)..<expression.index(before: expression.endIndex)]
            }
            let name = String(expression)
            guard !name.isEmpty, !name.contains("(") else { return .failure(TemplateError(message: "`{\(name)}` names no value")) }
            if !literal.isEmpty { pieces.append(.text(literal)); literal = "" }
            pieces.append(.slot(subject: subject(name), functions: functions))
        }
        if !literal.isEmpty { pieces.append(.text(literal)) }
        return .success(ValueTemplate(source: source, pieces: pieces))
    }

    struct TemplateError: Error { let message: String }

    private static func subject(_ name: String) -> Condition.Subject {
        if name.hasPrefix("$") { return .value(String(name.dropFirst())) }
        if name.hasPrefix("document."), Condition.documentParts.contains(String(name.dropFirst(9))) { return .document(String(name.dropFirst(9))) }
        return .field(name)
    }

    /// The text for one document; nil when a value it names is absent.
    func render(_ context: DocumentContext) -> String? {
        var out = ""
        for piece in pieces {
            switch piece {
            case let .text(text): out += text
            case let .slot(subject, functions):
                let found: String?
                switch subject {
                case let .field(name): found = context.fieldText(name)
                case let .value(name): found = context.value(name)?.text
                case let .document(part): found = context.documentPart(part)
                }
                guard var value = found else { return nil }
                for function in functions { value = Self.apply(function, value) }
                out += value
            }
        }
        return out
    }

    /// `text` with its diacritics dropped (`é` → `e`, `й` → `и`), as Foundation's
    /// `folding(options: .diacriticInsensitive)` gives it on Linux: a Latin, Greek or Cyrillic
    /// letter (one that decomposes to a base below U+0530) loses every nonspacing mark of its
    /// decomposition; any other character only the combining diacritical marks written after it
    /// (U+0300–U+036F, U+0483–U+0489), so an Arabic or Hebrew letter keeps its vowel marks.
    /// Decomposed with the standard library's own normalization: Foundation's is not in
    /// FoundationEssentials, and linking it costs every run its start-up (see `Locking.Lock`).
    /// `FoundationEquivalenceTests` compares the two over 11,000 letter and mark pairs.
    static func withoutDiacritics(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for character in text {
            let decomposed = Array(String(character)._nfd)
            let latinGreekCyrillic = (decomposed.first?.value ?? 0) < 0x530
            func dropped(_ scalar: Unicode.Scalar) -> Bool {
                guard scalar.properties.generalCategory == .nonspacingMark else { return false }
                return latinGreekCyrillic || (0x300...0x36F).contains(scalar.value) || (0x483...0x489).contains(scalar.value)
            }
            if !latinGreekCyrillic {
                scalars.append(contentsOf: character.unicodeScalars.filter { !dropped($0) })
            } else if decomposed.dropFirst().contains(where: dropped) {
                scalars.append(decomposed[0])
                scalars.append(contentsOf: decomposed.dropFirst().filter { !dropped($0) })
            } else {
                scalars.append(contentsOf: character.unicodeScalars)
            }
        }
        return String(scalars)
    }

    static func apply(_ function: String, _ text: String) -> String {
        switch function {
        case "lowercase": return text.lowercased()
        case "uppercase": return text.uppercased()
        case "trim": return text.trimmingSpaces()
        case "ascii": return withoutDiacritics(text)
        default: return slug(text)
        }
    }

    /// Lower case; every run of characters other than letters and digits becomes one hyphen,
    /// and none is left at either end: `Hello, World!` → `hello-world`.
    static func slug(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingHyphen = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingHyphen, !out.isEmpty { out.append("-") }
                pendingHyphen = false
                out.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return String(out)
    }
}
