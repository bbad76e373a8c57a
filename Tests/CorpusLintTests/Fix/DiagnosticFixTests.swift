import Foundation
import Testing
@testable import CorpusLint

/// A fix rides along with a finding without changing what the finding is.
@Suite struct DiagnosticFixTests {
    let plain = Diagnostic(path: "a.md", line: 3, column: 1, rule: "text/trailing-space", severity: .info, message: "2 spaces", snippet: "x  ")

    var fixed: Diagnostic {
        var d = plain
        d.fix = Fix("remove the spaces", safety: .safe, edits: [.delete(10..<12)])
        return d
    }

    @Test func equalityAndHashingLeaveTheFixOut() {
        #expect(plain == fixed)
        #expect(Set([plain, fixed]).count == 1)
    }

    @Test func fingerprintsLeaveTheFixOut() {
        #expect(Fingerprint.of([plain]) == Fingerprint.of([fixed]))
        #expect(Fingerprint.text(of: plain) == Fingerprint.text(of: fixed))
    }

    @Test func theEncodedFormIsUnchanged() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let a = try encoder.encode(plain), b = try encoder.encode(fixed)
        #expect(a == b)
        #expect(!String(decoding: b, as: UTF8.self).contains("fix"))
        #expect(try JSONDecoder().decode(Diagnostic.self, from: b) == plain)
    }
}
