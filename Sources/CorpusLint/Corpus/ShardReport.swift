#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What one shard of a run hands to `corpuslint merge`, as JSON Lines: a header line (which
/// shard, which rules, how many files), then one line per file in path order with its findings
/// before corpus-level rules and the keys those rules need. A file with neither is still listed:
/// formats such as JUnit and Checkstyle name every file.
///
/// ```
/// {"type":"shard","version":2,"shard":"2/3","rules":"9f2c…","files":2,"durationMs":41,"tool":{…}}
/// {"type":"file","path":"corpus/a.md"}
/// {"type":"file","path":"corpus/b.md","diagnostics":[…],"keys":[{"rule":"…","key":"…","line":4,"column":12}]}
/// ```
public struct ShardReport: Sendable {
    public static let version = 2

    public var shard: Shard
    /// The rule set's fingerprint: merging shards linted with other rules would mix two runs.
    public var rules: String
    public var toolVersion: String
    public var durationMs: Int
    public var files: [FileResult]

    public init(shard: Shard, rules: String, toolVersion: String = CorpusLintVersion.current, durationMs: Int, files: [FileResult]) {
        self.shard = shard
        self.rules = rules
        self.toolVersion = toolVersion
        self.durationMs = durationMs
        self.files = files
    }

    struct Header: Codable {
        struct Tool: Codable {
            var name = "corpuslint"
            var version: String
        }
        var type = "shard"
        var version: Int
        var shard: String
        var rules: String
        var files: Int
        var durationMs: Int
        var tool: Tool
    }

    struct FileLine: Codable {
        var type = "file"
        var path: String
        var diagnostics: [Diagnostic]?
        var keys: [CorpusKeyRecord]?
        var fields: [String: String]?
        /// What cross-document rules gathered, by rule id, as JSON.
        var gathered: [String: String]?
    }

    public func encoded() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        func line(_ value: some Encodable) -> String {
            // JSONEncoder escapes line breaks inside strings: one value, one line.
            String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self) + "\n"
        }
        var text = line(Header(version: Self.version, shard: shard.description, rules: rules, files: files.count,
                               durationMs: durationMs, tool: .init(version: toolVersion)))
        for file in files {
            // Findings the baseline of the shard's run knew are findings too: `merge` applies the baseline.
            let diagnostics = (file.diagnostics + file.baselined).sorted(by: Diagnostic.ordered)
            text += line(FileLine(path: file.path, diagnostics: diagnostics.isEmpty ? nil : diagnostics,
                                  keys: file.corpusKeys.isEmpty ? nil : file.corpusKeys, fields: file.fields.isEmpty ? nil : file.fields,
                                  gathered: file.gathered.isEmpty ? nil : Dictionary(file.gathered.map { ($0.rule, $0.encoded) }) { first, _ in first }))
        }
        return text
    }

    /// Reads a shard report; `name` is how errors name the file.
    public static func decode(_ data: Data, name: String) throws(ShardReportError) -> ShardReport {
        let decoder = JSONDecoder()
        var lines = data.split(separator: 0x0A, omittingEmptySubsequences: true)[...]
        guard let first = lines.popFirst(), let header = try? decoder.decode(Header.self, from: Data(first)), header.type == "shard" else {
            throw ShardReportError(file: name, line: 1, message: "not a corpuslint shard report (its first line is no shard header)")
        }
        guard header.version == version else {
            throw ShardReportError(file: name, line: 1, message: "shard report version \(header.version); this corpuslint reads version \(version)")
        }
        guard let shard = Shard(header.shard) else {
            throw ShardReportError(file: name, line: 1, message: "`\(header.shard)` is no shard (K/N with 1 ≤ K ≤ N)")
        }
        var files: [FileResult] = []
        files.reserveCapacity(header.files)
        for (offset, line) in lines.enumerated() {
            guard let file = try? decoder.decode(FileLine.self, from: Data(line)), file.type == "file" else {
                throw ShardReportError(file: name, line: offset + 2, message: "not a file line of a shard report")
            }
            let gathered = (file.gathered ?? [:]).sorted { $0.key < $1.key }.map { GatheredRecord(rule: $0.key, encoded: $0.value) }
            files.append(FileResult(path: file.path, diagnostics: file.diagnostics ?? [], corpusKeys: file.keys ?? [], fields: file.fields ?? [:],
                                    gathered: gathered))
        }
        guard files.count == header.files else {
            throw ShardReportError(file: name, line: lines.count + 1,
                                   message: "the report lists \(files.count) files, its header \(header.files): it was cut short")
        }
        return ShardReport(shard: shard, rules: header.rules, toolVersion: header.tool.version, durationMs: header.durationMs, files: files)
    }
}

/// A shard report that cannot be merged, with the line at fault.
public struct ShardReportError: Error, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String
    public var description: String { "\(file):\(line): \(message)" }

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }
}

extension ShardReport {
    /// Joins the reports of one sharded run into its files in path order, checking that every
    /// shard of the same run is there once and that all were linted with `rules`.
    public static func join(_ reports: [(name: String, report: ShardReport)], rules fingerprint: String) throws(ShardReportError) -> [FileResult] {
        guard let count = reports.first?.report.shard.count else { return [] }
        var seen: [Int: String] = [:]
        for (name, report) in reports {
            guard report.shard.count == count else {
                throw ShardReportError(file: name, line: 1, message: "shard \(report.shard) is of a run in \(report.shard.count) shards; \(reports[0].name) of one in \(count)")
            }
            if let other = seen[report.shard.index] {
                throw ShardReportError(file: name, line: 1, message: "shard \(report.shard) is also \(other)")
            }
            seen[report.shard.index] = name
            guard report.rules == fingerprint else {
                throw ShardReportError(file: name, line: 1, message: "made with other rules than this merge's (another configuration, pack or severity): "
                                       + "merge with the --rules and --config the shards were linted with")
            }
        }
        let missing = (1...count).filter { seen[$0] == nil }
        guard missing.isEmpty else {
            throw ShardReportError(file: reports[0].name, line: 1,
                                   message: "shard\(missing.count == 1 ? "" : "s") \(missing.map { "\($0)/\(count)" }.joined(separator: ", ")) missing: every shard's report is needed")
        }
        var files = reports.flatMap(\.report.files)
        files.sort { $0.path < $1.path }
        return files
    }
}
