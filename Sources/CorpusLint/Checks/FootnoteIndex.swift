/// A footnote label as a key: its number when it is one (nearly always), otherwise its bytes, so
/// labels compare without building strings, and `[^3]` and a flattened `3` are the same footnote.
enum FootnoteLabel: Hashable {
    case number(Int)
    case text([UInt8])

    init(_ bytes: UnsafeBufferPointer<UInt8>.SubSequence) {
        var value = 0
        var isNumber = !bytes.isEmpty && bytes.count <= 18
        for byte in bytes where isNumber {
            if byte >= 0x30 && byte <= 0x39 { value = value * 10 + Int(byte - 0x30) } else { isNumber = false }
        }
        self = isNumber ? .number(value) : .text(Array(bytes))
    }

    var number: Int? {
        if case let .number(value) = self { return value }
        return nil
    }
}

/// Where a footnote marker or definition was found: the label's bytes give its columns when a
/// finding needs them, so nothing is converted for occurrences that turn out fine.
struct FootnoteOccurrence {
    let label: FootnoteLabel
    let line: Int
    let lineStart: Int
    let labelRange: Range<Int>
    let match: Range<Int>
}

/// The footnote markers and definitions of one document, in order of appearance, and what is
/// wrong with them once the whole document has been read.
struct FootnoteIndex {
    enum Finding {
        /// A marker whose label no definition has.
        case undefined(marker: Int)
        /// The first definition of a label no marker uses.
        case unreferenced(definition: Int)
        /// A definition whose number is not the next one; `previous` is the definition before it.
        case outOfSequence(definition: Int, expected: Int, previous: Int?)
        /// A second definition of a label.
        case duplicate(definition: Int, first: Int)
    }

    private(set) var markers: [FootnoteOccurrence] = []
    private(set) var definitions: [FootnoteOccurrence] = []

    /// Labels that weak markers vouch for: they make definitions referenced, nothing more.
    private(set) var weakLabels: Set<FootnoteLabel> = []

    /// Labels of weak definitions: lines that may be footnotes, which satisfy a marker but are
    /// never reported themselves.
    private(set) var weakDefinitions: Set<FootnoteLabel> = []

    /// With ordered labels: every numbered marker and candidate, in reading order, for the
    /// alignment against 1, 2, 3… (see `ReadingOrder`).
    private(set) var readingOrder = ReadingOrder()

    /// Markers, labels and definitions kept per file. Each is kept (a marker or a definition in
    /// 64 bytes) until the file is read, so a hostile file of tens of megabytes of markers would
    /// cost gigabytes. Past this many the index is full: the rest of the file is not read for
    /// footnotes, and the check says so.
    static let maxOccurrences = 1_000_000
    private var recorded = 0
    /// The line where the index filled up; nil while it has room.
    private(set) var fullAt: Int?
    var isFull: Bool { fullAt != nil }

    private mutating func count(_ line: Int) {
        recorded += 1
        if recorded >= Self.maxOccurrences { fullAt = line }
    }

    mutating func addMarker(_ occurrence: FootnoteOccurrence) {
        guard !isFull else { return }
        markers.append(occurrence)
        count(occurrence.line)
    }

    mutating func addWeakLabel(_ label: FootnoteLabel, line: Int) {
        guard !isFull else { return }
        weakLabels.insert(label)
        count(line)
    }

    /// Records a marker of any strength at `offset` for the reading-order alignment; candidates
    /// are recorded nowhere else.
    mutating func addInOrder(_ label: FootnoteLabel, offset: Int, line: Int, _ strength: ReadingOrder.Strength) {
        guard !isFull, let number = label.number else { return }
        readingOrder.add(number, offset: offset, strength, marker: strength == .strong ? markers.count - 1 : -1)
        if strength == .candidate { count(line) }
    }

    mutating func addDefinition(_ occurrence: FootnoteOccurrence) {
        guard !isFull else { return }
        definitions.append(occurrence)
        count(occurrence.line)
    }

    mutating func addWeakDefinition(_ label: FootnoteLabel, line: Int) {
        guard !isFull else { return }
        weakDefinitions.insert(label)
        count(line)
    }

    /// The bytes of the current line already taken by a label, so that two patterns matching
    /// the same label count it once. A set, not a search of the line's earlier labels: a line of
    /// megabytes can hold hundreds of thousands of them.
    private var takenBytes: Set<Int> = []
    private var takenLine = 0

    /// Whether `range` of `line` overlaps a label already recorded; if not, records it.
    mutating func claim(_ range: Range<Int>, line: Int) -> Bool {
        if line != takenLine {
            takenLine = line
            // Keeping a large capacity would make every later line pay to clear it.
            takenBytes.removeAll(keepingCapacity: takenBytes.capacity <= 1_024)
        }
        guard !range.contains(where: takenBytes.contains) else { return false }
        takenBytes.formUnion(range)
        return true
    }

    /// Resolves markers against definitions in both directions; with `numbered`, definitions must
    /// also count 1, 2, 3… in order. A label defined twice is always a finding.
    func findings(numbered: Bool) -> [Finding] {
        guard !markers.isEmpty || !definitions.isEmpty || !weakLabels.isEmpty else { return [] }
        var findings: [Finding] = []
        var first: [FootnoteLabel: Int] = [:]
        var expected = 1
        for (index, definition) in definitions.enumerated() {
            if let earlier = first[definition.label] {
                findings.append(.duplicate(definition: index, first: earlier))
                continue
            }
            first[definition.label] = index
            guard numbered else { continue }
            // Footnotes read only as weak definitions (between paragraphs) still take their numbers.
            while weakDefinitions.contains(.number(expected)), first[.number(expected)] == nil { expected += 1 }
            let found = definition.label.number
            if found == expected {
                expected = nextUnused(after: expected, first)
                continue
            }
            let previous = index > 0 ? index - 1 : nil
            findings.append(.outOfSequence(definition: index, expected: expected, previous: previous))
            // A stray definition (the next one is the expected number) leaves the count alone;
            // otherwise the count resumes after this one, so one gap is reported once.
            let next = definitions.dropFirst(index + 1).first?.label.number
            if next != expected {
                expected = nextUnused(after: found ?? expected, first)
            }
        }
        var referenced = weakLabels
        referenced.reserveCapacity(markers.count)
        var behind: Set<Int> = []
        if !readingOrder.isEmpty {
            let defined = Set(first.keys).union(weakDefinitions)
            let alignment = readingOrder.aligned { defined.contains(.number($0)) }
            referenced.formUnion(alignment.labels.map(FootnoteLabel.number))
            behind = alignment.behind
        }
        for (index, marker) in markers.enumerated() {
            referenced.insert(marker.label)
            if first[marker.label] == nil, !weakDefinitions.contains(marker.label), !behind.contains(index) {
                findings.append(.undefined(marker: index))
            }
        }
        for (label, index) in first where !referenced.contains(label) {
            findings.append(.unreferenced(definition: index))
        }
        return findings
    }

    /// The smallest number after `number` that no definition has taken yet.
    private func nextUnused(after number: Int, _ defined: [FootnoteLabel: Int]) -> Int {
        var next = number + 1
        while defined[.number(next)] != nil { next += 1 }
        return next
    }
}
