import Testing
@testable import CorpusLint

@Suite struct FixRunTests {
    @Test func outcomesComeInInputOrderAcrossWindowsAndUnreadableInputsAreLeftOut() throws {
        let rules = try RuleHarness.load(FileEndingCheckTests.pack)
        let names = (0..<300).map { "doc\($0).md" }
        var provided: [String: [UInt8]] = [:]
        for (index, name) in names.enumerated() { provided[name] = Array("---\na: \(index)\n---\nText \n".utf8) }
        let inputs = names.map(InputFile.file) + [.problem(path: "gone.md", rule: "io/not-found", message: "no such file"), .file("missing.md")]
        var seen: [String] = []
        FixRun.fix(inputs, fixer: Fixer(linter: Linter(rules: rules)), maxFileBytes: 1 << 20, jobs: 2, provided: provided) { outcome in
            seen.append(outcome.path)
            #expect(String(decoding: outcome.fixed.bytes, as: UTF8.self).hasSuffix("Text\n"))
            #expect(outcome.original == provided[outcome.path])
        }
        #expect(seen == names, "in order, past the first window of 256, without the inputs that cannot be read")
    }
}
