/// The matchers of one worker thread: one per pattern, made on first use and reused for every
/// document the worker lints, so match data is allocated once per pattern and thread.
public final class MatcherCache {
    private var matchers: [ObjectIdentifier: Matcher] = [:]

    public init() {}

    public func matcher(for pattern: Pattern) -> Matcher {
        let key = ObjectIdentifier(pattern)
        if let matcher = matchers[key] { return matcher }
        let matcher = pattern.makeMatcher()
        matchers[key] = matcher
        return matcher
    }
}
