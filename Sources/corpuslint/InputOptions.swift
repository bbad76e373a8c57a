import ArgumentParser
import CorpusLint
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Reporters
import YAML

/// Which files a lint run reads, and which of their findings it reports: the options a CI gate
/// and an editor need so that a run cannot check nothing by accident.
struct InputArguments: ParsableArguments {
    @Flag(help: "Exit 0 when no file is checked (default: a run that checks nothing is an error, exit 2).")
    var allowEmpty = false

    @Flag(help: "Print the files the run would read (after include and exclude) and exit.")
    var showFiles = false

    @Option(help: ArgumentHelp("With `-` as the path: the path standard input stands for, in messages and for the configuration's globs.",
                               valueName: "PATH"), completion: .file())
    var stdinFilename: String?

    @Option(help: ArgumentHelp("Report only these rules: an id (numbering/gap) or a family (numbering/); repeatable, comma-separated.",
                               valueName: "RULE"), completion: Completions.ruleIDs)
    var select: [String] = []

    @Option(help: ArgumentHelp("Do not report these rules: an id or a family (footnote/); repeatable, comma-separated.", valueName: "RULE"),
            completion: Completions.ruleIDs)
    var ignore: [String] = []

    var options: InputOptions {
        InputOptions(allowEmpty: allowEmpty, showFiles: showFiles, stdinFilename: stdinFilename, select: select, ignore: ignore)
    }
}

/// What `InputArguments` read, and the checks and selection it asks for.
struct InputOptions: Equatable {
    var allowEmpty = false
    var showFiles = false
    var stdinFilename: String?
    var select: [String] = []
    var ignore: [String] = []

    /// The path `-` names standard input, as in most linters.
    static let standardInput = "-"

    /// Every named path that does not exist is a usage error: a typo must not pass a gate as
    /// a finding that `--fail-on never` forgives.
    func checkPathsExist(_ paths: [String]) throws {
        let missing = paths.filter { path in
            guard path != Self.standardInput else { return false }
            var info = stat()
            // A name that is not UTF-8 is looked up by its bytes, as it will be opened.
            return (CommandLineBytes.bytes(of: path) + [0]).withUnsafeBufferPointer { name in
                // Only a path that is not there is missing: one too long, or behind a folder that may
                // not be entered, is reported by the run as unreadable, with the system's reason.
                name.baseAddress!.withMemoryRebound(to: CChar.self, capacity: name.count) { lstat($0, &info) != 0 && (errno == ENOENT || errno == ENOTDIR) }
            }
        }
        guard !missing.isEmpty else { return }
        for path in missing { Output.error("corpuslint: no such file or folder: \(VisibleText.escaped(path))") }
        throw ExitCode(2)
    }

    /// Standard input's bytes, when the paths are `-`.
    func standardInputBytes(_ paths: [String]) throws -> (path: String, bytes: [UInt8])? {
        guard paths.contains(Self.standardInput) else {
            if stdinFilename != nil { throw usage("--stdin-filename is read only with `-` as the path (standard input)") }
            return nil
        }
        guard paths == [Self.standardInput] else { throw usage("`-` (standard input) cannot be combined with other paths") }
        return (stdinFilename ?? "<stdin>", Output.readAll(STDIN_FILENO))
    }

    /// The run with nothing to check: an error unless `--allow-empty`.
    func checkNotEmpty(_ inputs: InputList, paths: [String]) throws {
        guard inputs.isEmpty, !allowEmpty else { return }
        Output.error("corpuslint: no file to check in \(paths.joined(separator: " ")): every path is an empty folder, "
                     + "or include/exclude leave nothing (see them with --show-files); --allow-empty makes this exit 0")
        throw ExitCode(2)
    }

    /// The report ids `--select` and `--ignore` switch off, as overrides of every path; a selector
    /// that names nothing in force is a usage error with a suggestion.
    func selection(_ rules: RuleSet) throws -> PathOverride? {
        let selected = Self.split(select), ignored = Self.split(ignore)
        guard !selected.isEmpty || !ignored.isEmpty else { return nil }
        // The tool's own findings (suppression/unused, engine/…) can be selected and ignored too.
        let ids = (rules.reportIDs.keys + ToolFindings.all.map(\.id)).sorted()
        let families = Set(ids.compactMap { id in id.firstIndex(of: "/").map { String(id[...$0]) } })
        for selector in selected + ignored where !Self.names(selector, ids) {
            let hint = Suggestion.hint(for: selector, among: ids + families.sorted())
            throw usage("`\(selector)` names no rule in force\(hint); `corpuslint rules` lists them")
        }
        let off = ids.filter { id in
            (!selected.isEmpty && !selected.contains { Self.matches($0, id) }) || ignored.contains { Self.matches($0, id) }
        }
        let mark = Mark(line: 1, column: 1)
        return PathOverride(files: [Glob("**")], severity: off.map { SeverityOverride(id: $0, severity: nil, file: "--select", mark: mark) })
    }

    private static func split(_ values: [String]) -> [String] {
        values.flatMap { $0.split(separator: ",").map { $0.trimmingSpaces() } }.filter { !$0.isEmpty }
    }

    /// `numbering/gap` names itself; `numbering/` (or `numbering`) the family.
    static func matches(_ selector: String, _ id: String) -> Bool {
        if selector.hasSuffix("/") { return id.hasPrefix(selector) }
        return id == selector || id.hasPrefix(selector + "/")
    }

    private static func names(_ selector: String, _ ids: [String]) -> Bool { ids.contains { matches(selector, $0) } }

    private func usage(_ message: String) -> Error {
        Output.error("corpuslint: " + message)
        return ExitCode(2)
    }
}
