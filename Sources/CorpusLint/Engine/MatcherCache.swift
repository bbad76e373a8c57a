/// The matchers of one worker thread: one per pattern, made on first use and reused for every
/// document the worker lints, so match data and JIT stacks are allocated once per pattern and
/// thread. Indexed by the pattern's serial number: no hashing on the hot path.
public final class MatcherCache {
    private var matchers: [Matcher?] = []

    public init() {}

    public func matcher(for pattern: Pattern) -> Matcher {
        let index = pattern.serial
        if index < matchers.count, let matcher = matchers[index] { return matcher }
        if index >= matchers.count { matchers.append(contentsOf: repeatElement(nil, count: index + 1 - matchers.count)) }
        let matcher = pattern.makeMatcher()
        matchers[index] = matcher
        return matcher
    }
}
