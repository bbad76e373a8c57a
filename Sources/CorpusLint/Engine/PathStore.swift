/// Paths kept in the order they were added, each written as what it shares with the one before
/// (a length) and the rest of its bytes: the paths of a run share their folders, so a path of
/// 32 bytes costs about 14 (`InputList`). Every 16th path is written whole, so that any path is
/// rebuilt from at most 16.
struct PathStore: Sendable {
    /// Per path: the length it shares with the one before and the length of the rest (each a
    /// variable-length number), then the rest.
    private var bytes: [UInt8] = []
    /// Where every 16th path starts in `bytes`.
    private var restarts: [UInt32] = []
    private(set) var count = 0
    /// The path added last, which the next is written against.
    private var last: [UInt8] = []

    private static let interval = 16

    /// The bytes the paths take (what a test compares with their length).
    var storedBytes: Int { bytes.count + restarts.count * 4 }

    mutating func append(_ path: some Collection<UInt8>) {
        var shared = 0
        if count % Self.interval == 0 {
            precondition(bytes.count <= Int(UInt32.max), "more than 4 GB of paths")
            restarts.append(UInt32(bytes.count))
        } else {
            for (mine, theirs) in zip(path, last) {
                guard mine == theirs else { break }
                shared += 1
            }
        }
        let rest = path.dropFirst(shared)
        Self.writeNumber(shared, to: &bytes)
        Self.writeNumber(rest.count, to: &bytes)
        bytes.append(contentsOf: rest)
        last.removeSubrange(shared...)
        last.append(contentsOf: rest)
        count += 1
    }

    /// The path at `index`.
    func path(at index: Int) -> [UInt8] {
        precondition(index >= 0 && index < count, "path \(index) of \(count)")
        var path: [UInt8] = []
        var offset = Int(restarts[index / Self.interval])
        for _ in 0...(index % Self.interval) { offset = Self.readPath(bytes, at: offset, into: &path) }
        return path
    }

    /// Every path in order, each rebuilt from the one before.
    func forEach(_ body: (_ index: Int, _ path: [UInt8]) throws -> Void) rethrows {
        var path: [UInt8] = []
        var offset = 0
        for index in 0..<count {
            offset = Self.readPath(bytes, at: offset, into: &path)
            try body(index, path)
        }
    }

    /// Rebuilds into `path` (the path before) the path written at `offset`; returns where the next starts.
    private static func readPath(_ bytes: [UInt8], at offset: Int, into path: inout [UInt8]) -> Int {
        var offset = offset
        let shared = readNumber(bytes, at: &offset)
        let rest = readNumber(bytes, at: &offset)
        path.removeSubrange(shared...)
        path.append(contentsOf: bytes[offset..<(offset + rest)])
        return offset + rest
    }

    /// Seven bits a byte, the high bit set on all but the last: a length under 128 takes one byte.
    private static func writeNumber(_ number: Int, to bytes: inout [UInt8]) {
        var number = UInt(number)
        while number >= 0x80 {
            bytes.append(UInt8(number & 0x7F) | 0x80)
            number >>= 7
        }
        bytes.append(UInt8(number))
    }

    private static func readNumber(_ bytes: [UInt8], at offset: inout Int) -> Int {
        var number = 0, shift = 0
        while true {
            let byte = bytes[offset]
            offset += 1
            number |= Int(byte & 0x7F) << shift
            if byte < 0x80 { return number }
            shift += 7
        }
    }
}
