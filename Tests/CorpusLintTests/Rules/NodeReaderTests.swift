import Testing
import YAML
@testable import CorpusLint

/// The reader every pack and configuration key goes through: each wrong value is one positioned
/// mistake, and a key nobody read is reported with the closest known one.
@Suite struct NodeReaderTests {
    /// A reader over the mapping `yaml`, and the sink it reports to.
    static func reader(_ yaml: String) throws -> (NodeReader, ErrorSink) {
        let root = try #require(try Composer.load(yaml).first?.root)
        let sink = ErrorSink()
        let reader = try #require(NodeReader(root, file: "f.yml", sink: sink, what: "a rule"))
        return (reader, sink)
    }

    static func messages(_ sink: ErrorSink) -> [String] { sink.errors.map(\.description) }

    @Test func aNonMappingIsRefusedWhereItStands() throws {
        let root = try #require(try Composer.load("\n  - a\n").first?.root)
        let sink = ErrorSink()
        #expect(NodeReader(root, file: "f.yml", sink: sink, what: "a rule") == nil)
        #expect(Self.messages(sink) == ["f.yml:2:3: a rule must be a mapping"])
    }

    @Test func strings() throws {
        var (reader, sink) = try Self.reader("a: text\nb: [1, 2]\nc: 7\n")
        #expect(reader.string("a") == "text")
        #expect(reader.string("c") == "7", "a scalar is a string whatever it looks like")
        #expect(reader.string("b") == nil)
        #expect(reader.string("absent") == nil)
        #expect(reader.string("needed", required: true) == nil)
        #expect(Self.messages(sink) == ["f.yml:2:4: `b` must be a string", "f.yml:1:1: missing required key `needed`"])
    }

    @Test func integersAndBooleans() throws {
        var (reader, sink) = try Self.reader("n: 12\nm: twelve\nt: true\nf: no\nx: 0x1F\n")
        #expect(reader.int("n") == 12)
        #expect(reader.int("x") == 31)
        #expect(reader.int("m") == nil)
        #expect(reader.bool("t") == true)
        #expect(reader.bool("f") == nil, "YAML 1.2: `no` is a string")
        #expect(reader.int("absent") == nil && reader.bool("absent") == nil)
        #expect(Self.messages(sink) == ["f.yml:2:4: `m` must be an integer", "f.yml:4:4: `f` must be true or false"])
    }

    @Test func aStringOrAListOfStrings() throws {
        var (reader, sink) = try Self.reader("one: a\nmany: [a, b]\nmixed: [a, [b]]\nmap: {a: b}\n")
        #expect(reader.strings("one") == ["a"])
        #expect(reader.strings("many") == ["a", "b"])
        #expect(reader.strings("mixed") == nil)
        #expect(reader.strings("map") == nil)
        #expect(Self.messages(sink) == ["f.yml:3:12: `mixed` must list strings", "f.yml:4:6: `map` must be a string or a list of strings"])
    }

    @Test func choicesSuggestTheNearOne() throws {
        var (reader, sink) = try Self.reader("s: eror\nt: warning\n")
        #expect(reader.choice("t", ["error", "warning"]) == "warning")
        #expect(reader.choice("s", ["error", "warning"]) == nil)
        #expect(Self.messages(sink) == ["f.yml:1:4: `s` must be one of error, warning, not `eror` (did you mean `error`?)"])
    }

    @Test func aBadPatternPointsIntoItself() throws {
        var (reader, sink) = try Self.reader("p: 'ab(c'\nq: '[0-9]+'\n")
        #expect(reader.pattern("q") != nil)
        #expect(reader.pattern("p") == nil)
        let message = try #require(Self.messages(sink).first)
        #expect(message.hasPrefix("f.yml:1:"))
        #expect(message.contains("invalid regular expression in `p`"))
        #expect(reader.pattern("absent", required: true) == nil)
        #expect(Self.messages(sink).last == "f.yml:1:1: missing required key `absent`")
    }

    @Test func unreadKeysAreReportedOnceWithASuggestion() throws {
        var (reader, sink) = try Self.reader("pattern: x\npatern: y\nseverity: error\n? [k]\n: v\n")
        _ = reader.string("pattern")
        reader.finish(alsoKnown: ["severity"])
        #expect(Self.messages(sink) == ["f.yml:2:1: unknown key `patern` (did you mean `pattern`?)", "f.yml:4:3: keys must be strings"])
    }

    @Test func nestedMappings() throws {
        var (reader, sink) = try Self.reader("inner: {a: 1}\nflat: 2\n")
        let found = reader.mapping("inner")
        var inner = try #require(found)
        #expect(inner.int("a") == 1)
        #expect(reader.mapping("flat") == nil)
        #expect(reader.mapping("absent") == nil)
        #expect(Self.messages(sink) == ["f.yml:2:7: `flat` must be a mapping"])
        #expect(reader.keys == ["inner", "flat"])
    }
}
