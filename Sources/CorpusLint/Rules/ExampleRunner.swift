#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Runs the examples written next to each rule in a pack: an example must get findings of its
/// rule exactly at the lines it lists, and one listing none must get none. The examples are the
/// rule's tests and its documentation at once.
public enum ExampleRunner {
    public struct Outcome: Sendable {
        public var rule: String
        public var index: Int
        public var file: String
        public var line: Int
        public var expected: [Int]
        public var actual: [Int]
        public var passed: Bool { expected == actual }
    }

    /// Every example of every rule, linted with the whole set (extractors included, as in a run).
    /// `files`: run only the examples of rules defined in these files (a pack's own, not those it
    /// extends); the documents are still linted with the whole set.
    public static func run(_ rules: RuleSet, files: Set<String>? = nil) -> [Outcome] {
        let rules = switchedOn(rules)
        var linter = Linter(rules: rules)
        // An example shows what a rule does, on whatever document it needs: its pack's
        // `applies-to` is for real corpora.
        linter.ignoresAppliesTo = true
        var outcomes: [Outcome] = []
        for rule in rules.rules where files?.contains(rule.info.file) ?? true {
            let ids = Set(rule.info.allReports.map(\.id))
            for (index, example) in rule.info.examples.enumerated() {
                let findings = linter.lint(path: example.path, bytes: Array(example.document.utf8))
                let lines = Set(findings.filter { ids.contains($0.rule) }.map(\.line)).sorted()
                outcomes.append(Outcome(rule: rule.info.id, index: index + 1, file: rule.info.file, line: example.mark.line,
                                        expected: Set(example.triggers).sorted(), actual: lines))
            }
        }
        return outcomes
    }

    /// A rule its pack ships switched off (one a configuration turns on) keeps examples that show
    /// what it finds once on: for them it reports as a warning. Outcomes switched off in a rule
    /// that reports are left off, as a run leaves them.
    static func switchedOn(_ rules: RuleSet) -> RuleSet {
        var copy = rules
        copy.rules = rules.rules.map { rule in
            guard rule.info.allReports.allSatisfy({ $0.severity == nil }) else { return rule }
            return Rule(info: rule.info.adjustingReports { report in
                var report = report
                report.severity = .warning
                return report
            }, check: rule.check)
        }
        return copy
    }

    /// Rules that lack an example that triggers or one that passes. Extractors that never
    /// report and corpus-wide checks, which one document cannot show, are exempt.
    public static func rulesMissingExamples(_ rules: RuleSet, files: Set<String>? = nil) -> [String] {
        rules.rules.filter { files?.contains($0.info.file) ?? true }.compactMap { rule in
            if rule.check.asCorpusCheck != nil || rule.check.asCrossDocumentCheck != nil { return nil }
            if !rule.check.reports { return nil }
            let triggers = rule.info.examples.contains { !$0.triggers.isEmpty }
            let passes = rule.info.examples.contains { $0.triggers.isEmpty }
            return triggers && passes ? nil : rule.info.id
        }
    }
}

extension PackStore {
    /// The files a pack reference reads itself, not those of the packs it extends, named as its
    /// rules' `file` names them: `corpuslint test PACK` runs the examples of these only.
    public func ownFiles(_ reference: String, baseDirectory: String? = nil) -> Set<String> {
        let base = baseDirectory ?? FileManager.default.currentDirectoryPath
        return Set(files(reference, relativeTo: base, shownBase: baseDirectory)?.files.map(\.path) ?? [])
    }
}
