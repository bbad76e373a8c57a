import CorpusLint
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Dispatch

/// Keeping the editor's documents and their findings: linted on open at once, after a change
/// once typing pauses, and all again when the rules may have changed.
extension LanguageServer {
    func opened(_ params: JSON) {
        guard let item = params["textDocument"], let uri = item["uri"]?.string, let text = item["text"]?.string else { return }
        documents[uri] = OpenDocument(uri: uri, version: item["version"]?.int ?? 0, text: text)
        lint(uri)
    }

    func changed(_ params: JSON) {
        guard let uri = params["textDocument"]?["uri"]?.string, var document = documents[uri] else { return }
        document.apply(params["contentChanges"]?.array ?? [], version: params["textDocument"]?["version"]?.int ?? document.version + 1)
        documents[uri] = document
        scheduleLint(uri)
    }

    /// A saved document was linted as it was typed; a saved configuration or pack changes the rules.
    func saved(_ params: JSON) {
        guard let uri = params["textDocument"]?["uri"]?.string else { return }
        let path = OpenDocument.path(of: uri)
        if path.hasSuffix(".yml") || path.hasSuffix(".yaml") { rulesMayHaveChanged() }
    }

    func closed(_ params: JSON) {
        guard let uri = params["textDocument"]?["uri"]?.string else { return }
        documents[uri] = nil
        generations[uri] = nil
        published[uri] = nil
        notify("textDocument/publishDiagnostics", ["uri": .string(uri), "diagnostics": []])
    }

    /// Loads the rules afresh and lints every open document again.
    func rulesMayHaveChanged() {
        linters.forget()
        for document in documents.all { scheduleLint(document.uri) }
    }

    /// Lints `uri` once no change has come for the debounce delay.
    func scheduleLint(_ uri: String) {
        let generation = (generations[uri] ?? 0) + 1
        generations[uri] = generation
        queue.asyncAfter(deadline: .now() + .milliseconds(settings.debounceMilliseconds)) { [self] in
            guard generations[uri] == generation else { return }
            lint(uri)
        }
    }

    /// Lints the document's text as the editor holds it and publishes the findings, graded as
    /// `lint` grades the file.
    func lint(_ uri: String) {
        guard let document = documents[uri] else { return }
        generations[uri] = (generations[uri] ?? 0) + 1
        var diagnostics: [JSON]
        let configuration = linters.configurationFile(for: document) ?? ""
        switch linters.linter(for: document) {
        case let .success(linter):
            failures[configuration] = nil
            let found = linter.lint(path: document.path, bytes: document.text).map { DiagnosticTranslation.finding($0, in: document.lines) }
            published[uri] = Published(version: document.version, findings: found)
            let links = linter.rules.reportIDs
            diagnostics = found.map { $0.json(link: links[$0.diagnostic.rule]?.link) }
        case let .failure(failure):
            published[uri] = Published(version: document.version, findings: [])
            diagnostics = [Self.loadFailureDiagnostic(failure)]
            if failures[configuration] != failure {
                notify("window/showMessage", ["type": 1, "message": .string("corpuslint: the rules could not be loaded:\n" + failure.messages.joined(separator: "\n"))])
            }
            failures[configuration] = failure
        }
        publishMistakes(failures.keys.sorted().flatMap { failures[$0]!.mistakes })
        notify("textDocument/publishDiagnostics", ["uri": .string(uri), "version": .int(document.version), "diagnostics": .array(diagnostics)])
    }

    /// Shows the configuration's and packs' mistakes in their files, and clears them from files
    /// that no longer have any.
    func publishMistakes(_ mistakes: [PackError]) {
        let found = MistakeDiagnostics.byFile(mistakes) { path in
            documents[URL(fileURLWithPath: path).absoluteString]?.text ?? FileManager.default.contents(atPath: path).map { Array($0) }
        }
        // A file mended is cleared, unless it is a document this server lints (its findings stay).
        for uri in shownMistakes.keys where found[uri] == nil && published[uri] == nil {
            notify("textDocument/publishDiagnostics", ["uri": .string(uri), "diagnostics": []])
        }
        for (uri, diagnostics) in found.sorted(by: { $0.key < $1.key }) where diagnostics != shownMistakes[uri] {
            notify("textDocument/publishDiagnostics", ["uri": .string(uri), "diagnostics": .array(diagnostics)])
        }
        shownMistakes = found
    }

    /// The findings published for `uri`, linting first if the document changed since: an answer
    /// about a finding must be about the text the editor holds.
    func currentFindings(_ uri: String) -> [PublishedFinding] {
        if let document = documents[uri], published[uri]?.version != document.version { lint(uri) }
        return published[uri]?.findings ?? []
    }

    /// Without rules nothing is checked: the document says why, on its first line.
    static func loadFailureDiagnostic(_ failure: LoadFailure) -> JSON {
        let first = failure.messages.first ?? "unknown error"
        let more = failure.messages.count > 1 ? " (and \(failure.messages.count - 1) more)" : ""
        return ["range": TextRange(start: Position(line: 0, character: 0), end: Position(line: 0, character: 0)).json,
                "severity": 1, "source": "corpuslint",
                "message": .string("nothing was checked: the configuration or a rule pack has a mistake: \(first)\(more)")]
    }
}
