import AzureSDKRuntime
import AzureSDKRuntimeTesting
import Foundation
import Testing
import WireMatrix

// Shared values and helpers of the wire matrix. Every expected string in these tests is written by hand from the
// standards (RFC 3986 percent-encoding, RFC 9110 IMF-fixdate, RFC 3339, RFC 4648 base64, Unix time), cross-checked
// with Python's `urllib.parse.quote`, `email.utils.formatdate` and `calendar.timegm`, never computed by the runtime.

/// 2025-03-02T08:05:09Z, a Sunday: `calendar.timegm((2025, 3, 2, 8, 5, 9))` is 1740902709.
let sunday = Date(timeIntervalSince1970: 1_740_902_709)
/// 2025-03-03T00:00:00Z, a Monday (1740960000).
let monday = Date(timeIntervalSince1970: 1_740_960_000)
/// The same Sunday with nine tenths of a second: formats without fractions drop them (round down).
let sundayAndAFraction = Date(timeIntervalSince1970: 1_740_902_709.9)
/// A UUID given in upper case, as Foundation writes it; the wire carries it in lower case.
let uuid = UUID(uuidString: "0F8FAD5B-D9CB-469F-A165-70867728950E")!
/// A second UUID.
let uuid1 = UUID(uuidString: "00000000-0000-0000-0000-000000000001")!
/// Bytes whose base64 (`aGk/Pz4=`) has every character a URL must escape: `/` and `=`.
let bytes = Data("hi??>".utf8)

/// One cell: a call of the generated client and the exact text it must put on the wire.
struct Cell: Sendable, CustomTestStringConvertible {
    /// What the cell is, for the test report.
    let name: String
    /// The expected text (the path and query, or a header value).
    let expected: String?
    /// The call.
    let call: @Sendable (WireMatrixClient) async throws -> Void

    init(_ name: String, _ expected: String?, _ call: @escaping @Sendable (WireMatrixClient) async throws -> Void) {
        self.name = name
        self.expected = expected
        self.call = call
    }

    var testDescription: String { name }
}

/// Makes `call` with a client whose transport records the request (answering 204), and returns that request.
func sent(_ call: @Sendable (WireMatrixClient) async throws -> Void, answer: StubResponse = .empty(204)) async throws -> RecordedRequest {
    let transport = StubTransport([answer])
    let client = WireMatrixClient(
        endpoint: URL(string: "https://wire.example")!,
        credential: try AccessKeyCredential(accessKey: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="),
        options: ClientOptions(transport: transport, retry: RetryOptions(maxRetries: 0)))
    try await call(client)
    return try #require(transport.requests.first)
}
