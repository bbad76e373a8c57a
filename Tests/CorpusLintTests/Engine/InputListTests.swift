import Testing
@testable import CorpusLint

/// A run keeps its inputs as paths end to end (`InputList`); sorted, they must come in the order
/// an array of `InputFile`s sorted by path came in, the same file once.
@Suite struct InputListTests {
    /// The order runs had before the list: `String` comparison of the shown paths, equal ones by
    /// their bytes, repeats (same path, same bytes) dropped as neighbours.
    static func arrayOrder(_ inputs: [InputFile]) -> [InputFile] {
        let sorted = inputs.sorted { $0.path != $1.path ? $0.path < $1.path : $0.pathBytes.lexicographicallyPrecedes($1.pathBytes) }
        var kept: [InputFile] = []
        for input in sorted where kept.last.map({ !input.isSameFile(as: $0) }) ?? true { kept.append(input) }
        return kept
    }

    static let mixed: [InputFile] = [
        .file("b/x.md"), .file("a-b.md"), .file("a/x.md"), .file("B.md"), .file("b/x.md"),
        // The same name composed and decomposed: equal as `String`s, not as bytes.
        .file("caf\u{E9}.md"), .file("cafe\u{301}.md"), .file("cafz.md"), .file("caf\u{E9}.md"),
        .file("\u{4E2D}.md"), .file("z.md"),
        .namedInBytes(path: "bad\\xFF.md", bytes: Array("bad".utf8) + [0xFF] + Array(".md".utf8)),
        .problem(path: "absent.md", rule: "io/not-found", message: "no such file or folder"),
        .problem(path: "absent.md", rule: "io/not-found", message: "no such file or folder"),
        .file("bad\\xFF.md"),
    ]

    @Test func sortsAsAnArrayOfInputsSorted() {
        var list = InputList(Self.mixed)
        list.sortDroppingRepeats()
        #expect(Array(list) == Self.arrayOrder(Self.mixed))
        // `String`s equal by canonical equivalence (é composed or not) are told apart by their bytes.
        #expect(list.map(\.pathBytes) == Self.arrayOrder(Self.mixed).map(\.pathBytes))
        #expect(list.count < Self.mixed.count, "repeats dropped")
        // A sorted list (a walk's, nearly always) is left as it is.
        var again = list
        again.sortDroppingRepeats()
        #expect(again.map(\.pathBytes) == list.map(\.pathBytes))
        // Whatever order discovery found them in.
        var reversed = InputList(Self.mixed.reversed())
        reversed.sortDroppingRepeats()
        #expect(reversed.map(\.pathBytes) == Self.arrayOrder(Self.mixed.reversed()).map(\.pathBytes))
    }

    @Test func manyAsciiPathsSortByTheirBytesAsStringsDo() {
        var generator = SystemRandomNumberGenerator()
        let characters = Array("aAbB-_./0z~")
        let inputs = (0..<3_000).map { _ in InputFile.file(String((0..<Int.random(in: 1...12, using: &generator)).map { _ in characters.randomElement(using: &generator)! })) }
        var list = InputList(inputs)
        list.sortDroppingRepeats()
        #expect(Array(list) == Self.arrayOrder(inputs))
    }

    @Test func aFilteredListKeepsItsOrderAndElements() {
        var list = InputList(Self.mixed)
        list.sortDroppingRepeats()
        let kept = list.filter { $0.path.hasSuffix(".md") && !$0.path.hasPrefix("b") }
        #expect(Array(kept) == Array(list).filter { $0.path.hasSuffix(".md") && !$0.path.hasPrefix("b") })
    }
}
