/// The base protocol's framing: each JSON-RPC message is preceded by headers ending in an empty
/// line, of which `Content-Length` (the body's size in bytes) is the one that matters.
///
/// ```
/// Content-Length: 52\r\n
/// \r\n
/// {"jsonrpc":"2.0","id":1,"method":"shutdown"}
/// ```
public enum MessageFraming {
    /// A body with its header, ready to write.
    public static func frame(_ body: [UInt8]) -> [UInt8] {
        Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }

    /// A stream that cannot be read as frames: the server cannot find the next message's start.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case missingContentLength(header: String)
        case badHeaderLine(String)
        case tooLarge(Int)

        public var description: String {
            switch self {
            case let .missingContentLength(header): "a message header without Content-Length: \(header.debugDescription)"
            case let .badHeaderLine(line): "a header line that is not `Name: value`: \(line.debugDescription)"
            case let .tooLarge(size): "a message of \(size) bytes, more than the \(MessageFraming.maxBodyBytes) a message may hold"
            }
        }
    }

    /// A document an editor sends whole is bounded as lint bounds files it reads.
    public static let maxBodyBytes = 256 << 20
}

/// Cuts a byte stream, however it arrives in chunks, into message bodies.
public struct FrameDecoder {
    private var buffer: [UInt8] = []
    /// Where unread bytes start in `buffer` (consumed bytes are dropped now and then, not per message).
    private var start = 0

    public init() {}

    public mutating func append(_ bytes: some Collection<UInt8>) {
        buffer.append(contentsOf: bytes)
    }

    /// The next complete body, or nil until more bytes arrive.
    public mutating func next() throws(MessageFraming.Failure) -> [UInt8]? {
        guard let headerEnd = find([13, 10, 13, 10], from: start) else { return nil }
        let header = String(decoding: buffer[start..<headerEnd], as: UTF8.self)
        var length: Int?
        for line in header.split(separator: "\r\n", omittingEmptySubsequences: true) {
            guard let colon = line.firstIndex(of: ":") else { throw .badHeaderLine(String(line)) }
            let name = line[..<colon].trimmingCharacters(in: " \t")
            if name.lowercased() == "content-length" {
                length = Int(line[line.index(after: colon)...].trimmingCharacters(in: " \t"))
            }
        }
        guard let length, length >= 0 else { throw .missingContentLength(header: header) }
        guard length <= MessageFraming.maxBodyBytes else { throw .tooLarge(length) }
        let bodyStart = headerEnd + 4
        guard buffer.count - bodyStart >= length else { return nil }
        let body = Array(buffer[bodyStart..<(bodyStart + length)])
        start = bodyStart + length
        if start > 1 << 16, start * 2 > buffer.count {
            buffer.removeFirst(start)
            start = 0
        }
        return body
    }

    private func find(_ needle: [UInt8], from offset: Int) -> Int? {
        guard buffer.count >= needle.count else { return nil }
        var index = offset
        while index + needle.count <= buffer.count {
            if buffer[index] == needle[0], buffer[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}

private extension Substring {
    func trimmingCharacters(in set: String) -> Substring {
        var text = self
        while let first = text.first, set.contains(first) { text.removeFirst() }
        while let last = text.last, set.contains(last) { text.removeLast() }
        return text
    }
}
