import YAML

/// A path into the front matter: a field's name, or steps into mappings and lists
/// (`naa_refs[].naa_barcode` — every element's barcode; `naa_refs[0].reference` — the first's;
/// `author.name`).
///
/// A key written as it stands in the front matter always wins: a field literally named
/// `og.image` is that field, not `image` inside `og`. Only when no such key exists is the name
/// read as a path.
public struct FieldPath: Sendable, Hashable {
    enum Step: Sendable, Hashable {
        case key(String)
        /// `[N]`: the element at N (0-based).
        case index(Int)
        /// `[]`: every element.
        case each
    }

    let source: String
    let steps: [Step]

    /// The steps of `source`; a plain name is one step. nil when the brackets are malformed.
    public init?(_ source: String) {
        self.source = source
        var steps: [Step] = []
        var key = ""
        var chars = source[...]
        func flushKey() {
            if !key.isEmpty { steps.append(.key(key)) }
            key = ""
        }
        while let char = chars.first {
            chars = chars.dropFirst()
            switch char {
            case ".":
                flushKey()
            case "[":
                flushKey()
                guard let close = chars.firstIndex(of: "]") else { return nil }
                let inside = chars[..<close]
                chars = chars[chars.index(after: close)...]
                if inside.isEmpty {
                    steps.append(.each)
                } else if let index = Int(inside), index >= 0 {
                    steps.append(.index(index))
                } else {
                    return nil
                }
            default:
                key.append(char)
            }
        }
        flushKey()
        guard !steps.isEmpty else { return nil }
        self.steps = steps
    }

    /// The path without its last key, and that key: `refs[].id` is `refs[]` and `id`. nil when
    /// the path does not end in a key or has one step.
    public var parentAndKey: (parent: FieldPath, key: String)? {
        guard steps.count > 1, case let .key(key) = steps.last! else { return nil }
        var parent = self
        parent = FieldPath(source: String(source.dropLast(key.count + (source.dropLast(key.count).hasSuffix(".") ? 1 : 0))),
                           steps: Array(steps.dropLast()))
        return (parent, key)
    }

    private init(source: String, steps: [Step]) {
        self.source = source
        self.steps = steps
    }

    /// Whether the name needs reading as a path at all.
    public static func isPath(_ name: String) -> Bool { name.contains(".") || name.contains("[") }

    /// Every node the path reaches in `root` (several through `[]`), in document order.
    public func nodes(in root: Node) -> [Node] {
        if let literal = root[source] { return [literal] }
        var current = [root]
        for step in steps {
            var next: [Node] = []
            for node in current {
                switch (step, node.content) {
                case let (.key(name), .mapping):
                    if let child = node[name] { next.append(child) }
                case let (.index(index), .sequence(items)):
                    if index < items.count { next.append(items[index]) }
                case let (.each, .sequence(items)):
                    next += items
                default:
                    break
                }
            }
            current = next
            if current.isEmpty { break }
        }
        return current
    }
}
