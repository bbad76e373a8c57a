@testable import LanguageServer
import Testing

@Suite struct MessageTests {
    @Test func requestsNotificationsAndResponsesAreTold() throws {
        let request = try JSON.decode(Array(#"{"jsonrpc":"2.0","id":"a1","method":"textDocument/hover","params":{"position":{"line":2,"character":5}}}"#.utf8))
        #expect(Message(request) == .request(id: "a1", method: "textDocument/hover", params: ["position": ["line": 2, "character": 5]]))
        let notification = try JSON.decode(Array(#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#.utf8))
        #expect(Message(notification) == .notification(method: "initialized", params: [:]))
        let response = try JSON.decode(Array(#"{"jsonrpc":"2.0","id":7,"result":null}"#.utf8))
        #expect(Message(response) == .response(id: 7, result: .null, error: nil))
        #expect(Message(["jsonrpc": "2.0"]) == nil)
    }

    @Test func anAnswerCarriesTheRequestsIDUntouched() throws {
        let answer = Message.result(["contents": "x"], for: "id-3").json
        let decoded = try JSON.decode(answer.encoded())
        #expect(decoded["id"] == "id-3")
        #expect(decoded["jsonrpc"] == "2.0")
        #expect(decoded["result"]?["contents"] == "x")
        let failure = try JSON.decode(Message.failure(.methodNotFound, "no", for: 4).json.encoded())
        #expect(failure["error"]?["code"] == .int(-32601))
        #expect(failure["result"] == nil)
    }

    @Test func numbersKeepTheirKind() throws {
        let value = try JSON.decode(Array(#"{"i":3,"d":2.5,"b":true,"s":"é","n":null,"a":[1,"x"]}"#.utf8))
        #expect(value["i"] == .int(3))
        #expect(value["d"] == .double(2.5))
        #expect(value["b"] == .bool(true))
        #expect(value["s"] == "é")
        #expect(value["n"] == .null)
        #expect(value["a"]?[1] == "x")
        #expect(try JSON.decode(value.encoded()) == value)
    }
}
