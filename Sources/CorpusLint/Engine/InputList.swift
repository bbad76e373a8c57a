/// The inputs of a run, in the order they are linted, as a collection of `InputFile`.
///
/// A run holds its inputs from start to end (their order is known before the first file is
/// read, and the end of the run names files by their place), so they are kept as the bytes of
/// their paths end to end rather than a `String` each: about 10 bytes a file besides the path,
/// where an array of `InputFile` took about 120 bytes a file in all (docs/performance.md, Memory).
/// An element is made when it is read.
public struct InputList: RandomAccessCollection, Sendable {
    /// Every path's bytes (as shown), end to end, in the order they were added; entry `e` ends
    /// at `ends[e]` and starts where `e - 1` ends.
    private var bytes: [UInt8] = []
    private var ends: [UInt32] = []
    /// Entries that are more than a path (a path that is not UTF-8, a problem), by entry.
    private var unusual: [Int: InputFile] = [:]
    /// Entries whose path is not ASCII: only they need `String`'s comparison to be sorted.
    private var beyondASCII: Set<Int> = []
    /// The entries of the list, by position.
    private var order: [UInt32] = []

    public init() {}

    public init(_ inputs: some Sequence<InputFile>) {
        for input in inputs { append(input) }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { order.count }

    public subscript(position: Int) -> InputFile {
        let entry = Int(order[position])
        if !unusual.isEmpty, let input = unusual[entry] { return input }
        return .file(String(decoding: shownBytes(entry), as: UTF8.self))
    }

    public mutating func append(_ input: InputFile) {
        let entry = ends.count
        if case .file = input {} else { unusual[entry] = input }
        let start = bytes.count
        bytes.append(contentsOf: input.path.utf8)
        precondition(bytes.count <= Int(UInt32.max), "more than 4 GB of paths")
        if bytes[start...].contains(where: { $0 >= 0x80 }) { beyondASCII.insert(entry) }
        ends.append(UInt32(bytes.count))
        order.append(UInt32(entry))
    }

    /// The inputs `isIncluded` keeps, in the same order (the paths are shared, not copied).
    public func filter(_ isIncluded: (InputFile) throws -> Bool) rethrows -> InputList {
        var kept = self
        kept.order = try order.indices.compactMap { try isIncluded(self[$0]) ? order[$0] : nil }
        return kept
    }

    /// Sorted by path, and each path once: `InputFile`s are compared as `String`s (`path`), equal
    /// paths by their bytes, so that a list sorts as an array of them would (`FileDiscovery`);
    /// ASCII paths, nearly all, by their bytes, which is the same order without a `String` each.
    mutating func sortDroppingRepeats() {
        // Taken out while it is sorted: the comparison reads the rest of the list.
        var sorted: [UInt32] = []
        swap(&sorted, &order)
        sorted.sort { precedes(Int($0), Int($1)) }
        var kept = 0
        for index in sorted.indices where kept == 0 || !isSame(Int(sorted[index]), Int(sorted[kept - 1])) {
            sorted[kept] = sorted[index]
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        order = sorted
    }

    private func shownBytes(_ entry: Int) -> ArraySlice<UInt8> {
        bytes[(entry == 0 ? 0 : Int(ends[entry - 1]))..<Int(ends[entry])]
    }

    private func pathBytes(_ entry: Int) -> ArraySlice<UInt8> {
        if case let .namedInBytes(_, raw)? = unusual[entry] { return raw[...] }
        return shownBytes(entry)
    }

    private func precedes(_ a: Int, _ b: Int) -> Bool {
        let shownA = shownBytes(a), shownB = shownBytes(b)
        if beyondASCII.isEmpty || (!beyondASCII.contains(a) && !beyondASCII.contains(b)) {
            if shownA != shownB { return shownA.lexicographicallyPrecedes(shownB) }
        } else {
            let pathA = String(decoding: shownA, as: UTF8.self), pathB = String(decoding: shownB, as: UTF8.self)
            if pathA != pathB { return pathA < pathB }
        }
        return pathBytes(a).lexicographicallyPrecedes(pathBytes(b))
    }

    /// Whether both entries name the same path (`InputFile.isSameFile`).
    private func isSame(_ a: Int, _ b: Int) -> Bool {
        if beyondASCII.contains(a) || beyondASCII.contains(b) {
            guard String(decoding: shownBytes(a), as: UTF8.self) == String(decoding: shownBytes(b), as: UTF8.self) else { return false }
        } else if shownBytes(a) != shownBytes(b) {
            return false
        }
        return pathBytes(a) == pathBytes(b)
    }
}
