import AzureSDKRuntimeTesting
import Foundation
import HTTPTypes
import Logging

@_spi(Generated) @testable import AzureSDKRuntime

/// A credential that only counts calls and stamps the try number, so pipeline tests need no key.
final class CountingCredential: RequestCredential, @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    var calls: Int { lock.withLock { count } }

    func authorize(_ request: inout HTTPRequest, body: Data) async throws {
        let number = lock.withLock {
            count += 1
            return count
        }
        request.headerFields[.authorization] = "Test \(number)"
    }
}

/// Records the delays the pipeline asks to sleep, without sleeping.
final class SleepRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [Duration] = []

    var delays: [Duration] { lock.withLock { recorded } }

    func sleep(_ duration: Duration) async throws {
        lock.withLock { recorded.append(duration) }
    }
}

enum TestPipeline {
    static let endpoint = URL(string: "https://contoso.communication.azure.com")!
    static let apiVersion = "2025-03-02-preview"

    /// A pipeline on `transport` whose retry sleeps go to `sleeper` (real sleeps when nil).
    static func make(
        transport: any HTTPTransport,
        credential: any RequestCredential = CountingCredential(),
        endpoint: URL = endpoint,
        options: ClientOptions = ClientOptions(),
        sleeper: SleepRecorder? = SleepRecorder()
    ) -> HTTPPipeline {
        var options = options
        options.transport = transport
        let sleep: @Sendable (Duration) async throws -> Void
        if let sleeper {
            sleep = { try await sleeper.sleep($0) }
        } else {
            sleep = { try await Task.sleep(for: $0) }
        }
        return HTTPPipeline(
            endpoint: endpoint, credential: credential, options: options, defaultAPIVersion: apiVersion,
            sdkName: "communication-identity", sdkVersion: "1.2.3", sleep: sleep)
    }
}

/// A swift-log handler that keeps every rendered line (message and metadata) for inspection.
final class CapturingLogHandler: LogHandler, @unchecked Sendable {
    private let lock = NSLock()
    private var captured: [String] = []

    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    var lines: [String] { lock.withLock { captured } }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let line = "\(event.level) \(event.message) \(metadata.merging(event.metadata ?? [:]) { $1 })"
        lock.withLock { captured.append(line) }
    }
}
