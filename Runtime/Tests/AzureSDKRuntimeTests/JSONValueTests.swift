import AzureSDKRuntime
import Foundation
import Testing

@Suite("JSONValue free-form JSON")
struct JSONValueTests {
    @Test("decodes every kind and keeps booleans apart from numbers")
    func decodesAllKinds() throws {
        let json = #"{"a":null,"b":true,"c":1.5,"d":"x","e":[1,false],"f":{"g":0}}"#
        let value = try JSONDecoder().decode(JSONValue.self, from: Data(json.utf8))
        #expect(
            value
                == .object([
                    "a": .null, "b": .bool(true), "c": .number(1.5), "d": .string("x"),
                    "e": .array([.number(1), .bool(false)]), "f": .object(["g": .number(0)]),
                ]))
    }

    @Test("round-trips through JSONCoding")
    func roundTrip() throws {
        let value = JSONValue.array([.string("a"), .number(-2), .object(["k": .null]), .bool(false)])
        let data = try JSONCoding.makeEncoder().encode(value)
        #expect(try JSONCoding.makeDecoder().decode(JSONValue.self, from: data) == value)
    }
}
