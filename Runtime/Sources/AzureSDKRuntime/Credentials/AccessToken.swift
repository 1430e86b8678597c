import Foundation

/// A bearer token and when it stops being valid.
public struct AccessToken: Sendable, CustomStringConvertible {
    /// The token text sent as `Authorization: Bearer <token>`.
    public var token: String
    /// When the token expires.
    public var expiresOn: Date

    /// Creates a token.
    public init(token: String, expiresOn: Date) {
        self.token = token
        self.expiresOn = expiresOn
    }

    /// Shows the expiry only, never the token.
    public var description: String { "AccessToken(token: <redacted>, expiresOn: \(expiresOn))" }
}
