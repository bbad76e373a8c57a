import Foundation
import Testing
@testable import CorpusLint
@testable import Reporters

@Suite struct JSONLinesReporterTests {
    @Test func aLinePerFindingAsFilesAreDoneThenTheSummary() throws {
        var reporter = JSONLinesReporter()
        let run = SampleRun.run
        let perFile = run.results.map { reporter.fileDone($0) }
        #expect(perFile[1] == nil, "a clean file writes nothing")
        #expect(perFile[0]?.split(separator: "\n").count == 2, "written when the file is done, not at the end")
        let text = perFile.compactMap { $0 }.joined() + reporter.runDone(run)
        #expect(text == #"""
            {"column":1,"endColumn":3,"endLine":58,"line":58,"message":"paragraph 4 follows 2: 3 is missing","path":"corpus/A_RES_80_35-EN.md","rule":"numbering/gap","severity":"error","type":"diagnostic"}
            {"column":12,"endColumn":20,"endLine":60,"line":60,"message":"mojibake `Ã©`: \"quoted\" & <tag>, 100% done","path":"corpus/A_RES_80_35-EN.md","rule":"core/mojibake","severity":"warning","type":"diagnostic"}
            {"column":1,"endColumn":1,"endLine":1,"line":1,"message":"the file does not start with a `---` front-matter block","path":"corpus/S_RES_2719_2023-FR.md","rule":"front-matter/missing","severity":"info","type":"diagnostic"}
            {"column":5,"endColumn":2,"endLine":4,"line":3,"message":"2 is repeated (expected 3)","path":"corpus/annex, draft: Genève.md","rule":"numbering/duplicate","severity":"warning","type":"diagnostic"}
            {"summary":{"durationMs":12,"errors":1,"files":4,"filesWithFindings":3,"infos":1,"warnings":2},"tool":{"name":"corpuslint","version":"\#(CorpusLintVersion.current)"},"type":"summary"}

            """#)
        for line in text.split(separator: "\n") {
            #expect(try JSONSerialization.jsonObject(with: Data(line.utf8)) is [String: Any])
        }
    }

    @Test func aLineBreakInAMessageStaysInsideItsLine() throws {
        var reporter = JSONLinesReporter()
        let d = Diagnostic(path: "a.md", line: 1, column: 1, rule: "x/y", severity: .error, message: "one\ntwo\u{2028}three")
        let written = reporter.fileDone(FileResult(path: "a.md", diagnostics: [d]))
        let text = try #require(written)
        #expect(text.filter { $0 == "\n" }.count == 1)
    }
}
