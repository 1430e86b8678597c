@_spi(Generated) import AzureSDKRuntime
import Foundation
import Logging
import Testing

/// The pieces every hostile-server test shares: a real pipeline on the real transport,
/// a recording logger, and the check that no secret escaped.
enum Hostile {
    /// A made-up key (base64 of a fixed phrase); tests search every error and log line for it.
    static let accessKey = Data("hostile-server-made-up-key-0123456789".utf8).base64EncodedString()
    /// A token value servers put in bodies; it must never reach an error text or a log line.
    static let token = "eyJhbGciOiJIUzI1NiJ9.hostile-token-secret.c2lnbmF0dXJl"

    /// A pipeline to `server` through `URLSessionTransport()` (the default session, which does
    /// not follow redirects), signing with `accessKey`, logging every line into `log`.
    static func pipeline(
        _ server: LoopbackServer, log: CapturingLogHandler, perTry: Duration? = .seconds(3),
        overall: Duration? = .seconds(6), retries: Int = 0,
        maxResponseBytes: Int = URLSessionTransport.defaultMaxResponseBytes
    ) throws -> HTTPPipeline {
        var logger = Logger(label: "hostile") { _ in log }
        logger.logLevel = .trace
        let options = ClientOptions(
            transport: URLSessionTransport(maxResponseBytes: maxResponseBytes),
            retry: RetryOptions(maxRetries: retries, baseDelay: .milliseconds(10), maxDelay: .milliseconds(50)),
            logger: logger, perTryTimeout: perTry, overallTimeout: overall)
        return HTTPPipeline(
            endpoint: URL(string: "http://127.0.0.1:\(server.port)")!,
            credential: try AccessKeyCredential(accessKey: accessKey), options: options,
            defaultAPIVersion: "2025-03-02-preview", sdkName: "hostile", sdkVersion: "0.0.1")
    }

    /// Runs `body` and returns what it threw (nil when it succeeded) and how long it took.
    static func outcome(_ body: () async throws -> Void) async -> (error: (any Error)?, elapsed: Duration) {
        let clock = ContinuousClock()
        let start = clock.now
        do {
            try await body()
            return (nil, clock.now - start)
        } catch {
            return (error, clock.now - start)
        }
    }

    /// Every secret that left the process: the key, plus each `Authorization` value and its
    /// signature as the server saw them, plus the token servers send.
    static func secrets(sentTo servers: [LoopbackServer]) -> [String] {
        var found = [accessKey, token]
        for head in servers.flatMap(\.requestHeads) {
            for line in head.split(separator: "\r\n") where line.lowercased().hasPrefix("authorization:") {
                let value = line.dropFirst("authorization:".count).trimmingCharacters(in: .whitespaces)
                found.append(value)
                if let signature = value.components(separatedBy: "Signature=").last, signature != value {
                    found.append(signature)
                }
            }
        }
        return found
    }

    /// Records an issue for each secret found in the error's texts or a log line.
    static func expectNoSecrets(
        in error: (any Error)?, log: CapturingLogHandler, servers: [LoopbackServer],
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var texts = log.lines
        if let error { texts += [String(describing: error), String(reflecting: error), error.localizedDescription] }
        for secret in secrets(sentTo: servers) {
            for text in texts where text.contains(secret) {
                Issue.record("secret \(secret.prefix(12))… leaked into: \(text.prefix(300))", sourceLocation: sourceLocation)
            }
        }
    }
}


/// The model hostile bodies are decoded into: a token response.
struct HostileTokenModel: Decodable, Sendable {
    let token: String
    let expiresOn: Date
}

extension Hostile {
    /// How long a call against a hostile server may take. Generous, because the whole suite runs
    /// in parallel on two cores; stalling servers wait 30 s, so ending before this proves the timeout worked.
    static let bound: Duration = .seconds(15)
}
