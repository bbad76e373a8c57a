/// The wording a synthetic General Assembly resolution is written in, one value a language: the
/// masthead, the verbs that open preambular and operative paragraphs, the headings of an annexed
/// convention and of rules of procedure, sub-paragraph labels and filler words. The words are this
/// project's own (no real resolution's text), chosen only to look like the six official languages.
struct SyntheticLanguage: Sendable {
    var code: String
    var jobSuffix: String
    var organization: String
    var assembly: String
    var distribution: String
    /// The masthead's session line for sessions 78, 79 and 80.
    var sessions: [String]
    var agendaItem: String
    var adoptedBy: String
    var opener: String
    var preamble: [String]
    var operative: [String]
    var words: [String]
    /// Characters a line holds before the layout wraps it (fewer for Chinese, whose signs are wide).
    var width: Int
    var separator: String = " "
    var annex: String
    var rulesTitle: String
    var seeResolution: String
    var plenary: String
    var date: @Sendable (Int, Int, Int) -> String
    var article: @Sendable (Int) -> String
    var rule: @Sendable (Int) -> String
    var chapter: @Sendable (Int) -> String
    /// `1. ` in most languages, `1 - ` in Arabic.
    var paragraphNumber: @Sendable (Int) -> String = { "\($0). " }
    /// `(a) ` (English, Chinese), `a) ` (French, Spanish), `а) ` (Russian), `(أ) ` (Arabic).
    var subLabel: @Sendable (Int) -> String

    /// An annex's heading as the language numbers it: `Annex I`, `附件一`, `المرفق الأول`.
    func annexHeading(_ number: Int) -> String {
        switch code {
        case "ZH": return annex + Self.chineseNumber(number)
        case "AR": return annex + " " + ["الأول", "الثاني", "الثالث", "الرابع"][number - 1]
        default: return annex + " " + Self.roman(number)
        }
    }

    static let latin = Array("abcdefghijklmnopqrstuvwxyz")
    static let cyrillic = Array("абвгдежзиклмнопрстуфхцчшщэюя")
    static let arabic = ["أ", "ب", "ج", "د", "هـ", "و", "ز", "ح", "ط", "ي", "ك", "ل", "م", "ن", "س", "ع", "ف", "ص", "ق", "ر", "ش", "ت", "ث", "خ", "ذ", "ض"]

    static func roman(_ number: Int) -> String {
        let numerals = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = number, text = ""
        for (value, numeral) in numerals { while rest >= value { text += numeral; rest -= value } }
        return text
    }

    static func chineseNumber(_ number: Int) -> String {
        let digits = Array("零一二三四五六七八九")
        if number < 10 { return String(digits[number]) }
        if number >= 100 {
            let rest = number % 100
            let tail = rest == 0 ? "" : rest < 10 ? "零" + String(digits[rest]) : rest < 20 ? "一" + chineseNumber(rest) : chineseNumber(rest)
            return String(digits[number / 100]) + "百" + tail
        }
        let tens = number / 10, units = number % 10
        return (tens == 1 ? "" : String(digits[tens])) + "十" + (units == 0 ? "" : String(digits[units]))
    }

    static let all: [SyntheticLanguage] = [english, french, spanish, russian, chinese, arabicLanguage]

    static let english = SyntheticLanguage(
        code: "EN", jobSuffix: "E", organization: "United Nations", assembly: "General Assembly",
        distribution: "Distr.: General", sessions: ["Seventy-eighth session", "Seventy-ninth session", "Eightieth session"], agendaItem: "Agenda item",
        adoptedBy: "Resolution adopted by the General Assembly", opener: "The General Assembly,",
        preamble: ["Recalling", "Reaffirming", "Noting with concern", "Welcoming", "Bearing in mind", "Recognizing", "Stressing"],
        operative: ["Decides", "Requests the Secretary-General", "Invites Member States", "Encourages", "Calls upon all States", "Urges", "Welcomes"],
        words: ["the", "lantern", "shared", "orchard", "of", "measures", "river", "basins", "and", "cooperation", "among", "regional", "bodies",
                "with", "timely", "support", "for", "coastal", "communities", "in", "accordance", "durable", "records", "archive",
                "practice", "mountain", "watersheds", "safeguarding", "relevant", "partners", "capacity", "fair", "transparent"],
        width: 84, annex: "Annex", rulesTitle: "Rules of procedure of the Conference of the Parties",
        seeResolution: "See resolution", plenary: "plenary meeting",
        date: { day, month, year in "\(day) \(["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][month - 1]) \(year)" },
        article: { "Article \($0)" }, rule: { "Rule \($0)" }, chapter: { "Chapter \(roman($0))" },
        subLabel: { "(\(latin[$0 - 1])) " })

    static let french = SyntheticLanguage(
        code: "FR", jobSuffix: "F", organization: "Nations Unies", assembly: "Assemblée générale",
        distribution: "Distr. générale", sessions: ["Soixante-dix-huitième session", "Soixante-dix-neuvième session", "Quatre-vingtième session"], agendaItem: "Point",
        adoptedBy: "Résolution adoptée par l’Assemblée générale", opener: "L’Assemblée générale,",
        preamble: ["Rappelant", "Réaffirmant", "Notant avec inquiétude", "Se félicitant", "Consciente", "Considérant", "Soulignant"],
        operative: ["Décide", "Prie le Secrétaire général", "Invite les États Membres", "Encourage", "Demande à tous les États", "Exhorte", "Salue"],
        words: ["la", "lanterne", "verger", "partagé", "des", "mesures", "bassins", "fluviaux", "et", "coopération", "entre", "organes",
                "régionaux", "avec", "un", "appui", "pour", "les", "communautés", "côtières", "conformément", "aux", "archives",
                "durables", "pratique", "montagne", "sauvegarde", "partenaires", "capacités", "équitable", "transparente"],
        width: 84, annex: "Annexe", rulesTitle: "Règlement intérieur de la Conférence des Parties",
        seeResolution: "Voir résolution", plenary: "séance plénière",
        date: { day, month, year in "\(day) \(["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"][month - 1]) \(year)" },
        article: { $0 == 1 ? "Article premier" : "Article \($0)" }, rule: { "Article \($0)" }, chapter: { "Chapitre \(roman($0))" },
        subLabel: { "\(latin[$0 - 1])) " })

    static let spanish = SyntheticLanguage(
        code: "ES", jobSuffix: "S", organization: "Naciones Unidas", assembly: "Asamblea General",
        distribution: "Distr. general", sessions: ["Septuagésimo octavo período de sesiones", "Septuagésimo noveno período de sesiones", "Octogésimo período de sesiones"], agendaItem: "Tema",
        adoptedBy: "Resolución aprobada por la Asamblea General", opener: "La Asamblea General,",
        preamble: ["Recordando", "Reafirmando", "Observando con preocupación", "Acogiendo con beneplácito", "Teniendo presente", "Reconociendo", "Destacando"],
        operative: ["Decide", "Solicita al Secretario General", "Invita a los Estados Miembros", "Alienta", "Exhorta a todos los Estados", "Insta", "Celebra"],
        words: ["la", "linterna", "huerto", "compartido", "de", "medidas", "cuencas", "fluviales", "y", "cooperación", "entre", "órganos",
                "regionales", "con", "apoyo", "oportuno", "para", "las", "comunidades", "costeras", "conforme", "archivos",
                "duraderos", "práctica", "montaña", "salvaguardia", "asociados", "capacidad", "justa", "transparente"],
        width: 84, annex: "Anexo", rulesTitle: "Reglamento de la Conferencia de las Partes",
        seeResolution: "Véase la resolución", plenary: "sesión plenaria",
        date: { day, month, year in "\(day) de \(["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"][month - 1]) de \(year)" },
        article: { "Artículo \($0)" }, rule: { "Artículo \($0)" }, chapter: { "Capítulo \(roman($0))" },
        subLabel: { "\(latin[$0 - 1])) " })

    static let russian = SyntheticLanguage(
        code: "RU", jobSuffix: "R", organization: "Организация Объединенных Наций", assembly: "Генеральная Ассамблея",
        distribution: "Distr.: General", sessions: ["Семьдесят восьмая сессия", "Семьдесят девятая сессия", "Восьмидесятая сессия"], agendaItem: "Пункт",
        adoptedBy: "Резолюция, принятая Генеральной Ассамблеей", opener: "Генеральная Ассамблея,",
        preamble: ["ссылаясь на", "вновь подтверждая", "отмечая с обеспокоенностью", "приветствуя", "учитывая", "признавая", "подчеркивая"],
        operative: ["постановляет", "просит Генерального секретаря", "предлагает государствам-членам", "рекомендует", "призывает все государства", "настоятельно призывает", "приветствует"],
        words: ["фонарь", "общий", "сад", "меры", "речных", "бассейнов", "и", "сотрудничество", "между", "региональными", "органами",
                "с", "своевременной", "поддержкой", "для", "прибрежных", "общин", "в", "соответствии", "архивы", "практика",
                "горных", "водоразделов", "охрана", "партнеров", "потенциал", "справедливый", "прозрачный"],
        width: 84, annex: "Приложение", rulesTitle: "Правила процедуры Конференции Сторон",
        seeResolution: "См. резолюцию", plenary: "пленарное заседание",
        date: { day, month, year in "\(day) \(["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"][month - 1]) \(year) года" },
        article: { "Статья \($0)" }, rule: { "Правило \($0)" }, chapter: { "Глава \(roman($0))" },
        subLabel: { "\(cyrillic[$0 - 1])) " })

    static let chinese = SyntheticLanguage(
        code: "ZH", jobSuffix: "C", organization: "联合国", assembly: "大会",
        distribution: "Distr.: General", sessions: ["第七十八届会议", "第七十九届会议", "第八十届会议"], agendaItem: "议程项目",
        adoptedBy: "大会决议", opener: "大会，",
        preamble: ["回顾", "重申", "关切地注意到", "欢迎", "铭记", "确认", "强调"],
        operative: ["决定", "请秘书长", "邀请会员国", "鼓励", "吁请所有国家", "敦促", "欢迎"],
        words: ["灯笼", "共享", "果园", "措施", "流域", "合作", "区域", "机构", "及时", "支持", "沿海", "社区", "依照", "档案",
                "持久", "做法", "山地", "分水岭", "保护", "伙伴", "能力", "公平", "透明"],
        width: 38, separator: "", annex: "附件", rulesTitle: "缔约方会议议事规则",
        seeResolution: "见第", plenary: "次全体会议",
        date: { day, month, year in "\(year)年\(month)月\(day)日" },
        article: { "第\(chineseNumber($0))条" }, rule: { "第\($0)条" }, chapter: { "第\(chineseNumber($0))章" },
        subLabel: { "(\(latin[$0 - 1])) " })

    static let arabicLanguage = SyntheticLanguage(
        code: "AR", jobSuffix: "A", organization: "الأمم المتحدة", assembly: "الجمعية العامة",
        distribution: "Distr.: General", sessions: ["الدورة الثامنة والسبعون", "الدورة التاسعة والسبعون", "الدورة الثمانون"], agendaItem: "البند",
        adoptedBy: "قرار اتخذته الجمعية العامة", opener: "إن الجمعية العامة،",
        preamble: ["إذ تشير إلى", "وإذ تؤكد من جديد", "وإذ تلاحظ مع القلق", "وإذ ترحب", "وإذ تضع في اعتبارها", "وإذ تسلم", "وإذ تشدد"],
        operative: ["تقرر", "تطلب إلى الأمين العام", "تدعو الدول الأعضاء", "تشجع", "تهيب بجميع الدول", "تحث", "ترحب"],
        words: ["الفانوس", "البستان", "المشترك", "تدابير", "أحواض", "الأنهار", "والتعاون", "بين", "الهيئات", "الإقليمية", "مع",
                "دعم", "مناسب", "للمجتمعات", "الساحلية", "وفقا", "المحفوظات", "الدائمة", "الممارسة", "الجبلية", "حماية",
                "الشركاء", "القدرات", "العادلة", "الشفافة"],
        width: 84, annex: "المرفق", rulesTitle: "النظام الداخلي لمؤتمر الأطراف",
        seeResolution: "انظر القرار", plenary: "الجلسة العامة",
        date: { day, month, year in "\(day) \(["كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو", "حزيران/يونيه", "تموز/يوليه", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر", "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر"][month - 1]) \(year)" },
        article: { "المادة \($0)" }, rule: { "القاعدة \($0)" }, chapter: { "الفصل \(roman($0))" },
        paragraphNumber: { "\($0) - " },
        subLabel: { "(\(arabic[$0 - 1])) " })
}
