/// A position as the protocol counts: a 0-based line and a 0-based offset in UTF-16 code units.
public struct Position: Equatable, Sendable, Comparable {
    public var line: Int
    public var character: Int

    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    public init?(_ json: JSON?) {
        guard let line = json?["line"]?.int, let character = json?["character"]?.int, line >= 0, character >= 0 else { return nil }
        self.init(line: line, character: character)
    }

    public var json: JSON { ["line": .int(line), "character": .int(character)] }

    public static func < (a: Position, b: Position) -> Bool { (a.line, a.character) < (b.line, b.character) }
}

/// A range of positions, `end` exclusive.
public struct TextRange: Equatable, Sendable {
    public var start: Position
    public var end: Position

    public init(start: Position, end: Position) {
        self.start = start
        self.end = end
    }

    public init?(_ json: JSON?) {
        guard let start = Position(json?["start"]), let end = Position(json?["end"]) else { return nil }
        self.init(start: start, end: end)
    }

    public var json: JSON { ["start": start.json, "end": end.json] }

    /// Whether the ranges share a position (an empty range touching the other counts).
    public func touches(_ other: TextRange) -> Bool { start <= other.end && other.start <= end }
}

/// Where each line of a UTF-8 text starts, split as both the engine and the protocol split
/// lines (`\n`, `\r\n`, a lone `\r`), to move between the engine's positions (1-based lines,
/// columns in Unicode scalars) and the protocol's (0-based lines, UTF-16 code units).
///
/// The engine reads a document without its byte-order mark, so its columns on the first line
/// start after it; the editor's text may still hold one.
public struct LineTable: Sendable {
    public let text: [UInt8]
    /// Byte offset of each line's start. A text ending in a line break has an empty last line
    /// (the protocol's view), which the engine does not count; an empty text has one empty line.
    private let starts: [Int]
    /// Byte offset just past each line's content (before its break).
    private let ends: [Int]
    private let byteOrderMarkBytes: Int

    public init(_ text: [UInt8]) {
        self.text = text
        var starts = [0], ends: [Int] = []
        var index = 0
        while index < text.count {
            let byte = text[index]
            if byte == 0x0A || byte == 0x0D {
                ends.append(index)
                index += byte == 0x0D && index + 1 < text.count && text[index + 1] == 0x0A ? 2 : 1
                starts.append(index)
            } else {
                index += 1
            }
        }
        ends.append(text.count)
        self.starts = starts
        self.ends = ends
        byteOrderMarkBytes = text.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    /// Lines as the protocol counts them.
    public var lineCount: Int { starts.count }

    /// The bytes of a protocol line (0-based), without its break; empty past the end.
    public func content(ofLine line: Int) -> ArraySlice<UInt8> {
        guard line >= 0, line < starts.count else { return [] }
        return text[starts[line]..<ends[line]]
    }

    /// The line break that ends a protocol line (0-based): `\r\n`, `\r`, `\n`, or "" for the last.
    public func lineBreak(ofLine line: Int) -> String {
        guard line >= 0, line + 1 < starts.count else { return "" }
        return String(decoding: text[ends[line]..<starts[line + 1]], as: UTF8.self)
    }

    /// The protocol's position of an engine position (line 1-based, column 1-based in Unicode
    /// scalars). A position past a line's end is its end; past the last line, the text's end.
    public func position(line: Int, column: Int) -> Position {
        let index = line - 1
        guard index >= 0 else { return Position(line: 0, character: 0) }
        guard index < starts.count else { return end }
        var scalarsLeft = max(column - 1, 0)
        var offset = starts[index]
        if index == 0 { offset += byteOrderMarkBytes }
        var character = index == 0 && byteOrderMarkBytes > 0 ? 1 : 0
        while scalarsLeft > 0, offset < ends[index] {
            let length = Self.sequenceLength(text[offset])
            character += length == 4 ? 2 : 1
            offset += length
            scalarsLeft -= 1
        }
        return Position(line: index, character: character)
    }

    /// The byte offset of a protocol position. A character past the line's end is its end (as
    /// the protocol says); one inside a surrogate pair is the start of that pair's scalar.
    public func offset(of position: Position) -> Int {
        guard position.line < starts.count else { return text.count }
        var offset = starts[position.line]
        var units = 0
        while offset < ends[position.line] {
            let length = Self.sequenceLength(text[offset])
            let width = length == 4 ? 2 : 1
            if units + width > position.character { break }
            units += width
            offset += length
        }
        return min(offset, ends[position.line])
    }

    /// The protocol's position of a byte offset (which must start a scalar).
    public func position(ofOffset offset: Int) -> Position {
        var low = 0, high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        var character = 0
        var cursor = starts[low]
        while cursor < min(offset, ends[low]) {
            let length = Self.sequenceLength(text[cursor])
            character += length == 4 ? 2 : 1
            cursor += length
        }
        return Position(line: low, character: character)
    }

    /// The end of the text.
    public var end: Position { position(ofOffset: text.count) }

    /// The length of the UTF-8 sequence a lead byte starts (1 for a stray byte, so a walk always moves on).
    private static func sequenceLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...0xF7: 4
        case 0xE0...0xEF: 3
        case 0xC0...0xDF: 2
        default: 1
        }
    }
}
