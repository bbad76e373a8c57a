/// Bounds that keep a hostile document from costing more than a small, fixed amount.
public struct ParseLimits: Sendable, Equatable {
    /// Deepest nesting of collections accepted.
    public var maxDepth: Int
    /// Most nodes (scalars, collections, aliases) in one stream.
    public var maxNodes: Int
    /// Largest input, in bytes.
    public var maxBytes: Int

    public init(maxDepth: Int = 256, maxNodes: Int = 1_000_000, maxBytes: Int = 8 << 20) {
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
        self.maxBytes = maxBytes
    }

    public static let `default` = ParseLimits()

    /// A rule pack file's: the pack loader's, and the build step that composes the shipped packs
    /// ahead of time, so that both accept the same files.
    public static let rulePack = ParseLimits(maxDepth: 64, maxNodes: 200_000, maxBytes: 4 << 20)
}
