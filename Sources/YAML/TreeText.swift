/// A composed YAML document written as compact text, and read back without libyaml.
///
/// For documents known at build time (the shipped rule packs): composing them with libyaml costs
/// 13.7 M instructions a run, a sixth of a one-file lint run; reading this form back costs a
/// small fraction of that. Reading gives the tree `Composer.load` gives (a test compares them
/// for every shipped pack), or nil when the text is not such a form, and the caller composes
/// the YAML instead.
///
/// The form: a document is `D` its start, its duplicate keys (a count, then each key and its two
/// marks), then `-` or its root node. A node is its kind letter, its start and end marks, then
/// `t`+tag and `&`+anchor when it has them, then `;` and its content: a scalar's style digit and
/// text, a collection's item count and items (a mapping's: key, value, key, value…), an alias's
/// name. A mark is `line,column,`; a string is its UTF-8 length, `:` and its bytes.
public enum TreeText {
    public static func encode(_ document: YAMLDocument) -> String {
        var out = "D"
        mark(document.start, &out)
        out += "\(document.duplicateKeys.count),"
        for duplicate in document.duplicateKeys {
            string(duplicate.key, &out)
            mark(duplicate.first, &out)
            mark(duplicate.second, &out)
        }
        if let root = document.root { node(root, &out) } else { out += "-" }
        return out
    }

    /// The document `encode` wrote; nil when `text` is not exactly one such document.
    public static func decode(_ text: String) -> YAMLDocument? {
        var text = text
        return text.withUTF8 { bytes in
            var reader = Reader(bytes: bytes)
            guard let document = reader.document(), reader.position == bytes.count else { return nil }
            return document
        }
    }

    private static let styles: [ScalarStyle] = [.plain, .singleQuoted, .doubleQuoted, .literal, .folded]

    private static func node(_ node: Node, _ out: inout String) {
        switch node.content {
        case .scalar: out += "s"
        case .mapping: out += "m"
        case .sequence: out += "q"
        case .alias: out += "a"
        }
        mark(node.start, &out)
        mark(node.end, &out)
        if let tag = node.tag { out += "t"; string(tag, &out) }
        if let anchor = node.anchor { out += "&"; string(anchor, &out) }
        out += ";"
        switch node.content {
        case let .scalar(value, style):
            out += "\(styles.firstIndex(of: style)!)"
            string(value, &out)
        case let .mapping(pairs):
            out += "\(pairs.count),"
            for pair in pairs {
                self.node(pair.key, &out)
                self.node(pair.value, &out)
            }
        case let .sequence(items):
            out += "\(items.count),"
            for item in items { self.node(item, &out) }
        case let .alias(name):
            string(name, &out)
        }
    }

    private static func mark(_ mark: Mark, _ out: inout String) {
        out += "\(mark.line),\(mark.column),"
    }

    private static func string(_ text: String, _ out: inout String) {
        // Control characters (a pattern's NUL, a CR) go as hex: Swift source holds no such character.
        guard text.utf8.contains(where: { ($0 < 0x20 && $0 != UInt8(ascii: "\n")) || $0 == 0x7F }) else {
            out += "\(text.utf8.count):" + text
            return
        }
        let digits = Array("0123456789abcdef")
        out += "\(text.utf8.count)%"
        for byte in text.utf8 { out += String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 15)]) }
    }

    /// Reads the form from UTF-8 bytes; every read checks what it expects and fails with nil.
    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0
        /// Whether an alias node was read.
        var aliases = false

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func document() -> YAMLDocument? {
            guard take("D"), let start = mark(), let count = number(",") else { return nil }
            var duplicates: [DuplicateKey] = []
            for _ in 0..<count {
                guard let key = string(), let first = mark(), let second = mark() else { return nil }
                duplicates.append(DuplicateKey(key: key, first: first, second: second))
            }
            if take("-") { return YAMLDocument(root: nil, duplicateKeys: duplicates, start: start) }
            guard let root = node(depth: 0) else { return nil }
            return YAMLDocument(root: root, duplicateKeys: duplicates, start: start, containsAliases: aliases)
        }

        /// Nesting is bounded as the composer bounds it for packs, so that no text can exhaust the stack.
        mutating func node(depth: Int) -> Node? {
            guard depth <= 200, position < bytes.count else { return nil }
            let kind = bytes[position]
            position += 1
            guard let start = mark(), let end = mark() else { return nil }
            var tag: String?
            var anchor: String?
            if take("t") { guard let read = string() else { return nil }; tag = read }
            if take("&") { guard let read = string() else { return nil }; anchor = read }
            guard take(";") else { return nil }
            let content: Node.Content
            switch kind {
            case UInt8(ascii: "s"):
                guard position < bytes.count else { return nil }
                let digit = Int(bytes[position]) - Int(UInt8(ascii: "0"))
                position += 1
                guard styles.indices.contains(digit), let value = string() else { return nil }
                content = .scalar(value, styles[digit])
            case UInt8(ascii: "m"):
                guard let count = number(",") else { return nil }
                var pairs: [Pair] = []
                pairs.reserveCapacity(count)
                for _ in 0..<count {
                    guard let key = node(depth: depth + 1), let value = node(depth: depth + 1) else { return nil }
                    pairs.append(Pair(key: key, value: value))
                }
                content = .mapping(pairs)
            case UInt8(ascii: "q"):
                guard let count = number(",") else { return nil }
                var items: [Node] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    guard let item = node(depth: depth + 1) else { return nil }
                    items.append(item)
                }
                content = .sequence(items)
            case UInt8(ascii: "a"):
                guard let name = string() else { return nil }
                content = .alias(name)
                aliases = true
            default:
                return nil
            }
            return Node(content, tag: tag, anchor: anchor, start: start, end: end)
        }

        mutating func mark() -> Mark? {
            guard let line = number(","), let column = number(",") else { return nil }
            return Mark(line: line, column: column)
        }

        mutating func string() -> String? {
            let lengthStart = position
            if let length = number("%") { return hexString(length) }
            position = lengthStart
            guard let length = number(":"), length <= bytes.count - position else { return nil }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[position..<position + length]), as: UTF8.self)
            position += length
            return text
        }

        /// `length` bytes written as two hex digits each.
        private mutating func hexString(_ length: Int) -> String? {
            guard length <= (bytes.count - position) / 2 else { return nil }
            var decoded: [UInt8] = []
            decoded.reserveCapacity(length)
            for _ in 0..<length {
                guard let high = hexDigit(bytes[position]), let low = hexDigit(bytes[position + 1]) else { return nil }
                decoded.append(high << 4 | low)
                position += 2
            }
            return String(decoding: decoded, as: UTF8.self)
        }

        private func hexDigit(_ byte: UInt8) -> UInt8? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
            default: nil
            }
        }

        /// Decimal digits up to `end`, which is consumed.
        mutating func number(_ end: Unicode.Scalar) -> Int? {
            var value = 0
            var digits = 0
            while position < bytes.count, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9"), digits < 12 {
                value = value * 10 + Int(bytes[position] - UInt8(ascii: "0"))
                position += 1
                digits += 1
            }
            guard digits > 0, take(end) else { return nil }
            return value
        }

        mutating func take(_ byte: Unicode.Scalar) -> Bool {
            guard position < bytes.count, bytes[position] == UInt8(byte.value) else { return false }
            position += 1
            return true
        }
    }
}
