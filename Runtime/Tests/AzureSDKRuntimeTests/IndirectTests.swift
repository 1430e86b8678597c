import AzureSDKRuntime
import AzureSDKRuntimeTesting
import Foundation
import Testing

/// A recursive model as the generator emits it: synthesized Codable, the recursion boxed.
private struct CommunicationError: Codable, Hashable, Sendable {
    var code: String
    var message: String
    @Indirect var innererror: CommunicationError?
}

/// The same with a default, so the memberwise initializer's argument is optional.
private struct TreeNode: Codable, Hashable, Sendable {
    var name: String
    @Indirect var parent: TreeNode? = nil
}

@Suite("Indirect boxes recursive models")
struct IndirectTests {
    @Test("synthesized Codable round-trips a nested chain")
    func roundTrip() throws {
        let json = #"{"code":"A","innererror":{"code":"B","innererror":{"code":"C","message":"m3"},"message":"m2"},"message":"m1"}"#
        let decoded = try JSONCoding.makeDecoder().decode(CommunicationError.self, from: Data(json.utf8))
        #expect(decoded.code == "A")
        #expect(decoded.innererror?.code == "B")
        #expect(decoded.innererror?.innererror?.message == "m3")
        #expect(decoded.innererror?.innererror?.innererror == nil)

        let encoded = try JSONCoding.makeEncoder().encode(decoded)
        #expect(String(decoding: encoded, as: UTF8.self) == json)
    }

    @Test("an absent or null key decodes as nil; nil is omitted when encoding")
    func absentAndNull() throws {
        for json in [#"{"code":"A","message":"m"}"#, #"{"code":"A","message":"m","innererror":null}"#] {
            let decoded = try JSONCoding.makeDecoder().decode(CommunicationError.self, from: Data(json.utf8))
            #expect(decoded.innererror == nil)
            let encoded = try JSONCoding.makeEncoder().encode(decoded)
            #expect(JSONAssert.difference(encoded, Data(#"{"code":"A","message":"m"}"#.utf8)) == nil)
        }
    }

    @Test("value semantics, equality and hashing see through the box")
    func valueSemantics() {
        var a = CommunicationError(code: "A", message: "m", innererror: CommunicationError(code: "B", message: "n"))
        let b = a
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        a.innererror?.code = "changed"
        #expect(b.innererror?.code == "B")
        #expect(a != b)
    }

    @Test("a malformed nested value is still a decoding error")
    func malformedNested() {
        let json = #"{"code":"A","message":"m","innererror":{"code":1}}"#
        #expect(throws: DecodingError.self) {
            try JSONCoding.makeDecoder().decode(CommunicationError.self, from: Data(json.utf8))
        }
    }

    @Test("a defaulted boxed property works with the memberwise initializer and Codable")
    func defaulted() throws {
        let leaf = TreeNode(name: "leaf", parent: TreeNode(name: "root"))
        let data = try JSONCoding.makeEncoder().encode(leaf)
        #expect(String(decoding: data, as: UTF8.self) == #"{"name":"leaf","parent":{"name":"root"}}"#)
        #expect(try JSONCoding.makeDecoder().decode(TreeNode.self, from: data) == leaf)
        #expect(TreeNode(name: "solo").parent == nil)
    }
}
