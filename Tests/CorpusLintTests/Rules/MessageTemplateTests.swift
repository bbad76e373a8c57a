import Testing
@testable import CorpusLint

/// `{placeholders}` in rule messages: parsed once, filled per finding.
@Suite struct MessageTemplateTests {
    @Test func placeholdersAreFilled() {
        let template = MessageTemplate("{value} is not {expected} in `{field}`")
        #expect(template.placeholders == ["value", "expected", "field"])
        #expect(template.render(["value": "29 Feb", "expected": "a date", "field": "date"]) == "29 Feb is not a date in `date`")
        #expect(template.source == "{value} is not {expected} in `{field}`")
    }

    @Test func anUnknownPlaceholderStaysVisible() {
        #expect(MessageTemplate("got {valeu}").render(["value": "1"]) == "got {valeu}")
    }

    @Test func spacesInsideBracesAreIgnored() {
        #expect(MessageTemplate("{ value }!").render(["value": "1"]) == "1!")
        #expect(MessageTemplate("{ value }").placeholders == ["value"])
    }

    @Test func doubledBracesAreBraces() {
        #expect(MessageTemplate("{{value}} is {value}").render(["value": "1"]) == "{value} is 1")
        #expect(MessageTemplate("a }} b } c").render([:]) == "a } b } c")
        #expect(MessageTemplate("{{").render([:]) == "{")
    }

    @Test func unclosedAndEmptyBracesAreText() {
        #expect(MessageTemplate("open {value").render(["value": "1"]) == "open {value")
        #expect(MessageTemplate("ends with {").render([:]) == "ends with {")
        #expect(MessageTemplate("empty {} then {value}").render(["value": "1"]) == "empty {} then 1")
        #expect(MessageTemplate("{}").placeholders.isEmpty)
    }

    /// A brace with a combining mark is one character with it, not a brace: read as characters.
    @Test func aBraceJoinedByAMarkIsText() {
        #expect(MessageTemplate("{\u{301}value}").render(["value": "1"]) == "{\u{301}value}")
        #expect(MessageTemplate("{\u{301}value}").placeholders.isEmpty)
        #expect(MessageTemplate("x{value}\u{301}").placeholders.isEmpty)
        #expect(MessageTemplate("« {value} » €{ n }é").render(["value": "1", "n": "2"]) == "« 1 » €2é")
        #expect(MessageTemplate("{ é\u{301} }").placeholders == ["é\u{301}"])
    }

    @Test func valuesAreInsertedAsTheyAre() {
        // A value holding braces is not read as a template again.
        #expect(MessageTemplate("[{value}]").render(["value": "{expected}"]) == "[{expected}]")
        #expect(MessageTemplate("{a}{b}").render(["a": "é", "b": "日本"]) == "é日本")
        #expect(MessageTemplate("").render(["a": "1"]) == "")
    }
}
