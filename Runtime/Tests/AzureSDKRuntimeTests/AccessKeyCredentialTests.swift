import AzureSDKRuntimeTesting
import Foundation
import HTTPTypes
import Testing

@_spi(Generated) @testable import AzureSDKRuntime

@Suite("AccessKeyCredential")
struct AccessKeyCredentialTests {
    @Test("an invalid key is rejected with an error that does not contain it", arguments: ["", "   ", "not base64!", "abc"])
    func invalidKey(_ key: String) {
        do {
            _ = try AccessKeyCredential(accessKey: key)
            Issue.record("expected InvalidAccessKeyError")
        } catch {
            #expect(error is InvalidAccessKeyError)
            if !key.trimmingCharacters(in: .whitespaces).isEmpty {
                #expect(!"\(error)".contains(key))
            }
        }
    }

    @Test("description, debugDescription and dump never show the key")
    func redacted() throws {
        let key = "c2VjcmV0LWtleS1kby1ub3QtbGVhaw=="
        let credential = try AccessKeyCredential(accessKey: key)
        var dumped = ""
        dump(credential, to: &dumped)
        for text in [credential.description, String(reflecting: credential), dumped] {
            #expect(!text.contains(key))
            #expect(!text.contains("secret"))
        }
    }

    @Test("every try is signed with a fresh x-ms-date")
    func freshDatePerTry() async throws {
        let clock = TickingClock(start: Date(timeIntervalSince1970: 1_740_902_709))
        let credential = try AccessKeyCredential(accessKey: HMACVectors.accessKey, clock: { clock.next() })
        let transport = StubTransport([.empty(503), .empty(503), .empty(200)])
        let pipeline = TestPipeline.make(transport: transport, credential: credential)

        _ = try await pipeline.send(PipelineRequest(method: .get, path: "/identities/abc"), expecting: [200])

        let dates = transport.requests.map { $0.header("x-ms-date") }
        #expect(dates == ["Sun, 02 Mar 2025 08:05:09 GMT", "Sun, 02 Mar 2025 08:05:10 GMT", "Sun, 02 Mar 2025 08:05:11 GMT"])
        #expect(Set(transport.requests.map { $0.header("Authorization") }).count == 3)
    }
}

/// A clock that advances one second per reading.
final class TickingClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current: Date

    init(start: Date) { current = start }

    func next() -> Date {
        lock.withLock {
            defer { current += 1 }
            return current
        }
    }
}
