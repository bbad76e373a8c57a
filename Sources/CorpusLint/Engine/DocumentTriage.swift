/// What the engine decides about a file before and after its rules run, so that a file that is
/// not a document costs its reader one finding instead of hundreds: a binary file is skipped; a
/// file without front matter (a README, an index) gets `front-matter/missing` and nothing else;
/// a run of invalid bytes is reported once, by the encoding rule, not again by rules that see the
/// U+FFFD the decoder put in its place.
enum DocumentTriage {
    /// How much of a file is sampled to tell text from binary, as git and grep do.
    static let sampleBytes = 8_192
    /// Fewer invalid bytes than this do not make a file binary: a short damaged text is read.
    static let minimumSuspicious = 16

    /// A file whose first 8 KiB are more than a fifth NUL bytes, or more than a tenth NUL bytes and
    /// invalid UTF-8 sequences with at least `minimumSuspicious` of them (a PDF, an image, an
    /// archive): no text document has that much, and a damaged text with a few stray NULs or bad
    /// bytes stays a document whose rules report each. UTF-16 text (with its byte-order mark) is text: `core/encoding` says so.
    static func binaryFinding(path: String, bytes: [UInt8]) -> Diagnostic? {
        let sample = min(bytes.count, sampleBytes)
        guard sample > 0 else { return nil }
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) { return nil }
        var suspicious = 0, nuls = 0
        bytes.withUnsafeBufferPointer { buffer in
            let window = UnsafeBufferPointer(rebasing: buffer[0..<sample])
            var i = 0
            while i < sample {
                // Eight ASCII bytes without a NUL at a time, as `DecodedText` reads: byte by byte,
                // this sampling of every file was 1.3% of a run's instructions.
                i = DecodedText.skippingPlainASCII(window, from: i, to: sample)
                let end = min(i + 8, sample)
                while i < end {
                    let byte = window[i]
                    if byte < 0x80 {
                        if byte == 0 { suspicious += 1; nuls += 1 }
                        i += 1
                        continue
                    }
                    let length = DecodedText.validSequenceLength(window, at: i)
                    if length == 0 { suspicious += 1; i += 1 } else { i += length }
                }
            }
        }
        // NULs mark a binary file however short it is; invalid bytes only in number, as a short
        // text in a legacy encoding (Latin-1 accents) is damaged text, not binary.
        guard nuls * 5 > sample || (suspicious * 10 > sample && suspicious >= minimumSuspicious) else { return nil }
        let why = nuls > 0 ? "NUL bytes" : "mostly invalid UTF-8"
        return Diagnostic(path: path, line: 1, column: 1, endLine: 1, endColumn: 2, rule: "io/binary", severity: .error,
                          message: "a binary file (\(why) in its first \(sample) bytes), not a text document; skipped")
    }

    /// The rules that run on `document`: when it has no front matter and front matter is not
    /// optional, only the rules reporting that; when it is optional, every rule but those.
    /// Only a rule set that reports missing front matter expects it: packs for plain text files
    /// run on them whole.
    static func runs(reportsMissingFrontMatter reportsMissing: Bool, on document: Document, frontMatterOptional: Bool, expectsFrontMatter: Bool) -> Bool {
        if frontMatterOptional { return !reportsMissing }
        guard expectsFrontMatter, document.problems.contains(where: { $0.kind == .missingFrontMatter }) else { return true }
        return reportsMissing
    }

    static func reportsMissingFrontMatter(_ rule: Rule) -> Bool {
        (rule.check as? DocumentStructureCheck)?.problems == [.missingFrontMatter]
    }

    /// Findings that only repeat an invalid-UTF-8 finding: those of other kinds starting on a
    /// U+FFFD of a line the decoder had to repair.
    static func withoutRepeatedDecodingFindings(_ diagnostics: [Diagnostic], _ context: DocumentContext, structureIDs: Set<String>) -> [Diagnostic] {
        let repairedLines = Set(context.document.problems.filter { $0.kind == .invalidUTF8 }.map(\.line))
        guard !repairedLines.isEmpty else { return diagnostics }
        return diagnostics.filter { d in
            guard repairedLines.contains(d.line), !structureIDs.contains(d.rule),
                  let offset = DiagnosticRange.byteOffset(line: d.line, column: d.column, context) else { return true }
            let buffer = context.buffer
            let isReplacement = offset + 2 < buffer.count && buffer[offset] == 0xEF && buffer[offset + 1] == 0xBF && buffer[offset + 2] == 0xBD
            return !isReplacement
        }
    }
}

/// Every finding covers the text it is about: editors and code scanning highlight nothing on an
/// empty range. A check that knows only where a problem starts gets the token there: a quoted
/// value to its closing quote, else the run up to the next space (a key without its colon).
enum DiagnosticRange {
    static func widened(_ d: Diagnostic, _ context: DocumentContext) -> Diagnostic {
        guard d.endLine == d.line, d.endColumn <= d.column else { return d }
        var wide = d
        wide.endColumn = d.column + 1
        guard let start = byteOffset(line: d.line, column: d.column, context) else { return wide }
        let lineEnd = context.document.lines.end(ofLine: d.line)
        let buffer = context.buffer
        guard start < lineEnd else { return wide }
        var end = start
        let quote = buffer[start]
        if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
            end = start + 1
            while end < lineEnd, buffer[end] != quote { end += buffer[end] == UInt8(ascii: "\\") && quote == UInt8(ascii: "\"") ? 2 : 1 }
            end = min(end + 1, lineEnd)
        } else if quote == 0x20 || quote == 0x09 {
            while end < lineEnd, buffer[end] == 0x20 || buffer[end] == 0x09 { end += 1 }
        } else {
            while end < lineEnd, buffer[end] != 0x20, buffer[end] != 0x09 { end += 1 }
            if end - start > 1, buffer[end - 1] == UInt8(ascii: ":") { end -= 1 }
        }
        var columns = 0
        for i in start..<end where buffer[i] & 0xC0 != 0x80 { columns += 1 }
        wide.endColumn = d.column + max(columns, 1)
        return wide
    }

    /// The byte offset of a 1-based line and column (in Unicode scalars); nil past the text.
    static func byteOffset(line: Int, column: Int, _ context: DocumentContext) -> Int? {
        let lines = context.document.lines
        guard line >= 1, line <= lines.count else { return nil }
        var i = lines.start(ofLine: line), remaining = column - 1
        let end = lines.end(ofLine: line)
        while remaining > 0, i < end {
            i += 1
            while i < end, context.buffer[i] & 0xC0 == 0x80 { i += 1 }
            remaining -= 1
        }
        return remaining == 0 ? i : nil
    }
}
