import Foundation
import Testing
@testable import corpuslint

/// `Output.format`, which stands in for Foundation's `String(format:)` (not linked: see
/// `FoundationLinkTests`), writes what it writes, for the formats the tool uses and longer ones.
@Suite struct OutputFormatTests {
    @Test func formatsAsFoundationDoes() {
        #expect(Output.format("%.1f s", 3.25) == String(format: "%.1f s", 3.25))
        #expect(Output.format("%d min %02d s", 3, 5) == String(format: "%d min %02d s", 3, 5))
        #expect(Output.format("%9.1f ms %5.1f%%  ", 1234.56, 99.94) == String(format: "%9.1f ms %5.1f%%  ", 1234.56, 99.94))
        #expect(Output.format("%.1f", 0.05) == String(format: "%.1f", 0.05))
        #expect(Output.format("%600d|", 7) == String(repeating: " ", count: 599) + "7|", "longer than the first buffer")
    }
}
