import CorpusLint
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// GitLab Code Quality (a subset of Code Climate's issue format): one JSON array, an issue per
/// finding. Fingerprints come from `Fingerprint` (rule, path, offending text, occurrence), so they
/// are unique in a report (GitLab keeps one issue per fingerprint) and survive edits elsewhere in
/// the file, which lets merge requests show only new findings.
public struct CodeClimateReporter: Reporter {
    public init() {}

    struct Issue: Encodable {
        var type = "issue"
        var check_name: String
        var description: String
        var categories = ["Style"]
        var severity: String
        var fingerprint: String
        var location: Location
    }
    struct Location: Encodable {
        var path: String
        var lines: Lines
    }
    struct Lines: Encodable {
        var begin: Int
        var end: Int
    }

    public mutating func runDone(_ run: LintRun) -> String {
        let diagnostics = run.diagnostics
        let issues = zip(diagnostics, Fingerprint.of(diagnostics)).map { d, fingerprint in
            Issue(check_name: d.rule, description: Self.singleLine(d.message), severity: Self.severity(d.severity), fingerprint: fingerprint,
                  location: Location(path: Fingerprint.normalized(d.path), lines: Lines(begin: d.line, end: max(d.line, d.endLine))))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(issues)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// GitLab's scale: blocker, critical, major, minor, info.
    static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: return "major"
        case .warning: return "minor"
        case .info: return "info"
        }
    }

    /// Code Climate descriptions are one line.
    static func singleLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
