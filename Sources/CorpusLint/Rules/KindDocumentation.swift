/// The documentation of each kind of check: `docs/kinds/NAME.md`, embedded at build time, so that
/// `corpuslint explain kind NAME` prints the same page the repository shows.
public enum KindDocumentation {
    /// The names of every kind, in the registry's order.
    public static var kindNames: [String] { KindRegistry.kinds.map { $0.name } }

    /// The page of kind `name`; nil for an unknown kind or one without a page.
    public static func page(for name: String) -> String? {
        guard KindRegistry.byName[name] != nil else { return nil }
        return BundledKindDocumentation.files[name + ".md"]
    }

    /// Every embedded page's kind name, documented or not (a page for no kind is a mistake the tests find).
    static var documentedNames: [String] {
        BundledKindDocumentation.files.keys.filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }.sorted()
    }
}
