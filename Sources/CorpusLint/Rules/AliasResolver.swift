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
        // The node with its aliases replaced; nil when it holds none, so that a tree without
        // aliases (most of a pack) is walked, not copied: copying every collection cost 0.6 M
        // instructions more a run with the shipped packs.
        func walk(_ node: Node, depth: Int) -> Node? {
            remaining -= 1
            if remaining < 0 || depth > 128 {
                if !failed { sink.add(file, node.start, "aliases expand to more than \(budget) nodes") }
                failed = true
                return nil
            }
            var result: Node?
            switch node.content {
            case let .alias(name):
                guard let target = anchors[name] else {
                    sink.add(file, node.start, "unknown alias `*\(name)`")
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
        return walk(root, depth: 0) ?? root
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
