import Testing
import YAML

@Suite struct EventParserTests {
    @Test func emptyInputGivesAnEmptyStreamInsteadOfAnAbort() {
        let (events, error) = EventParser.events("")
        #expect(error == nil)
        #expect(events.map(\.kind) == [.streamStart, .streamEnd])
    }

    @Test func emptyRawBufferIsSafe() throws {
        var count = 0
        try EventParser.parse(UnsafeRawBufferPointer(start: nil, count: 0)) { _ in count += 1 }
        #expect(count == 2)
    }

    @Test func marksAreOneBasedAndShiftedByTheLineOffset() {
        let (events, _) = EventParser.events("a: 1\nbb: 'x'\n", lineOffset: 1)
        let scalars = events.filter { if case .scalar = $0.kind { return true } else { return false } }
        #expect(scalars.map(\.start) == [Mark(line: 2, column: 1), Mark(line: 2, column: 4), Mark(line: 3, column: 1), Mark(line: 3, column: 5)])
    }

    @Test func columnsCountCharactersNotBytes() {
        let (events, _) = EventParser.events("é: ü\n")
        guard case .scalar = events[4].kind else { Issue.record("expected the value scalar"); return }
        #expect(events[4].start == Mark(line: 1, column: 4))
    }

    @Test func syntaxErrorCarriesProblemContextAndPosition() {
        let (_, error) = EventParser.events("title: \"unclosed\ndate: x\n", lineOffset: 1)
        let found = try! #require(error)
        guard case let .syntax(problem, context, contextMark) = found.kind else { Issue.record("expected a syntax error"); return }
        #expect(problem == "found unexpected end of stream")
        #expect(context == "while scanning a quoted scalar")
        #expect(contextMark == Mark(line: 2, column: 8))
        #expect(found.mark == Mark(line: 4, column: 1))
    }

    @Test func unclosedFlowMappingIsAnError() {
        let (_, error) = EventParser.events("a: {b: 1\n")
        #expect(error != nil)
    }

    @Test func invalidUTF8IsAnEncodingErrorWithItsByteOffset() throws {
        let bytes: [UInt8] = Array("a: b\nc: ".utf8) + [0xFF, 0x0A]
        var failure: YAMLError?
        bytes.withUnsafeBytes { raw in
            do throws(YAMLError) { try EventParser.parse(raw) { _ in } } catch { failure = error }
        }
        let error = try #require(failure)
        guard case let .encoding(_, offset) = error.kind else { Issue.record("expected an encoding error"); return }
        #expect(offset == 8)
        #expect(error.mark == Mark(line: 2, column: 4))
    }

    @Test func inputOverTheSizeLimitIsRefusedBeforeParsing() {
        let (events, error) = EventParser.events(String(repeating: "a", count: 100), limits: ParseLimits(maxBytes: 50))
        #expect(events.isEmpty)
        #expect(error?.kind == .tooLarge(bytes: 100, limit: 50))
    }

    @Test func nestingDeeperThanTheLimitIsRefused() {
        let deep = String(repeating: "[", count: 3_000) + String(repeating: "]", count: 3_000)
        let clock = ContinuousClock()
        let start = clock.now
        let (_, error) = EventParser.events(deep, limits: ParseLimits(maxDepth: 256))
        print("3,000-level flow nesting refused in \(clock.now - start)")
        #expect(error?.kind == .tooDeep(limit: 256))
        #expect(error?.mark == Mark(line: 1, column: 257))
    }

    @Test func styleTagAndAnchorAreReported() {
        let (events, error) = EventParser.events("- &a !foo 'x'\n- |\n  lit\n- >\n  fold\n- \"d\"\n- *a\n")
        #expect(error == nil)
        let kinds = events.map(\.kind)
        #expect(kinds.contains(.scalar(value: "x", anchor: "a", tag: "!foo", style: .singleQuoted)))
        #expect(kinds.contains(.scalar(value: "lit\n", anchor: nil, tag: nil, style: .literal)))
        #expect(kinds.contains(.scalar(value: "fold\n", anchor: nil, tag: nil, style: .folded)))
        #expect(kinds.contains(.scalar(value: "d", anchor: nil, tag: nil, style: .doubleQuoted)))
        #expect(kinds.contains(.alias(anchor: "a")))
    }
}
