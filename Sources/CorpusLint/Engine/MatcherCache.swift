/// The matchers of one worker thread: one per pattern, made on first use and reused for every
/// document the worker lints, so match data and JIT stacks are allocated once per pattern and
/// thread. Indexed by the pattern's serial number: no hashing on the hot path.
///
/// When asked to (`classifies`), it also holds the worker's line classifier (the first stage of
/// the two-stage line engine): the patterns anchored at a line's start that rules ask about whole
/// body lines are gathered as they are asked, and after a document that asked about new ones the
/// classifier is rebuilt with them, so that from then on one scan per line tells which of them
/// match it. A document's findings do not depend on it; the shipped packs run faster without it
/// (`Linter.classifiesLines`).
///
/// Its state is `@exclusivity(unchecked)`: a cache belongs to one worker thread and lends nothing
/// `inout`, so the run-time exclusivity checks on every `matcher(for:)` would guard nothing.
public final class MatcherCache {
    @exclusivity(unchecked) private var matchers: [Matcher?] = []
    private var sharedData: MatchData?
    /// The line classifier of the patterns gathered so far; nil before any.
    @exclusivity(unchecked) private(set) var classifier: PatternClassifier?
    /// Patterns asked about whole lines that the classifier does not hold yet.
    private var wanted: [Pattern] = []
    /// By serial number: whether a pattern was gathered (members or wanted), so each is gathered
    /// once. A flat array: this is asked on every line for every pattern the classifier lacks.
    @exclusivity(unchecked) private var gathered: [Bool] = []
    private var members: [Pattern] = []
    /// Rebuilds are bounded: a pack whose rules keep asking about new patterns document after
    /// document stops paying for compiling alternations.
    private var rebuilds = 0
    static let maxRebuilds = 6
    /// Whether classification is used at all (off: every pattern on its own matcher, for the
    /// test that compares both stages' findings with the single-stage engine's).
    let classifies: Bool
    /// Whether patterns not anchored at `^` join the classifier too (off: measured slower, see
    /// docs/performance.md; on in tests, which compare findings either way).
    let includingFloating: Bool

    /// The engine's default: each pattern on its own matcher (see `Linter.classifiesLines`).
    public init() { (classifies, includingFloating) = (false, false) }

    init(classifies: Bool, includingFloating: Bool = false) { (self.classifies, self.includingFloating) = (classifies, includingFloating) }

    public func matcher(for pattern: Pattern) -> Matcher {
        let index = pattern.serial
        if index < matchers.count, let matcher = matchers[index] { return matcher }
        if index >= matchers.count { matchers.append(contentsOf: repeatElement(nil, count: index + 1 - matchers.count)) }
        // One match data for all of this thread's matchers (see `MatchData`).
        let data = sharedData ?? MatchData(for: pattern)
        sharedData = data
        let matcher = Matcher(pattern: pattern, sharing: data)
        matchers[index] = matcher
        return matcher
    }

    /// Notes that a rule asked `pattern` about a whole body line that the classifier does not hold.
    func askedAboutLine(_ pattern: Pattern) {
        let serial = pattern.serial
        if serial < gathered.count, gathered[serial] { return }
        guard classifies, rebuilds < Self.maxRebuilds else { return }
        if serial >= gathered.count { gathered.append(contentsOf: repeatElement(false, count: serial + 1 - gathered.count)) }
        gathered[serial] = true
        wanted.append(pattern)
    }

    /// Between documents: takes the patterns gathered into a new classifier.
    func refreshClassifier() {
        guard !wanted.isEmpty, rebuilds < Self.maxRebuilds else { return }
        rebuilds += 1
        members += wanted.filter { PatternClassifier.isEligible($0) && (includingFloating || PatternClassifier.isAnchored($0)) }
        wanted.removeAll()
        classifier = PatternClassifier(members, includingFloating: includingFloating)
    }
}
