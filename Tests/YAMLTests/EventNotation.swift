import YAML

/// Writes events in the yaml-test-suite `test.event` notation.
enum EventNotation {
    static func line(_ event: Event) -> String {
        switch event.kind {
        case .streamStart: return "+STR"
        case .streamEnd: return "-STR"
        case let .documentStart(explicit): return explicit ? "+DOC ---" : "+DOC"
        case let .documentEnd(explicit): return explicit ? "-DOC ..." : "-DOC"
        case let .mappingStart(anchor, tag, flow): return "+MAP" + (flow ? " {}" : "") + properties(anchor, tag)
        case .mappingEnd: return "-MAP"
        case let .sequenceStart(anchor, tag, flow): return "+SEQ" + (flow ? " []" : "") + properties(anchor, tag)
        case .sequenceEnd: return "-SEQ"
        case let .scalar(value, anchor, tag, style): return "=VAL" + properties(anchor, tag) + " " + indicator(style) + escape(value)
        case let .alias(anchor): return "=ALI *" + anchor
        }
    }

    private static func properties(_ anchor: String?, _ tag: String?) -> String {
        (anchor.map { " &" + $0 } ?? "") + (tag.map { " <" + $0 + ">" } ?? "")
    }

    private static func indicator(_ style: ScalarStyle) -> String {
        switch style {
        case .plain: return ":"
        case .singleQuoted: return "'"
        case .doubleQuoted: return "\""
        case .literal: return "|"
        case .folded: return ">"
        }
    }

    private static func escape(_ value: String) -> String {
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\0": out += "\\0"
            case "\u{08}": out += "\\b"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
