import YAML

/// One extracted document, read once: its text, line index, front matter and structural problems.
///
/// Every trouble of a real corpus (no or unterminated front matter, invalid UTF-8, NUL bytes, a
/// BOM, CR line endings, malformed YAML) is a positioned `DocumentProblem`, never a crash.
public struct Document: Sendable {
    /// The path as the user named it.
    public let path: String
    /// The text as valid UTF-8 without a byte-order mark.
    public let text: [UInt8]
    public let lines: LineIndex
    /// The front-matter mapping, when the block is present, closed, valid YAML and a mapping.
    public let frontMatter: Node?
    /// The line of the closing `---`, when the block is closed.
    public let frontMatterClosingLine: Int?
    /// The first line of the body (`lines.count + 1` when there is none).
    public let bodyStartLine: Int
    public let problems: [DocumentProblem]

    public init(path: String, bytes: [UInt8], limits: ParseLimits = .default) {
        self.path = path
        let decoded = DecodedText(bytes)
        text = decoded.bytes
        var problems: [DocumentProblem] = []
        let lines = decoded.bytes.withUnsafeBufferPointer { LineIndex($0) }
        self.lines = lines

        if decoded.isUTF16 {
            problems.append(DocumentProblem(.utf16, "the file is UTF-16 text, not UTF-8", line: 1, column: 1))
        } else if bytes.isEmpty || (decoded.hadByteOrderMark && decoded.bytes.isEmpty) {
            problems.append(DocumentProblem(.emptyFile, "the file is empty", line: 1, column: 1))
        }
        if decoded.hadByteOrderMark {
            problems.append(DocumentProblem(.byteOrderMark, "the file starts with a UTF-8 byte-order mark", line: 1, column: 1))
        }
        let structure = decoded.bytes.withUnsafeBufferPointer { buffer in
            problems += Self.encodingProblems(decoded, lines: lines, buffer: buffer)
            problems += Self.lineEndingProblems(lines)
            return FrontMatterReader.read(lines: lines, buffer: buffer, isEmpty: decoded.bytes.isEmpty, limits: limits)
        }
        problems += structure.problems
        frontMatter = structure.mapping
        frontMatterClosingLine = structure.closingLine
        bodyStartLine = structure.bodyStartLine
        // Ties keep the order found (structure before encoding), so the output is deterministic.
        self.problems = problems.enumerated()
            .sorted { ($0.element.line, $0.element.column, $0.offset) < ($1.element.line, $1.element.column, $1.offset) }
            .map(\.element)
    }

    /// The text of line `line` (1-based), without its terminator.
    public func lineText(_ line: Int) -> String {
        let range = lines.range(ofLine: line)
        return String(decoding: text[range], as: UTF8.self)
    }

    /// The 1-based line and column of byte `offset` of `text`.
    public func position(ofByte offset: Int) -> (line: Int, column: Int) {
        text.withUnsafeBufferPointer { (lines.line(containing: offset), lines.column(ofByte: offset, in: $0)) }
    }

    private static func encodingProblems(_ decoded: DecodedText, lines: LineIndex, buffer: UnsafeBufferPointer<UInt8>) -> [DocumentProblem] {
        var problems: [DocumentProblem] = []
        var lastLine = 0
        for (offset, original) in decoded.invalidSequences {
            let line = lines.line(containing: offset)
            guard line != lastLine else { continue }
            lastLine = line
            problems.append(DocumentProblem(.invalidUTF8, "invalid UTF-8 at byte \(original) of the file",
                                            line: line, column: lines.column(ofByte: offset, in: buffer)))
        }
        lastLine = 0
        for offset in decoded.nulOffsets {
            let line = lines.line(containing: offset)
            guard line != lastLine else { continue }
            lastLine = line
            problems.append(DocumentProblem(.nulByte, "NUL byte in the text", line: line, column: lines.column(ofByte: offset, in: buffer)))
        }
        return problems
    }

    /// CRLF alone is a consistent choice; a lone CR or a mix of endings is reported at its first line.
    private static func lineEndingProblems(_ lines: LineIndex) -> [DocumentProblem] {
        var problems: [DocumentProblem] = []
        var firstKind: LineIndex.Terminator?
        var reportedCR = false, reportedCRLF = false, reportedMix = false
        for line in stride(from: 1, through: lines.count, by: 1) {
            let terminator = lines.terminator(ofLine: line)
            guard terminator != .none else { continue }
            let column = lines.end(ofLine: line) - lines.start(ofLine: line) + 1
            if terminator == .cr, !reportedCR {
                reportedCR = true
                problems.append(DocumentProblem(.crLineEndings, "line ends with a lone carriage return (CR)", line: line, column: column))
            }
            if terminator == .crlf, !reportedCRLF {
                reportedCRLF = true
                problems.append(DocumentProblem(.crlfLineEndings, "line ends with CRLF", line: line, column: column))
            }
            if let firstKind, firstKind != terminator, !reportedMix {
                reportedMix = true
                problems.append(DocumentProblem(.mixedLineEndings, "line endings change here from those of line 1", line: line, column: column))
            }
            if firstKind == nil { firstKind = terminator }
        }
        return problems
    }
}
