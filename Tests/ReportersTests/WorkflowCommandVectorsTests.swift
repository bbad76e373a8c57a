import Foundation
import Testing
import TestSupport
@testable import Reporters

/// GitHub's own test vectors (`../shared/conformance/github-actions/`): the toolkit's encode cases
/// for `WorkflowCommand`, and the runner's decode cases for `RunnerCommandParser`, the test-side
/// model of the runner that the round-trip tests of `GitHubReporter` read its output with.
@Suite struct WorkflowCommandVectorsTests {
    static let path = "github-actions/workflow-command-vectors.json"

    static func vectors() throws -> [String: Any] {
        let data = try Data(contentsOf: Conformance.file(path))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func pairs(_ value: Any?) -> [(String, String)] {
        (value as? [[String]] ?? []).map { ($0[0], $0[1]) }
    }

    // Skipped (failed on CI) on a clone without ../shared/ beside the package.
    @Test(.needs(path, Conformance.has(path)))
    func encodeVectors() throws {
        let encode = try #require(try Self.vectors()["encode"] as? [[String: Any]])
        #expect(encode.count == 15)
        for vector in encode {
            let line = WorkflowCommand.line(vector["command"] as! String, properties: Self.pairs(vector["properties"]), message: vector["message"] as! String)
            #expect(line == vector["expected"] as? String, "\(vector["source"] ?? "")")
            // And back: every encoded line decodes to what was encoded.
            let parsed = RunnerCommandParser.parse(line, registered: [vector["command"] as! String])
            #expect(parsed?.data == vector["message"] as? String)
            #expect(parsed?.properties.map { "\($0.0)=\($0.1)" } == Self.pairs(vector["properties"]).map { "\($0.0)=\($0.1)" })
        }
    }

    @Test(.needs(path, Conformance.has(path)))
    func decodeVectors() throws {
        let decode = try #require(try Self.vectors()["decode"] as? [[String: Any]])
        #expect(decode.count == 8)
        for vector in decode {
            let parsed = RunnerCommandParser.parse(vector["line"] as! String, registered: Set(vector["registered"] as! [String]))
            guard let expected = vector["expected"] as? [String: Any] else {
                #expect(parsed == nil, "\(vector["source"] ?? "")")
                continue
            }
            #expect(parsed?.command == expected["command"] as? String, "\(vector["source"] ?? "")")
            #expect(parsed?.data == expected["data"] as? String, "\(vector["source"] ?? "")")
            #expect(parsed?.properties.map { "\($0.0)=\($0.1)" } == Self.pairs(expected["properties"]).map { "\($0.0)=\($0.1)" },
                    "\(vector["source"] ?? "")")
        }
    }
}

/// The runner's reading of a command line (`ActionCommand.TryParseV2`), as the conformance notes
/// describe it: trim leading whitespace, `::name props::data`, properties split on `,` then the
/// first `=`, empty keys or values dropped, and unescaping with `%25` last.
enum RunnerCommandParser {
    struct Command { var command: String; var properties: [(String, String)]; var data: String }

    static func parse(_ line: String, registered: Set<String>) -> Command? {
        let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
        guard trimmed.hasPrefix("::") else { return nil }
        let rest = trimmed.dropFirst(2)
        guard let end = rest.range(of: "::") else { return nil }
        let info = rest[..<end.lowerBound]
        let data = String(rest[end.upperBound...])
        let name: Substring
        var properties: [(String, String)] = []
        if let space = info.firstIndex(of: " ") {
            name = info[..<space]
            let text = info[info.index(after: space)...].trimmingCharacters(in: .whitespaces)
            for entry in text.split(separator: ",", omittingEmptySubsequences: true) {
                guard let equals = entry.firstIndex(of: "=") else { continue }
                let key = String(entry[..<equals]), value = String(entry[entry.index(after: equals)...])
                guard !key.isEmpty, !value.isEmpty else { continue }
                properties.removeAll { $0.0.lowercased() == key.lowercased() }
                properties.append((key, unescape(value, property: true)))
            }
        } else {
            name = info
        }
        guard registered.contains(String(name)) else { return nil }
        return Command(command: String(name), properties: properties, data: unescape(data, property: false))
    }

    static func unescape(_ text: String, property: Bool) -> String {
        var out = text.replacingOccurrences(of: "%0D", with: "\r").replacingOccurrences(of: "%0A", with: "\n")
        if property { out = out.replacingOccurrences(of: "%3A", with: ":").replacingOccurrences(of: "%2C", with: ",") }
        return out.replacingOccurrences(of: "%25", with: "%")
    }
}
