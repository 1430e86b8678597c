import Foundation
import Testing

@testable import AzureSDKRuntime

/// A conforming type as the generator writes one.
private struct Color: ExtensibleEnum {
    var rawValue: String
    init(rawValue: String) { self.rawValue = rawValue }
    static let red: Color = "red"
}

private struct Paint: Codable, Equatable {
    var color: Color
    var others: [Color]
}

@Suite("ExtensibleEnum")
struct ExtensibleEnumTests {
    @Test("known and unknown values decode, compare and re-encode unchanged")
    func unknownValuesRoundTrip() throws {
        let json = Data(#"{"color":"ultraviolet","others":["red","Red"]}"#.utf8)
        let paint = try JSONCoding.makeDecoder().decode(Paint.self, from: json)
        #expect(paint.color.rawValue == "ultraviolet")
        #expect(paint.others[0] == .red)
        #expect(paint.others[1] != .red)
        #expect(try JSONCoding.makeEncoder().encode(paint) == json)
        #expect("\(paint.color)" == "ultraviolet")
    }

    @Test("a non-string value is a decoding error")
    func wrongType() {
        #expect(throws: DecodingError.self) {
            _ = try JSONCoding.makeDecoder().decode(Paint.self, from: Data(#"{"color":5,"others":[]}"#.utf8))
        }
    }
}
