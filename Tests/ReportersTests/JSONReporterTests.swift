import Foundation
import Testing
@testable import CorpusLint
@testable import Reporters

@Suite struct JSONReporterTests {
    @Test func goldenOutput() {
        var reporter = JSONReporter()
        #expect(reporter.runDone(SampleRun.run) == #"""
            {"diagnostics":[{"column":1,"endColumn":3,"endLine":58,"line":58,"message":"paragraph 4 follows 2: 3 is missing","path":"corpus/A_RES_80_35-EN.md","rule":"numbering/gap","severity":"error"},{"column":12,"endColumn":20,"endLine":60,"line":60,"message":"mojibake `Ã©`: \"quoted\" & <tag>, 100% done","path":"corpus/A_RES_80_35-EN.md","rule":"core/mojibake","severity":"warning"},{"column":1,"endColumn":1,"endLine":1,"line":1,"message":"the file does not start with a `---` front-matter block","path":"corpus/S_RES_2719_2023-FR.md","rule":"front-matter/missing","severity":"info"},{"column":5,"endColumn":2,"endLine":4,"line":3,"message":"2 is repeated (expected 3)","path":"corpus/annex, draft: Genève.md","rule":"numbering/duplicate","severity":"warning"}],"summary":{"durationMs":12,"errors":1,"files":4,"filesWithFindings":3,"infos":1,"warnings":2},"tool":{"name":"corpuslint","version":"0.2.0"},"version":1}

            """#)
    }

    @Test func aRunAgainstABaselineSaysWhatItMatched() throws {
        var run = SampleRun.run
        run.summary.baseline = BaselineCounts(matched: 40, gone: 2)
        var reporter = JSONReporter()
        let json = try #require(try JSONSerialization.jsonObject(with: Data(reporter.runDone(run).utf8)) as? [String: Any])
        let summary = try #require(json["summary"] as? [String: Any])
        #expect(summary["baseline"] as? [String: Int] == ["matched": 40, "gone": 2])
        #expect(summary["errors"] as? Int == 1, "the counts are of the findings reported")
    }
}
