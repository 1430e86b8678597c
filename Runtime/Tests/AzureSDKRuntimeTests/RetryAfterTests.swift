import Foundation
import HTTPTypes
import Testing

@testable import AzureSDKRuntime

@Suite("Retry-After parsing")
struct RetryAfterTests {
    private func delay(_ headers: [String: String]) -> Duration? {
        var fields = HTTPFields()
        for (name, value) in headers { fields[HTTPField.Name(name)!] = value }
        return RetryAfter.delay(in: fields, now: Date(timeIntervalSince1970: 1_740_902_709))
    }

    @Test("seconds, milliseconds and HTTP-dates")
    func valid() {
        #expect(delay(["Retry-After": " 3 "]) == .seconds(3))
        #expect(delay(["Retry-After": "0.5"]) == .milliseconds(500))
        #expect(delay(["retry-after-ms": "20"]) == .milliseconds(20))
        #expect(delay(["x-ms-retry-after-ms": "30", "Retry-After": "9"]) == .milliseconds(30))
        #expect(delay(["Retry-After": "Sun, 02 Mar 2025 08:05:19 GMT"]) == .seconds(10))
        #expect(delay(["Retry-After": "Sun, 02 Mar 2025 08:00:00 GMT"]) == .zero)
    }

    @Test("garbage is ignored and huge values are clamped instead of overflowing")
    func invalidOrHuge() {
        #expect(delay([:]) == nil)
        #expect(delay(["Retry-After": "soon"]) == nil)
        #expect(delay(["Retry-After": "-1"]) == nil)
        #expect(delay(["Retry-After": "nan"]) == nil)
        #expect(delay(["Retry-After": "inf"]) == nil)
        #expect(delay(["retry-after-ms": "abc", "Retry-After": "1"]) == .seconds(1))
        #expect(delay(["Retry-After": "1e300"]) == .seconds(86_400))
    }
}
