import Foundation

/// Two cases of /work/shared/vectors/acs-hmac-sha256.json (computed by the official Python SDK,
/// azure-communication-identity 1.5.0), inlined so the tests run on a fresh clone.
enum PythonSigningVectors {
    /// The key both cases are signed with (bytes 0x00…0x1f).
    static let key = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="
    /// The instant the Python clock was frozen at.
    static let signedAt = Date(timeIntervalSince1970: 1_740_902_709.123456)  // 2025-03-02T08:05:09.123456Z
    /// The resource and identity the path names.
    static let resourceID = "1b5cc06b-f352-4571-b1e6-d9b259b7c776"
    static let identityID = "8:acs:1b5cc06b-f352-4571-b1e6-d9b259b7c776_00000026-5b3a-4b7c-9a43-0d3a0d000001"
    /// The host the signature covers.
    static let host = "contoso.communication.azure.com"

    /// One signed request as the Python SDK sent it.
    struct Case: Sendable {
        var name: String
        var method: String
        var pathAndQuery: String
        var body: String
        var headers: [String: String]
    }

    /// `colon_path_escaped_id_sync`: the sync client signs the path as sent (`%3A` kept).
    static let sync = Case(
        name: "colon_path_escaped_id_sync", method: "POST",
        pathAndQuery: "/identities/8%3Aacs%3A1b5cc06b-f352-4571-b1e6-d9b259b7c776_00000026-5b3a-4b7c-9a43-0d3a0d000001/:issueAccessToken?api-version=2025-03-02-preview",
        body: #"{"scopes": ["chat"]}"#,
        headers: [
            "x-ms-date": "Sun, 02 Mar 2025 08:05:09 GMT",
            "x-ms-content-sha256": "sZHRO4JkAmw3HcI1PyxrC5twHvkHIWjyMLVIkauXKRA=",
            "Authorization": "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=drkREAnvddqDAWmBf3QAtubGjw++vvezSbGjKrYgwWY=",
            "x-ms-return-client-request-id": "true",
        ])

    /// `colon_path_escaped_id_aio_decode_url`: the aio client sends the same request but signs the
    /// percent-decoded path (`8:acs:…`).
    static let aio = Case(
        name: "colon_path_escaped_id_aio_decode_url", method: "POST",
        pathAndQuery: sync.pathAndQuery, body: sync.body,
        headers: [
            "x-ms-date": "Sun, 02 Mar 2025 08:05:09 GMT",
            "x-ms-content-sha256": "sZHRO4JkAmw3HcI1PyxrC5twHvkHIWjyMLVIkauXKRA=",
            "Authorization": "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=azUc9riOHfsjSc1IYfgb5UiQY+YXiPjF1CsGuqaRPRI=",
            "x-ms-return-client-request-id": "true",
        ])

    /// `path_needs_escaping_aio_decode_url`: escapes that decode to `/`, `?`, `#`, `%` and non-ASCII.
    static let aioEscapes = Case(
        name: "path_needs_escaping_aio_decode_url", method: "GET",
        pathAndQuery: "/access/entra/assignments/a%20b%2Fc%3Fd%23e%25f%C3%A9%2B?api-version=2025-03-02-preview",
        body: "",
        headers: [
            "x-ms-date": "Sun, 02 Mar 2025 08:05:09 GMT",
            "x-ms-content-sha256": "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
            "Authorization": "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=YvQrlITKnNE6sX6oo1eFE1/XNl1QVPiIgU7gu1F37Tw=",
        ])
}
