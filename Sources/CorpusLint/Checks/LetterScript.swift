/// Letters other than Latin that label subparagraphs, each counted in its own alphabet's order:
/// Russian documents write `а)`, `б)`, `в)`; Arabic documents `(أ)`, `(ب)`, `(ج)` in the abjad
/// order (أ ب ج د هـ و ز ح ط ي ك ل م ن س ع ف ص ق ر ش ت ث خ ذ ض ظ غ) that Arabic lists follow.
enum LetterScript: UInt8, Sendable {
    case latin, cyrillic, arabic

    /// Cyrillic lowercase letters in list order: ё, й, ъ, ы and ь never label a list.
    static let cyrillicLetters: [Character] = Array("абвгдежзиклмнопрстуфхцчшщэюя")
    /// Arabic letters in abjad order; هـ is written with a tatweel, which is skipped when read.
    static let arabicLetters: [Character] = Array("أبجدهوزحطيكلمنسعفصقرشتثخذضظغ")

    /// Letters that some lists of this script leave out (Russian drafting skips з, о and ч, which
    /// look like digits): a gap made only of them is no gap.
    func isSkippable(_ value: Int) -> Bool {
        guard self == .cyrillic, value >= 1, value <= Self.cyrillicLetters.count else { return false }
        return "зоч".contains(Self.cyrillicLetters[value - 1])
    }

    func render(_ value: Int) -> String {
        let letters = self == .cyrillic ? Self.cyrillicLetters : Self.arabicLetters
        guard value >= 1, value <= letters.count else { return String(value) }
        let letter = letters[value - 1]
        return self == .arabic && letter == "ه" ? "هـ" : String(letter)
    }

    /// One Cyrillic or Arabic letter (an Arabic one optionally followed by a tatweel; a bare alef
    /// `ا` reads as `أ`), as an alpha label; nil for anything else.
    static func parse(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> SequenceLabels.Label? {
        guard range.count >= 2, range.count <= 4 else { return nil }
        var scalars = String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self).unicodeScalars[...]
        if scalars.count == 2, scalars.last == "\u{0640}" { scalars = scalars.dropLast() }
        guard scalars.count == 1, let scalar = scalars.first else { return nil }
        var character = Character(scalar)
        if character == "ا" { character = "أ" }
        var uppercase = false
        if let lower = character.lowercased().first, lower != character, cyrillicLetters.contains(lower) {
            character = lower
            uppercase = true
        }
        if let index = cyrillicLetters.firstIndex(of: character) {
            return SequenceLabels.Label(value: index + 1, uppercase: uppercase, script: .cyrillic)
        }
        if let index = arabicLetters.firstIndex(of: character) {
            return SequenceLabels.Label(value: index + 1, uppercase: false, script: .arabic)
        }
        return nil
    }

    /// Cyrillic letters that look like Latin ones, each with its twin: a list in one script
    /// may carry a letter typed in the other.
    private static let twins: [(cyrillic: Character, latin: Character)] = [
        ("а", "a"), ("с", "c"), ("е", "e"), ("о", "o"), ("р", "p"), ("х", "x"), ("у", "y"),
    ]

    /// The same single letter read in the other script (`с` as Latin c), nil when it has no twin.
    static func twin(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> SequenceLabels.Label? {
        let text = String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
        guard text.count == 1, let character = text.first else { return nil }
        if let pair = twins.first(where: { $0.cyrillic == character }), let ascii = pair.latin.asciiValue {
            return SequenceLabels.Label(value: Int(ascii - 0x60), uppercase: false, script: .latin)
        }
        if let pair = twins.first(where: { $0.latin == character }), let index = cyrillicLetters.firstIndex(of: pair.cyrillic) {
            return SequenceLabels.Label(value: index + 1, uppercase: false, script: .cyrillic)
        }
        return nil
    }
}
