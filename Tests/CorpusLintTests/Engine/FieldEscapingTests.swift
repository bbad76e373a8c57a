import Testing
@testable import CorpusLint

/// The escaping that keeps a baseline entry or a cache record on one line.
@Suite struct FieldEscapingTests {
    @Test func everyTextComesBackAsItWas() throws {
        for text in ["plain.md", "a\tb\nc\rd\\e", "\\t is not a tab", "", "été\\", "\r\n"] {
            let escaped = FieldEscaping.escaped(text)
            let separators = escaped.utf8.filter { $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
            #expect(separators.isEmpty, "\(escaped)")
            #expect(try FieldEscaping.unescaped(Substring(escaped), what: "the path").get() == text)
        }
        #expect(FieldEscaping.escaped("plain.md") == "plain.md")
    }

    @Test func aBadEscapeIsAProblemAtItsPlace() {
        guard case let .failure(unknown) = FieldEscaping.unescaped("ab\\qc", what: "the path") else { Issue.record("accepted"); return }
        #expect(unknown.offset == 2)
        #expect(unknown.message == "unknown escape `\\q` in the path (known: \\\\, \\t, \\n, \\r)")
        guard case let .failure(lone) = FieldEscaping.unescaped("ab\\", what: "the path") else { Issue.record("accepted"); return }
        #expect(lone.offset == 2)
        #expect(lone.message == "the path ends in a lone `\\`")
    }
}
