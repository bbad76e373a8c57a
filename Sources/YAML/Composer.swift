/// A key written twice in one mapping, which libyaml accepts and a linter must not.
public struct DuplicateKey: Sendable, Equatable {
    public var key: String
    public var first: Mark
    public var second: Mark

    public init(key: String, first: Mark, second: Mark) {
        self.key = key
        self.first = first
        self.second = second
    }
}

/// One document of a YAML stream, as a node tree, with the duplicate keys found while building it.
public struct YAMLDocument: Sendable, Equatable {
    /// The root node; nil for an empty document.
    public var root: Node?
    public var duplicateKeys: [DuplicateKey]
    /// Where the document starts (its `---` or its first node).
    public var start: Mark
    /// Whether some node is an alias: without one, a reader that resolves aliases has nothing to do.
    public var containsAliases = false
}

/// Builds node trees from the event stream, without recursion, so that nesting costs heap, not stack.
public enum Composer {
    /// Every document of `bytes`, or the first error with its position.
    public static func load(
        _ bytes: UnsafeRawBufferPointer,
        lineOffset: Int = 0,
        limits: ParseLimits = .default
    ) throws(YAMLError) -> [YAMLDocument] {
        var builder = TreeBuilder(limits: limits)
        try EventParser.parse(bytes, lineOffset: lineOffset, limits: limits) { (event) throws(YAMLError) in
            try builder.add(event)
        }
        return builder.documents
    }

    /// `load` over a Swift string.
    public static func load(_ text: String, lineOffset: Int = 0, limits: ParseLimits = .default) throws(YAMLError) -> [YAMLDocument] {
        let outcome: Result<[YAMLDocument], YAMLError> = Array(text.utf8).withUnsafeBytes { raw in
            do throws(YAMLError) {
                return .success(try load(raw, lineOffset: lineOffset, limits: limits))
            } catch {
                return .failure(error)
            }
        }
        return try outcome.get()
    }
}

/// The state of the composer: a stack of open collections instead of a call stack.
private struct TreeBuilder {
    struct OpenCollection {
        var isMapping: Bool
        var tag: String?
        var anchor: String?
        var start: Mark
        var items: [Node] = []
        var pairs: [Pair] = []
        var pendingKey: Node?
        // Scalar keys seen so far: finding a duplicate costs one lookup, so n keys cost O(n).
        var seenKeys: [String: Mark] = [:]
    }

    let limits: ParseLimits
    var documents: [YAMLDocument] = []
    var open: [OpenCollection] = []
    var root: Node?
    var duplicates: [DuplicateKey] = []
    var aliases = false
    var documentStart = Mark(line: 1, column: 1)
    var nodeCount = 0

    init(limits: ParseLimits) { self.limits = limits }

    mutating func add(_ event: Event) throws(YAMLError) {
        switch event.kind {
        case .streamStart, .streamEnd:
            break
        case .documentStart:
            root = nil
            duplicates = []
            aliases = false
            documentStart = event.start
        case .documentEnd:
            documents.append(YAMLDocument(root: root, duplicateKeys: duplicates, start: documentStart, containsAliases: aliases))
        case let .mappingStart(anchor, tag, _):
            try count(event)
            open.append(OpenCollection(isMapping: true, tag: tag, anchor: anchor, start: event.start))
        case let .sequenceStart(anchor, tag, _):
            try count(event)
            open.append(OpenCollection(isMapping: false, tag: tag, anchor: anchor, start: event.start))
        case .mappingEnd, .sequenceEnd:
            guard let closed = open.popLast() else { return }
            let content: Node.Content = closed.isMapping ? .mapping(closed.pairs) : .sequence(closed.items)
            attach(Node(content, tag: closed.tag, anchor: closed.anchor, start: closed.start, end: event.end))
        case let .scalar(value, anchor, tag, style):
            try count(event)
            attach(Node(.scalar(value, style), tag: tag, anchor: anchor, start: event.start, end: event.end))
        case let .alias(name):
            try count(event)
            aliases = true
            attach(Node(.alias(name), start: event.start, end: event.end))
        }
    }

    private mutating func count(_ event: Event) throws(YAMLError) {
        nodeCount += 1
        if nodeCount > limits.maxNodes { throw YAMLError(.tooManyNodes(limit: limits.maxNodes), at: event.start) }
    }

    private mutating func attach(_ node: Node) {
        guard !open.isEmpty else {
            root = node
            return
        }
        let top = open.count - 1
        guard open[top].isMapping else {
            open[top].items.append(node)
            return
        }
        guard let key = open[top].pendingKey else {
            open[top].pendingKey = node
            return
        }
        open[top].pendingKey = nil
        if case let .scalar(text, _) = key.content {
            if let first = open[top].seenKeys[text] {
                duplicates.append(DuplicateKey(key: text, first: first, second: key.start))
            } else {
                open[top].seenKeys[text] = key.start
            }
        }
        open[top].pairs.append(Pair(key: key, value: node))
    }
}
