import AzureSDKRuntime
import AzureSDKRuntimeTesting
import Foundation
import HTTPTypes
import Testing

@Suite("AzureSDKRuntimeTesting helpers")
struct TestingHelpersTests {
    @Test("JSONAssert: equivalent documents")
    func equivalent() {
        #expect(JSONAssert.difference(#"{"a":1,"b":[true,null]}"#, #"{ "b": [true, null], "a": 1.0 }"#) == nil)
        #expect(JSONAssert.difference(#"{"t":"2023-10-10T21:39:39.3244584+00:00"}"#, #"{"t":"2023-10-10T21:39:39.324Z"}"#) == nil)
        #expect(JSONAssert.difference(#"{"t":"2023-10-10T16:09:39-05:30"}"#, #"{"t":"2023-10-10T21:39:39Z"}"#) == nil)
    }

    @Test("JSONAssert: differences with their JSON pointer")
    func differences() {
        #expect(JSONAssert.difference(#"{"a":{"b":[1,2]}}"#, #"{"a":{"b":[1,3]}}"#) == "/a/b/1: expected 3, got 2")
        #expect(JSONAssert.difference(#"{"a":1}"#, #"{"a":1,"c/d":2}"#) == "/c~1d: missing")
        #expect(JSONAssert.difference(#"{"a":1,"x":2}"#, #"{"a":1}"#) == "/x: unexpected member")
        #expect(JSONAssert.difference(#"[1]"#, #"[1,2]"#) == "/: expected 2 elements, got 1")
        #expect(JSONAssert.difference(#"{"a":true}"#, #"{"a":1}"#) == "/a: expected 1, got true")
        #expect(JSONAssert.difference(#"{"t":"2023-10-10T21:39:39.000Z"}"#, #"{"t":"2023-10-10T21:39:39.002Z"}"#) != nil)
        #expect(JSONAssert.difference("{", "{}")?.hasPrefix("actual is not valid JSON") == true)
    }

    @Test("StubTransport answers in order, repeats the last, and records requests")
    func stubTransport() async throws {
        let transport = StubTransport([.json(200, "{}", headers: ["x-a": "1"]), .empty(204)])
        let request = HTTPRequest(method: .get, scheme: "https", authority: "h:1", path: "/p%20q?a=1&b=x%2Cy&c")
        let (first, firstBody) = try await transport.send(request, body: nil)
        let (second, _) = try await transport.send(request, body: Data("b".utf8))
        let (third, _) = try await transport.send(request, body: nil)

        #expect(first.status.code == 200)
        #expect(first.headerFields[HTTPField.Name("Content-Type")!] == "application/json")
        #expect(first.headerFields[HTTPField.Name("x-a")!] == "1")
        #expect(firstBody == Data("{}".utf8))
        #expect(second.status.code == 204)
        #expect(third.status.code == 204)

        let recorded = transport.requests
        #expect(recorded.count == 3)
        #expect(recorded[0].path == "/p%20q")
        #expect(recorded[0].query == ["a": "1", "b": "x,y", "c": ""])
        #expect(recorded[0].authority == "h:1")
        #expect(recorded[1].bodyText == "b")
    }
}
