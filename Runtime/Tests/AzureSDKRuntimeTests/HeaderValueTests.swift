@_spi(Generated) import AzureSDKRuntime
import Foundation
import HTTPTypes
import Testing

/// Header parameters are written byte for byte as Azure services read them, whatever their Swift type.
@Suite("Header values")
struct HeaderValueTests {
    /// 2023-09-10T20:39:30.25Z.
    static let instant = Date(timeIntervalSince1970: 1_694_378_370.25)

    private func header(_ build: (inout PipelineRequest) -> Void) -> String? {
        var request = PipelineRequest(method: .post, path: "/x")
        build(&request)
        return request.headerFields[HTTPField.Name("x-test")!]
    }

    @Test("a Date is an IMF-fixdate for date-time-rfc1123 and Repeatability-First-Sent, RFC 3339 otherwise")
    func dates() {
        #expect(header { $0.setHeader("x-test", Self.instant, format: .imfFixdate) } == "Sun, 10 Sep 2023 20:39:30 GMT")
        #expect(header { $0.setHeader("x-test", Self.instant, format: .rfc3339) } == "2023-09-10T20:39:30.2500000Z")
        #expect(header { $0.setHeader("x-test", Self.instant) } == "2023-09-10T20:39:30.2500000Z")
        #expect(header { $0.setHeader("x-test", nil as Date?, format: .imfFixdate) } == nil)
    }

    @Test("numbers and booleans as in JSON, strings as they are, arrays comma-joined")
    func scalarsAndArrays() {
        #expect(header { $0.setHeader("x-test", 42) } == "42")
        #expect(header { $0.setHeader("x-test", Int64(-7)) } == "-7")
        #expect(header { $0.setHeader("x-test", Int32(60)) } == "60")
        #expect(header { $0.setHeader("x-test", 1.5) } == "1.5")
        #expect(header { $0.setHeader("x-test", 2.0) } == "2")
        #expect(header { $0.setHeader("x-test", Float(0.25)) } == "0.25")
        #expect(header { $0.setHeader("x-test", Data("hi".utf8)) } == "aGk=")
        #expect(header { $0.setHeader("x-test", true) } == "true")
        #expect(header { $0.setHeader("x-test", "a b,c") } == "a b,c")
        #expect(header { $0.setHeader("x-test", ["a", "b"]) } == "a,b")
        #expect(header { $0.setHeader("x-test", [1, 2, 3]) } == "1,2,3")
        #expect(header { $0.setHeader("x-test", nil as Int?) } == nil)
    }

    struct Scope: ExtensibleEnum {
        var rawValue: String
        init(rawValue: String) { self.rawValue = rawValue }
    }

    @Test("an extensible enum is its raw value, known or not")
    func extensibleEnums() {
        #expect(header { $0.setHeader("x-test", Scope(rawValue: "voip.join")) } == "voip.join")
        #expect(header { $0.setHeader("x-test", [Scope(rawValue: "chat"), "voip"]) } == "chat,voip")
    }
}
