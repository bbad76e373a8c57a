/// The language a rule reads written dates in: the document's own, from a front-matter field.
struct LanguageSource: Sendable {
    let field: String

    static func read(_ reader: inout NodeReader) -> LanguageSource {
        LanguageSource(field: reader.string("language-field") ?? "language")
    }

    /// The field's language, or English when the field is absent or not one of the six.
    func language(_ context: DocumentContext) -> DateLanguage {
        context.fieldText(field).flatMap { DateLanguage(code: $0) } ?? .english
    }
}
