#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Locking

/// Matching Swift strings with a matcher a thread already holds: for values (front-matter fields,
/// extracted text) rather than document lines.
extension Matcher {
    /// The first match in `string`, as text; `captures[n]` is group n (0: the whole match).
    public func firstMatch(in string: String) throws(PatternError) -> (match: String, captures: [String?])? {
        var text = string
        let result: Result<(match: String, captures: [String?])?, PatternError> = text.withUTF8 { buffer in
            do throws(PatternError) {
                guard let m = try firstMatch(in: buffer, range: 0..<buffer.count) else { return .success(nil) }
                let captures = m.captures.indices.map { m.string(in: buffer, capture: $0) }
                return .success((match: captures[0] ?? "", captures: captures))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Whether the pattern matches anywhere in `string`.
    public func matches(_ string: String) throws(PatternError) -> Bool {
        var text = string
        let result: Result<Bool, PatternError> = text.withUTF8 { buffer in
            do throws(PatternError) {
                return .success(try firstMatchRange(in: buffer, range: 0..<buffer.count) != nil)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
}

/// Hands out pattern serial numbers.
enum PatternSerials {
    private static let lock = Lock()
    nonisolated(unsafe) private static var counter = 0

    static func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        counter += 1
        return counter
    }
}
