import YAML

/// Replaces `*alias` nodes of a pack or configuration file by the node their `&anchor` names
/// (`AliasExpansion`), reporting what cannot be expanded where it is. The shipped packs come
/// expanded from the build; a user's pack or configuration is expanded here.
enum AliasResolver {
    static var budget: Int { AliasExpansion.budget }

    static func resolve(_ root: Node, file: String, sink: ErrorSink) -> Node {
        let (node, problems) = AliasExpansion.expand(root)
        for problem in problems { sink.add(file, problem.mark, problem.message) }
        return node
    }
}
