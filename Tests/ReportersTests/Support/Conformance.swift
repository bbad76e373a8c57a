import Foundation
import TestSupport
import Testing

/// The external judges: the schemas in `../shared/conformance/` (beside the package) and the Python
/// validators `.ci/run` installs. Tests that need them are skipped, visibly, when either is missing
/// (and fail on CI: see `Prerequisite`).
enum Conformance {
    static let packageRoot = SharedFolder.packageRoot

    /// `../shared/conformance`, or the one inside `CORPUSLINT_SHARED` when set.
    static let folder = SharedFolder.url("conformance")

    static func file(_ path: String) -> URL { folder.appendingPathComponent(path) }

    static func has(_ path: String) -> Bool { FileManager.default.fileExists(atPath: file(path).path) }

    /// Python `jsonschema`, with `rfc3986-validator` or `rfc3987` so `format: uri-reference` is checked too.
    static let jsonSchemaAvailable = python(["-c", "import jsonschema\ntry: import rfc3986_validator\nexcept ImportError: import rfc3987"]).status == 0
    static let xmlSchemaAvailable = python(["-c", "import xmlschema"]).status == 0

    /// Why a conformance test is skipped: which judge is missing and how to get it.
    static func skipReason(_ path: String, json: Bool, present: Bool? = nil) -> Comment {
        if !(present ?? has(path)) { return Comment(rawValue: "skipped: ../shared/conformance/\(path) is absent beside the package") }
        return Comment(rawValue: json
            ? "skipped: Python jsonschema with rfc3986-validator is not installed; `.ci/run` installs it (python3 -m pip install jsonschema rfc3986-validator)"
            : "skipped: Python xmlschema is not installed; `.ci/run` installs it (python3 -m pip install xmlschema)")
    }

    /// Schema errors of a JSON document (each element of a top-level array when `eachEntry`); empty when valid.
    static func jsonSchemaErrors(_ json: String, schema: String, eachEntry: Bool = false) throws -> [String] {
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1], encoding="utf-8"))
            document = json.load(open(sys.argv[2], encoding="utf-8"))
            if sys.argv[3] == "each":
                if not isinstance(document, list):
                    print("the report must be a JSON array"); sys.exit(1)
                entries = document
            else:
                entries = [document]
            validator = jsonschema.validators.validator_for(schema)(schema, format_checker=jsonschema.FormatChecker())
            errors = [f"entry {i}: /{'/'.join(map(str, e.absolute_path))}: {e.message}" for i, entry in enumerate(entries) for e in validator.iter_errors(entry)]
            print("\\n".join(errors))
            sys.exit(1 if errors else 0)
            """
        return try validate(json, with: script, schema: schema, mode: eachEntry ? "each" : "whole")
    }

    /// Schema errors of an XML document against an XSD; empty when valid.
    static func xmlSchemaErrors(_ xml: String, schema: String) throws -> [String] {
        let script = """
            import sys, xmlschema
            schema = xmlschema.XMLSchema(sys.argv[1])
            errors = [f"{e.path}: {e.reason}" for e in schema.iter_errors(sys.argv[2])]
            print("\\n".join(errors))
            sys.exit(1 if errors else 0)
            """
        return try validate(xml, with: script, schema: schema, mode: "whole")
    }

    private static func validate(_ text: String, with script: String, schema: String, mode: String) throws -> [String] {
        let document = FileManager.default.temporaryDirectory.appendingPathComponent("corpuslint-report-\(UUID().uuidString)")
        try text.write(to: document, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: document) }
        let run = python(["-c", script, file(schema).path, document.path, mode])
        if run.status == 0 { return [] }
        let lines = run.output.split(separator: "\n").map(String.init)
        return lines.isEmpty ? ["validator failed with status \(run.status)"] : lines
    }

    static func python(_ arguments: [String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return (127, "\(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
