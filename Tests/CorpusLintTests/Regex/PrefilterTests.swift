import Foundation
import Testing
import YAML
@testable import CorpusLint
@testable import Regex

/// The prefilter may only skip lines that cannot match: checked for every pattern of the shipped
/// packs against every line of the sample corpus, by comparing with the same pattern wrapped so
/// that it gets no first-byte filter.
@Suite struct PrefilterTests {
    static let patternKeys: Set<String> = ["pattern", "patterns", "start", "lines", "before", "after", "restart", "unless-next-line", "matches"]

    static func shippedPatterns() throws -> [String] {
        var found: [String] = []
        for (_, text) in PackStore.builtIn.bundled {
            guard let root = try Composer.load(text).first?.root else { continue }
            var stack: [(key: String?, node: Node)] = [(nil, root)]
            while let (key, node) = stack.popLast() {
                switch node.content {
                case let .scalar(value, _) where key.map(patternKeys.contains) == true: found.append(value)
                case let .mapping(pairs): for pair in pairs { stack.append((pair.key.scalarValue, pair.value)) }
                case let .sequence(items): for item in items { stack.append((key, item)) }
                default: break
                }
            }
        }
        return found
    }

    @Test func neverSkipsALineThatMatches() throws {
        let sources = try Self.shippedPatterns()
        #expect(sources.count > 60)
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("corpus")
        var lines: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path) where name.hasSuffix(".md") {
            lines += try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8).split(separator: "\n").map(String.init)
        }
        var filtered = 0
        var checked = 0
        var turnedAway = 0
        for source in sources {
            let pattern = try Pattern(source)
            let reference = try Pattern("(?:" + source + ")")
            if pattern.prefilter.firstBytes != nil { filtered += 1 }
            let fast = pattern.makeMatcher(), slow = reference.makeMatcher()
            for line in lines {
                checked += 1
                let matches = try slow.matches(line)
                #expect(try fast.matches(line) == matches, "`\(source)` on `\(line)`")
                // The bytes a match needs: a line lacking them must be one that does not match.
                var copy = line
                let admitted = copy.withUTF8 { pattern.prefilter.admits(lineBytes: ByteSet(bytesOf: $0, 0..<$0.count)) }
                #expect(admitted || !matches, "`\(source)` matches `\(line)`, which lacks bytes it was said to need")
                if !admitted { turnedAway += 1 }
            }
        }
        #expect(filtered > 20, "most anchored patterns get a first-byte filter")
        #expect(turnedAway > checked / 4, "the needed bytes turn many lines away")
        print("prefilter: \(filtered) of \(sources.count) shipped patterns filter by first byte; \(checked) line matches compared, \(turnedAway) lines turned away by the bytes they lack")
    }

    @Test func firstBytesOfAnchoredPatterns() throws {
        let digits = try Pattern("^([0-9]{1,3})(?:\\.| -)\\s").prefilter
        let bytes = try #require(digits.firstBytes).words
        #expect(bytes[0] == UInt64(0x3FF) << 48)
        #expect(digits.minimumLength == 3)
        #expect(try Pattern("^---\\s*$").prefilter.firstBytes?.words[0] == 1 << 45)
        #expect(try Pattern("^a|^b").prefilter.firstBytes == nil, "a top-level alternation is not anchored as a whole")
        #expect(try Pattern("(?i)^abc").prefilter.firstBytes == nil)
        #expect(try Pattern("abc").prefilter.firstBytes == nil)
    }

    /// `^\s*` then something that starts with no space: the line's first character that is not
    /// a space decides, and a Unicode space (here a no-break space) is let through to PCRE2.
    @Test func whatFollowsAnIndentStartsOnTheFirstCharacterThatIsNoSpace() throws {
        let label = try Pattern("^\\s*(?:[0-9]{1,3}\\.|\\([a-z]{1,4}\\))\\s*$")
        #expect(label.prefilter.firstNonSpaceBytes != nil)
        for (line, admitted) in [("  12.", true), ("\t(b)", true), ("12.", true), ("  Decides", false), ("   ", false),
                                 ("", false), ("\u{A0}12.", true), ("é", false)] {
            var copy = line
            #expect(copy.withUTF8 { label.prefilter.admits($0, 0..<$0.count) } == admitted, "“\(line)”")
            #expect(try !label.matches(line) || admitted, "“\(line)” matches but was turned away")
        }
        #expect(try Pattern("^\\s*\\s?x").prefilter.firstNonSpaceBytes == nil, "what follows may start with a space")
        #expect(try Pattern("^\\s*(?:x)?$").prefilter.firstNonSpaceBytes == nil, "what follows may be empty")
        #expect(try Pattern("^\\s*+x").prefilter.firstNonSpaceBytes != nil)
    }
}
