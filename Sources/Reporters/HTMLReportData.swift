import CorpusLint

/// What the HTML report shows, worked out from a finished run: counts by rule, family, folder
/// and front-matter value, and the files with the most findings. Pure data, so it is tested
/// without a page.
struct HTMLReportData {
    /// A bar of a chart: a label and its findings by severity.
    struct Count: Equatable {
        var label: String
        var errors = 0
        var warnings = 0
        var infos = 0
        var total: Int { errors + warnings + infos }

        mutating func add(_ severity: Severity) {
            switch severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
        }
    }

    var summary: LintSummary
    var byRule: [Count]
    var byFamily: [Count]
    var byFolder: [Count]
    /// By the value of the chosen front-matter field; nil when none was chosen.
    var byField: (field: String, counts: [Count], files: [String: Int])?
    /// Files by findings (errors weigh most, then warnings), at most `worstCount`.
    var worstFiles: [Count]
    /// Files checked per folder, with or without findings.
    var filesPerFolder: [String: Int]

    static let worstCount = 20
    /// The value shown for files that lack the chosen field.
    static let missingValue = "(none)"

    init(_ run: LintRun, groupField: String?) {
        summary = run.summary
        var rules: [String: Count] = [:], families: [String: Count] = [:], folders: [String: Count] = [:]
        var values: [String: Count] = [:], filesPerValue: [String: Int] = [:]
        var files: [Count] = []
        var perFolder: [String: Int] = [:]
        for result in run.results {
            let folder = Self.folder(of: result.path)
            perFolder[folder, default: 0] += 1
            let value = groupField.map { result.fields[$0].flatMap { $0.isEmpty ? nil : $0 } ?? Self.missingValue }
            if let value { filesPerValue[value, default: 0] += 1 }
            guard !result.diagnostics.isEmpty else { continue }
            var file = Count(label: result.path)
            for diagnostic in result.diagnostics {
                rules[diagnostic.rule, default: Count(label: diagnostic.rule)].add(diagnostic.severity)
                let family = Self.family(of: diagnostic.rule)
                families[family, default: Count(label: family)].add(diagnostic.severity)
                folders[folder, default: Count(label: folder)].add(diagnostic.severity)
                if let value { values[value, default: Count(label: value)].add(diagnostic.severity) }
                file.add(diagnostic.severity)
            }
            files.append(file)
        }
        byRule = Self.ranked(rules)
        byFamily = Self.ranked(families)
        byFolder = Self.ranked(folders)
        byField = groupField.map { ($0, Self.ranked(values), filesPerValue) }
        filesPerFolder = perFolder
        worstFiles = Array(files.sorted {
            ($0.errors, $0.warnings, $0.total, $1.label) > ($1.errors, $1.warnings, $1.total, $0.label)
        }.prefix(Self.worstCount))
    }

    /// Largest first; ties by label, so the page is the same from run to run.
    static func ranked(_ counts: [String: Count]) -> [Count] {
        counts.values.sorted { $0.total != $1.total ? $0.total > $1.total : $0.label < $1.label }
    }

    /// `numbering/gap` → `numbering`.
    static func family(of rule: String) -> String {
        rule.split(separator: "/", maxSplits: 1).first.map(String.init) ?? rule
    }

    /// The folder part of a path as the user named it; `.` for a file named without one.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }
}
