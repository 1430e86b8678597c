import AzureSDKRuntimeTesting
import Foundation
import Testing

@_spi(Generated) @testable import AzureSDKRuntime

/// The runtime's writers and readers for the formats of parameters and bodies. Expected texts are written by hand
/// from the standards (cross-checked with Python's `email.utils.formatdate`, `calendar.timegm`, `urllib.parse.quote`).
@Suite("Wire formats")
struct WireFormatTests {
    @Test(
        "dates in each wire form",
        arguments: [
            (1_740_902_709.0, DateWireFormat.rfc3339, "2025-03-02T08:05:09.0000000Z"),
            (1_740_902_709.0, .imfFixdate, "Sun, 02 Mar 2025 08:05:09 GMT"),
            (1_740_902_709.0, .unixTime, "1740902709"),
            (1_740_902_709.999, .imfFixdate, "Sun, 02 Mar 2025 08:05:09 GMT"),
            (1_740_902_709.999, .unixTime, "1740902709"),
            (951_868_799.0, .imfFixdate, "Tue, 29 Feb 2000 23:59:59 GMT"),
            (0.0, .imfFixdate, "Thu, 01 Jan 1970 00:00:00 GMT"),
            (-1.0, .imfFixdate, "Wed, 31 Dec 1969 23:59:59 GMT"),
            (-1.5, .unixTime, "-2"),
            (0.0, .unixTime, "0"),
        ])
    func dateForms(_ seconds: Double, _ format: DateWireFormat, _ expected: String) {
        #expect(format.string(from: Date(timeIntervalSince1970: seconds)) == expected)
    }

    @Test(
        "IMF-fixdates parse; other text does not",
        arguments: [
            ("Sun, 02 Mar 2025 08:05:09 GMT", 1_740_902_709.0 as Double?),
            ("Tue, 29 Feb 2000 23:59:59 GMT", 951_868_799.0),
            ("Sun, 2 Mar 2025 08:05:09 GMT", 1_740_902_709.0),  // RFC 1123 allows a one-digit day
            ("Sun, 29 Feb 2025 08:05:09 GMT", nil),  // not a leap year
            ("2025-03-02T08:05:09Z", nil),
            ("Sun, 02 Mar 2025 08:05:09 +0100", nil),
            ("Sun, 02 Mar 2025 24:00:00 GMT", nil),
            ("", nil),
        ])
    func parsesIMFFixdate(_ text: String, _ seconds: Double?) {
        #expect(RFC1123Date.date(from: text) == seconds.map { Date(timeIntervalSince1970: $0) })
    }

    @Test("UUIDs are written in lower case in queries, headers and paths")
    func uuidsInLowerCase() {
        let uuid = UUID(uuidString: "0F8FAD5B-D9CB-469F-A165-70867728950E")!
        #expect(uuid.percentEncodedQueryValue == "0f8fad5b-d9cb-469f-a165-70867728950e")
        #expect(uuid.headerValue == "0f8fad5b-d9cb-469f-a165-70867728950e")
        #expect(PathEncoding.segment(uuid) == "0f8fad5b-d9cb-469f-a165-70867728950e")
    }

    @Test("numbers have one text in queries and headers, as JSON writes them")
    func numbers() {
        #expect(2.0.percentEncodedQueryValue == "2")
        #expect(2.0.headerValue == "2")
        #expect(1.5.percentEncodedQueryValue == "1.5")
        #expect(Float(0.25).percentEncodedQueryValue == "0.25")
    }

    @Test(
        "query arrays in each collection format",
        arguments: [
            (CollectionFormat.csv, "?api-version=v&q=a%20b,c%2Cd"),
            (.ssv, "?api-version=v&q=a%20b%20c%2Cd"),
            (.tsv, "?api-version=v&q=a%20b%09c%2Cd"),
            (.pipes, "?api-version=v&q=a%20b%7Cc%2Cd"),
            (.multi, "?api-version=v&q=a%20b&q=c%2Cd"),
        ])
    func queryArrays(_ format: CollectionFormat, _ expected: String) async throws {
        var request = PipelineRequest(method: .get, path: "/x")
        request.addQuery("q", ["a b", "c,d"], collectionFormat: format)
        #expect(try await sentPathAndQuery(request) == "/x" + expected)
    }

    @Test("query values: dates in a form, nil absent, skipped encoding as given")
    func queryValues() async throws {
        var request = PipelineRequest(method: .get, path: "/x")
        let sunday = Date(timeIntervalSince1970: 1_740_902_709)
        request.addQuery("d", sunday, format: .imfFixdate)
        request.addQuery("u", sunday, format: .unixTime)
        request.addQuery("ds", [sunday, Date(timeIntervalSince1970: 0)], format: .unixTime, collectionFormat: .pipes)
        request.addQuery("none", nil as Date?, format: .rfc3339)
        request.addQuery("nones", nil as [String]?, collectionFormat: .multi)
        request.addQuery("empty", [String](), collectionFormat: .multi)
        request.addQuery("raw", "a%20b'c", skipsURLEncoding: true)
        request.addQuery("rawList", ["a%2Cb", "c"], collectionFormat: .csv, skipsURLEncoding: true)
        #expect(try await sentPathAndQuery(request)
            == "/x?api-version=v&d=Sun%2C%2002%20Mar%202025%2008%3A05%3A09%20GMT&u=1740902709&ds=1740902709%7C0&raw=a%20b'c&rawList=a%2Cb,c")
    }

    @Test("headers: dates in a form, arrays comma-separated")
    func headers() {
        var request = PipelineRequest(method: .get, path: "/x")
        request.setHeader("d", [Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: 1_740_902_709)], format: .imfFixdate)
        request.setHeader("u", Date(timeIntervalSince1970: 1_740_902_709.5), format: .unixTime)
        request.setHeader("none", nil as [Date]?, format: .imfFixdate)
        #expect(request.headerFields[.init("d")!] == "Thu, 01 Jan 1970 00:00:00 GMT,Sun, 02 Mar 2025 08:05:09 GMT")
        #expect(request.headerFields[.init("u")!] == "1740902709")
        #expect(request.headerFields[.init("none")!] == nil)
    }

    @Test("path segments for every value type")
    func pathSegments() {
        #expect(PathEncoding.segment(-7) == "-7")
        #expect(PathEncoding.segment(true) == "true")
        #expect(PathEncoding.segment(Data("hi??>".utf8)) == "aGk%2FPz4%3D")
        #expect(PathEncoding.segment(["a b", "c,d"]) == "a%20b,c%2Cd")
        #expect(PathEncoding.segment(Date(timeIntervalSince1970: 0), format: .imfFixdate) == "Thu%2C%2001%20Jan%201970%2000%3A00%3A00%20GMT")
        #expect(PathEncoding.segment([Date(timeIntervalSince1970: 0)], format: .unixTime) == "0")
        #expect(PathEncoding.unencoded(Date(timeIntervalSince1970: 0), format: .rfc3339) == "1970-01-01T00:00:00.0000000Z")
        #expect(PathEncoding.unencoded(7) == "7")
    }

    @Test("a UUID request id for repeatability is sent in lower case")
    func repeatabilityUUID() {
        var request = PipelineRequest(method: .post, path: "/x")
        request.setRepeatability(requestID: UUID(uuidString: "0F8FAD5B-D9CB-469F-A165-70867728950E"), firstSent: Date(timeIntervalSince1970: 0))
        #expect(request.headerFields[.init("Repeatability-Request-ID")!] == "0f8fad5b-d9cb-469f-a165-70867728950e")
        #expect(request.headerFields[.init("Repeatability-First-Sent")!] == "Thu, 01 Jan 1970 00:00:00 GMT")
    }

    /// The path and query the pipeline sends for `request` (api-version `v`).
    private func sentPathAndQuery(_ request: PipelineRequest) async throws -> String {
        let transport = StubTransport([.empty(200)])
        _ = try await TestPipeline.make(transport: transport, options: ClientOptions(apiVersion: "v")).send(request, expecting: [200])
        return try #require(transport.requests.first).pathAndQuery
    }
}

/// `WireCoded` model properties: the exact JSON of each coding, in optionals, arrays, maps and nested arrays.
@Suite("Wire-coded model properties")
struct WireCodedTests {
    private struct Model: Codable, Hashable {
        @WireCoded<IMFFixdateCoding, Date> var http: Date
        @WireCoded<UnixTimeCoding, Date?> var unix: Date?
        @WireCoded<LowercaseUUIDCoding, [UUID]?> var ids: [UUID]?
        @WireCoded<UnixTimeCoding, [[Date]]?> var nested: [[Date]]?
        @WireCoded<IMFFixdateCoding, [Date?]?> var holes: [Date?]?
        @WireCoded<UnixTimeCoding, [String: Date]?> var map: [String: Date]?
    }

    private static func encoded(_ model: Model) throws -> String {
        String(decoding: try JSONCoding.makeEncoder().encode(model), as: UTF8.self)
    }

    @Test("encodes each form; nil optionals are absent")
    func encodes() throws {
        let model = Model(
            http: Date(timeIntervalSince1970: 0), unix: nil, ids: [UUID(uuidString: "0F8FAD5B-D9CB-469F-A165-70867728950E")!],
            nested: [[Date(timeIntervalSince1970: 1)], []], holes: [nil, Date(timeIntervalSince1970: 0)],
            map: ["k": Date(timeIntervalSince1970: 1_740_902_709.7)])
        #expect(try Self.encoded(model)
            == #"{"holes":[null,"Thu, 01 Jan 1970 00:00:00 GMT"],"http":"Thu, 01 Jan 1970 00:00:00 GMT","ids":["0f8fad5b-d9cb-469f-a165-70867728950e"],"map":{"k":1740902709},"nested":[[1],[]]}"#)
    }

    @Test("decodes what services send: any-case UUIDs, fractional Unix times, null and absent optionals")
    func decodes() throws {
        let json = #"{"http":"Sun, 02 Mar 2025 08:05:09 GMT","unix":1.25,"ids":["0F8FAD5B-d9cb-469f-a165-70867728950e"],"holes":[null],"map":null}"#
        let model = try JSONCoding.makeDecoder().decode(Model.self, from: Data(json.utf8))
        #expect(model.http == Date(timeIntervalSince1970: 1_740_902_709))
        #expect(model.unix == Date(timeIntervalSince1970: 1.25))
        #expect(model.ids == [UUID(uuidString: "0f8fad5b-d9cb-469f-a165-70867728950e")!])
        #expect(model.nested == nil)
        #expect(model.holes == [nil])
        #expect(model.map == nil)
    }

    @Test(
        "rejects values in another form",
        arguments: [
            #"{"http":"2025-03-02T08:05:09Z"}"#,
            #"{"http":"Sun, 02 Mar 2025 08:05:09 GMT","unix":"1"}"#,
            #"{"http":"Sun, 02 Mar 2025 08:05:09 GMT","ids":["0f8fad5b"]}"#,
            #"{"unix":1}"#,
        ])
    func rejects(_ json: String) {
        #expect(throws: DecodingError.self) { try JSONCoding.makeDecoder().decode(Model.self, from: Data(json.utf8)) }
    }
}
