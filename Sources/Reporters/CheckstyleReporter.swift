import CorpusLint

/// Checkstyle XML, read by Jenkins warnings-ng, reviewdog, Buildkite and SonarQube importers:
/// a `<file>` for every file checked (clean ones too, as Checkstyle writes them), an `<error>` per
/// finding. `source` is always written (some consumers require it) and holds the rule id;
/// `version="4.3"` is the report version consumers know from Checkstyle, SwiftLint and ESLint.
public struct CheckstyleReporter: Reporter {
    public init() {}

    public mutating func runDone(_ run: LintRun) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"
        for result in run.results {
            let name = "  <file name=\"\(XMLText.attribute(result.path))\""
            guard !result.diagnostics.isEmpty else {
                out += name + "/>\n"
                continue
            }
            out += name + ">\n"
            for d in result.diagnostics {
                // Lines and columns are positive integers in the XSD; ours start at 1.
                out += "    <error line=\"\(max(1, d.line))\" column=\"\(max(1, d.column))\" severity=\"\(d.severity.rawValue)\""
                    + " message=\"\(XMLText.attribute(d.message))\" source=\"\(XMLText.attribute(d.rule))\"/>\n"
            }
            out += "  </file>\n"
        }
        return out + "</checkstyle>\n"
    }
}
