import Foundation
import HTTPTypes

/// Authorizes requests with a key in a header of the service's choosing (`type: apiKey, in: header` in a
/// description), e.g. `x-api-key: <key>`.
///
/// The key is sent as it is on every try; it never appears in logs or errors (the pipeline logs no headers).
public struct APIKeyCredential: RequestCredential {
    private let headerName: HTTPField.Name
    private let key: String

    /// A credential sending `key` in header `headerName`.
    ///
    /// - Throws: `InvalidAPIKeyError` when `headerName` is not a valid header name or `key` is empty.
    public init(headerName: String, key: String) throws {
        guard let name = HTTPField.Name(headerName), !key.isEmpty else { throw InvalidAPIKeyError(headerName: headerName) }
        self.headerName = name
        self.key = key
    }

    /// Sets the key header.
    ///
    /// - Throws: `InsecureTransportError` for a plain-http request to a host that is not loopback.
    public func authorize(_ request: inout HTTPRequest, body: Data) async throws {
        try InsecureTransportError.check(request)
        request.headerFields[headerName] = key
    }
}

/// The header name or key given to `APIKeyCredential` is not usable; the message never contains the key.
public struct InvalidAPIKeyError: Error, Sendable, CustomStringConvertible {
    /// The header the key was for.
    public let headerName: String

    /// A readable explanation that does not repeat the key.
    public var description: String {
        "The API key for header '\(headerName)' is not usable: expected a valid header name and a non-empty key."
    }
}

/// Sends requests without authentication, for services whose description declares none.
public struct AnonymousCredential: RequestCredential {
    /// A credential that adds nothing.
    public init() {}

    /// Leaves the request as it is.
    public func authorize(_ request: inout HTTPRequest, body: Data) async throws {}
}

/// A `TokenCredential` that always returns the same token: for a token you already hold (an ACS user token
/// for Chat, a token from elsewhere) and for tests.
public struct StaticTokenCredential: TokenCredential {
    private let accessToken: AccessToken

    /// A credential returning `token`, valid until `expiresOn` (far in the future by default).
    public init(token: String, expiresOn: Date = .distantFuture) {
        accessToken = AccessToken(token: token, expiresOn: expiresOn)
    }

    /// The token, whatever the scopes.
    public func token(for scopes: [String]) async throws -> AccessToken { accessToken }
}
