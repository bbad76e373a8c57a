/// A node of a YAML document, with where it was written; aliases stay aliases, never copies.
public struct Node: Sendable, Equatable {
    public enum Content: Sendable, Equatable {
        case scalar(String, ScalarStyle)
        /// Key-value pairs in source order (duplicates kept: the loader reports them).
        case mapping([Pair])
        case sequence([Node])
        /// A reference to an anchored node, by name: an alias bomb costs one node per alias.
        case alias(String)
    }

    public var content: Content
    public var tag: String?
    public var anchor: String?
    public var start: Mark
    public var end: Mark

    public init(_ content: Content, tag: String? = nil, anchor: String? = nil, start: Mark, end: Mark) {
        self.content = content
        self.tag = tag
        self.anchor = anchor
        self.start = start
        self.end = end
    }

    /// The text of a scalar node; nil for collections and aliases.
    public var scalarValue: String? {
        if case let .scalar(value, _) = content { return value }
        return nil
    }

    /// The style of a scalar node; nil for collections and aliases.
    public var scalarStyle: ScalarStyle? {
        if case let .scalar(_, style) = content { return style }
        return nil
    }

    /// The pairs of a mapping node; nil otherwise.
    public var pairs: [Pair]? {
        if case let .mapping(pairs) = content { return pairs }
        return nil
    }

    /// The value of the first pair whose key is the scalar `key`.
    public subscript(key: String) -> Node? {
        pairs?.first { $0.key.scalarValue == key }?.value
    }

    /// The node typed by the YAML 1.2 core schema, honouring an explicit tag.
    public var coreValue: CoreValue? {
        guard case let .scalar(value, style) = content else { return nil }
        return CoreValue(scalar: value, style: style, tag: tag)
    }
}

/// One key and its value in a mapping.
public struct Pair: Sendable, Equatable {
    public var key: Node
    public var value: Node

    public init(key: Node, value: Node) {
        self.key = key
        self.value = value
    }
}
