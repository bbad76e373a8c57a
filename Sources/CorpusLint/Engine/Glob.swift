/// A path pattern as `.gitignore` users know it: `*` within a folder name, `**` across folders,
/// `?` one character, `[…]` one character of a class (`[0-9]`, `[!.]`). A pattern without `/`
/// matches a name in any folder; one that starts with `./` is anchored at the base folder.
public struct Glob: Sendable, Equatable {
    public let source: String
    /// Each folder part, compiled once: matching runs for every file of a walk.
    private let parts: [Segment]

    public init(_ source: String) {
        self.source = source
        var pattern = source
        // `./404.md` names the file at the base, not every `404.md`: only a bare name floats.
        let anchored = pattern.hasPrefix("./") || pattern.hasPrefix("/")
        while pattern.hasPrefix("./") { pattern.removeFirst(2) }
        if !anchored, !pattern.contains("/") { pattern = "**/" + pattern }
        if pattern.hasSuffix("/") { pattern += "**" }
        parts = pattern.split(separator: "/", omittingEmptySubsequences: true).map(Segment.init)
    }

    public static func == (lhs: Glob, rhs: Glob) -> Bool { lhs.source == rhs.source }

    public func matches(_ path: String) -> Bool {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        return Self.match(parts[...], segments[...])
    }

    private static func match(_ pattern: ArraySlice<Segment>, _ path: ArraySlice<Substring>) -> Bool {
        // Iterative over `**` positions: at most one backtrack point, so the cost stays linear-ish.
        var p = pattern.startIndex, s = path.startIndex
        var starP: Int?, starS = 0
        while s < path.endIndex {
            if p < pattern.endIndex, pattern[p].isGlobstar {
                starP = p
                starS = s
                p += 1
            } else if p < pattern.endIndex, pattern[p].matches(path[s]) {
                p += 1
                s += 1
            } else if let star = starP {
                p = star + 1
                starS += 1
                s = starS
            } else {
                return false
            }
        }
        while p < pattern.endIndex, pattern[p].isGlobstar { p += 1 }
        return p == pattern.endIndex
    }

    /// One folder part of a pattern: literal characters, `*`, `?` and classes.
    private struct Segment: Sendable {
        enum Token: Sendable {
            case scalar(Unicode.Scalar)
            case any
            case star
            case set(ranges: [ClosedRange<Unicode.Scalar>], negated: Bool)
        }

        let tokens: [Token]
        let isGlobstar: Bool
        /// A part without wildcards is compared as text.
        let literal: Substring?

        init(_ text: Substring) {
            isGlobstar = text == "**"
            var tokens: [Token] = []
            let scalars = Array(text.unicodeScalars)
            var i = 0
            while i < scalars.count {
                switch scalars[i] {
                case "*": tokens.append(.star)
                case "?": tokens.append(.any)
                case "[":
                    if let (set, end) = Self.readClass(scalars, from: i) {
                        tokens.append(set)
                        i = end
                    } else {
                        tokens.append(.scalar("["))     // an unclosed `[` is itself
                    }
                default: tokens.append(.scalar(scalars[i]))
                }
                i += 1
            }
            self.tokens = tokens
            literal = tokens.allSatisfy { if case .scalar = $0 { return true } else { return false } } ? text : nil
        }

        /// `[abc]`, `[a-z]`, `[!…]` or `[^…]`; a `]` first in the class is a member. Returns the
        /// index of the closing `]`.
        private static func readClass(_ scalars: [Unicode.Scalar], from start: Int) -> (Token, Int)? {
            var i = start + 1
            var negated = false
            if i < scalars.count, scalars[i] == "!" || scalars[i] == "^" {
                negated = true
                i += 1
            }
            var ranges: [ClosedRange<Unicode.Scalar>] = []
            var first = true
            while i < scalars.count {
                if scalars[i] == "]", !first { return (.set(ranges: ranges, negated: negated), i) }
                first = false
                let low = scalars[i]
                if i + 2 < scalars.count, scalars[i + 1] == "-", scalars[i + 2] != "]" {
                    let high = scalars[i + 2]
                    if low <= high { ranges.append(low...high) }
                    i += 3
                } else {
                    ranges.append(low...low)
                    i += 1
                }
            }
            return nil
        }

        func matches(_ name: Substring) -> Bool {
            if let literal { return literal == name }
            let n = Array(name.unicodeScalars)
            var i = 0, j = 0
            var star: Int?, mark = 0
            while j < n.count {
                if i < tokens.count, Self.one(tokens[i], n[j]) {
                    i += 1
                    j += 1
                } else if i < tokens.count, case .star = tokens[i] {
                    star = i
                    mark = j
                    i += 1
                } else if let s = star {
                    i = s + 1
                    mark += 1
                    j = mark
                } else {
                    return false
                }
            }
            while i < tokens.count, case .star = tokens[i] { i += 1 }
            return i == tokens.count
        }

        private static func one(_ token: Token, _ scalar: Unicode.Scalar) -> Bool {
            switch token {
            case let .scalar(expected): return expected == scalar
            case .any: return true
            case .star: return false
            case let .set(ranges, negated): return ranges.contains { $0.contains(scalar) } != negated
            }
        }
    }
}
