import AzureSDKRuntime
import AzureSDKRuntimeTesting
import Foundation
import Testing
import WireMatrix

/// Path parameters: the exact path for each type and format (one segment, percent-encoded, unless
/// `x-ms-skip-url-encoding`).
@Suite("Wire matrix: path")
struct PathMatrixTests {
    static let cells: [Cell] = [
        Cell("string: '/', ':' and ' ' encoded, one segment", "/path/string/a%20b%2Fc%3Ad", { try await $0.path.string(value: "a b/c:d") }),
        Cell("int32", "/path/int32/-7", { try await $0.path.int32(value: -7) }),
        Cell("number", "/path/number/1.5", { try await $0.path.number(value: 1.5) }),
        Cell("boolean", "/path/bool/true", { try await $0.path.bool(value: true) }),
        Cell("extensible enum", "/path/color/dark-blue", { try await $0.path.color(value: .darkBlue) }),
        Cell("closed enum by raw value, not case name", "/path/shape/square%20box", { try await $0.path.shape(value: .squareBox) }),
        Cell("date-time", "/path/date-time/2025-03-02T08%3A05%3A09.0000000Z", { try await $0.path.dateTime(value: sunday) }),
        Cell("date-time-rfc1123", "/path/rfc1123/Sun%2C%2002%20Mar%202025%2008%3A05%3A09%20GMT", { try await $0.path.rfc1123(value: sunday) }),
        Cell("unixtime", "/path/unix-time/1740902709", { try await $0.path.unixTime(value: sunday) }),
        Cell("date", "/path/date/2025-03-02", { try await $0.path.date(value: "2025-03-02") }),
        Cell("duration", "/path/duration/P1Y2M", { try await $0.path.duration(value: "P1Y2M") }),
        Cell("byte", "/path/byte/aGk%2FPz4%3D", { try await $0.path.byte(value: bytes) }),
        Cell("uuid, lower case", "/path/uuid/0f8fad5b-d9cb-469f-a165-70867728950e", { try await $0.path.uuid(value: uuid) }),
        Cell("array, csv", "/path/csv/a%20b,c%2Cd", { try await $0.path.csv(value: ["a b", "c,d"]) }),
        Cell("x-ms-skip-url-encoding: as given", "/path/raw/already%2Fencoded/two", { try await $0.path.raw(value: "already%2Fencoded/two") }),
    ]

    @Test("each type and format", arguments: cells)
    func path(_ cell: Cell) async throws {
        let request = try await sent(cell.call)
        #expect(request.path == cell.expected)
        #expect(request.pathAndQuery == cell.expected! + "?api-version=2025-01-01")
    }
}
