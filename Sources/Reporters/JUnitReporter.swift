import CorpusLint

/// JUnit XML, for the test tabs of CI systems (GitLab, Jenkins, Azure, CircleCI): one testcase per
/// file, named by its path. A file fails when it has findings at or above the fail level; its
/// `<failure>` lists them, one `path:line:column: severity: message [rule]` line each, and the
/// file's other findings go to `<system-out>`.
///
/// Valid against Jenkins' `junit-10.xsd`: no `file` attribute on testcases (the XSDs reject it;
/// the name already is the path), and no timestamp or host name, so reports are reproducible.
public struct JUnitReporter: Reporter {
    /// The lowest severity that fails a file (`--fail-on`); nil when nothing fails.
    public var failingSeverity: Severity?

    public init(failingSeverity: Severity? = .error) { self.failingSeverity = failingSeverity }

    public mutating func runDone(_ run: LintRun) -> String {
        var cases: [String] = []
        var failures = 0
        for result in run.results {
            let failing = result.diagnostics.filter(fails)
            let other = result.diagnostics.filter { !fails($0) }
            let open = "    <testcase name=\"\(XMLText.attribute(result.path))\" classname=\"corpuslint\""
            if failing.isEmpty && other.isEmpty {
                cases.append(open + "/>")
                continue
            }
            var body: [String] = []
            if let worst = failing.map(\.severity).max() {
                failures += 1
                body.append("      <failure message=\"\(XMLText.attribute(Self.counts(failing)))\" type=\"\(worst.rawValue)\">"
                            + XMLText.text(Self.lines(failing)) + "</failure>")
            }
            if !other.isEmpty {
                body.append("      <system-out>" + XMLText.text(Self.lines(other)) + "</system-out>")
            }
            cases.append(open + ">\n" + body.joined(separator: "\n") + "\n    </testcase>")
        }
        let time = Self.seconds(run.summary.durationMs)
        let counts = "tests=\"\(run.results.count)\" failures=\"\(failures)\" errors=\"0\""
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="corpuslint" \(counts) time="\(time)">
              <testsuite name="corpuslint" \(counts) skipped="0" time="\(time)">
            \(cases.map { $0 + "\n" }.joined())  </testsuite>
            </testsuites>

            """
    }

    private func fails(_ diagnostic: Diagnostic) -> Bool {
        failingSeverity.map { diagnostic.severity >= $0 } ?? false
    }

    /// `2 findings: 1 error, 1 warning`.
    static func counts(_ diagnostics: [Diagnostic]) -> String {
        let parts = Severity.allCases.reversed().compactMap { severity -> String? in
            let n = diagnostics.filter { $0.severity == severity }.count
            return n == 0 ? nil : "\(n) \(severity.rawValue)\(n == 1 ? "" : "s")"
        }
        return "\(diagnostics.count) finding\(diagnostics.count == 1 ? "" : "s"): " + parts.joined(separator: ", ")
    }

    static func lines(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.map { "\($0.path):\($0.line):\($0.column): \($0.severity.rawValue): \($0.message) [\($0.rule)]" }
            .joined(separator: "\n")
    }

    /// Seconds with three decimals (the XSD's `SUREFIRE_TIME` allows no more).
    static func seconds(_ milliseconds: Int) -> String {
        let ms = max(0, milliseconds)
        let fraction = String(ms % 1000)
        return "\(ms / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
