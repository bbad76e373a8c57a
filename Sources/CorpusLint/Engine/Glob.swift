/// A path pattern as `.gitignore` users know it (the table in docs/configuration.md is tested
/// row by row): `*` and `?` within a name, `[…]` a class of characters, `**` across folders. A
/// pattern with no `/` but a trailing one matches a name in any folder; any other is anchored at
/// the folder globs are read from. A trailing `/` (or `/**`) matches everything inside a folder.
public struct Glob: Sendable, Equatable {
    public let source: String
    private let parts: [Segment]

    public init(_ source: String) {
        self.source = source
        var pattern = Substring(source)
        var anchored = false
        if pattern.hasPrefix("./") { pattern.removeFirst(2); anchored = true }
        if pattern.hasPrefix("/") { pattern.removeFirst(); anchored = true }
        let folderOnly = pattern.hasSuffix("/")
        if folderOnly { pattern.removeLast() }
        if pattern.contains("/") { anchored = true }
        var names = pattern.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        if !anchored { names.insert("**", at: 0) }
        // `folder/` and `folder/**` match what is inside the folder, never a file named `folder`.
        if folderOnly || (names.count > 1 && names.last == "**") {
            if names.last != "**" { names.append("**") }
            names.append("*")
        }
        parts = names.map(Segment.init)
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
            if p < pattern.endIndex, pattern[p].isAnyFolders {
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
        while p < pattern.endIndex, pattern[p].isAnyFolders { p += 1 }
        return p == pattern.endIndex
    }

    /// One name of a pattern, read once: literal characters, `?`, `*`, `[…]` classes, `\` escapes.
    private struct Segment: Sendable {
        enum Token: Sendable {
            case scalar(Unicode.Scalar)
            case any
            case star
            /// `[abc]`, `[a-z]`, `[!…]` or `[^…]` for the complement.
            case set(ranges: [ClosedRange<Unicode.Scalar>], negated: Bool)
        }

        let tokens: [Token]
        let isAnyFolders: Bool

        init(_ text: String) {
            isAnyFolders = text == "**"
            let scalars = Array(text.unicodeScalars)
            var tokens: [Token] = []
            var i = 0
            while i < scalars.count {
                let c = scalars[i]
                switch c {
                case "*":
                    if case .star = tokens.last {} else { tokens.append(.star) }
                case "?":
                    tokens.append(.any)
                case "\\" where i + 1 < scalars.count:
                    i += 1
                    tokens.append(.scalar(scalars[i]))
                case "[":
                    if let (set, end) = Self.readSet(scalars, from: i) {
                        tokens.append(set)
                        i = end
                    } else {
                        tokens.append(.scalar(c))  // no closing `]`: a literal bracket
                    }
                default:
                    tokens.append(.scalar(c))
                }
                i += 1
            }
            self.tokens = tokens
        }

        /// The class opening at `start`, and the index of its `]`; a `]` first in the class is literal.
        private static func readSet(_ s: [Unicode.Scalar], from start: Int) -> (Token, Int)? {
            var i = start + 1
            let negated = i < s.count && (s[i] == "!" || s[i] == "^")
            if negated { i += 1 }
            var ranges: [ClosedRange<Unicode.Scalar>] = []
            var first = true
            while i < s.count {
                if s[i] == "]" && !first { return (.set(ranges: ranges, negated: negated), i) }
                first = false
                var low = s[i]
                if low == "\\", i + 1 < s.count { i += 1; low = s[i] }
                if i + 2 < s.count, s[i + 1] == "-", s[i + 2] != "]" {
                    let high = s[i + 2]
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
            let n = Array(name.unicodeScalars)
            var i = 0, j = 0
            var star: Int?, mark = 0
            while j < n.count {
                if i < tokens.count, Self.token(tokens[i], accepts: n[j]) {
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

        private static func token(_ token: Token, accepts scalar: Unicode.Scalar) -> Bool {
            switch token {
            case let .scalar(expected): return expected == scalar
            case .any: return true
            case .star: return false
            case let .set(ranges, negated): return ranges.contains { $0.contains(scalar) } != negated
            }
        }
    }
}
