import AzureSDKRuntime
import AzureSDKRuntimeTesting
import Foundation
import Testing
import WireMatrix

/// Query parameters: the exact query string for each type, format, collection format and optionality. The
/// pipeline puts `api-version` first; each cell names the rest.
@Suite("Wire matrix: query")
struct QueryMatrixTests {
    static let scalars: [Cell] = [
        Cell("string, reserved characters encoded", "string=a%20b%26c%2F%3F%23", { try await $0.query.scalars(string: "a b&c/?#") }),
        Cell("string, empty", "string=", { try await $0.query.scalars(string: "") }),
        Cell("string, non-ASCII as UTF-8", "string=%C3%A9%E2%82%AC", { try await $0.query.scalars(string: "é€") }),
        Cell("int32, negative", "int32=-7", { try await $0.query.scalars(int32: -7) }),
        Cell("int64, beyond 2^53", "int64=9007199254740993", { try await $0.query.scalars(int64: 9_007_199_254_740_993) }),
        Cell("number with a fraction", "number=1.5", { try await $0.query.scalars(number: 1.5) }),
        Cell("whole number, as JSON writes it", "number=2", { try await $0.query.scalars(number: 2) }),
        Cell("float", "float=0.25", { try await $0.query.scalars(float: 0.25) }),
        Cell("boolean true", "bool=true", { try await $0.query.scalars(bool: true) }),
        Cell("boolean false", "bool=false", { try await $0.query.scalars(bool: false) }),
        Cell("extensible enum, known", "color=dark-blue", { try await $0.query.scalars(color: .darkBlue) }),
        Cell("extensible enum, unknown value kept", "color=violet%20red", { try await $0.query.scalars(color: "violet red") }),
        Cell("closed enum, by raw value", "shape=square%20box", { try await $0.query.scalars(shape: .squareBox) }),
        Cell("date-time, RFC 3339 UTC with 7 digits", "dateTime=2025-03-02T08%3A05%3A09.0000000Z", { try await $0.query.scalars(dateTime: sunday) }),
        Cell("date-time-rfc1123, IMF-fixdate", "rfc1123=Sun%2C%2002%20Mar%202025%2008%3A05%3A09%20GMT", { try await $0.query.scalars(rfc1123: sunday) }),
        Cell("date-time-rfc1123 drops fractions", "rfc1123=Sun%2C%2002%20Mar%202025%2008%3A05%3A09%20GMT", { try await $0.query.scalars(rfc1123: sundayAndAFraction) }),
        Cell("date, text as given", "date=2025-03-02", { try await $0.query.scalars(date: "2025-03-02") }),
        Cell("unixtime, whole seconds", "unixTime=1740902709", { try await $0.query.scalars(unixTime: sunday) }),
        Cell("unixtime rounds fractions down", "unixTime=1740902709", { try await $0.query.scalars(unixTime: sundayAndAFraction) }),
        Cell("unixtime before 1970 rounds down", "unixTime=-2", { try await $0.query.scalars(unixTime: Date(timeIntervalSince1970: -1.5)) }),
        Cell("duration, text as given", "duration=P1M2DT3H", { try await $0.query.scalars(duration: "P1M2DT3H") }),
        Cell("byte, base64 percent-encoded", "byte=aGk%2FPz4%3D", { try await $0.query.scalars(byte: bytes) }),
        Cell("uuid, lower case", "uuid=0f8fad5b-d9cb-469f-a165-70867728950e", { try await $0.query.scalars(uuid: uuid) }),
    ]

    @Test("each scalar type and format", arguments: scalars)
    func scalar(_ cell: Cell) async throws {
        let request = try await sent(cell.call)
        #expect(request.pathAndQuery == "/query/scalars?api-version=2025-01-01&" + cell.expected!)
    }

    @Test("optional parameters left nil are absent")
    func absent() async throws {
        let request = try await sent { try await $0.query.scalars() }
        #expect(request.pathAndQuery == "/query/scalars?api-version=2025-01-01")
    }

    static let arrays: [Cell] = [
        Cell("csv: literal comma, a comma inside an element encoded", "csv=a,b%2Cc", { try await $0.query.arrays(csv: ["a", "b,c"]) }),
        Cell("csv, empty array: an empty value", "csv=", { try await $0.query.arrays(csv: []) }),
        Cell("csv, the default collectionFormat", "plain=1,2", { try await $0.query.arrays(plain: [1, 2]) }),
        Cell("ssv: space, encoded", "ssv=a%20b", { try await $0.query.arrays(ssv: ["a", "b"]) }),
        Cell("tsv: tab, encoded", "tsv=a%09b", { try await $0.query.arrays(tsv: ["a", "b"]) }),
        Cell("pipes: |, encoded", "pipes=a%7Cb", { try await $0.query.arrays(pipes: ["a", "b"]) }),
        Cell("multi: the name repeated", "multi=a&multi=b%26c", { try await $0.query.arrays(multi: ["a", "b&c"]) }),
        Cell("multi, empty array: absent", nil, { try await $0.query.arrays(multi: []) }),
        Cell("closed enums, pipes", "shapes=circle%7Csquare%20box", { try await $0.query.arrays(shapes: [.circle, .squareBox]) }),
        Cell("extensible enums, multi", "colors=red&colors=violet", { try await $0.query.arrays(colors: [.red, "violet"]) }),
        Cell("date-time-rfc1123 elements, csv",
             "rfc1123s=Sun%2C%2002%20Mar%202025%2008%3A05%3A09%20GMT,Mon%2C%2003%20Mar%202025%2000%3A00%3A00%20GMT",
             { try await $0.query.arrays(rfc1123s: [sunday, monday]) }),
        Cell("unixtime elements, ssv", "unixTimes=0%201740902709", { try await $0.query.arrays(unixTimes: [Date(timeIntervalSince1970: 0), sunday]) }),
        Cell("uuid elements, multi", "uuids=0f8fad5b-d9cb-469f-a165-70867728950e&uuids=00000000-0000-0000-0000-000000000001",
             { try await $0.query.arrays(uuids: [uuid, uuid1]) }),
    ]

    @Test("each collectionFormat and element type", arguments: arrays)
    func array(_ cell: Cell) async throws {
        let request = try await sent(cell.call)
        #expect(request.pathAndQuery == "/query/arrays?api-version=2025-01-01" + (cell.expected.map { "&" + $0 } ?? ""))
    }

    @Test("required parameters with a default send it when nil; optional ones with a default stay absent")
    func defaultsWhenNil() async throws {
        let request = try await sent { try await $0.query.defaults(required: "r") }
        #expect(request.pathAndQuery == "/query/defaults?api-version=2025-01-01&required=r&size=50&shape=circle&color=dark-blue")
    }

    @Test("given values replace the defaults")
    func defaultsGiven() async throws {
        let request = try await sent {
            try await $0.query.defaults(required: "r", top: 3, size: 7, shape: .squareBox, color: "violet", nullable: "n")
        }
        #expect(request.pathAndQuery == "/query/defaults?api-version=2025-01-01&required=r&top=3&size=7&shape=square%20box&color=violet&nullable=n")
    }

    @Test("x-ms-skip-url-encoding: values go in as given, others are still encoded")
    func skipsURLEncoding() async throws {
        let request = try await sent { try await $0.query.raw(filter: "name%20eq%20'a'", list: ["a%2Cb", "c"], encoded: "name eq 'a'") }
        #expect(request.pathAndQuery == "/query/raw?api-version=2025-01-01&filter=name%20eq%20'a'&list=a%2Cb,c&encoded=name%20eq%20%27a%27")
    }
}
