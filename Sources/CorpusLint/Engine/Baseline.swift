#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The findings a project has accepted for now, so that a run reports only new ones: a corpus
/// with thousands of old defects can still gate every change.
///
/// A finding is known by its file, its rule and a fingerprint of its offending text
/// (`Fingerprint.text(of:)`), never by its line, so edits above it leave it known; equal findings
/// of a file are counted. The file is one line per entry, tab-separated, sorted by path, rule and
/// fingerprint, so it diffs and merges like source:
///
/// ```
/// # corpuslint baseline v1: path, rule, fingerprint of the offending text, count (tab-separated)
/// corpus/A_RES_79_290-EN.md	date/invalid	9ee919412e149505	2
/// corpus/A_RES_79_290-EN.md	numbering/gap	31790fa1d053b71c	1
/// ```
///
/// ```swift
/// var linter = Linter(rules: rules)
/// linter.baseline = try Baseline.load(".corpuslint-baseline")
/// let (results, summary) = linter.lint(paths: ["corpus"])   // new findings only
/// try Baseline(results, root: ".").write(to: ".corpuslint-baseline")
/// ```
public struct Baseline: Sendable, Equatable {
    /// What a baseline knows a finding by.
    public struct Key: Sendable, Hashable, Comparable {
        public var path: String
        public var rule: String
        public var fingerprint: String

        public init(path: String, rule: String, fingerprint: String) {
            self.path = path
            self.rule = rule
            self.fingerprint = fingerprint
        }

        public static func < (a: Key, b: Key) -> Bool {
            (a.path, a.rule, a.fingerprint) < (b.path, b.rule, b.fingerprint)
        }
    }

    /// How many findings each key had when the baseline was recorded.
    public private(set) var counts: [Key: Int] = [:]
    /// The absolute folder paths are relative to (the baseline file's); nil: paths as named.
    public let root: String?
    /// The absolute folder relative paths of findings start from.
    let workingDirectory: String
    /// Every finding is known: the baseline a run that writes its first baseline reports against.
    let knowsEverything: Bool

    /// An empty baseline whose paths are relative to `root` (a folder; nil: paths as named).
    public init(root: String? = nil) { self.init(root: root, knowsEverything: false) }

    /// The baseline of a run: every finding of `results`, new or already known.
    public init(_ results: [FileResult], root: String? = nil) {
        self.init(root: root)
        for result in results {
            for diagnostic in result.diagnostics + result.baselined { counts[key(diagnostic), default: 0] += 1 }
        }
    }

    private init(root: String?, knowsEverything: Bool) {
        let workingDirectory = FileManager.default.currentDirectoryPath
        self.workingDirectory = workingDirectory
        self.root = root.map { Self.absolute($0.isEmpty ? "." : $0, from: workingDirectory) }
        self.knowsEverything = knowsEverything
    }

    /// The baseline that knows every finding: `--write-baseline` without `--baseline` reports
    /// against it, since everything the run finds is being recorded.
    public static var everything: Baseline { Baseline(root: nil, knowsEverything: true) }

    /// The entries in file order: by path, rule and fingerprint.
    public var entries: [(key: Key, count: Int)] {
        counts.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// How many findings the baseline holds.
    public var findings: Int { counts.values.reduce(0, +) }

    /// The key of a finding: its path relative to the root, its rule, its text's fingerprint.
    public func key(_ diagnostic: Diagnostic) -> Key {
        Key(path: path(diagnostic.path), rule: diagnostic.rule, fingerprint: Fingerprint.text(of: diagnostic))
    }

    /// A path as the baseline writes it: relative to the root, so the same file has the same
    /// entry whatever the working directory of the run and however the user named it.
    public func path(_ path: String) -> String {
        guard let root else { return Fingerprint.normalized(path) }
        return Self.relative(Self.absolute(path, from: workingDirectory), to: root)
    }

    /// A matcher that tells new findings from known ones, file by file.
    public func matcher() -> Matcher { Matcher(self) }

    /// Sorts a run's findings into new and known, in the order a run yields them; each known
    /// entry is used up by as many findings as it counts.
    public struct Matcher: Sendable {
        let baseline: Baseline
        private var remaining: [Key: Int]
        /// Findings found known so far.
        public private(set) var matched = 0
        /// The paths (as the baseline writes them) the baseline has entries for, and those of
        /// them the run has read: never more than the baseline's files, however many the run reads.
        private let knownPaths: Set<String>
        private var knownPathsRead: Set<String> = []

        init(_ baseline: Baseline) {
            self.baseline = baseline
            remaining = baseline.counts
            knownPaths = Set(baseline.counts.keys.map(\.path))
        }

        /// Notes that the run read the file at `path`, for `goneInFilesRead`.
        public mutating func noteRead(_ path: String) {
            guard !knownPaths.isEmpty else { return }
            let written = baseline.path(path)
            if knownPaths.contains(written) { knownPathsRead.insert(written) }
        }

        /// `gone(inFiles:)` over the files noted read (`noteRead`).
        public var goneInFilesRead: Int {
            remaining.reduce(0) { total, entry in knownPathsRead.contains(entry.key.path) ? total + entry.value : total }
        }

        /// The result with its known findings moved from `diagnostics` to `baselined`.
        public mutating func split(_ result: FileResult) -> FileResult {
            guard !result.diagnostics.isEmpty else { return result }
            var split = result
            split.diagnostics = []
            for diagnostic in result.diagnostics {
                if baseline.knowsEverything {
                    split.baselined.append(diagnostic)
                    continue
                }
                let key = baseline.key(diagnostic)
                if let left = remaining[key], left > 0 {
                    remaining[key] = left - 1
                    split.baselined.append(diagnostic)
                } else {
                    split.diagnostics.append(diagnostic)
                }
            }
            matched += split.baselined.count - result.baselined.count
            return split
        }

        /// Known findings of these files that the run did not find again: fixed, or changed.
        /// Files the run did not read are left out: a run over some files says nothing of the others.
        public func gone(inFiles paths: some Sequence<String>) -> Int {
            let files = Set(paths.map(baseline.path))
            return remaining.reduce(0) { total, entry in files.contains(entry.key.path) ? total + entry.value : total }
        }
    }
}

// MARK: - The file

extension Baseline {
    /// The first line of every baseline file; the number is the format's version.
    public static let header = "# corpuslint baseline v1: path, rule, fingerprint of the offending text, count (tab-separated)"
    static let signature = "# corpuslint baseline v"

    /// The file's text: the header, then an entry a line, sorted.
    public func serialized() -> String {
        var text = Self.header + "\n"
        for (key, count) in entries {
            text += "\(FieldEscaping.escaped(key.path))\t\(key.rule)\t\(key.fingerprint)\t\(count)\n"
        }
        return text
    }

    /// Writes the file whole or not at all (a run stopped midway leaves the old one).
    public func write(to path: String) throws {
        try Data(serialized().utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// Reads a baseline file; its paths are relative to the file's folder.
    public static func load(_ path: String) throws(BaselineErrors) -> Baseline {
        guard let data = FileManager.default.contents(atPath: path) else {
            let reason = FileManager.default.fileExists(atPath: path) ? "cannot be read" : "does not exist"
            throw BaselineErrors([BaselineError(file: path, line: 1, column: 1,
                                                message: "the baseline \(reason) (record one with `--write-baseline \(path)`)")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw BaselineErrors([BaselineError(file: path, line: 1, column: 1, message: "the baseline is not UTF-8 text")])
        }
        return try parse(text, file: path, root: PathText.folder(of: path))
    }

    /// Reads a baseline's text; `file` names it in errors, `root` is the folder its paths start from.
    public static func parse(_ text: String, file: String, root: String? = nil) throws(BaselineErrors) -> Baseline {
        var baseline = Baseline(root: root)
        var errors: [BaselineError] = []
        func fail(_ line: Int, _ column: Int, _ message: String) {
            errors.append(BaselineError(file: file, line: line, column: column, message: message))
        }
        if text.allSatisfy(\.isWhitespace) {
            throw BaselineErrors([BaselineError(file: file, line: 1, column: 1, message: "the baseline is empty: record one with `--write-baseline`")])
        }
        var sawHeader = false
        // A checkout that turned line ends into CRLF still reads ("\r\n" is one Character).
        for (offset, line) in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }).enumerated() {
            let number = offset + 1
            if !sawHeader {
                let version = line.hasPrefix(signature) ? line.dropFirst(signature.count).prefix { $0.isASCII && $0.isNumber } : ""
                guard !version.isEmpty else {
                    fail(number, 1, "not a corpuslint baseline: the first line must be `\(header)` (record one with `--write-baseline`)")
                    break
                }
                guard version == "1" else {
                    fail(number, signature.count + 1, "baseline format v\(version) is not one this corpuslint reads (v1): record the baseline again")
                    break
                }
                sawHeader = true
                continue
            }
            if line.isEmpty || line.hasPrefix("#") { continue }
            if let (key, count) = entry(line, number: number, fail: fail) {
                baseline.counts[key, default: 0] += count
            }
        }
        if !errors.isEmpty { throw BaselineErrors(errors) }
        return baseline
    }

    /// One entry line: four tab-separated fields, each checked, each mistake at its column.
    private static func entry(_ line: Substring, number: Int, fail: (Int, Int, String) -> Void) -> (Key, Int)? {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        var columns: [Int] = []
        var column = 1
        for field in fields {
            columns.append(column)
            column += field.unicodeScalars.count + 1
        }
        guard fields.count == 4 else {
            let at = fields.count > 4 ? columns[4] - 1 : column - 1
            fail(number, at, "expected 4 tab-separated fields (path, rule, fingerprint, count), found \(fields.count)")
            return nil
        }
        var valid = true
        let path = FieldEscaping.unescaped(fields[0], what: "the path")
        switch path {
        case let .failure(problem):
            fail(number, columns[0] + problem.offset, problem.message)
            valid = false
        case let .success(path) where path.isEmpty:
            fail(number, columns[0], "the path is empty")
            valid = false
        default: break
        }
        if fields[1].isEmpty || fields[1].contains(where: \.isWhitespace) {
            fail(number, columns[1], "expected a rule id such as `numbering/gap`, found `\(fields[1])`")
            valid = false
        }
        if fields[2].utf8.count != 16 || !fields[2].utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }) {
            fail(number, columns[2], "expected a fingerprint of 16 lowercase hexadecimal digits, found `\(fields[2])`")
            valid = false
        }
        let count = Int(fields[3])
        if count == nil || count! < 1 {
            fail(number, columns[3], "expected a count of 1 or more, found `\(fields[3])`")
            valid = false
        }
        guard valid, case let .success(unescapedPath) = path, let count else { return nil }
        return (Key(path: unescapedPath, rule: String(fields[1]), fingerprint: String(fields[2])), count)
    }
}

// MARK: - Paths

extension Baseline {
    static func absolute(_ path: String, from directory: String) -> String {
        PathText.standardized(path.hasPrefix("/") ? path : directory + "/" + path)
    }

    /// `path` relative to `folder`, both absolute and standardized: `a/b.md`, or `../x/b.md`.
    static func relative(_ path: String, to folder: String) -> String {
        let target = path.split(separator: "/")
        let base = folder.split(separator: "/")
        var common = 0
        while common < min(target.count, base.count), target[common] == base[common] { common += 1 }
        let up = Array(repeating: "..", count: base.count - common)
        let rest = target[common...].map(String.init)
        return (up + rest).joined(separator: "/")
    }
}

/// A mistake in a baseline file, at its position: `file:line:column: message`.
public struct BaselineError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public var description: String { "\(file):\(line):\(column): \(message)" }
}

/// Every mistake of a baseline file, in file order, so one round of fixes is enough.
public struct BaselineErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [BaselineError]

    public init(_ errors: [BaselineError]) { self.errors = errors }

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
