#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Time spent in each rule (and in working out zones), for `--timing`: which rule of a pack makes
/// a run slow. Off by default: reading the clock around every call has its own cost.
public final class RuleTimings: @unchecked Sendable {
    /// Nanoseconds per rule index; the last slot is the zones' work.
    public private(set) var nanoseconds: [UInt64]

    public init(rules: Int) { nanoseconds = Array(repeating: 0, count: rules + 1) }

    @inline(__always) static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    @inline(__always) func add(_ slot: Int, since start: UInt64) {
        nanoseconds[slot] &+= RuleTimings.now() &- start
    }

    func merge(_ other: RuleTimings) {
        for index in nanoseconds.indices { nanoseconds[index] &+= other.nanoseconds[index] }
    }

    /// Rules by time spent, largest first: (rule id or "zones", milliseconds).
    public func ranking(_ rules: RuleSet) -> [(name: String, milliseconds: Double)] {
        nanoseconds.enumerated()
            .map { (index, nanos) in (index < rules.rules.count ? rules.rules[index].info.id : "(zones)", Double(nanos) / 1e6) }
            .sorted { $0.1 > $1.1 }
    }
}
