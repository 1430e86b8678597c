@_spi(Generated) import AzureSDKRuntime
import Testing

/// The Identity API's paths as the spec writes them, with each path parameter percent-encoded as
/// one segment (`8:acs:…` becomes `8%3Aacs%3A…`, as the SDKs send it).
enum IdentityPaths {
    static let identities = "/identities"
    static func identity(_ id: String) -> String { "/identities/" + PathEncoding.segment(id) }
    static func issueAccessToken(_ id: String) -> String { identity(id) + "/:issueAccessToken" }
    static func revokeAccessTokens(_ id: String) -> String { identity(id) + "/:revokeAccessTokens" }

    static let teamsUserExchange = "/teamsUser/:exchangeAccessToken"

    /// Teams Phone (the spec's `teamsExtension`) access.
    static let teamsPhoneExchange = "/access/teamsExtension/:exchangeAccessToken"
    static func teamsPhoneAssignment(tenantId: String, objectId: String) -> String {
        "/access/teamsExtension/tenants/\(PathEncoding.segment(tenantId))/assignments/\(PathEncoding.segment(objectId))"
    }

    static let entraExchange = "/access/entra/:exchangeAccessToken"
    static let entraAssignments = "/access/entra/assignments"
    static func entraAssignment(_ objectId: String) -> String { entraAssignments + "/" + PathEncoding.segment(objectId) }
}

extension WireClient {
    /// `POST /identities` with `json`, which must answer 201; returns the answer's body
    /// (`{"identity":{…},"accessToken":{…}}`). For the many tests that need an identity first.
    func createIdentity(_ json: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) async throws -> JSONValue {
        let response = try await post(IdentityPaths.identities, json: json)
        try #require(response.status == 201, "\(response)", sourceLocation: sourceLocation)
        return try response.json()
    }

    /// Like `createIdentity`, returning only `identity.id`.
    func createIdentityID(_ json: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) async throws -> String {
        let created = try await createIdentity(json, sourceLocation: sourceLocation)
        return try #require(created["identity"]?["id"]?.stringValue, sourceLocation: sourceLocation)
    }
}
