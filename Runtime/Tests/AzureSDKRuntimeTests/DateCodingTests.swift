import Foundation
import Testing

@testable import AzureSDKRuntime

@Suite("JSON date-time decoding and encoding")
struct DateCodingTests {
    private struct Stamped: Codable, Equatable {
        var at: Date
    }

    /// 2023-10-10T21:39:39Z.
    static let base: Int64 = 1_696_973_979

    @Test(
        "decodes 0 to 7 fractional digits, Z and offsets",
        arguments: [
            ("2023-10-10T21:39:39Z", base, 0),
            ("2023-10-10T21:39:39.3Z", base, 3_000_000),
            ("2023-10-10T21:39:39.32Z", base, 3_200_000),
            ("2023-10-10T21:39:39.324Z", base, 3_240_000),
            ("2023-10-10T21:39:39.3244Z", base, 3_244_000),
            ("2023-10-10T21:39:39.32445Z", base, 3_244_500),
            ("2023-10-10T21:39:39.324458Z", base, 3_244_580),
            ("2023-10-10T21:39:39.3244584Z", base, 3_244_584),
            ("2023-10-10T21:39:39.324458499Z", base, 3_244_584),
            ("2023-10-10T21:39:39.3244584+00:00", base, 3_244_584),
            ("2023-10-10t21:39:39z", base, 0),
            ("2023-10-10T16:09:39-05:30", base, 0),
            ("2023-10-11T03:09:39.5+05:30", base, 5_000_000),
            ("2023-10-11T03:09:39+0530", base, 0),
            ("2023-10-10T21:39:39", base, 0),
        ])
    func decodes(_ text: String, _ seconds: Int64, _ ticks: Int64) throws {
        #expect(DateTimeParser.parseUnixTime(text) == UnixTime(seconds: seconds, ticks: ticks))
        let decoded = try JSONCoding.makeDecoder().decode(Stamped.self, from: Data("{\"at\":\"\(text)\"}".utf8))
        let expected = Date(timeIntervalSince1970: Double(seconds) + Double(ticks) / 1e7)
        #expect(abs(decoded.at.timeIntervalSince(expected)) < 1e-6)
    }

    @Test(
        "rejects malformed date-times",
        arguments: [
            "", "2023-10-10", "2023-10-10T21:39Z", "2023-13-10T21:39:39Z", "2023-02-29T00:00:00Z",
            "2023-10-10T24:00:00Z", "2023-10-10T21:39:39.Z", "2023-10-10T21:39:39+5:30", "2023-10-10T21:39:39Zjunk",
            "10/10/2023", "2023-10-10T21:39:39 +00:00",
        ])
    func rejects(_ text: String) throws {
        #expect(JSONCoding.date(from: text) == nil)
        #expect(throws: DecodingError.self) {
            try JSONCoding.makeDecoder().decode(Stamped.self, from: Data("{\"at\":\"\(text)\"}".utf8))
        }
    }

    @Test("accepts leap years")
    func leapYear() {
        #expect(JSONCoding.date(from: "2024-02-29T00:00:00Z") == Date(timeIntervalSince1970: 1_709_164_800))
    }

    @Test(
        "encodes UTC with exactly 7 fractional digits and Z",
        arguments: [
            (1_696_973_979.0, "2023-10-10T21:39:39.0000000Z"),
            (1_696_973_979.5, "2023-10-10T21:39:39.5000000Z"),
            (0.0, "1970-01-01T00:00:00.0000000Z"),
            (-0.25, "1969-12-31T23:59:59.7500000Z"),
            (951_782_400.125, "2000-02-29T00:00:00.1250000Z"),
        ])
    func encodes(_ seconds: Double, _ expected: String) throws {
        #expect(JSONCoding.string(from: Date(timeIntervalSince1970: seconds)) == expected)
        let data = try JSONCoding.makeEncoder().encode(Stamped(at: Date(timeIntervalSince1970: seconds)))
        #expect(String(decoding: data, as: UTF8.self) == "{\"at\":\"\(expected)\"}")
    }

    @Test("Azure's 7-digit form survives a decode/encode round trip")
    func roundTrip() throws {
        for text in ["2023-10-10T21:39:39.3244584Z", "2025-03-02T08:05:09.1234567Z", "1999-12-31T23:59:59.9999999Z"] {
            let date = try #require(JSONCoding.date(from: text))
            #expect(JSONCoding.string(from: date) == text)
        }
    }

    @Test("encoder sorts keys so bodies are deterministic")
    func sortedKeys() throws {
        struct Body: Encodable {
            var zeta = 1
            var alpha = "a/b"
        }
        let data = try JSONCoding.makeEncoder().encode(Body())
        #expect(String(decoding: data, as: UTF8.self) == #"{"alpha":"a/b","zeta":1}"#)
    }
}
