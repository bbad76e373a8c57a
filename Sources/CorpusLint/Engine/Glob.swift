/// A path pattern as `.gitignore` users know it: `*` within a folder name, `**` across folders,
/// `?` one character. A pattern without `/` matches a name in any folder.
public struct Glob: Sendable, Equatable {
    public let source: String
    private let parts: [Substring]

    public init(_ source: String) {
        self.source = source
        var pattern = source
        if pattern.hasPrefix("./") { pattern.removeFirst(2) }
        if !pattern.contains("/") { pattern = "**/" + pattern }
        if pattern.hasSuffix("/") { pattern += "**" }
        parts = pattern.split(separator: "/", omittingEmptySubsequences: true)
    }

    public func matches(_ path: String) -> Bool {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true).filter { $0 != "." }
        return Self.match(parts[...], segments[...])
    }

    private static func match(_ pattern: ArraySlice<Substring>, _ path: ArraySlice<Substring>) -> Bool {
        // Iterative over `**` positions: at most one backtrack point, so the cost stays linear-ish.
        var p = pattern.startIndex, s = path.startIndex
        var starP: Int?, starS = 0
        while s < path.endIndex {
            if p < pattern.endIndex, pattern[p] == "**" {
                starP = p
                starS = s
                p += 1
            } else if p < pattern.endIndex, segment(pattern[p], matches: path[s]) {
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
        while p < pattern.endIndex, pattern[p] == "**" { p += 1 }
        return p == pattern.endIndex
    }

    /// `*` and `?` within one name.
    private static func segment(_ pattern: Substring, matches name: Substring) -> Bool {
        let p = Array(pattern.unicodeScalars), n = Array(name.unicodeScalars)
        var i = 0, j = 0
        var star: Int?, mark = 0
        while j < n.count {
            if i < p.count, p[i] == "?" || p[i] == n[j] {
                i += 1
                j += 1
            } else if i < p.count, p[i] == "*" {
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
        while i < p.count, p[i] == "*" { i += 1 }
        return i == p.count
    }
}
