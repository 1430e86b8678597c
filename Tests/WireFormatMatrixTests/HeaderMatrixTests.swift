import AzureSDKRuntime
import AzureSDKRuntimeTesting
import Foundation
import Testing
import WireMatrix

/// Header parameters: the exact header value for each type and format (headers are not percent-encoded).
@Suite("Wire matrix: headers")
struct HeaderMatrixTests {
    static let scalars: [(header: String, cell: Cell)] = [
        ("x-string", Cell("string as given", "a b, c", { try await $0.header.scalars(xString: "a b, c") })),
        ("x-int32", Cell("int32", "-7", { try await $0.header.scalars(xInt32: -7) })),
        ("x-int64", Cell("int64", "9007199254740993", { try await $0.header.scalars(xInt64: 9_007_199_254_740_993) })),
        ("x-number", Cell("number", "1.5", { try await $0.header.scalars(xNumber: 1.5) })),
        ("x-number", Cell("whole number", "2", { try await $0.header.scalars(xNumber: 2) })),
        ("x-float", Cell("float", "0.25", { try await $0.header.scalars(xFloat: 0.25) })),
        ("x-bool", Cell("boolean", "false", { try await $0.header.scalars(xBool: false) })),
        ("x-color", Cell("extensible enum", "dark-blue", { try await $0.header.scalars(xColor: .darkBlue) })),
        ("x-shape", Cell("closed enum", "square box", { try await $0.header.scalars(xShape: .squareBox) })),
        ("x-date-time", Cell("date-time", "2025-03-02T08:05:09.0000000Z", { try await $0.header.scalars(xDateTime: sunday) })),
        ("x-rfc1123", Cell("date-time-rfc1123", "Sun, 02 Mar 2025 08:05:09 GMT", { try await $0.header.scalars(xRfc1123: sundayAndAFraction) })),
        ("x-date", Cell("date", "2025-03-02", { try await $0.header.scalars(xDate: "2025-03-02") })),
        ("x-unix-time", Cell("unixtime", "1740902709", { try await $0.header.scalars(xUnixTime: sundayAndAFraction) })),
        ("x-duration", Cell("duration", "PT1.5S", { try await $0.header.scalars(xDuration: "PT1.5S") })),
        ("x-byte", Cell("byte", "aGk/Pz4=", { try await $0.header.scalars(xByte: bytes) })),
        ("x-uuid", Cell("uuid, lower case", "0f8fad5b-d9cb-469f-a165-70867728950e", { try await $0.header.scalars(xUuid: uuid) })),
        ("x-strings", Cell("strings, csv", "a,b", { try await $0.header.arrays(xStrings: ["a", "b"]) })),
        ("x-int32s", Cell("integers, csv", "1,2", { try await $0.header.arrays(xInt32s: [1, 2]) })),
        ("x-shapes", Cell("closed enums, csv", "circle,square box", { try await $0.header.arrays(xShapes: [.circle, .squareBox]) })),
        ("x-rfc1123s", Cell("IMF-fixdates, csv", "Sun, 02 Mar 2025 08:05:09 GMT,Mon, 03 Mar 2025 00:00:00 GMT",
                            { try await $0.header.arrays(xRfc1123s: [sunday, monday]) })),
        ("x-uuids", Cell("uuids, csv", "0f8fad5b-d9cb-469f-a165-70867728950e,00000000-0000-0000-0000-000000000001",
                         { try await $0.header.arrays(xUuids: [uuid, uuid1]) })),
        ("x-count", Cell("required with a default, nil: the default is sent", "5", { try await $0.header.defaults(xRequired: "r") })),
        ("x-count", Cell("required with a default, given", "9", { try await $0.header.defaults(xRequired: "r", xCount: 9) })),
        ("x-optional", Cell("optional with a default, nil: absent", nil, { try await $0.header.defaults(xRequired: "r") })),
        ("x-optional", Cell("optional with a default, given", "o", { try await $0.header.defaults(xRequired: "r", xOptional: "o") })),
        ("x-required", Cell("required", "r", { try await $0.header.defaults(xRequired: "r") })),
    ]

    @Test("each type, format and optionality", arguments: scalars)
    func header(_ header: String, _ cell: Cell) async throws {
        let request = try await sent(cell.call)
        #expect(request.header(header) == cell.expected)
    }

    @Test("optional headers left nil are absent")
    func absent() async throws {
        let request = try await sent { try await $0.header.scalars() }
        for name in ["x-string", "x-int32", "x-number", "x-bool", "x-color", "x-shape", "x-date-time", "x-rfc1123", "x-unix-time", "x-uuid"] {
            #expect(request.header(name) == nil, "\(name)")
        }
    }
}
