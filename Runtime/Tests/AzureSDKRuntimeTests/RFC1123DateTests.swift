import Foundation
import Testing

@testable import AzureSDKRuntime

@Suite("RFC 1123 dates for x-ms-date and Retry-After")
struct RFC1123DateTests {
    @Test(
        "formats in GMT with English names and a two-digit day",
        arguments: [
            (1_740_902_709.123456, "Sun, 02 Mar 2025 08:05:09 GMT"),
            (0, "Thu, 01 Jan 1970 00:00:00 GMT"),
            (951_782_400, "Tue, 29 Feb 2000 00:00:00 GMT"),
            (1_735_689_599.999, "Tue, 31 Dec 2024 23:59:59 GMT"),
            (-1, "Wed, 31 Dec 1969 23:59:59 GMT"),
        ])
    func formats(_ seconds: Double, _ expected: String) {
        #expect(RFC1123Date.string(from: Date(timeIntervalSince1970: seconds)) == expected)
    }

    @Test("parses what it formats, and rejects other text")
    func parses() {
        #expect(RFC1123Date.date(from: "Sun, 02 Mar 2025 08:05:09 GMT") == Date(timeIntervalSince1970: 1_740_902_709))
        #expect(RFC1123Date.date(from: "Sun, 30 Feb 2025 08:05:09 GMT") == nil)
        #expect(RFC1123Date.date(from: "2025-03-02T08:05:09Z") == nil)
        #expect(RFC1123Date.date(from: "Sun, 02 Mar 2025 08:05:09 PST") == nil)
    }
}
