/// What `corpuslint init` proposes: the built-in packs whose `applies-to` holds for documents of
/// the corpus, with how many of the documents looked at each recognises.
public struct PackProposal: Sendable, Equatable {
    /// Built-in packs that apply to at least one document, most documents first; `core` alone
    /// when none does.
    public var packs: [String]
    /// Documents each pack applies to.
    public var matches: [String: Int]
    /// Documents looked at.
    public var documents: Int

    /// Looks at up to `limit` documents under `paths` (a sample is enough to recognise a corpus).
    public static func propose(_ paths: [String], discovery: FileDiscovery = FileDiscovery(), store: PackStore = .builtIn,
                               limit: Int = 2_000) -> PackProposal {
        let inputs = discovery.inputs(paths).prefix(limit)
        var conditions: [(name: String, condition: Condition)] = []
        for name in store.builtInNames where name != "core" {
            guard let rules = try? PackLoader.load([name], store: store), let index = rules.packs.firstIndex(of: name),
                  let condition = rules.appliesTo[index] else { continue }
            conditions.append((name, condition))
        }
        var matches: [String: Int] = [:]
        var documents = 0
        let matchers = MatcherCache()
        for input in inputs {
            guard case let .file(path) = input, case let .bytes(bytes) = FileReader.read(input.pathBytes, maxBytes: 16 << 20) else { continue }
            documents += 1
            let document = Document(path: path, bytes: bytes)
            document.text.withUnsafeBufferPointer { buffer in
                let context = DocumentContext(document: document, buffer: buffer, zones: [], matchers: matchers)
                for (name, condition) in conditions where condition.holds(in: context, withValues: false) { matches[name, default: 0] += 1 }
            }
        }
        let applying = matches.keys.sorted { (matches[$0]!, $1) > (matches[$1]!, $0) }
        return PackProposal(packs: applying.isEmpty ? ["core"] : applying, matches: matches, documents: documents)
    }
}
