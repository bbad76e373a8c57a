#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Keys (texts) a run has seen, each with the place of the file that gave it first: what a
/// corpus-wide rule keeps to judge every later file as it streams past (a duplicate key, a
/// reference to a document of the run).
///
/// Kept as bytes in one buffer, with an open-addressing table of entry numbers, because a run
/// keeps one entry for every file: as `[String: Int]`, a short key costs about 50 bytes (the
/// table sized by powers of two, and a key longer than 15 bytes its own allocation), here the
/// key's bytes and about 16 more (docs/performance.md, Memory).
///
/// Keys are told apart as `String`s are, by canonical equivalence (`café` composed or not, the
/// Kelvin sign and `K`), as the dictionaries this table replaced told them apart: an ASCII key,
/// or one whose composed form is ASCII, is kept as those bytes; any other, rare, in a dictionary.
public struct FirstSeenKeys: Sendable {
    /// Every key's bytes, end to end; entry `i` ends at `ends[i]` and starts where `i - 1` ends.
    private var bytes: [UInt8] = []
    private var ends: [UInt32] = []
    /// The file that gave each entry's key first.
    private var owners: [Int32] = []
    /// Entry number + 1 by hash, 0 for a free slot; at most half full, so probes stay short.
    private var slots: [UInt32] = []
    /// Keys whose composed form is not ASCII, compared as `String`s.
    private var otherKeys: [String: Int32] = [:]

    public init() {}

    /// How many keys were seen.
    public var count: Int { ends.count + otherKeys.count }

    /// The file that gave `key` first; nil when no file did.
    public func owner(of key: String) -> Int? {
        guard let key = Self.asciiForm(key) else { return otherKeys[key].map(Int.init) }
        guard !slots.isEmpty else { return nil }
        return Self.withBytes(key) { key in
            let entry = find(key, hash: Self.hash(key)).entry
            return entry.map { Int(owners[$0]) }
        }
    }

    /// The file that gave `key` first, if one did; else `file` becomes its owner, and nil is returned.
    public mutating func owner(of key: String, else file: Int) -> Int? {
        guard let key = Self.asciiForm(key) else {
            if let owner = otherKeys[key] { return Int(owner) }
            otherKeys[key] = Int32(file)
            return nil
        }
        return Self.withBytes(key) { key in
            if slots.isEmpty || (ends.count + 1) * 2 > slots.count { grow() }
            let hash = Self.hash(key)
            let (entry, free) = find(key, hash: hash)
            if let entry { return Int(owners[entry]) }
            bytes.append(contentsOf: key)
            precondition(bytes.count <= Int(UInt32.max), "more than 4 GB of corpus keys")
            ends.append(UInt32(bytes.count))
            owners.append(Int32(file))
            slots[free] = UInt32(ends.count)
            return nil
        }
    }

    /// The entry holding `key`, else the free slot where it belongs.
    private func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> (entry: Int?, free: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let entry = Int(slots[slot]) - 1
            if keyBytes(entry).elementsEqual(key) { return (entry, slot) }
            slot = (slot + 1) & mask
        }
        return (nil, slot)
    }

    private func keyBytes(_ entry: Int) -> ArraySlice<UInt8> {
        bytes[(entry == 0 ? 0 : Int(ends[entry - 1]))..<Int(ends[entry])]
    }

    /// Twice the slots, every entry placed again.
    private mutating func grow() {
        slots = Array(repeating: 0, count: max(64, slots.count * 2))
        let mask = slots.count - 1
        for entry in ends.indices {
            var slot = keyBytes(entry).withUnsafeBufferPointer { Int(truncatingIfNeeded: Self.hash($0)) } & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt32(entry + 1)
        }
    }

    /// The key as ASCII, composed if it is not (`\u{212A}` is `K`); nil when it cannot be.
    private static func asciiForm(_ key: String) -> String? {
        if key.utf8.allSatisfy({ $0 < 0x80 }) { return key }
        // The standard library's own NFC (`_nfcCodeUnits`): Foundation's
        // `precomposedStringWithCanonicalMapping` is not in FoundationEssentials.
        let composed = String(decoding: key._nfcCodeUnits, as: UTF8.self)
        return composed.utf8.allSatisfy({ $0 < 0x80 }) ? composed : nil
    }

    private static func withBytes<T>(_ key: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
        var key = key
        return key.withUTF8(body)
    }

    /// FNV-1a: the same in every process, and enough for keys a table this size compares anyway.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        // The low bits pick the slot: fold the high ones in, which FNV mixes best.
        return hash ^ (hash >> 29)
    }
}
