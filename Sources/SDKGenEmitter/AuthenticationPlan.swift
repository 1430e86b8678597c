import Foundation
import SDKGenIR

/// How a generated client authenticates: from the description's security schemes plus `sdkgen.yaml` settings
/// (ACS services accept HMAC access keys that their descriptions do not declare).
///
/// Decides the client's initializers, the example endpoint in doc comments and tests, and the credential and
/// assertions of generated tests, so that no SDK carries another service's authentication.
struct AuthenticationPlan {
    /// ACS HMAC-SHA256 with the resource's access key: `init(connectionString:)`, `init(endpoint:accessKey:)`.
    var accessKey = false
    /// Bearer tokens (OAuth2 / Entra ID, or an `Authorization` token such as an ACS user token).
    var token = false
    /// Scopes for bearer tokens, when known.
    var tokenScopes: [String] = []
    /// The header of an `apiKey` scheme other than `Authorization`.
    var apiKeyHeader: String?
    /// Used in doc comments and generated tests.
    var exampleEndpoint: String
    /// Schemes the client cannot apply by itself (keys in queries or cookies), for a warning.
    var unsupported: [SecurityScheme] = []

    /// Whether the description declares no authentication at all.
    var isAnonymous: Bool { !accessKey && !token && apiKeyHeader == nil }

    init(api: APIDescription, options: AuthenticationOptions, sdkName: String) {
        for scheme in api.securitySchemes {
            let lowered = scheme.type.lowercased()
            if lowered == "oauth2" || lowered == "openidconnect" || (lowered == "http" && scheme.keyPlacement == "bearer") {
                token = true
                // OAuth2 scopes that name a resource; `user_impersonation` and the like are not token scopes.
                tokenScopes += scheme.scopes.filter { $0.contains("://") || $0.hasSuffix(".default") }
            } else if lowered == "apikey", scheme.keyPlacement?.lowercased() == "header", let header = scheme.parameterName {
                if header.lowercased() == "authorization" {
                    // ACS descriptions declare their HMAC signature, and user tokens, as an `Authorization` "key".
                    if (scheme.summary ?? "").lowercased().contains("hmac") { accessKey = true } else { token = true }
                } else if apiKeyHeader == nil {
                    apiKeyHeader = header
                } else {
                    // One `init(endpoint:apiKey:)` sends one header; others need a credential of the caller's own.
                    unsupported.append(scheme)
                }
            } else {
                unsupported.append(scheme)
            }
        }
        if options.accessKey { accessKey = true }
        if let scopes = options.tokenScopes {
            token = true
            tokenScopes = scopes
        }
        tokenScopes = Array(Set(tokenScopes)).sorted()
        exampleEndpoint = options.exampleEndpoint ?? Self.exampleEndpoint(api.host) ?? "https://\(sdkName).example.com"
    }

    /// The first URL in the endpoint parameter's description (ACS: "for example https://my-resource…"), or the
    /// host when the description fixes it.
    static func exampleEndpoint(_ host: HostTemplate) -> String? {
        for parameter in host.parameters {
            guard let text = parameter.description,
                let range = text.range(of: #"https?://[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*(:[0-9]+)?"#, options: .regularExpression)
            else { continue }
            return String(text[range])
        }
        return SwiftEmitter.defaultEndpoint(host)
    }

    /// The lines of a usage example before its client is made: the secret it needs, as a placeholder (a
    /// connection string with `accessKey`, else the credential). Shown in READMEs; the emulator test supplies
    /// `connectionString` itself.
    var exampleSetupLines: [String] {
        if accessKey {
            let endpoint = SwiftLiterals.escapedString(exampleEndpoint)
            return ["let connectionString = \"endpoint=\(endpoint)/;accesskey=<base64 key>\""]
        }
        if token { return ["let tokenCredential = StaticTokenCredential(token: \"<access token>\")  // or any TokenCredential"] }
        return []
    }

    /// The line of a usage example that makes `client`, with the first initializer the client has (in the order
    /// access key, token, API key, none).
    func exampleClientLine(clientName: String) -> String {
        let endpoint = "URL(string: \"\(SwiftLiterals.escapedString(exampleEndpoint))\")!"
        if accessKey { return "let client = try \(clientName)(connectionString: connectionString)" }
        if token {
            let scopes = tokenScopes.isEmpty ? ", scopes: [\"<scope>/.default\"]" : ""
            return "let client = \(clientName)(endpoint: \(endpoint), tokenCredential: tokenCredential\(scopes))"
        }
        if apiKeyHeader != nil { return "let client = try \(clientName)(endpoint: \(endpoint), apiKey: \"<API key>\")" }
        return "let client = \(clientName)(endpoint: \(endpoint))"
    }

    /// The credential generated tests sign with.
    var testCredential: String {
        if accessKey { return "try AccessKeyCredential(accessKey: testAccessKey)" }
        if token { return "BearerTokenCredential(credential: StaticTokenCredential(token: \"test-token\"), scopes: [])" }
        if let apiKeyHeader { return "try APIKeyCredential(headerName: \"\(SwiftLiterals.escapedString(apiKeyHeader))\", key: \"test-key\")" }
        return "AnonymousCredential()"
    }

    /// What generated tests expect of every request's authentication headers.
    var testAssertions: [String] {
        if accessKey {
            return [
                #"#expect(request.header("Authorization")?.hasPrefix("HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=") == true)"#,
                #"#expect(request.header("x-ms-date") != nil)"#,
                #"#expect(request.header("x-ms-content-sha256") != nil)"#,
            ]
        }
        if token { return [#"#expect(request.header("Authorization") == "Bearer test-token")"#] }
        if let apiKeyHeader { return ["#expect(request.header(\"\(SwiftLiterals.escapedString(apiKeyHeader))\") == \"test-key\")"] }
        return [#"#expect(request.header("Authorization") == nil)"#]
    }
}
