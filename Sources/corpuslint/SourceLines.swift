#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import CorpusLint
import Reporters

/// The lines `--show-source` prints under findings. A file is read again only when it has
/// findings and only for display; the file last read is kept, since findings come file by file.
final class SourceLines {
    private let standardInput: (path: String, bytes: [UInt8])?
    private var cached: (path: String, lines: [Substring])?

    init(standardInput: (path: String, bytes: [UInt8])?) {
        self.standardInput = standardInput
    }

    func line(_ path: String, _ number: Int) -> String? {
        if cached?.path != path {
            let bytes: Data?
            if let standardInput, standardInput.path == path { bytes = Data(standardInput.bytes) } else { bytes = FileManager.default.contents(atPath: path) }
            guard let bytes else { return nil }
            let text = String(decoding: bytes, as: UTF8.self)
            // Lines as the engine counts them: LF, CRLF and a lone CR each end one.
            cached = (path, text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }))
        }
        guard let lines = cached?.lines, number >= 1, number <= lines.count else { return nil }
        var line = String(lines[number - 1])
        if number == 1, line.hasPrefix("\u{FEFF}") { line.removeFirst() }
        return line
    }
}

extension ReportFormat {
    /// The format a report file's extension names (`--output report.sarif`), else text.
    static func forFile(_ path: String) -> ReportFormat {
        let name = PathText.lastComponent(of: path).lowercased()
        if name.hasSuffix(".sarif") || name.hasSuffix(".sarif.json") { return .sarif }
        if name.hasSuffix(".jsonl") || name.hasSuffix(".ndjson") { return .jsonl }
        if name.hasSuffix("code-quality.json") || name.hasSuffix("codeclimate.json") { return .codeclimate }
        if name.hasSuffix(".json") { return .json }
        if name.hasSuffix("checkstyle.xml") { return .checkstyle }
        if name.hasSuffix(".xml") { return .junit }
        if name.hasSuffix(".html") || name.hasSuffix(".htm") { return .html }
        return .text
    }
}
