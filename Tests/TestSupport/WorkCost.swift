#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How the cost of some work grows with its size, without a wall-clock threshold: the CPU time
/// of the test's own thread (not slowed by other processes, as the wall clock is on a loaded
/// machine) for `n` and for `8n`, compared with each other in the same test. Linear work grows
/// about 8 times, quadratic work 64 times; work that stops early (a bound, a give-up) not at all.
public enum WorkCost {
    /// The CPU time this thread has used, in seconds.
    public static func threadSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// The least CPU time of `runs` runs of `work` (the least is the one other load disturbed least).
    public static func seconds(runs: Int = 2, _ work: () throws -> Void) rethrows -> Double {
        var best = Double.infinity
        for _ in 0..<runs {
            let start = threadSeconds()
            try work()
            best = min(best, threadSeconds() - start)
        }
        return best
    }

    /// The cost of `work(8 * n)` over that of `work(n)`: about 8 for linear work.
    public static func growth(from n: Int, _ work: (Int) throws -> Void) rethrows -> Double {
        let small = try seconds(runs: 3) { try work(n) }
        let large = try seconds(runs: 2) { try work(8 * n) }
        print("cost of \(n) → \(8 * n): \(String(format: "%.4f", small)) s → \(String(format: "%.4f", large)) s of CPU, ×\(String(format: "%.1f", large / max(small, 1e-9)))")
        return large / max(small, 1e-9)
    }

    /// Linear with room for caches and allocation (8 expected), far below quadratic (64).
    public static let linear = 24.0
    /// Work that does not grow with the input beyond reading it once.
    public static let flat = 3.0
}
