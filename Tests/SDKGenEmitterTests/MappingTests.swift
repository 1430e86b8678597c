import Testing
import SDKGenIR
@testable import SDKGenEmitter

/// A schema of `kind` named `name`, for building IRs by hand.
func schema(_ name: String, _ kind: Schema.Kind = .object(ObjectSchema(properties: [], additionalProperties: nil, parents: []))) -> Schema {
    Schema(name: name, description: nil, kind: kind, location: "test#/definitions/\(name)")
}

@Suite struct TypeMapperTests {
    // In name order, as `APIDescription` keeps schemas.
    let types = TypeMapper(schemas: [schema("Pet"), schema("owner-info"), schema("pet"), schema("string")])

    @Test func namedSchemasGetUniqueSwiftNames() {
        // `Pet` is taken first; `pet` collides with it case-insensitively.
        #expect(types.typeNames == ["Pet": "Pet", "pet": "Pet2", "string": "StringModel", "owner-info": "OwnerInfo"])
        #expect(types.swiftType(.named("pet")) == "Pet2")
        // A name the description never defines still becomes a type name.
        #expect(types.swiftType(.named("lost thing")) == "LostThing")
        let pinned = TypeMapper(schemas: [schema("pet"), schema("Pet")], pinned: ["Pet": "pet"])
        // The pinned name is kept as given and reserved before the others are made unique.
        #expect(pinned.typeNames == ["Pet": "pet", "pet": "Pet2"])
    }

    @Test(arguments: [
        (TypeReference.string(format: nil), "String"),
        (.string(format: "date-time"), "Date"),
        (.string(format: "date-time-rfc1123"), "Date"),
        (.string(format: "unixtime"), "Date"),
        (.string(format: "date"), "String"),
        (.string(format: "duration"), "String"),
        (.string(format: "byte"), "Data"),
        (.string(format: "binary"), "Data"),
        (.string(format: "uuid"), "UUID"),
        (.string(format: "email"), "String"),
        (.integer(format: nil), "Int"),
        (.integer(format: "int32"), "Int32"),
        (.integer(format: "int64"), "Int64"),
        (.integer(format: "unixtime"), "Date"),
        (.number(format: nil), "Double"),
        (.number(format: "double"), "Double"),
        (.number(format: "float"), "Float"),
        (.number(format: "decimal"), "Double"),
        (.boolean, "Bool"),
        (.any, "JSONValue"),
        (.array(.string(format: nil)), "[String]"),
        (.array(.nullable(.integer(format: "int32"))), "[Int32?]"),
        (.map(.array(.named("pet"))), "[String: [Pet2]]"),
        (.nullable(.named("owner-info")), "OwnerInfo?"),
        (.nullable(.nullable(.boolean)), "Bool?"),
    ])
    func swiftType(_ type: TypeReference, _ expected: String) {
        #expect(types.swiftType(type) == expected)
    }

    @Test func optionality() {
        #expect(types.swiftType(.string(format: nil), required: true) == "String")
        #expect(types.swiftType(.string(format: nil), required: false) == "String?")
        // Required but nullable: still optional.
        #expect(types.swiftType(.nullable(.string(format: "uuid")), required: true) == "UUID?")
        #expect(types.swiftType(.nullable(.string(format: "uuid")), required: false) == "UUID?")
        #expect(types.swiftType(.array(.named("Pet")), required: false) == "[Pet]?")
    }

    @Test func dateFormatsAndWireCodings() {
        #expect(types.dateFormat(.string(format: "date-time")) == "rfc3339")
        #expect(types.dateFormat(.string(format: "date-time-rfc1123")) == "imfFixdate")
        #expect(types.dateFormat(.integer(format: "unixtime")) == "unixTime")
        #expect(types.dateFormat(.array(.nullable(.string(format: "date-time")))) == "rfc3339")
        #expect(types.dateFormat(.string(format: "date")) == nil)
        #expect(types.dateFormat(.integer(format: nil)) == nil)
        // RFC 3339 is what the JSON coder writes anyway; the others need a wrapper.
        #expect(types.wireCoding(.string(format: "date-time")) == nil)
        #expect(types.wireCoding(.string(format: "date-time-rfc1123")) == "IMFFixdateCoding")
        #expect(types.wireCoding(.map(.integer(format: "unixtime"))) == "UnixTimeCoding")
        #expect(types.wireCoding(.nullable(.string(format: "uuid"))) == "LowercaseUUIDCoding")
        #expect(types.wireCoding(.string(format: nil)) == nil)
        #expect(types.textFormatNote(.string(format: "date"))?.contains("YYYY-MM-DD") == true)
        #expect(types.textFormatNote(.array(.string(format: "duration")))?.contains("ISO 8601 duration") == true)
        #expect(types.textFormatNote(.string(format: "date-time")) == nil)
    }
}

@Suite struct BodyEncodingTests {
    @Test(arguments: [
        ([], nil, BodyEncoding.json),
        (["application/json"], TypeReference.named("Pet"), .json),
        (["application/merge-patch+json"], .named("Pet"), .json),
        (["Application/JSON; charset=utf-8"], .string(format: nil), .json),
        (["text/plain"], .string(format: nil), .text),
        (["TEXT/CSV"], nil, .text),
        (["application/octet-stream"], .string(format: nil), .binary),
        (["image/png"], nil, .binary),
        (["application/xml"], .named("Pet"), .binary),
        // Any JSON media type among several means JSON.
        (["text/plain", "application/json"], .string(format: nil), .json),
        // `format: binary` is bytes whatever the media type says…
        (["application/json"], .string(format: "binary"), .binary),
        (["application/octet-stream"], .nullable(.string(format: "binary")), .binary),
        ([], .string(format: "binary"), .binary),
        // …except text alone, which stays text.
        (["text/plain"], .string(format: "binary"), .text),
        (["text/plain", "application/json"], .string(format: "binary"), .binary),
    ] as [([String], TypeReference?, BodyEncoding)])
    func decision(_ contentTypes: [String], _ type: TypeReference?, _ expected: BodyEncoding) {
        #expect(BodyEncoding(contentTypes: contentTypes, type: type) == expected)
    }

    @Test func swiftTypes() {
        #expect(BodyEncoding.json.swiftType == nil)
        #expect(BodyEncoding.text.swiftType == "String")
        #expect(BodyEncoding.binary.swiftType == "Data")
    }
}

@Suite struct AuthenticationPlanTests {
    static func api(schemes: [SecurityScheme], host: HostTemplate = HostTemplate(template: "{endpoint}", parameters: [], useSchemePrefix: false, basePath: "")) -> APIDescription {
        APIDescription(title: "Pets", summary: nil, apiVersion: "1", host: host, operations: [], schemas: [], securitySchemes: schemes)
    }

    static func plan(_ schemes: [SecurityScheme], options: AuthenticationOptions = AuthenticationOptions()) -> AuthenticationPlan {
        AuthenticationPlan(api: api(schemes: schemes), options: options, sdkName: "pets")
    }

    static func endpointParameter(_ description: String?, defaultValue: JSONValue? = nil) -> Parameter {
        Parameter(
            name: "endpoint", clientName: nil, location: .host, isRequired: true, type: .string(format: nil), description: description,
            isClientParameter: true, skipsURLEncoding: true, defaultValue: defaultValue, constraints: Constraints(), isConstant: false)
    }

    @Test func noSchemesIsAnonymous() {
        let plan = Self.plan([])
        #expect(plan.isAnonymous && !plan.accessKey && !plan.token && plan.apiKeyHeader == nil)
        #expect(plan.testCredential == "AnonymousCredential()")
        #expect(plan.testAssertions == [#"#expect(request.header("Authorization") == nil)"#])
        #expect(plan.exampleEndpoint == "https://pets.example.com")
    }

    @Test func oauth2IsTokenWithResourceScopesOnly() {
        let plan = Self.plan([SecurityScheme(
            name: "aad", type: "oauth2", summary: nil,
            scopes: ["user_impersonation", "https://pets.azure.com//.default", "https://pets.azure.com/read", "api.default"])])
        #expect(plan.token && !plan.accessKey && !plan.isAnonymous)
        #expect(plan.tokenScopes == ["api.default", "https://pets.azure.com//.default", "https://pets.azure.com/read"])
        #expect(plan.testCredential.hasPrefix("BearerTokenCredential("))
        #expect(plan.testAssertions == [#"#expect(request.header("Authorization") == "Bearer test-token")"#])
        #expect(Self.plan([SecurityScheme(name: "oidc", type: "openIdConnect", summary: nil, scopes: [])]).token)
        #expect(Self.plan([SecurityScheme(name: "b", type: "http", summary: nil, scopes: [], keyPlacement: "bearer")]).token)
        // HTTP basic is not applied by the client.
        let basic = Self.plan([SecurityScheme(name: "basic", type: "http", summary: nil, scopes: [], keyPlacement: "basic")])
        #expect(basic.isAnonymous && basic.unsupported.map(\.name) == ["basic"])
    }

    @Test func authorizationKeysAreHMACOrTokens() {
        let hmac = Self.plan([SecurityScheme(
            name: "acs_hmac", type: "apiKey", summary: "An ACS HMAC signature", scopes: [], keyPlacement: "header", parameterName: "Authorization")])
        #expect(hmac.accessKey && !hmac.token && hmac.apiKeyHeader == nil)
        #expect(hmac.testCredential == "try AccessKeyCredential(accessKey: testAccessKey)")
        #expect(hmac.testAssertions.count == 3)
        #expect(hmac.testAssertions.contains(#"#expect(request.header("x-ms-date") != nil)"#))
        let userToken = Self.plan([SecurityScheme(
            name: "token", type: "apiKey", summary: "A user token", scopes: [], keyPlacement: "header", parameterName: "authorization")])
        #expect(userToken.token && !userToken.accessKey)
    }

    @Test func otherHeaderKeysAndUnsupportedPlacements() {
        let key = Self.plan([SecurityScheme(
            name: "key", type: "apiKey", summary: nil, scopes: [], keyPlacement: "header", parameterName: "x-api-\"key")])
        #expect(key.apiKeyHeader == "x-api-\"key" && !key.isAnonymous)
        // The header name is escaped inside the generated Swift string.
        #expect(key.testCredential == #"try APIKeyCredential(headerName: "x-api-\"key", key: "test-key")"#)
        #expect(key.testAssertions == [#"#expect(request.header("x-api-\"key") == "test-key")"#])
        let query = Self.plan([SecurityScheme(name: "q", type: "apiKey", summary: nil, scopes: [], keyPlacement: "query", parameterName: "code")])
        #expect(query.isAnonymous)
        #expect(query.unsupported.map(\.name) == ["q"])
    }

    @Test func optionsAddWhatDescriptionsLeaveOut() {
        let plan = Self.plan([], options: AuthenticationOptions(accessKey: true, tokenScopes: ["b", "a", "b"], exampleEndpoint: "https://x.test"))
        #expect(plan.accessKey && plan.token)
        #expect(plan.tokenScopes == ["a", "b"])
        #expect(plan.exampleEndpoint == "https://x.test")
        // Access keys win the generated tests' credential.
        #expect(plan.testCredential == "try AccessKeyCredential(accessKey: testAccessKey)")
        // Configured scopes replace the description's.
        let replaced = Self.plan(
            [SecurityScheme(name: "aad", type: "oauth2", summary: nil, scopes: ["https://desc/.default"])],
            options: AuthenticationOptions(tokenScopes: ["https://config/.default"]))
        #expect(replaced.tokenScopes == ["https://config/.default"])
    }

    @Test func usageExamplesMakeTheClientWithItsFirstInitializer() {
        let both = Self.plan([], options: AuthenticationOptions(accessKey: true, tokenScopes: ["https://x/.default"]))
        #expect(both.exampleSetupLines == [#"let connectionString = "endpoint=https://pets.example.com/;accesskey=<base64 key>""#])
        #expect(both.exampleClientLine(clientName: "PetsClient") == "let client = try PetsClient(connectionString: connectionString)")
        // With default scopes the caller passes none; without, the example shows where they go.
        let scoped = Self.plan([SecurityScheme(name: "aad", type: "oauth2", summary: nil, scopes: ["https://pets/.default"])])
        #expect(scoped.exampleSetupLines.first?.hasPrefix(#"let tokenCredential = StaticTokenCredential(token: "<access token>")"#) == true)
        #expect(scoped.exampleClientLine(clientName: "PetsClient")
            == #"let client = PetsClient(endpoint: URL(string: "https://pets.example.com")!, tokenCredential: tokenCredential)"#)
        let unscoped = Self.plan([SecurityScheme(name: "t", type: "http", summary: nil, scopes: [], keyPlacement: "bearer")])
        #expect(unscoped.exampleClientLine(clientName: "PetsClient").hasSuffix(#"tokenCredential: tokenCredential, scopes: ["<scope>/.default"])"#))
        let key = Self.plan([SecurityScheme(name: "k", type: "apiKey", summary: nil, scopes: [], keyPlacement: "header", parameterName: "x-key")])
        #expect(key.exampleSetupLines.isEmpty)
        #expect(key.exampleClientLine(clientName: "PetsClient")
            == #"let client = try PetsClient(endpoint: URL(string: "https://pets.example.com")!, apiKey: "<API key>")"#)
        #expect(Self.plan([]).exampleClientLine(clientName: "PetsClient") == #"let client = PetsClient(endpoint: URL(string: "https://pets.example.com")!)"#)
    }

    @Test func exampleEndpoints() {
        let described = HostTemplate(
            template: "{endpoint}", parameters: [Self.endpointParameter("The resource, for example https://my-resource.communication.azure.com/. Or not.")],
            useSchemePrefix: false, basePath: "")
        #expect(AuthenticationPlan.exampleEndpoint(described) == "https://my-resource.communication.azure.com")
        let withPort = HostTemplate(
            template: "{endpoint}", parameters: [Self.endpointParameter("e.g. http://localhost:8080/path")], useSchemePrefix: false, basePath: "")
        #expect(AuthenticationPlan.exampleEndpoint(withPort) == "http://localhost:8080")
        let fixed = HostTemplate(template: "https://api.contoso.com", parameters: [], useSchemePrefix: false, basePath: "/v1")
        #expect(AuthenticationPlan.exampleEndpoint(fixed) == "https://api.contoso.com/v1")
        let defaulted = HostTemplate(
            template: "{endpoint}", parameters: [Self.endpointParameter("No URL here.", defaultValue: .string("https://default.test"))],
            useSchemePrefix: false, basePath: "")
        #expect(AuthenticationPlan.exampleEndpoint(defaulted) == "https://default.test")
        let unknown = HostTemplate(template: "{endpoint}", parameters: [Self.endpointParameter(nil)], useSchemePrefix: false, basePath: "")
        #expect(AuthenticationPlan.exampleEndpoint(unknown) == nil)
        let plan = AuthenticationPlan(api: Self.api(schemes: [], host: described), options: AuthenticationOptions(), sdkName: "pets")
        #expect(plan.exampleEndpoint == "https://my-resource.communication.azure.com")
    }
}
