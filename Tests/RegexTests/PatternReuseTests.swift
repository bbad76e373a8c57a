import Testing
@testable import Regex

/// Within a `PatternReuse` scope a source compiled twice is one pattern; outside, each compile
/// is its own; options and the JIT choice tell patterns apart; a mistake is reported each time.
@Suite struct PatternReuseTests {
    @Test func aSourceWrittenTwiceIsCompiledOnce() throws {
        let (first, second, caseless, other) = try PatternReuse.$current.withValue(PatternReuse()) {
            (try Pattern.reusable(#"^\d+\."#), try Pattern.reusable(#"^\d+\."#),
             try Pattern.reusable(#"^\d+\."#, options: .caseInsensitive), try Pattern.reusable(#"^\d+\)"#))
        }
        #expect(first === second)
        #expect(first !== caseless)
        #expect(caseless.options == .caseInsensitive)
        #expect(first !== other)
        #expect(try first.matches("12. Decides"))
    }

    @Test func theJITChoiceIsPartOfWhatIsShared() throws {
        let (interpreted, jitted) = try PatternReuse.$current.withValue(PatternReuse()) {
            (try Pattern.$compilesWithJIT.withValue(false) { try Pattern.reusable("a+b") },
             try Pattern.$compilesWithJIT.withValue(true) { try Pattern.reusable("a+b") })
        }
        #expect(interpreted !== jitted)
        #expect(!interpreted.isJITCompiled)
    }

    @Test func outsideAScopeEachCompileIsItsOwn() throws {
        #expect(try Pattern.reusable("x+") !== Pattern.reusable("x+"))
    }

    @Test func aSourceThatDoesNotCompileThrowsEachTime() {
        PatternReuse.$current.withValue(PatternReuse()) {
            #expect(throws: PatternError.self) { try Pattern.reusable("a(b") }
            #expect(throws: PatternError.self) { try Pattern.reusable("a(b") }
        }
    }
}
