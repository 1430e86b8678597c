import Foundation

// The emulator's own JSON shapes of the identity and token operations, written from the service's
// wire contract rather than shared with the generated SDK: the SDK changes with every api-version, and
// a wrong JSON name shared by client and server would go unnoticed by every end-to-end test.

/// An identity as the service shows it (`CommunicationIdentity`).
struct WireIdentity: Codable, Sendable, Hashable {
    var id: String
    var customId: String?
    var lastTokenIssuedAt: Date?
}

/// An access token and when it expires (`CommunicationIdentityAccessToken`).
struct WireAccessToken: Codable, Sendable, Hashable {
    var token: String
    var expiresOn: Date
}

/// An identity with, when one was asked for, a token (`CommunicationIdentityAccessTokenResult`).
struct WireIdentityAndToken: Codable, Sendable, Hashable {
    var identity: WireIdentity
    var accessToken: WireAccessToken?
}

/// The body of `POST /identities`; every member is optional, and so is the body.
struct WireCreateIdentityRequest: Codable, Sendable, Hashable {
    var customId: String?
    var createTokenWithScopes: [String]?
    var expiresInMinutes: Int?
}

/// The body of `POST /identities/{id}/:issueAccessToken`.
struct WireIssueTokenRequest: Codable, Sendable, Hashable {
    var scopes: [String]
    var expiresInMinutes: Int?
}

/// The body of `POST /teamsUser/:exchangeAccessToken`: a Teams user's Entra token and whose it must be.
struct WireTeamsUserExchangeRequest: Codable, Sendable, Hashable {
    var token: String
    var appId: String
    var userId: String
}
