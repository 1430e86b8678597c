import Crypto
import Foundation
import HTTPTypes

/// Signs requests with an Azure Communication Services access key (HMAC-SHA256).
///
/// Each try gets a fresh `x-ms-date`, the body hash `x-ms-content-sha256` and an `Authorization`
/// signature over method, path-and-query as sent, date, host and body hash, as the service verifies.
/// The key is held only as a `SymmetricKey` and never printed.
public struct AccessKeyCredential: RequestCredential, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    private let key: SymmetricKey
    private let clock: @Sendable () -> Date

    /// Creates a credential from the base64 access key.
    /// - Throws: `InvalidAccessKeyError` (which never contains the key) when it is not valid base64.
    public init(accessKey: String) throws {
        try self.init(accessKey: accessKey, clock: { Date() })
    }

    /// Creates a credential that reads the time from `clock`, so tests can sign at a fixed instant.
    public init(accessKey: String, clock: @escaping @Sendable () -> Date) throws {
        let trimmed = accessKey.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let bytes = Data(base64Encoded: trimmed), !bytes.isEmpty else {
            throw InvalidAccessKeyError()
        }
        self.key = SymmetricKey(data: bytes)
        self.clock = clock
    }

    /// Sets `x-ms-date`, `x-ms-content-sha256` and the HMAC `Authorization` header.
    public func authorize(_ request: inout HTTPRequest, body: Data) async throws {
        let date = RFC1123Date.string(from: clock())
        let contentHash = Data(SHA256.hash(data: body)).base64EncodedString()
        let stringToSign = Self.stringToSign(
            method: request.method.rawValue, pathAndQuery: request.path ?? "/",
            date: date, host: request.authority ?? "", contentHash: contentHash)
        let signature = HMAC<SHA256>.authenticationCode(for: Data(stringToSign.utf8), using: key)
        request.headerFields[.xMsDate] = date
        request.headerFields[.xMsContentSHA256] = contentHash
        request.headerFields[.authorization] =
            "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature="
            + Data(signature).base64EncodedString()
    }

    /// The exact text the service signs: `METHOD\npathAndQuery\ndate;host;contentHash`.
    static func stringToSign(method: String, pathAndQuery: String, date: String, host: String, contentHash: String) -> String {
        method.uppercased() + "\n" + pathAndQuery + "\n" + date + ";" + host + ";" + contentHash
    }

    /// A redacted description: the key is never shown.
    public var description: String { "AccessKeyCredential(key: <redacted>)" }

    /// A redacted description: the key is never shown.
    public var debugDescription: String { description }

    /// An empty mirror, so `dump` and the debugger cannot reveal the key either.
    public var customMirror: Mirror { Mirror(self, children: [:]) }
}
