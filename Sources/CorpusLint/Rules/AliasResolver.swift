import YAML

/// Replaces `*alias` nodes of a pack or configuration file by the node their `&anchor` names, so
/// a pack can write a long pattern once. Documents are never read this way: only packs, whose
/// size is bounded, and with a budget so that an alias bomb in a pack is refused, not expanded.
enum AliasResolver {
    static let budget = 1_000_000

    static func resolve(_ root: Node, file: String, sink: ErrorSink) -> Node {
        var anchors: [String: Node] = [:]
        var remaining = budget
        var failed = false
        func walk(_ node: Node, depth: Int) -> Node {
            remaining -= 1
            if remaining < 0 || depth > 128 {
                if !failed { sink.add(file, node.start, "aliases expand to more than \(budget) nodes") }
                failed = true
                return node
            }
            var result = node
            switch node.content {
            case let .alias(name):
                guard let target = anchors[name] else {
                    sink.add(file, node.start, "unknown alias `*\(name)`")
                    return node
                }
                result = target
                // Count what the alias stands for, so that nested aliases cannot multiply unseen.
                remaining -= size(target, limit: remaining)
            case let .mapping(pairs):
                result.content = .mapping(pairs.map { Pair(key: walk($0.key, depth: depth + 1), value: walk($0.value, depth: depth + 1)) })
            case let .sequence(items):
                result.content = .sequence(items.map { walk($0, depth: depth + 1) })
            case .scalar:
                break
            }
            if let anchor = node.anchor { anchors[anchor] = result }
            return result
        }
        return walk(root, depth: 0)
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
