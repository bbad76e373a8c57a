import YAML

/// What checks see of one document while it is linted: the document and its views, the values
/// extracted so far, and where to put findings. Used by one thread at a time.
///
/// The state read on every question about a line is marked `@exclusivity(unchecked)`: a context
/// never leaves its thread and none of these properties is lent `inout` to code that could come
/// back to it, so Swift's run-time exclusivity checks guard nothing here, and they cost about a
/// tenth of all instructions on a bulk run (callgrind, 200 generated documents).
public final class DocumentContext {
    public let document: Document
    /// The document's text; valid while the document is being linted.
    public let buffer: UnsafeBufferPointer<UInt8>
    public let zones: [Zone]
    private let matchers: MatcherCache
    public private(set) var values: [String: [ExtractedValue]] = [:]
    @exclusivity(unchecked) private var findings: [(rule: ObjectIdentifier, diagnostic: Diagnostic)] = []
    /// Findings per rule in this document; past `maxFindingsPerRule` they are counted, not kept.
    @exclusivity(unchecked) private var counts: [ObjectIdentifier: Int] = [:]
    private var overflow: [RuleInfo] = []

    /// A hostile file (a line of megabytes of footnote indicators) must not turn into a report
    /// of hundreds of thousands of lines: a rule reports this many findings per file at most.
    public static let maxFindingsPerRule = 500
    private var limitReported: Set<ObjectIdentifier> = []
    /// Patterns that gave up (PCRE2's match limit) in this document: not tried again in it.
    @exclusivity(unchecked) private var exhausted: Set<ObjectIdentifier> = []
    /// The document's suppression comments, applied as findings are made, so that silenced
    /// findings do not count against the bound; and which comment silenced a finding of which rule.
    private let suppressions: Suppressions
    @exclusivity(unchecked) private var silenced: [(rule: ObjectIdentifier, comment: Int)] = []

    /// The document's path relative to the configuration's folder (as named, without `./`, when
    /// there is none): what `files:` scopes, `when` tests and `document: path` read.
    public let relativePath: String

    /// The configuration's folder, absolute; nil without a configuration (the working directory then).
    public let rootFolder: String?

    init(document: Document, buffer: UnsafeBufferPointer<UInt8>, zones: [Zone], matchers: MatcherCache, relativePath: String? = nil,
         rootFolder: String? = nil) {
        self.document = document
        self.rootFolder = rootFolder
        self.relativePath = relativePath ?? (document.path.hasPrefix("./") ? String(document.path.dropFirst(2)) : document.path)
        self.buffer = buffer
        self.zones = zones
        self.matchers = matchers
        suppressions = Suppressions(text: buffer, lines: document.lines)
    }

    // MARK: Front matter

    /// A front-matter field's node; nil when absent or when the front matter is not a mapping.
    /// A name that is not a key is read as a [path](FieldPath) (`refs[0].id`): its first node.
    public func field(_ name: String) -> Node? { fields(name).first }

    /// Every node a field name or path reaches (`refs[].id`: each element's `id`).
    public func fields(_ name: String) -> [Node] {
        guard let root = document.frontMatter else { return [] }
        if let node = root[name] { return [node] }
        guard FieldPath.isPath(name), let path = FieldPath(name) else { return [] }
        return path.nodes(in: root)
    }

    /// A front-matter field's text when it is a scalar.
    public func fieldText(_ name: String) -> String? { field(name)?.scalarValue }

    /// A part of the document's path: `path` (relative), `name`, `stem` (the name without its
    /// last extension) or `folder` (the relative path's folder, empty at the root).
    public func documentPart(_ part: String) -> String {
        let path = relativePath
        let slash = path.lastIndex(of: "/")
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        switch part {
        case "path": return path
        case "name": return name
        case "folder": return slash.map { String(path[..<$0]) } ?? ""
        default: return name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name
        }
    }

    // MARK: Text

    public func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
    }

    public func text(of line: BodyLine) -> String { text(line.range) }

    /// Whether the bytes `range` hold nothing but spaces and tabs: a blank line.
    public func isBlank(_ range: Range<Int>) -> Bool {
        buffer[range].allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    /// A line's text without the spaces and tabs around it, trimmed on its bytes (raw layouts
    /// leave a space at the end of most lines).
    public func trimmedText(_ range: Range<Int>) -> String {
        var start = range.lowerBound, end = range.upperBound
        while start < end, buffer[start] == 0x20 || buffer[start] == 0x09 { start += 1 }
        while end > start, buffer[end - 1] == 0x20 || buffer[end - 1] == 0x09 { end -= 1 }
        return text(start..<end)
    }

    /// The longest line (trimmed, in characters) a running header on a line of its own is taken
    /// to be, not a paragraph: a long title (four lines at a page top) with the symbol beside it.
    public static let shortLineLimit = 400

    /// Whether the body holds line `range`'s text (without the spaces and tabs around it) more
    /// than once: a running title printed at page tops. Hashed on the bytes, once a document for
    /// every rule that asks: a document of one-line paragraphs costs no string a line (a set of
    /// the lines' strings was 2% of a run's instructions). Two lines of one hash are taken for the
    /// same line; with 64 bits that leaves a chance in 10^16 for a document.
    public func isRepeatedLine(_ range: Range<Int>) -> Bool {
        guard let hash = lineHash(range) else { return false }
        return repeatedLineHashes.contains(hash)
    }

    private lazy var repeatedLineHashes: Set<UInt64> = {
        var seen = Set<UInt64>(), twice = Set<UInt64>()
        guard document.bodyStartLine <= document.lines.count else { return twice }
        for number in document.bodyStartLine...document.lines.count {
            if let hash = lineHash(document.lines.range(ofLine: number)), !seen.insert(hash).inserted { twice.insert(hash) }
        }
        return twice
    }()

    /// Whether another body line is line `range`'s text (without the spaces and tabs around it)
    /// with one more word before or after it: a running title that a layout prints beside the
    /// symbol at most page tops (`A/RES/80/3 Awaza Declaration`) and alone at some. The lines
    /// with their first or last word dropped are hashed once a document, when a rule first asks.
    public func isPrintedBesideAWord(_ range: Range<Int>) -> Bool {
        guard let hash = lineHash(range) else { return false }
        return linesLessAWord.contains(hash)
    }

    private lazy var linesLessAWord: Set<UInt64> = {
        var hashes = Set<UInt64>()
        guard document.bodyStartLine <= document.lines.count else { return hashes }
        for number in document.bodyStartLine...document.lines.count {
            let line = document.lines.range(ofLine: number)
            var start = line.lowerBound, end = line.upperBound
            while start < end, buffer[start] == 0x20 || buffer[start] == 0x09 { start += 1 }
            while end > start, buffer[end - 1] == 0x20 || buffer[end - 1] == 0x09 { end -= 1 }
            guard let firstSpace = (start..<end).first(where: { buffer[$0] == 0x20 }) else { continue }
            let lastSpace = (start..<end).last(where: { buffer[$0] == 0x20 })!
            if let hash = lineHash(firstSpace..<end) { hashes.insert(hash) }
            if let hash = lineHash(start..<lastSpace) { hashes.insert(hash) }
        }
        return hashes
    }()

    /// FNV-1a of a line's bytes without the spaces and tabs around it; nil when that is empty.
    private func lineHash(_ range: Range<Int>) -> UInt64? {
        var start = range.lowerBound, end = range.upperBound
        while start < end, buffer[start] == 0x20 || buffer[start] == 0x09 { start += 1 }
        while end > start, buffer[end - 1] == 0x20 || buffer[end - 1] == 0x09 { end -= 1 }
        guard start < end else { return nil }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for index in start..<end { hash = (hash ^ UInt64(buffer[index])) &* 0x100_0000_01B3 }
        return hash
    }

    /// Where the last column was counted: findings on one line usually come left to right, so
    /// counting goes on from there instead of from the line's start (a one-line file of megabytes
    /// with thousands of findings would otherwise cost their product).
    @exclusivity(unchecked) private var columnCursor = (lineStart: -1, offset: 0, column: 1)

    /// The 1-based column of byte `offset`, counting Unicode scalars from its line's start.
    public func column(ofByte offset: Int, lineStart: Int) -> Int {
        var (i, column) = (lineStart, 1)
        if columnCursor.lineStart == lineStart, columnCursor.offset <= offset { (i, column) = (columnCursor.offset, columnCursor.column) }
        while i < offset {
            if buffer[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        columnCursor = (lineStart, offset, column)
        return column
    }

    // MARK: Matching

    /// The body line being visited, set by the body pass: questions about it are answered by the
    /// worker's line classifier where it holds the pattern.
    @exclusivity(unchecked) private var currentLine: Range<Int> = 0..<0
    /// Whether the current line was classified: 0 not yet, 1 done, -1 the classifier gave up.
    @exclusivity(unchecked) private var currentLineState: Int8 = 0
    /// The bytes the current line holds, once a pattern that needs some bytes asked about it.
    @exclusivity(unchecked) private var currentLineBytes: ByteSet?

    func enterLine(_ range: Range<Int>) {
        currentLine = range
        currentLineState = 0
        currentLineBytes = nil
    }

    /// What the first stage knows of `pattern` in `range`: whether it matches, or nil when it
    /// cannot tell (not the current line, not a member, or the scan gave up) and the pattern's
    /// own matcher must be asked. A line that lacks a byte every match of the pattern needs is
    /// answered no at once; the bytes are gathered at the line's first such question. The line
    /// is classified at its first question.
    @inline(__always) private func classified(_ pattern: Pattern, _ range: Range<Int>) -> Bool? {
        guard range == currentLine, !range.isEmpty else { return nil }
        let prefilter = pattern.prefilter
        if prefilter.needsLineBytes {
            let bytes = currentLineBytes ?? ByteSet(bytesOf: buffer, range)
            currentLineBytes = bytes
            guard prefilter.admits(lineBytes: bytes) else { return false }
        }
        guard matchers.classifies else { return nil }
        guard let classifier = matchers.classifier, let slot = classifier.slot(of: pattern) else {
            matchers.askedAboutLine(pattern)
            return nil
        }
        if currentLineState == 0 { currentLineState = classifier.classify(buffer, range) ? 1 : -1 }
        return currentLineState == 1 ? classifier.matched(slot) : nil
    }

    /// The first match of `pattern` in `range`. A pattern that hits the backtracking limit is
    /// reported once per rule and document and from then on treated as not matching in this
    /// document: each try of a catastrophic pattern costs the whole limit (some 16 ms), so trying
    /// it on every line of a long document would take hours.
    public func firstMatch(_ pattern: Pattern, in range: Range<Int>, for rule: RuleInfo) -> RegexMatch? {
        guard isLive(pattern), classified(pattern, range) != false else { return nil }
        do {
            return try matchers.matcher(for: pattern).firstMatch(in: buffer, range: range)
        } catch {
            reportMatchFailure(error, pattern: pattern, range: range, rule: rule)
            return nil
        }
    }

    /// Whether `pattern` matches somewhere in `range`, without building captures.
    public func matches(_ pattern: Pattern, in range: Range<Int>, for rule: RuleInfo) -> Bool {
        guard isLive(pattern) else { return false }
        if let known = classified(pattern, range) { return known }
        do {
            return try matchers.matcher(for: pattern).firstMatchRange(in: buffer, range: range) != nil
        } catch {
            reportMatchFailure(error, pattern: pattern, range: range, rule: rule)
            return false
        }
    }

    /// This thread's matcher for `pattern`, for matching values rather than lines.
    public func matcher(_ pattern: Pattern) -> Matcher { matchers.matcher(for: pattern) }

    /// Whether `pattern` matches `string` (a field's or an extracted value's text).
    public func matches(_ pattern: Pattern, _ string: String) -> Bool {
        (try? matchers.matcher(for: pattern).matches(string)) == true
    }

    /// The range of group `group` of every match of `pattern` in `range`, without match values.
    public func forEachMatch(_ pattern: Pattern, in range: Range<Int>, group: Int, for rule: RuleInfo, _ body: (Range<Int>?) -> Void) {
        guard isLive(pattern), classified(pattern, range) != false else { return }
        do {
            try matchers.matcher(for: pattern).forEachMatch(in: buffer, range: range, group: group, body)
        } catch {
            reportMatchFailure(error, pattern: pattern, range: range, rule: rule)
        }
    }

    /// Each match of `pattern` in `range`, left to right, until `body` returns false. Matches
    /// are not gathered: a line of megabytes can hold millions.
    public func forEachMatch(_ pattern: Pattern, in range: Range<Int>, for rule: RuleInfo, _ body: (RegexMatch) -> Bool) {
        guard isLive(pattern), classified(pattern, range) != false else { return }
        do {
            try matchers.matcher(for: pattern).forEachMatch(in: buffer, range: range, body)
        } catch {
            reportMatchFailure(error, pattern: pattern, range: range, rule: rule)
        }
    }

    private func isLive(_ pattern: Pattern) -> Bool {
        exhausted.isEmpty || !exhausted.contains(ObjectIdentifier(pattern))
    }

    private func reportMatchFailure(_ error: PatternError, pattern: Pattern, range: Range<Int>, rule: RuleInfo) {
        exhausted.insert(ObjectIdentifier(pattern))
        guard limitReported.insert(ObjectIdentifier(rule)).inserted else { return }
        let line = document.lines.line(containing: range.lowerBound)
        guard !isSilenced("engine/regex-limit", of: rule, line: line) else { return }
        findings.append((ObjectIdentifier(rule), Diagnostic(
            path: document.path, line: line, column: 1, rule: "engine/regex-limit", severity: .warning,
            message: "rule \(rule.id) stopped matching `\(pattern.source)` here: \(error); the pattern is not tried again in this file")))
    }

    // MARK: Values

    public func setValues(_ name: String, _ found: [ExtractedValue]) { values[name] = found }

    public func value(_ name: String) -> ExtractedValue? { values[name]?.first }

    // MARK: Findings

    /// Records a finding of `rule` (under `outcome`'s report), its message rendered from `values`.
    /// `message` replaces the report's own template (a rule with several comparisons words each).
    public func emit(_ rule: RuleInfo, _ outcome: String? = nil, line: Int, column: Int = 1, endLine: Int? = nil,
                     endColumn: Int? = nil, values: [String: String] = [:], snippet: String? = nil, message: MessageTemplate? = nil,
                     fix: Fix? = nil) {
        let report = rule.report(outcome)
        guard let severity = report.severity, !isSilenced(report.id, of: rule, line: line) else { return }
        let id = ObjectIdentifier(rule)
        let count = counts[id, default: 0] + 1
        counts[id] = count
        guard count <= Self.maxFindingsPerRule else {
            if count == Self.maxFindingsPerRule + 1 { overflow.append(rule) }
            return
        }
        findings.append((id, Diagnostic(
            path: document.path, line: line, column: column, endLine: endLine, endColumn: endColumn,
            rule: report.id, severity: severity, message: (message ?? report.message).render(values), snippet: snippet,
            fix: acceptsFixes ? fix : nil)))
    }

    // MARK: Fixes

    /// How far the text checks read lies from the file's first byte: the byte-order mark the
    /// decoder dropped. Edits count bytes of the file.
    public var fileOffset: Int { document.problems.contains { $0.kind == .byteOrderMark } ? 3 : 0 }

    /// Whether findings may carry fixes: not when the decoder had to change the text (invalid
    /// UTF-8 replaced, UTF-16), since an edit of the decoded text would land on other bytes.
    public var acceptsFixes: Bool {
        !document.problems.contains { $0.kind == .invalidUTF8 || $0.kind == .utf16 }
    }

    /// An edit of the bytes `range` of the text checks read, in the file's bytes.
    public func edit(_ range: Range<Int>, _ replacement: String) -> TextEdit {
        let shift = fileOffset
        return TextEdit(range: (range.lowerBound + shift)..<(range.upperBound + shift), replacement: replacement)
    }

    /// The whole of line `line` with its terminator, for a fix that removes the line.
    public func rangeWithTerminator(ofLine line: Int) -> Range<Int> {
        let lines = document.lines
        let start = lines.start(ofLine: line)
        return start..<(line < lines.count ? lines.start(ofLine: line + 1) : buffer.count)
    }

    /// The byte offset in the text of a 1-based line and column (Unicode scalars); nil past the text.
    public func byteOffset(line: Int, column: Int) -> Int? {
        DiagnosticRange.byteOffset(line: line, column: column, self)
    }

    /// Records that `rule` stopped early in this file at `line`, a bound on what one rule may
    /// keep of a file having been reached: an `engine/too-many-findings` warning.
    public func reportLimit(_ rule: RuleInfo, line: Int, message: String) {
        guard !isSilenced("engine/too-many-findings", of: rule, line: line) else { return }
        findings.append((ObjectIdentifier(rule), Diagnostic(path: document.path, line: line, column: 1, rule: "engine/too-many-findings",
                                                            severity: .warning, message: message)))
    }

    /// Whether a suppression comment silences a finding of report `id` at `line`; the comment is
    /// then used (unless `rule`'s findings are dropped later).
    /// Whether a suppression comment silences `rule`'s `outcome` at `line`, without counting the
    /// comment as used (`emit` does that): for kinds that bound their findings per document.
    public func silences(_ rule: RuleInfo, _ outcome: String? = nil, line: Int) -> Bool {
        !suppressions.isEmpty && suppressions.comment(silencing: rule.report(outcome).id, at: line) != nil
    }

    private func isSilenced(_ id: String, of rule: RuleInfo, line: Int) -> Bool {
        guard !suppressions.isEmpty, let comment = suppressions.comment(silencing: id, at: line) else { return false }
        silenced.append((ObjectIdentifier(rule), comment))
        return true
    }

    /// Forgets what `rule` found (its `when` condition turned out false once values were known),
    /// with its count and the suppressions its findings used.
    func dropFindings(of rule: RuleInfo) {
        let id = ObjectIdentifier(rule)
        findings.removeAll { $0.rule == id }
        silenced.removeAll { $0.rule == id }
        counts[id] = nil
        overflow.removeAll { ObjectIdentifier($0) == id }
    }

    /// Every finding of the file, unsorted: those kept; the suppression comments that silenced
    /// nothing (as bounded as a rule's findings); and for each rule that found more than it may
    /// report, one finding saying how many were left out.
    func diagnostics() -> [Diagnostic] {
        var diagnostics = findings.map(\.diagnostic)
        if !suppressions.isEmpty {
            let unused = suppressions.unused(path: document.path, used: Set(silenced.map(\.comment)))
            diagnostics += unused.prefix(Self.maxFindingsPerRule)
            if unused.count > Self.maxFindingsPerRule {
                diagnostics.append(Diagnostic(path: document.path, line: 1, column: 1, rule: "engine/too-many-findings", severity: .warning,
                                              message: "\(unused.count) suppression comments in this file silence nothing; only the first \(Self.maxFindingsPerRule) are reported"))
            }
        }
        for rule in overflow {
            let total = counts[ObjectIdentifier(rule)] ?? 0
            diagnostics.append(Diagnostic(path: document.path, line: 1, column: 1, rule: "engine/too-many-findings", severity: .warning,
                                          message: "rule \(rule.id) found \(total) problems in this file; only the first \(Self.maxFindingsPerRule) are reported"))
        }
        return diagnostics
    }
}
