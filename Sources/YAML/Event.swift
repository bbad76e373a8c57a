/// How a scalar was written; YAML gives plain scalars a type, quoted ones are strings.
public enum ScalarStyle: Sendable, Hashable {
    case plain, singleQuoted, doubleQuoted, literal, folded
}

/// One event of libyaml's event stream, with where it starts and ends in the original file.
public struct Event: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case streamStart
        case streamEnd
        case documentStart(explicit: Bool)
        case documentEnd(explicit: Bool)
        case mappingStart(anchor: String?, tag: String?, flow: Bool)
        case mappingEnd
        case sequenceStart(anchor: String?, tag: String?, flow: Bool)
        case sequenceEnd
        case scalar(value: String, anchor: String?, tag: String?, style: ScalarStyle)
        case alias(anchor: String)
    }

    public var kind: Kind
    public var start: Mark
    public var end: Mark

    public init(_ kind: Kind, start: Mark, end: Mark) {
        self.kind = kind
        self.start = start
        self.end = end
    }
}
