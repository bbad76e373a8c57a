import CorpusLint
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// SARIF 2.1.0, the format of GitHub code scanning and most analysis viewers: one run whose driver
/// lists the rules (description, help link, default level) and whose results point at files by
/// URIs relative to `SRCROOT`, the folder corpuslint ran in. Columns count Unicode scalars, as
/// `columnKind: unicodeCodePoints` says; SARIF's `endColumn` is exclusive, like ours.
public struct SARIFReporter: Reporter {
    /// The absolute folder relative paths start from; nil leaves `SRCROOT` out.
    public var sourceRoot: String?

    public init(sourceRoot: String? = nil) { self.sourceRoot = sourceRoot }

    struct Log: Encodable {
        var schema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]
        enum CodingKeys: String, CodingKey { case schema = "$schema", version, runs }
    }
    struct Run: Encodable {
        var tool: Tool
        var originalUriBaseIds: [String: ArtifactLocation]?
        var results: [Result]
        var columnKind = "unicodeCodePoints"
    }
    struct Tool: Encodable { var driver: Driver }
    struct Driver: Encodable {
        var name = "corpuslint"
        var version = CorpusLintVersion.current
        var semanticVersion = CorpusLintVersion.current
        var rules: [Descriptor]
    }
    struct Text: Encodable { var text: String }
    struct Descriptor: Encodable {
        var id: String
        var shortDescription: Text?
        var fullDescription: Text?
        var helpUri: String?
        var defaultConfiguration: Configuration
    }
    struct Configuration: Encodable {
        var level: String?
        var enabled: Bool?
    }
    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Text
        var locations: [Location]
        var partialFingerprints: [String: String]
    }
    struct Location: Encodable { var physicalLocation: PhysicalLocation }
    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }
    struct ArtifactLocation: Encodable {
        var uri: String
        var uriBaseId: String?
    }
    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
        var endLine: Int
        /// Absent for a finding at a point: SARIF then means "to the end of the line".
        var endColumn: Int?
    }

    public mutating func runDone(_ run: LintRun) -> String {
        let diagnostics = run.diagnostics
        let rules = Self.descriptors(run.rules, used: diagnostics)
        var indices: [String: Int] = [:]
        for (index, rule) in rules.enumerated() { indices[rule.id] = index }
        let fingerprints = Fingerprint.of(diagnostics)
        let results = zip(diagnostics, fingerprints).map { diagnostic, fingerprint in
            Result(ruleId: diagnostic.rule, ruleIndex: indices[diagnostic.rule]!, level: Self.level(diagnostic.severity),
                   message: Text(text: diagnostic.message),
                   locations: [Location(physicalLocation: PhysicalLocation(artifactLocation: Self.artifact(diagnostic.path),
                                                                           region: Self.region(diagnostic)))],
                   partialFingerprints: ["corpuslint/v1": fingerprint])
        }
        let base = sourceRoot.map { ["SRCROOT": ArtifactLocation(uri: Self.fileURI(directory: $0))] }
        let log = Log(runs: [Run(tool: Tool(driver: Driver(rules: rules)), originalUriBaseIds: base, results: results)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(log)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Every report the rules can make (switched-off ones only when a finding uses them, as a path
    /// override can switch one on), then ids the engine reports on its own (`io/…`).
    static func descriptors(_ rules: RuleSet, used: [Diagnostic]) -> [Descriptor] {
        let usedIDs = Set(used.map(\.rule))
        var listed: Set<String> = []
        var descriptors: [Descriptor] = []
        for rule in rules.rules {
            for report in rule.info.allReports where !listed.contains(report.id) && (report.severity != nil || usedIDs.contains(report.id)) {
                listed.insert(report.id)
                let description = report.description.trimmingSpaces()
                descriptors.append(Descriptor(
                    id: report.id,
                    shortDescription: description.isEmpty ? nil : Text(text: firstSentence(description)),
                    fullDescription: description.isEmpty ? nil : Text(text: description),
                    helpUri: rule.info.link,
                    defaultConfiguration: report.severity.map { Configuration(level: level($0)) } ?? Configuration(enabled: false)))
            }
        }
        var seenExtra: Set<String> = []
        for diagnostic in used where !listed.contains(diagnostic.rule) && seenExtra.insert(diagnostic.rule).inserted {
            descriptors.append(Descriptor(id: diagnostic.rule, defaultConfiguration: Configuration(level: level(diagnostic.severity))))
        }
        return descriptors
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    /// SARIF wants a short description of one sentence; the full one keeps every paragraph.
    static func firstSentence(_ text: String) -> String {
        guard let end = text.firstRange(of: ". ") else { return text }
        return String(text[..<text.index(after: end.lowerBound)])
    }

    static func region(_ d: Diagnostic) -> Region {
        let empty = d.endLine == d.line && d.endColumn <= d.column
        return Region(startLine: d.line, startColumn: d.column, endLine: max(d.endLine, d.line), endColumn: empty ? nil : d.endColumn)
    }

    /// A relative path becomes a relative URI under `SRCROOT`; an absolute one a `file:` URI.
    static func artifact(_ path: String) -> ArtifactLocation {
        if path.hasPrefix("/") { return ArtifactLocation(uri: "file://" + percentEncoded(path)) }
        return ArtifactLocation(uri: percentEncoded(Fingerprint.normalized(path)), uriBaseId: "SRCROOT")
    }

    static func fileURI(directory: String) -> String {
        "file://" + percentEncoded(directory.hasSuffix("/") ? directory : directory + "/")
    }

    /// RFC 3986: every byte but the unreserved characters and `/` is percent-encoded, so spaces,
    /// `%`, `#`, `?`, a `:` that would read as a scheme and non-ASCII letters survive.
    static func percentEncoded(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }
}
