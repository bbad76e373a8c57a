/// Replaces `*alias` nodes by the node their `&anchor` names, so that a file can write a long
/// value once. Meant for files of bounded size (rule packs, configuration), with a budget of
/// nodes so that an alias bomb is refused, not expanded; documents a linter reads are never
/// expanded this way.
///
/// It lives beside the composer, not in the pack loader, so that the build can expand the shipped
/// packs once (`RulePackEmbedder`) and no run pays for walking their trees.
public enum AliasExpansion {
    /// Nodes an expansion may visit, aliases counted as the nodes they stand for.
    public static let budget = 1_000_000

    /// A mistake found while expanding, at the node where it is.
    public struct Problem: Sendable, Equatable {
        public var mark: Mark
        public var message: String
    }

    /// `root` with its aliases replaced, and what could not be expanded (an unknown alias stays
    /// as it was; past the budget, expansion stops and says so once).
    public static func expand(_ root: Node) -> (node: Node, problems: [Problem]) {
        var anchors: [String: Node] = [:]
        var remaining = budget
        var failed = false
        var problems: [Problem] = []
        // The node with its aliases replaced; nil when it holds none, so that a tree without
        // aliases (most of a pack) is walked, not copied: copying every collection cost 0.6 M
        // instructions more a run with the shipped packs.
        func walk(_ node: Node, depth: Int) -> Node? {
            remaining -= 1
            if remaining < 0 || depth > 128 {
                if !failed { problems.append(Problem(mark: node.start, message: "aliases expand to more than \(budget) nodes")) }
                failed = true
                return nil
            }
            var result: Node?
            switch node.content {
            case let .alias(name):
                guard let target = anchors[name] else {
                    problems.append(Problem(mark: node.start, message: "unknown alias `*\(name)`"))
                    return nil
                }
                result = target
                // Count what the alias stands for, so that nested aliases cannot multiply unseen.
                remaining -= size(target, limit: remaining)
            case let .mapping(pairs):
                var resolved: [Pair]?
                for (index, pair) in pairs.enumerated() {
                    let key = walk(pair.key, depth: depth + 1), value = walk(pair.value, depth: depth + 1)
                    if resolved == nil, key != nil || value != nil { resolved = Array(pairs[..<index]) }
                    resolved?.append(Pair(key: key ?? pair.key, value: value ?? pair.value))
                }
                if let resolved { result = node; result?.content = .mapping(resolved) }
            case let .sequence(items):
                var resolved: [Node]?
                for (index, item) in items.enumerated() {
                    let walked = walk(item, depth: depth + 1)
                    if resolved == nil, walked != nil { resolved = Array(items[..<index]) }
                    resolved?.append(walked ?? item)
                }
                if let resolved { result = node; result?.content = .sequence(resolved) }
            case .scalar:
                break
            }
            if let anchor = node.anchor { anchors[anchor] = result ?? node }
            return result
        }
        return (walk(root, depth: 0) ?? root, problems)
    }

    /// Nodes in `node`, counting no further than `limit`.
    private static func size(_ node: Node, limit: Int) -> Int {
        var count = 0
        var stack = [node]
        while let next = stack.popLast(), count <= limit {
            count += 1
            switch next.content {
            case let .mapping(pairs): for pair in pairs { stack.append(pair.key); stack.append(pair.value) }
            case let .sequence(items): stack.append(contentsOf: items)
            default: break
            }
        }
        return count
    }
}
