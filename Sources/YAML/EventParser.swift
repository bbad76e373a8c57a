internal import CLibYAML

/// Runs libyaml's event parser over a UTF-8 text; the only place that touches libyaml.
public enum EventParser {
    /// Parses `bytes` and hands each event to `handle`, in order.
    ///
    /// `lineOffset` is added to every line, so that front matter starting on line 2 of a file
    /// reports lines of that file. Errors are thrown as values with a position, never printed.
    public static func parse(
        _ bytes: UnsafeRawBufferPointer,
        lineOffset: Int = 0,
        limits: ParseLimits = .default,
        _ handle: (Event) throws(YAMLError) -> Void
    ) throws(YAMLError) {
        guard bytes.count <= limits.maxBytes else {
            throw YAMLError(.tooLarge(bytes: bytes.count, limit: limits.maxBytes), at: Mark(line: 1 + lineOffset, column: 1))
        }
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            throw YAMLError(.syntax(problem: "libyaml could not allocate a parser", context: nil, contextMark: nil),
                            at: Mark(line: 1 + lineOffset, column: 1))
        }
        defer { yaml_parser_delete(parser) }

        // libyaml asserts on a null input pointer, which is what an empty Swift buffer gives:
        // an empty input is fed as a zero-length view of a real byte instead.
        var emptyInput: UInt8 = 0
        if let base = bytes.baseAddress, bytes.count > 0 {
            yaml_parser_set_input_string(parser, base.assumingMemoryBound(to: UInt8.self), bytes.count)
            try run(parser, bytes: bytes, lineOffset: lineOffset, limits: limits, handle)
        } else {
            yaml_parser_set_input_string(parser, &emptyInput, 0)
            try run(parser, bytes: bytes, lineOffset: lineOffset, limits: limits, handle)
        }
    }

    /// Convenience over `parse` for a Swift string: every event up to the end or the first error.
    public static func events(_ text: String, lineOffset: Int = 0, limits: ParseLimits = .default) -> (events: [Event], error: YAMLError?) {
        var events: [Event] = []
        var failure: YAMLError?
        Array(text.utf8).withUnsafeBytes { raw in
            do throws(YAMLError) {
                try parse(raw, lineOffset: lineOffset, limits: limits) { events.append($0) }
            } catch {
                failure = error
            }
        }
        return (events, failure)
    }

    private static func run(
        _ parser: UnsafeMutablePointer<yaml_parser_t>,
        bytes: UnsafeRawBufferPointer,
        lineOffset: Int,
        limits: ParseLimits,
        _ handle: (Event) throws(YAMLError) -> Void
    ) throws(YAMLError) {
        var event = yaml_event_t()
        var depth = 0
        while true {
            guard yaml_parser_parse(parser, &event) == 1 else {
                throw error(of: parser.pointee, bytes: bytes, lineOffset: lineOffset)
            }
            let converted = convert(event, lineOffset: lineOffset)
            let type = event.type
            yaml_event_delete(&event)

            switch type {
            case YAML_MAPPING_START_EVENT, YAML_SEQUENCE_START_EVENT:
                depth += 1
                if depth > limits.maxDepth { throw YAMLError(.tooDeep(limit: limits.maxDepth), at: converted.start) }
            case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
                depth -= 1
            default:
                break
            }
            try handle(converted)
            if type == YAML_STREAM_END_EVENT { return }
        }
    }

    private static func convert(_ event: yaml_event_t, lineOffset: Int) -> Event {
        let start = mark(event.start_mark, lineOffset: lineOffset)
        let end = mark(event.end_mark, lineOffset: lineOffset)
        let kind: Event.Kind
        switch event.type {
        case YAML_STREAM_START_EVENT:
            kind = .streamStart
        case YAML_STREAM_END_EVENT:
            kind = .streamEnd
        case YAML_DOCUMENT_START_EVENT:
            kind = .documentStart(explicit: event.data.document_start.implicit == 0)
        case YAML_DOCUMENT_END_EVENT:
            kind = .documentEnd(explicit: event.data.document_end.implicit == 0)
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            kind = .mappingStart(anchor: string(data.anchor), tag: string(data.tag), flow: data.style == YAML_FLOW_MAPPING_STYLE)
        case YAML_MAPPING_END_EVENT:
            kind = .mappingEnd
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            kind = .sequenceStart(anchor: string(data.anchor), tag: string(data.tag), flow: data.style == YAML_FLOW_SEQUENCE_STYLE)
        case YAML_SEQUENCE_END_EVENT:
            kind = .sequenceEnd
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            // The value may hold NUL characters (a "\0" escape), so it is read by length.
            let value = data.value.map { String(decoding: UnsafeBufferPointer(start: $0, count: data.length), as: UTF8.self) } ?? ""
            kind = .scalar(value: value, anchor: string(data.anchor), tag: string(data.tag), style: style(data.style))
        case YAML_ALIAS_EVENT:
            kind = .alias(anchor: string(event.data.alias.anchor) ?? "")
        default:
            kind = .streamEnd
        }
        return Event(kind, start: start, end: end)
    }

    private static func style(_ style: yaml_scalar_style_t) -> ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: return .literal
        case YAML_FOLDED_SCALAR_STYLE: return .folded
        default: return .plain
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    private static func mark(_ mark: yaml_mark_t, lineOffset: Int) -> Mark {
        Mark(line: Int(mark.line) + 1 + lineOffset, column: Int(mark.column) + 1)
    }

    private static func error(of parser: yaml_parser_t, bytes: UnsafeRawBufferPointer, lineOffset: Int) -> YAMLError {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown libyaml error"
        if parser.error == YAML_READER_ERROR {
            // A reader error has a byte offset but no mark: the mark is computed from the bytes.
            let offset = min(Int(parser.problem_offset), bytes.count)
            return YAMLError(.encoding(problem: problem, offset: offset), at: markOfByte(offset, in: bytes, lineOffset: lineOffset))
        }
        let context = parser.context.map { String(cString: $0) }
        let contextMark = context == nil ? nil : mark(parser.context_mark, lineOffset: lineOffset)
        return YAMLError(.syntax(problem: problem, context: context, contextMark: contextMark),
                         at: mark(parser.problem_mark, lineOffset: lineOffset))
    }

    private static func markOfByte(_ offset: Int, in bytes: UnsafeRawBufferPointer, lineOffset: Int) -> Mark {
        var line = 1, column = 1, index = 0
        while index < offset {
            let byte = bytes[index]
            if byte == 0x0A || (byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 && byte != 0x0D {
                column += 1
            }
            index += 1
        }
        return Mark(line: line + lineOffset, column: column)
    }
}
