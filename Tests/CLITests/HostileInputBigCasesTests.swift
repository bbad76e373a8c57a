#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing

/// The big hostile inputs: one generated file and one measured run each (see HostileInputTests).
extension HostileInputTests {
    // MARK: Big inputs, one run each, measured

    /// A big case: a name, exactly the rules it must report under, the bound of its run's peak
    /// memory (about 1.5× the figure measured on a debug build with 2 cores, so a run needing
    /// twice the memory fails), and a writer that fills the file (so nothing large is held twice).
    static let bigCases: [(name: String, rules: Set<String>, peakMiB: Int, write: @Sendable (FileHandle) throws -> Void)] = [
        ("huge-scalar.md (20 MiB front-matter scalar)", ["front-matter/syntax"], 68, { file in
            try file.write(contentsOf: Data(("---\n" + catalogue(100) + "note: \"").utf8))
            try file.write(contentsOf: Data(repeating: UInt8(ascii: "x"), count: 20 << 20))
            try file.write(contentsOf: Data(("\"\n---\n" + body).utf8))
        }),
        ("huge-body.md (24 MiB, 120,000 lines of prose)", [], 73, { file in
            try file.write(contentsOf: Data(document(101).utf8))
            let line = String(repeating: "The General Assembly, recalling its resolutions, ", count: 4) + "\n"
            let block = Data(String(repeating: line, count: 1_000).utf8)
            for _ in 0..<120 { try file.write(contentsOf: block) }
        }),
        // `footnote/references` stops reading markers at its bound and says so. No pattern gives
        // up on the line any more: `extraction/text-lost-at-break` once backtracked over all of it.
        ("one-line.md (40 MiB, no line break)", ["engine/too-many-findings"], 308, { file in
            try file.write(contentsOf: Data(document(102).utf8))
            let block = Data(String(repeating: "word1 and [^2] 3. (a) ", count: 1 << 15).utf8)
            for _ in 0..<((40 << 20) / block.count) { try file.write(contentsOf: block) }
        }),
        ("line-breaks.md (8 MiB of line breaks)", ["core/empty-body"], 110, { file in
            try file.write(contentsOf: Data(("---\n" + catalogue(103) + "---\n").utf8))
            let block = Data(repeating: 0x0A, count: 1 << 20)
            for _ in 0..<8 { try file.write(contentsOf: block) }
        }),
        // Random bytes are a binary file: one finding, the bytes not read as text.
        ("random.md (8 MiB of random bytes)", ["io/binary"], 50, { file in
            var random = SystemRandomNumberGenerator()
            for _ in 0..<8 { try file.write(contentsOf: Data((0..<(1 << 20)).map { _ in UInt8.random(in: 0...255, using: &random) })) }
        }),
        ("keys.md (300,000 front-matter keys, half of them duplicates)", ["front-matter/duplicate-key", "engine/too-many-findings"], 233, { file in
            var yaml = "---\n" + catalogue(104)
            for index in 0..<300_000 { yaml += "key\(index / 2): value \(index)\n" }
            try file.write(contentsOf: Data((yaml + "---\n" + body).utf8))
        }),
        // Page breaks and paragraphs: the running-header kind keeps every body line it reads until
        // the document is known whole (about 64 bytes a line), so these bounds were measured anew.
        ("page-breaks.md (300,000 page breaks)", [], 70, { file in
            try file.write(contentsOf: Data((document(105) + String(repeating: "---\n", count: 300_000)).utf8))
        }),
        ("footnotes.md (300,000 footnote markers, 300,000 definitions)", ["footnote/unreferenced-definition", "footnote/numbering", "engine/too-many-findings"], 190, { file in
            var text = document(106)
            for index in 0..<300_000 { text += "Word\(index % 90 + 1) and a note[^\(index)].\n" }
            for index in 0..<300_000 { text += "[^\(index)]: Note \(index).\n" }
            try file.write(contentsOf: Data(text.utf8))
        }),
        ("paragraphs.md (300,000 paragraphs numbered 1.)", ["numbering/duplicate", "engine/too-many-findings"], 72, { file in
            let text = document(107) + String(repeating: "1. Decides;\n(a) Requests;\n", count: 150_000)
            try file.write(contentsOf: Data(text.utf8))
        }),
        ("suppressions.md (200,000 suppression comments and findings)", [], 182, { file in
            let text = document(108) + String(repeating: "1. Decides; <!-- corpuslint-disable-line numbering/duplicate -->\n", count: 200_000)
            try file.write(contentsOf: Data(text.utf8))
        }),
        ("comments.md (one line of 100,000 comments)", ["suppression/unused", "engine/too-many-findings"], 91, { file in
            let text = document(109) + String(repeating: "Word1 <!-- corpuslint-disable-line -->", count: 100_000)
            try file.write(contentsOf: Data(text.utf8))
        }),
        ("controls.md (16 MiB of control characters on one line)", ["core/control-character", "engine/regex-limit"], 63, { file in
            try file.write(contentsOf: Data(document(110).utf8))
            let block = Data(repeating: 0x01, count: 1 << 20)
            for _ in 0..<16 { try file.write(contentsOf: block) }
        }),
    ]

    @Test(arguments: 0..<bigCases.count)
    func bigInputGivesItsFindingsInBoundedMemory(_ index: Int) throws {
        let (name, rules, peakMiB, write) = Self.bigCases[index]
        let folder = try LintCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = String(name.prefix { $0 != " " })
        let url = folder.appendingPathComponent(file)
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        try write(handle)
        try handle.close()
        let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? 0

        // The deadline only catches a hang: debug builds on a loaded machine take minutes here.
        let run = try CLIRunner.runMeasured(["--rules", "un", "--format", "json", file], in: folder, deadline: 1_200)
        #expect(!run.hung, "\(name): \(run.summary)")
        let output = try Self.decode(run.result.stdout)
        var counts: [String: Int] = [:]
        for diagnostic in output.diagnostics { counts[diagnostic.rule, default: 0] += 1 }
        print("hostile: \(name), \(size) bytes: \(run.summary); \(counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))")
        #expect(!run.hung)
        #expect(run.result.status == 0 || run.result.status == 1, "\(run.result.stderr)")
        #expect(output.files == 1)
        #expect(Set(counts.keys) == rules)
        #expect(run.peakMemoryBytes < peakMiB * Self.mebibyte, "\(run.summary)")
        #expect(counts.values.allSatisfy { $0 <= 500 }, "findings of one rule are bounded per file")
    }
}
