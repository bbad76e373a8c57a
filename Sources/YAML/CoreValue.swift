/// A scalar typed by the YAML 1.2 core schema. libyaml gives only text; this is the one place
/// that decides what that text means, so that rules agree on it.
public enum CoreValue: Sendable, Equatable {
    case null
    case bool(Bool)
    /// An integer; `value` is nil when it does not fit in 64 bits (the text is kept).
    case int(text: String, value: Int?)
    case float(Double)
    case string(String)

    static let strTag = "tag:yaml.org,2002:str"
    static let intTag = "tag:yaml.org,2002:int"
    static let floatTag = "tag:yaml.org,2002:float"
    static let boolTag = "tag:yaml.org,2002:bool"
    static let nullTag = "tag:yaml.org,2002:null"

    /// Types a scalar: a quoted or block scalar, or one tagged `!` / `!!str`, is always a string.
    public init(scalar text: String, style: ScalarStyle, tag: String?) {
        switch tag {
        case Self.strTag?, "!"?:
            self = .string(text)
            return
        case nil:
            break
        default:
            // An explicit tag asks for that type; anything else a core schema does not know is text.
            if let typed = Self.plain(text), Self.matches(typed, tag: tag) { self = typed } else { self = .string(text) }
            return
        }
        guard style == .plain else {
            self = .string(text)
            return
        }
        self = Self.plain(text) ?? .string(text)
    }

    /// Whether the value is a YAML 1.2 core-schema string (the common "is this quoted/text" check).
    public var isString: Bool {
        if case .string = self { return true }
        return false
    }

    /// The name of the type, as messages show it.
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .int: return "integer"
        case .float: return "float"
        case .string: return "string"
        }
    }

    private static func matches(_ value: CoreValue, tag: String?) -> Bool {
        switch (value, tag) {
        case (.int, intTag?), (.float, floatTag?), (.bool, boolTag?), (.null, nullTag?): return true
        case (.int, floatTag?): return true
        default: return false
        }
    }

    private static func plain(_ text: String) -> CoreValue? {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .float(.infinity)
        case "-.inf", "-.Inf", "-.INF": return .float(-.infinity)
        case ".nan", ".NaN", ".NAN": return .float(.nan)
        default: break
        }
        let utf8 = Array(text.utf8)
        if let int = integer(utf8, text: text) { return int }
        if isFloat(utf8), let value = Double(text) { return .float(value) }
        return nil
    }

    private static func integer(_ s: [UInt8], text: String) -> CoreValue? {
        if s.count > 2, s[0] == UInt8(ascii: "0"), s[1] == UInt8(ascii: "o") {
            guard s.dropFirst(2).allSatisfy({ $0 >= 0x30 && $0 <= 0x37 }) else { return nil }
            return .int(text: text, value: Int(text.dropFirst(2), radix: 8))
        }
        if s.count > 2, s[0] == UInt8(ascii: "0"), s[1] == UInt8(ascii: "x") {
            guard s.dropFirst(2).allSatisfy(isHexDigit) else { return nil }
            return .int(text: text, value: Int(text.dropFirst(2), radix: 16))
        }
        let digits = (s.first == UInt8(ascii: "-") || s.first == UInt8(ascii: "+")) ? s.dropFirst() : s[...]
        guard !digits.isEmpty, digits.allSatisfy(isDigit) else { return nil }
        return .int(text: text, value: Int(text))
    }

    /// `[-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?`
    private static func isFloat(_ s: [UInt8]) -> Bool {
        var i = 0
        if i < s.count, s[i] == UInt8(ascii: "-") || s[i] == UInt8(ascii: "+") { i += 1 }
        let integerStart = i
        while i < s.count, isDigit(s[i]) { i += 1 }
        let integerDigits = i - integerStart
        var fractionDigits = 0
        if i < s.count, s[i] == UInt8(ascii: ".") {
            i += 1
            let fractionStart = i
            while i < s.count, isDigit(s[i]) { i += 1 }
            fractionDigits = i - fractionStart
        }
        guard integerDigits > 0 || fractionDigits > 0 else { return false }
        if i < s.count, s[i] == UInt8(ascii: "e") || s[i] == UInt8(ascii: "E") {
            i += 1
            if i < s.count, s[i] == UInt8(ascii: "-") || s[i] == UInt8(ascii: "+") { i += 1 }
            let exponentStart = i
            while i < s.count, isDigit(s[i]) { i += 1 }
            guard i > exponentStart else { return false }
        }
        return i == s.count
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
    }
}
