#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// How text output looks: colours and the offending line under each finding.
struct DisplayArguments: ParsableArguments {
    @Option(help: ArgumentHelp("Colours in text output: auto (on a terminal, unless NO_COLOR is set or FORCE_COLOR asks), always or never.",
                               valueName: "WHEN"))
    var color = DisplayOptions().color

    @Flag(inversion: .prefixedNo, help: "Show the offending line with a caret under each finding (default: on a terminal).")
    var showSource: Bool?

    var options: DisplayOptions { DisplayOptions(color: color, showSource: showSource) }
}

/// What `DisplayArguments` read, and what it means on this terminal.
struct DisplayOptions: Equatable {
    var color = ColorChoice.auto
    var showSource: Bool?

    enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
        case auto, always, never
    }

    /// Whether text on standard output is coloured: `--color`, then FORCE_COLOR and NO_COLOR
    /// (https://force-color.org, https://no-color.org), then whether a terminal watches.
    func colors(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        switch color {
        case .always: return true
        case .never: return false
        case .auto:
            if let force = environment["FORCE_COLOR"], !force.isEmpty { return force != "0" && force != "false" }
            if let none = environment["NO_COLOR"], !none.isEmpty { return false }
            return isatty(STDOUT_FILENO) == 1 && environment["TERM"] != "dumb"
        }
    }

    /// Source lines under findings: as asked, else on a terminal.
    var showsSource: Bool { showSource ?? (isatty(STDOUT_FILENO) == 1) }
}
