#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A one-line progress bar on standard error for long runs: files done of all, and files a
/// second. Only a terminal sees it: a pipe, a file or a CI log never gets a byte of it, and
/// machine-read output on standard output never meets it.
final class ProgressBar: @unchecked Sendable {
    /// Runs of this many files or fewer end too soon for a bar to help.
    static let minimumFiles = 300

    private let lock = NSLock()
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
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// `corpuslint [#########           ] 1200/2720 files, 812 files/s`.
    static func line(done: Int, total: Int, seconds: Double) -> String {
        let width = 24
        let filled = total == 0 ? width : width * done / total
        let rate = seconds > 0 ? Int((Double(done) / seconds).rounded()) : 0
        return "corpuslint [" + String(repeating: "#", count: filled) + String(repeating: " ", count: width - filled) + "] "
            + "\(done)/\(total) files, \(rate) files/s"
    }
}
