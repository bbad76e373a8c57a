import Foundation
import Testing

/// Golden files under `Tests/ReportersTests/Golden/`: the exact output of each reporter on the
/// shared sample run. `CORPUSLINT_UPDATE_GOLDEN=1 swift test` rewrites them (then review the diff).
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Golden")

    static func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    static func expect(_ output: String, matches name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = url(name)
        if ProcessInfo.processInfo.environment["CORPUSLINT_UPDATE_GOLDEN"] == "1" {
            try output.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(output == expected, "differs from Golden/\(name)", sourceLocation: sourceLocation)
    }
}
