import ArgumentParser
import CorpusLint

/// `corpuslint explain kind NAME`: a kind's documentation page (docs/kinds/NAME.md, built in).
enum ExplainKind {
    static func run(_ name: String?) throws {
        let known = KindDocumentation.kindNames
        guard let name else {
            Output.error("corpuslint: `explain kind` needs a kind's name: \(known.joined(separator: ", "))")
            throw ExitCode(2)
        }
        guard let page = KindDocumentation.page(for: name) else {
            Output.error("corpuslint: unknown kind `\(name)`" + Suggestion.hint(for: name, among: known) + "; kinds: " + known.joined(separator: ", "))
            throw ExitCode(2)
        }
        Output.write(page.hasSuffix("\n") ? page : page + "\n")
    }
}
