/// Footnote indicators of a document that numbers its footnotes 1, 2, 3… in reading order (as
/// the UN does), and the alignment that pairs them with definitions.
///
/// A flattened indicator is often indistinguishable from a number of the text when judged alone:
/// `the Decade 2024– 203412` is the year 2034 followed by indicator 12; `the reports of 1990 3 and
/// 1995, 4` holds indicators 3 and 4 set off by spaces. Judged against the number expected next,
/// they are clear: a candidate counts as an indicator only where it is the next label after the
/// indicators before it, and `166 States` between indicators 3 and 4 is no indicator.
struct ReadingOrder {
    /// How far a marker's label is trusted.
    enum Strength: UInt8 {
        /// A marker the pack trusts on its own (`[^4]`, `Destruction1`): it moves the count to
        /// its label even after a jump.
        case strong
        /// A weak marker: it vouches for its label anyway, and moves the count when it fits.
        case weak
        /// A candidate: an indicator only where it fits the count.
        case candidate
    }

    private struct Entry {
        let offset: Int
        let label: Int
        let strength: Strength
        /// A strong marker's index among the index's markers.
        let marker: Int
    }

    /// What the alignment found.
    struct Alignment {
        /// Labels that weak markers and candidates stand for in their place.
        var labels: [Int] = []
        /// Strong markers whose label comes after a later footnote's indicator (`km2` when
        /// footnote 7 is next): when undefined they are numbers of the text, not lost footnotes.
        var behind: Set<Int> = []
    }

    private var entries: [Entry] = []
    /// Whether entries arrived in reading order; patterns are matched one after another on each
    /// line, so they rarely do and are sorted once at the end.
    private var sorted = true

    var isEmpty: Bool { entries.isEmpty }

    mutating func add(_ label: Int, offset: Int, _ strength: Strength, marker: Int = -1) {
        if let last = entries.last, last.offset > offset { sorted = false }
        entries.append(Entry(offset: offset, label: label, strength: strength, marker: marker))
    }

    /// How many labels after the expected one a weak marker or a candidate may skip: one lost
    /// indicator does not stop the count, while a number far ahead (`166`) is no indicator.
    static let lookahead = 1

    /// The labels that weak markers and candidates stand for where they fit the count of
    /// indicators 1, 2, 3… read so far. A candidate only fits a label that is defined: an
    /// indicator stands for a footnote, and a number of the text standing for none is none.
    func aligned(isDefined: (Int) -> Bool) -> Alignment {
        let inOrder = sorted ? entries : entries.sorted { ($0.offset, $0.strength.rawValue) < ($1.offset, $1.strength.rawValue) }
        var expected = 1
        // The count of markers alone: a marker is behind only when markers passed its label, so
        // a candidate read wrongly never hides a lost footnote.
        var markersExpected = 1
        var alignment = Alignment()
        for entry in inOrder {
            switch entry.strength {
            case .strong:
                if entry.label < markersExpected { alignment.behind.insert(entry.marker) }
                expected = max(expected, entry.label + 1)
                markersExpected = max(markersExpected, entry.label + 1)
            case .weak:
                // The label expected next moves the count even when its footnote was lost.
                guard entry.label >= expected, entry.label <= expected + Self.lookahead,
                      entry.label == expected || isDefined(entry.label) else { continue }
                expected = entry.label + 1
                markersExpected = max(markersExpected, expected)
            case .candidate:
                // A candidate is an indicator only of a footnote that exists.
                guard entry.label >= expected, entry.label <= expected + Self.lookahead, isDefined(entry.label) else { continue }
                alignment.labels.append(entry.label)
                expected = entry.label + 1
            }
        }
        return alignment
    }
}
