/// Lints one document with a rule set: checks' visitors see each body line once, in one pass;
/// then checks finish and `when` conditions are settled (suppressions apply as findings are made).
struct DocumentLinter {
    let rules: RuleSet
    /// Where relative paths start (the configuration's folder).
    var root = ProjectRoot(nil)
    /// Examples test rules whatever their pack applies to.
    var ignoresAppliesTo = false
    /// The configuration's `front-matter: optional`: a file without it is linted as a body.
    var frontMatterOptional = false
    /// Front-matter fields whose values the run keeps per file (reports group files by them).
    var recordedFields: [String] = []
    /// What each rule's check is, by rule index: asked once here, since a cast of the check to a
    /// protocol or a kind costs a conformance lookup, and five a rule for every document were 5%
    /// of a run's instructions.
    private let traits: [Traits]

    private struct Traits {
        var reportsMissingFrontMatter: Bool
        var isStructure: Bool
        var corpus: (any CorpusCheck)?
        var cross: (any CrossDocumentCheck)?
        /// The rule's pack and the pack's `applies-to`, when it has one.
        var appliesTo: (pack: Int, condition: Condition)?
    }
    /// One more than the highest pack index with an `applies-to`: the slots of a document's answers.
    private let packSlots: Int

    init(rules: RuleSet, root: ProjectRoot = ProjectRoot(nil), ignoresAppliesTo: Bool = false, frontMatterOptional: Bool = false) {
        self.rules = rules
        self.root = root
        self.ignoresAppliesTo = ignoresAppliesTo
        self.frontMatterOptional = frontMatterOptional
        traits = rules.rules.map { rule in
            Traits(reportsMissingFrontMatter: DocumentTriage.reportsMissingFrontMatter(rule), isStructure: rule.check is DocumentStructureCheck,
                   corpus: rule.check.asCorpusCheck, cross: rule.check.asCrossDocumentCheck,
                   appliesTo: rule.info.pack.flatMap { pack in rules.appliesTo[pack].map { (pack, $0) } })
        }
        packSlots = (traits.compactMap { $0.appliesTo?.pack }.max() ?? -1) + 1
    }

    struct Outcome {
        var diagnostics: [Diagnostic]
        /// Keys of corpus checks, by rule index.
        var corpusKeys: [(rule: Int, key: CorpusKey)]
        /// What cross-document checks gathered.
        var gathered: [GatheredRecord] = []
        /// The values of `recordedFields` the document has.
        var fields: [String: String] = [:]
    }

    func lint(_ document: Document, matchers: MatcherCache, timings: RuleTimings? = nil) -> Outcome {
        document.text.withUnsafeBufferPointer { buffer in
            let context = DocumentContext(document: document, buffer: buffer, zones: rules.zones, matchers: matchers,
                                          relativePath: root.relative(document.path), rootFolder: root.folder)

            let expectsFrontMatter = traits.contains(where: \.reportsMissingFrontMatter)
            // Rules whose scope or conditions read only the path and front matter are decided before any work.
            var active: [Int] = []
            // By pack, whether its `applies-to` holds, worked out at its first rule. An array and
            // rules read by index: a dictionary and a copy of each rule cost 0.5% of a run.
            var packApplies = [Bool?](repeating: nil, count: packSlots)
            // A rule whose every report is off is not run (`RuleSet.silent`).
            for index in rules.rules.indices where !rules.silent[index] {
                guard DocumentTriage.runs(reportsMissingFrontMatter: traits[index].reportsMissingFrontMatter, on: document, frontMatterOptional: frontMatterOptional, expectsFrontMatter: expectsFrontMatter) else { continue }
                let info = rules.rules[index].info
                if !info.scope.includes(context.relativePath) { continue }
                if !ignoresAppliesTo, case let (pack, condition)? = traits[index].appliesTo {
                    let applies = packApplies[pack] ?? condition.holds(in: context, withValues: false)
                    packApplies[pack] = applies
                    if !applies { continue }
                }
                if let when = info.when, !when.readsValues, !when.holds(in: context, withValues: false) { continue }
                active.append(index)
            }
            var visitors: [(rule: Int, visitor: any LineVisitor)?] = active.map { index in
                rules.rules[index].check.makeVisitor(context, rule: rules.rules[index].info).map { (index, $0) }
            }
            bodyPass(context, visitors: visitors.compactMap { $0 }, timings: timings)

            // Extractors finish first, so that comparisons see every value.
            for producers in [true, false] {
                for (slot, index) in active.enumerated() where rules.rules[index].check.producesValues == producers {
                    let start = timings == nil ? 0 : RuleTimings.now()
                    rules.rules[index].check.finish(context, rule: rules.rules[index].info, visitor: visitors[slot]?.visitor)
                    timings?.add(index, since: start)
                }
            }
            visitors.removeAll()

            var corpusKeys: [(Int, CorpusKey)] = []
            var gathered: [GatheredRecord] = []
            for index in active {
                let rule = rules.rules[index]
                if let when = rule.info.when, when.readsValues,
                   !when.holds(in: context, withValues: true) {
                    context.dropFindings(of: rule.info)
                    continue
                }
                if let corpus = traits[index].corpus, let key = corpus.key(context, rule: rule.info) { corpusKeys.append((index, key)) }
                if let cross = traits[index].cross, let record = cross.gatherRecord(context, rule: rule.info) { gathered.append(record) }
            }

            // Patterns first asked about lines in this document join the worker's classifier.
            matchers.refreshClassifier()
            var diagnostics = context.diagnostics()
            if expectsFrontMatter, document.problems.contains(where: { $0.kind == .missingFrontMatter }), !frontMatterOptional {
                // Suppression comments of a file no rule reads silence nothing worth a finding.
                let kept = Set(active.flatMap { rules.rules[$0].info.allReports.map(\.id) })
                diagnostics.removeAll { !kept.contains($0.rule) }
            }
            // Only a document the decoder repaired has findings to drop: the set of the structure
            // rules' report ids is not built for the others (it cost 0.5% of a run's instructions).
            let repaired = document.problems.contains { $0.kind == .invalidUTF8 }
            let structureIDs = !repaired ? [] : Set(active.filter { traits[$0].isStructure }.flatMap { rules.rules[$0].info.allReports.map(\.id) })
            diagnostics = DocumentTriage.withoutRepeatedDecodingFindings(diagnostics, context, structureIDs: structureIDs)
                .map { DiagnosticRange.widened($0, context) }
            diagnostics.sort(by: Diagnostic.ordered)
            var fields: [String: String] = [:]
            for name in recordedFields { fields[name] = context.fieldText(name) }
            return Outcome(diagnostics: diagnostics, corpusKeys: corpusKeys, gathered: gathered, fields: fields)
        }
    }

    /// The single pass over the body: zones are worked out line by line, and every visitor sees
    /// each line it needs once, in order.
    private func bodyPass(_ context: DocumentContext, visitors: [(rule: Int, visitor: any LineVisitor)], timings: RuleTimings?) {
        let document = context.document
        guard !visitors.isEmpty, document.bodyStartLine <= document.lines.count else { return }
        // Most visitors skip blank lines: they are not even called for them; and visitors that
        // need no more lines are dropped as the pass goes.
        var visitors = visitors
        var blankVisitors = visitors.filter { $0.visitor.readsBlankLines }
        let zones = rules.zones
        var armed = [Bool](repeating: false, count: zones.count)
        var fences = [MarkdownFence](repeating: MarkdownFence(), count: zones.count)
        var passing = [Bool](repeating: false, count: zones.count)
        // Zone patterns belong to no rule: a backtracking limit hit there is reported under the first.
        let zoneRule = rules.rules.first?.info
        for number in document.bodyStartLine...document.lines.count {
            let range = document.lines.range(ofLine: number)
            let isBlank = context.isBlank(range)
            context.enterLine(range)
            var mask: UInt64 = 0
            let zonesStart = timings == nil ? 0 : RuleTimings.now()
            if let zoneRule {
                // By index: `for zone in zones` copies each zone, a retain and a release of each of
                // its patterns for every line.
                for index in zones.indices where zones[index].isFencedCode {
                    if fences[index].step(context.buffer, range) { mask |= 1 << UInt64(index) }
                }
                for index in zones.indices where !zones[index].isFencedCode {
                    if isBlank {
                        passing[index] = false
                        continue
                    }
                    if armed[index] {
                        if passing[index] || zones[index].lookPast.map({ context.matches($0, in: range, for: zoneRule) }) == true {
                            // Passed over, as a blank line is: neither in the zone nor its end; so
                            // is the rest of its block (a footnote definition's wrapped lines).
                            passing[index] = true
                        } else if context.matches(zones[index].lines, in: range, for: zoneRule) {
                            mask |= 1 << UInt64(index)
                        } else {
                            armed[index] = false
                        }
                    }
                    if context.matches(zones[index].start, in: range, for: zoneRule) {
                        armed[index] = true
                        passing[index] = false
                    }
                }
            }
            timings?.add(rules.rules.count, since: zonesStart)
            let line = BodyLine(number: number, range: range, zones: mask, isBlank: isBlank)
            let called = isBlank ? blankVisitors : visitors
            if let timings {
                for entry in called {
                    let start = RuleTimings.now()
                    entry.visitor.visit(line, context)
                    timings.add(entry.rule, since: start)
                }
            } else {
                // By index: `for entry in` copies each entry, a retain and a release of its
                // visitor for every line.
                for slot in called.indices { called[slot].visitor.visit(line, context) }
            }
            if number & 7 == 0 {
                visitors.removeAll { $0.visitor.isFinished }
                blankVisitors.removeAll { $0.visitor.isFinished }
                if visitors.isEmpty { break }
            }
        }
    }
}
