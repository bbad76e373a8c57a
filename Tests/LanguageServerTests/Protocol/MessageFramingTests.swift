@testable import LanguageServer
import Testing

@Suite struct MessageFramingTests {
    let first = Array(#"{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}"#.utf8)
    // Multi-byte text: Content-Length counts bytes, not characters.
    let second = Array(#"{"jsonrpc":"2.0","method":"x","params":{"text":"é – 𝄞"}}"#.utf8)

    @Test func aFrameIsHeaderBlankLineBody() {
        let framed = MessageFraming.frame(second)
        #expect(String(decoding: framed.prefix(while: { $0 != 13 }), as: UTF8.self) == "Content-Length: \(second.count)")
        #expect(Array(framed.suffix(second.count)) == second)
        #expect(second.count > String(decoding: second, as: UTF8.self).count)
    }

    @Test func messagesSplitAnywhereAreReassembled() throws {
        let stream = MessageFraming.frame(first) + MessageFraming.frame(second)
        for chunkSize in [1, 2, 3, 7, 16, 64, stream.count] {
            var decoder = FrameDecoder()
            var bodies: [[UInt8]] = []
            var offset = 0
            while offset < stream.count {
                decoder.append(stream[offset..<min(offset + chunkSize, stream.count)])
                offset += chunkSize
                while let body = try decoder.next() { bodies.append(body) }
            }
            #expect(bodies == [first, second], "chunks of \(chunkSize) bytes")
        }
    }

    @Test func otherHeadersAndAnyCaseAreAccepted() throws {
        var decoder = FrameDecoder()
        decoder.append(Array("content-length:\(first.count)\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n".utf8) + first)
        #expect(try decoder.next() == first)
        #expect(try decoder.next() == nil)
    }

    @Test func aHeaderWithoutLengthIsAFailure() {
        var decoder = FrameDecoder()
        decoder.append(Array("Content-Type: x\r\n\r\n{}".utf8))
        #expect(throws: MessageFraming.Failure.missingContentLength(header: "Content-Type: x")) { try decoder.next() }
    }

    @Test func anIncompleteBodyWaits() throws {
        var decoder = FrameDecoder()
        let framed = MessageFraming.frame(first)
        decoder.append(framed.dropLast())
        #expect(try decoder.next() == nil)
        decoder.append(framed.suffix(1))
        #expect(try decoder.next() == first)
    }
}
