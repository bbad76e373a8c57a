/// The inputs of a run, in the order they are linted, as a collection of `InputFile`.
///
/// A run holds its inputs from start to end (their order is known before the first file is
/// read, and the end of the run names files by their place), so their paths are kept in a
/// `PathStore`, each written against the one before, rather than as a `String` each: about 14
/// bytes a generated document's path, where an array of `InputFile` took about 120 bytes a file
/// (docs/performance.md, Memory). An element is made when it is read.
public struct InputList: RandomAccessCollection, Sendable {
    /// The paths as shown, in list order.
    private var paths = PathStore()
    /// Inputs that are more than a path (a path that is not UTF-8, a problem), by position.
    private var unusual: [Int: InputFile] = [:]
    /// Positions whose path is not ASCII: only they need `String`'s comparison to be sorted.
    private var beyondASCII: Set<Int> = []

    public init() {}

    public init(_ inputs: some Sequence<InputFile>) {
        for input in inputs { append(input) }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { paths.count }

    public subscript(position: Int) -> InputFile {
        if !unusual.isEmpty, let input = unusual[position] { return input }
        return .file(String(decoding: paths.path(at: position), as: UTF8.self))
    }

    public mutating func append(_ input: InputFile) {
        let position = paths.count
        if case .file = input {} else { unusual[position] = input }
        if input.path.utf8.contains(where: { $0 >= 0x80 }) { beyondASCII.insert(position) }
        paths.append(input.path.utf8)
    }

    /// The inputs `isIncluded` keeps, in the same order.
    public func filter(_ isIncluded: (InputFile) throws -> Bool) rethrows -> InputList {
        var kept = InputList()
        try paths.forEach { position, path in
            let input = unusual[position] ?? .file(String(decoding: path, as: UTF8.self))
            if try isIncluded(input) { kept.append(input) }
        }
        return kept
    }

    /// Sorted by path, and each path once: `InputFile`s are compared as `String`s (`path`), equal
    /// paths by their bytes, so that a list sorts as an array of them would (`FileDiscovery`);
    /// ASCII paths, nearly all, by their bytes, which is the same order without a `String` each.
    mutating func sortDroppingRepeats() {
        // A folder is walked in name order, so a run's paths nearly always come sorted already.
        if isStrictlyAscending { return }
        var bytes: [UInt8] = [], ends: [Int] = []
        paths.forEach { _, path in
            bytes += path
            ends.append(bytes.count)
        }
        func shown(_ position: Int) -> ArraySlice<UInt8> { bytes[(position == 0 ? 0 : ends[position - 1])..<ends[position]] }
        var order = Array(0..<paths.count)
        order.sort { precedes(shown($0), $0, shown($1), $1) }
        var sorted = InputList()
        var previous: Int?
        for position in order {
            if let previous, isSame(shown(previous), previous, shown(position), position) { continue }
            sorted.append(unusual[position] ?? .file(String(decoding: shown(position), as: UTF8.self)))
            previous = position
        }
        self = sorted
    }

    /// Whether every path precedes the next (then the list is sorted, and has no repeats).
    private var isStrictlyAscending: Bool {
        var ascending = true
        var previous: [UInt8] = []
        paths.forEach { position, path in
            if ascending, position > 0, !precedes(previous[...], position - 1, path[...], position) { ascending = false }
            previous = path
        }
        return ascending
    }

    private func pathBytes(_ shown: ArraySlice<UInt8>, _ position: Int) -> ArraySlice<UInt8> {
        if case let .namedInBytes(_, raw)? = unusual[position] { return raw[...] }
        return shown
    }

    /// The order of two inputs: their shown paths and their positions (for what else they hold).
    private func precedes(_ shownA: ArraySlice<UInt8>, _ a: Int, _ shownB: ArraySlice<UInt8>, _ b: Int) -> Bool {
        if beyondASCII.isEmpty || (!beyondASCII.contains(a) && !beyondASCII.contains(b)) {
            if shownA != shownB { return shownA.lexicographicallyPrecedes(shownB) }
        } else {
            let pathA = String(decoding: shownA, as: UTF8.self), pathB = String(decoding: shownB, as: UTF8.self)
            if pathA != pathB { return pathA < pathB }
        }
        return pathBytes(shownA, a).lexicographicallyPrecedes(pathBytes(shownB, b))
    }

    /// Whether both name the same path (`InputFile.isSameFile`).
    private func isSame(_ shownA: ArraySlice<UInt8>, _ a: Int, _ shownB: ArraySlice<UInt8>, _ b: Int) -> Bool {
        if beyondASCII.contains(a) || beyondASCII.contains(b) {
            guard String(decoding: shownA, as: UTF8.self) == String(decoding: shownB, as: UTF8.self) else { return false }
        } else if shownA != shownB {
            return false
        }
        return pathBytes(shownA, a) == pathBytes(shownB, b)
    }
}
