#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Locking
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A one-line progress bar on standard error for long runs: files done of all, and files a
/// second. Only a terminal sees it: a pipe, a file or a CI log never gets a byte of it, and
/// machine-read output on standard output never meets it.
final class ProgressBar: @unchecked Sendable {
    /// Runs of this many files or fewer end too soon for a bar to help.
    static let minimumFiles = 300

    private let lock = Lock()
    private let enabled: Bool
    private var shown = false
    private var drawn = false
    private var started = ContinuousClock.now
    private var lastDraw: ContinuousClock.Instant?

    /// A bar that will show if standard error is a terminal (and not a dumb one).
    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        enabled = isatty(STDERR_FILENO) == 1 && environment["TERM"] != "dumb"
    }

    /// The engine's progress callback: decides on the first call, then redraws ten times a second.
    func update(done: Int, total: Int) {
        lock.lock()
        defer { lock.unlock() }
        if done == 0 {
            shown = enabled && total > Self.minimumFiles
            started = .now
            if shown { Self.clearLineOnInterrupt() }
        }
        guard shown else { return }
        let now = ContinuousClock.now
        if let lastDraw, now - lastDraw < .milliseconds(100), done < total { return }
        lastDraw = now
        let elapsed = now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        write("\r" + Self.line(done: done, total: total, seconds: seconds) + "\u{1B}[K")
        drawn = true
    }

    /// Clears the bar while `body` writes to the terminal; the next update draws it again.
    func interrupt(_ body: () -> Void) {
        lock.lock()
        defer { lock.unlock() }
        clear()
        body()
    }

    /// Clears the bar for good.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        clear()
        shown = false
    }

    private func clear() {
        if drawn { write("\r\u{1B}[K") }
        drawn = false
    }

    private func write(_ text: String) {
        // Not FileHandle's write, which traps on a write error (a terminal gone away).
        _ = Output.writeAll(STDERR_FILENO, text)
    }

    /// `corpuslint [#########           ] 1200/2720 files, 812 files/s, 1.5 s, about 1.9 s left`.
    static func line(done: Int, total: Int, seconds: Double) -> String {
        let width = 24
        let filled = total == 0 ? width : width * done / total
        let rate = seconds > 0 ? Int((Double(done) / seconds).rounded()) : 0
        var text = "corpuslint [" + String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled) + "] "
            + "\(done)/\(total) files, \(rate) files/s, \(duration(seconds))"
        // What is left, at the rate so far; not before there is a rate to go by.
        if done > 0, done < total, seconds > 0 { text += ", about \(duration(seconds * Double(total - done) / Double(done))) left" }
        return text
    }

    /// `0.4 s`, `12 s`, `3 min 05 s`.
    static func duration(_ seconds: Double) -> String {
        if seconds < 10 { return Output.format("%.1f s", seconds) }
        let whole = Int(seconds.rounded())
        return whole < 60 ? "\(whole) s" : Output.format("%d min %02d s", whole / 60, whole % 60)
    }

    /// On Ctrl-C the bar's line is cleared before the process ends as interrupted (exit 130), so
    /// the shell prompt does not land in the middle of it. Only async-signal-safe calls here.
    private static func clearLineOnInterrupt() {
        // A parent may hand the process SIGINT blocked (test runners, some job launchers): the
        // calling thread, which takes part in the run, takes it.
        var interrupt = sigset_t()
        sigemptyset(&interrupt)
        sigaddset(&interrupt, SIGINT)
        pthread_sigmask(SIG_UNBLOCK, &interrupt, nil)
        signal(SIGINT) { _ in
            let clear: StaticString = "\r\u{1B}[K\n"
            #if canImport(Glibc)
            _ = Glibc.write(STDERR_FILENO, clear.utf8Start, clear.utf8CodeUnitCount)
            #else
            _ = Darwin.write(STDERR_FILENO, clear.utf8Start, clear.utf8CodeUnitCount)
            #endif
            _exit(130)
        }
    }
}
