// Month names, and the folding that lets one table entry match every way extraction writes a name.
// Keys are stored already folded (see `appendFolded`): lower case, no accents, no hamza, no harakat.

extension WrittenDate {
    /// Single-word month names per language; Chinese writes months as numbers and has none.
    static func monthNames(_ language: DateLanguage) -> [String: Int] {
        switch language {
        case .english: return englishMonths
        case .french: return frenchMonths
        case .spanish: return spanishMonths
        case .russian: return russianMonths
        case .arabic: return arabicMonths
        case .german: return germanMonths
        case .chinese: return [:]
        }
    }

    static let englishMonths: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
        "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    ]

    // Folding makes "décembre", "DÉCEMBRE", "decembre" and a decomposed "de\u{301}cembre" one key.
    static let frenchMonths: [String: Int] = [
        "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
        "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
    ]

    // "setiembre" is the spelling the RAE accepts alongside "septiembre" and several countries use.
    static let spanishMonths: [String: Int] = [
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
        "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    ]

    // Folding makes "März" "marz"; "Jänner" and "Feber" are the Austrian names laws use.
    static let germanMonths: [String: Int] = [
        "januar": 1, "janner": 1, "februar": 2, "feber": 2, "marz": 3, "april": 4, "mai": 5, "juni": 6,
        "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
    ]

    // Genitive only: a day number governs the genitive, so "3 декабрь" is a typo worth reporting.
    static let russianMonths: [String: Int] = [
        "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
        "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    ]

    // UN Arabic writes the Levantine (Syriac) name, a slash, then the Egyptian (Western) name:
    // "كانون الأول/ديسمبر". Either may stand alone. Hamza is folded away, so "أبريل" = "ابريل";
    // يونيه/يوليه are the UN spellings, يونيو/يوليو the common ones.
    static let arabicMonths: [String: Int] = [
        "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيه": 6, "يونيو": 6,
        "يوليه": 7, "يوليو": 7, "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
        "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "اب": 8, "ايلول": 9,
    ]

    /// Two-word Levantine names, by first word then second.
    static let arabicTwoWordMonths: [String: [String: Int]] = [
        "كانون": ["الثاني": 1, "الاول": 12],
        "تشرين": ["الاول": 10, "الثاني": 11],
    ]

    /// Appends the folded form of `scalar`; appends nothing for marks that do not change a word.
    static func appendFolded(_ scalar: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        let value = scalar.value
        switch value {
        case 0x61...0x7A, 0x430...0x44F:                        // already folded: the common case
            out.append(scalar)
        case 0x41...0x5A, 0x410...0x42F:                        // Latin A-Z, Cyrillic А-Я
            out.append(Unicode.Scalar(value + 0x20)!)
        case 0x400...0x40F:                                      // Cyrillic Ѐ-Џ (Ё)
            out.append(Unicode.Scalar(value + 0x50)!)
        case 0xC0...0xFF:
            out.append(latin1Folded[Int(value - 0xC0)])
        case 0x1D49: out.append("e")                            // ᵉ of a superscript 1ᵉʳ
        case 0x2B3: out.append("r")                             // ʳ
        case 0x622, 0x623, 0x625, 0x671: out.append("\u{627}")  // alef with hamza/madda/wasla -> alef
        case 0x649, 0x6CC: out.append("\u{64A}")                // alef maksura, Farsi yeh -> yeh
        case 0x6A9: out.append("\u{643}")                       // keheh -> kaf
        case 0xFE80...0xFEF4:
            // Presentation forms, which PDF text extraction often emits instead of the letters.
            appendFolded(Unicode.Scalar(arabicPresentationBase[Int(value - 0xFE80)])!, to: &out)
        case 0xFEF5...0xFEFC:                                   // lam-alef ligatures
            out.append("\u{644}")
            out.append("\u{627}")
        default:
            if !isTransparent(scalar) { out.append(scalar) }
        }
    }

    /// Scalars that sit inside a word without changing it: combining accents (a decomposed "é"),
    /// harakat and shadda, tatweel, soft hyphen, zero-width joiners.
    static func isTransparent(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x0640, 0x200C, 0x200D: return true
        case 0..<0x300: return false
        default:
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return true
            default: return false
            }
        }
    }

    /// U+00C0...U+00FF lower-cased and stripped of accents; ×, ÷, æ, ð, þ, ß are kept as they are.
    private static let latin1Folded: [Unicode.Scalar] =
        Array("aaaaaaæceeeeiiiiðnooooo×ouuuuyþßaaaaaaæceeeeiiiiðnooooo÷ouuuuyþy".unicodeScalars)

    /// Base letter of each presentation form U+FE80...U+FEF4. The block lists the letters U+0621...U+063A
    /// and U+0641...U+064A in order, each in as many forms (isolated, final, initial, medial) as it has.
    private static let arabicPresentationBase: [UInt32] = {
        let formCounts: [(letters: ClosedRange<UInt32>, counts: [Int])] = [
            (0x621...0x63A, [1, 2, 2, 2, 2, 4, 2, 4, 2, 4, 4, 4, 4, 4, 2, 2, 2, 2, 4, 4, 4, 4, 4, 4, 4, 4]),
            (0x641...0x64A, [4, 4, 4, 4, 4, 4, 4, 2, 2, 4]),
        ]
        var table: [UInt32] = []
        for (letters, counts) in formCounts {
            for (letter, count) in zip(letters, counts) {
                table.append(contentsOf: repeatElement(letter, count: count))
            }
        }
        return table
    }()
}
