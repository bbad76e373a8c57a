import ArgumentParser
import CorpusLint
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Locking
import Reporters

/// The options of `--format html`: the front-matter field to group by. The report's source
/// lines are read here, in the CLI, so that checks and the engine know nothing of reports.
struct HTMLArguments: ParsableArguments {
    @Option(help: ArgumentHelp("With --format html: chart the findings per value of this front-matter field (extract_version, language…).",
                               valueName: "FIELD"))
    var htmlGroupBy: String?

    var options: HTMLOptions { HTMLOptions(htmlGroupBy: htmlGroupBy) }
}

/// What `HTMLArguments` read.
struct HTMLOptions: Equatable {
    var htmlGroupBy: String?

    /// The fields the run must record for the report.
    var recordedFields: [String] { htmlGroupBy.map { [$0] } ?? [] }

    func apply(to settings: inout ReportFormat.Settings) {
        settings.groupField = htmlGroupBy
        let lines = ContextLines()
        settings.sourceLine = { path, number in lines.line(path, number) }
    }
}

/// Lines of linted files for the HTML report: a file is read again only when it has findings,
/// after the run; the file last read is kept, since findings come file by file.
final class ContextLines: @unchecked Sendable {
    private let lock = Lock()
    private var cached: (path: String, lines: [Substring])?

    func line(_ path: String, _ number: Int) -> String? {
        lock.lock()
        defer { lock.unlock() }
        if cached?.path != path {
            guard let bytes = FileManager.default.contents(atPath: path) else { return nil }
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
