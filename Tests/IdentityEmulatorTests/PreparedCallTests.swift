import AzureSDKRuntime
import Foundation
import HTTPTypes
@testable import IdentityEmulator
import SDKGenIR
import Testing

/// `RunningEmulator.prepareCall` is what the generated end-to-end tests build every call from. Here each prepared
/// call of `Fixtures/Preview-2025-03-02-preview.yaml` (the sixteen known operations and two unknown ones) is sent
/// at the wire level, without a generated SDK, with the parameters placed where the description puts them: it
/// must succeed, and the emulator's record of the exchange must be what went over the wire.
@Suite struct PreparedCallTests {
    /// Every operation of the preview fixture; `everyOperationOfTheFixtureIsListed` keeps the list complete.
    static let previewOperationIDs = [
        "CommunicationIdentity_Create", "CommunicationIdentity_Get", "CommunicationIdentity_Delete",
        "CommunicationIdentity_RevokeAccessTokens", "CommunicationIdentity_IssueAccessToken",
        "CommunicationIdentity_ExchangeTeamsUserAccessToken",
        "TeamsExtensionToken_Exchange", "TeamsExtensionAssignment_Get", "TeamsExtensionAssignment_Upsert",
        "TeamsExtensionAssignment_Delete",
        "EntraIdToken_Exchange", "EntraIdAssignments_List", "EntraIdAssignments_Update", "EntraIdAssignment_Get",
        "EntraIdAssignment_Upsert", "EntraIdAssignment_Delete",
        "Audit_Query", "Audit_Annotate",
    ]

    static func withPreviewFixture<T: Sendable>(_ body: (RunningEmulator) async throws -> T) async throws -> T {
        try await EmulatorHarness.withEmulator({ $0.descriptionFiles = [Fixture.preview] }) { emulator, _ in
            try await body(emulator)
        }
    }

    @Test func everyOperationOfTheFixtureIsListed() async throws {
        try await Self.withPreviewFixture { emulator in
            let version = try #require(emulator.catalog.version(Fixture.previewVersion))
            #expect(version.source == Fixture.preview)
            #expect(version.operations.map(\.operationID).sorted() == Self.previewOperationIDs.sorted())
            // All but the two audit operations have the emulator's semantics.
            let unknown = version.operations.filter { $0.known == nil }.map(\.operationID)
            #expect(unknown.sorted() == ["Audit_Annotate", "Audit_Query"])
            #expect(Set(version.operations.compactMap(\.known)) == Set(KnownOperation.allCases))
        }
    }

    @Test(arguments: previewOperationIDs)
    func preparedCallSucceedsOnTheWire(operationID: String) async throws {
        try await Self.withPreviewFixture { emulator in
            let call = try await emulator.prepareCall(operationID: operationID, apiVersion: Fixture.previewVersion)
            let sent = try await Self.send(call, to: emulator)
            #expect((200..<300).contains(sent.reply.status), "\(operationID), values from \(call.source): \(sent.reply)")

            let exchanges = await emulator.recordedExchanges().filter { $0.operationID == operationID }
            #expect(exchanges.count == 1, "\(operationID): \(exchanges.count) exchanges recorded")
            let exchange = try #require(exchanges.first)
            #expect(exchange.method == sent.method.rawValue)
            #expect(exchange.path == sent.path)
            #expect(exchange.status == sent.reply.status)
            #expect(exchange.requestBody == (call.body ?? Data()), "\(operationID): the recorded request body is not the one sent")
            #expect(exchange.responseBody == sent.reply.body, "\(operationID): the recorded response body is not the one received")
        }
    }

    /// A prepared call succeeds whatever the emulator holds, also what earlier prepared calls created: here every
    /// operation is prepared and sent in turn on one emulator, twice. (The fixture's Entra get and upsert examples
    /// name the same object: the get's preparation assigns it in a tenant of its own, not the upsert's.)
    @Test func preparedCallsSucceedOneAfterAnotherOnOneEmulator() async throws {
        try await Self.withPreviewFixture { emulator in
            for round in 1...2 {
                for operationID in Self.previewOperationIDs {
                    let call = try await emulator.prepareCall(operationID: operationID, apiVersion: Fixture.previewVersion)
                    let sent = try await Self.send(call, to: emulator)
                    #expect((200..<300).contains(sent.reply.status), "round \(round), \(operationID) from \(call.source): \(sent.reply)")
                }
            }
        }
    }

    /// The Entra examples' objects already assigned in other tenants (by a test's own setup): the prepared upserts
    /// use other objects rather than get the 409 such an assignment gives.
    @Test func preparedEntraUpsertsAvoidObjectsAssignedInAnotherTenant() async throws {
        try await EmulatorHarness.withEmulator({ $0.descriptionFiles = [Fixture.preview] }) { emulator, wire in
            for objectId in ["2a6e4c8d-1b3f-4a5c-9e7d-0f2b4d6f8a1c", "5c9e1a3b-7d2f-4e6a-8b0c-1d3f5a7b9c2e"] {
                let elsewhere = #"{"tenantId":"\#(UUID().uuidString.lowercased())","principalType":"user","clientIds":["\#(UUID().uuidString.lowercased())"]}"#
                let seeded = try await wire.put(IdentityPaths.entraAssignment(objectId), json: elsewhere)
                try #require(seeded.status == 201, "\(seeded)")
            }
            for operationID in ["EntraIdAssignments_Update", "EntraIdAssignment_Upsert"] {
                let call = try await emulator.prepareCall(operationID: operationID, apiVersion: Fixture.previewVersion)
                let sent = try await Self.send(call, to: emulator)
                #expect((200..<300).contains(sent.reply.status), "\(operationID) from \(call.source): \(sent.reply)")
            }
        }
    }

    /// An operation the emulator does not know gets every value from its example: path, query and header
    /// parameters (Azure example files nest headers under `headers`), and the body under its parameter's name.
    @Test func unknownOperationsTakeTheirValuesFromTheExample() async throws {
        try await Self.withPreviewFixture { emulator in
            let query = try await emulator.prepareCall(operationID: "Audit_Query", apiVersion: Fixture.previewVersion)
            #expect(query.source == "the example 'Query an audit trail'")
            #expect(try query.argument(String.self, "auditId") == "audit-7")
            #expect(try query.argument(String.self, "since") == "2025-03-01T00:00:00Z")
            #expect(try query.argument(String.self, "x-ms-audit-scope") == "tenant")
            #expect(query.arguments["api-version"] == nil, "the client adds api-version itself")
            #expect(query.body == nil)
            #expect(query.bearerToken == nil)

            let annotate = try await emulator.prepareCall(operationID: "Audit_Annotate", apiVersion: Fixture.previewVersion)
            #expect(annotate.source == "the example 'Annotate an audit trail'")
            #expect(try annotate.argument(String.self, "auditId") == "audit-7")
            let body = try #require(annotate.body)
            #expect(try JSONDecoder().decode(AzureSDKRuntime.JSONValue.self, from: body)
                == AzureSDKRuntime.JSONValue(parsing: #"{"text":"Reviewed by the security team","severity":"warning"}"#))
            let sent = try await Self.send(annotate, to: emulator)
            #expect(sent.reply.status == 201)
            #expect(try sent.reply.json() == AzureSDKRuntime.JSONValue(parsing: #"{"text":"Reviewed by the security team","severity":"warning"}"#))
        }
    }

    /// Known operations start from the example too, then are made valid: an issue goes to an identity that now
    /// exists rather than the example's, with the example's scopes; the Teams user exchange gets a minted token
    /// and GUIDs for the example's invalid ids; operations without an example get their values from the schemas.
    @Test func knownOperationsAreMadeValid() async throws {
        try await Self.withPreviewFixture { emulator in
            let issue = try await emulator.prepareCall(operationID: "CommunicationIdentity_IssueAccessToken", apiVersion: Fixture.previewVersion)
            #expect(issue.source == "the example 'Issue a token for two hours'")
            let id = try issue.argument(String.self, "id")
            #expect(id != "8:acs:00000000-0000-4000-8000-000000000000_00000000-0000-4000-8000-000000000002")
            #expect(await emulator.store.identity(id: id) != nil)
            #expect(try JSONDecoder().decode(AzureSDKRuntime.JSONValue.self, from: try #require(issue.body))
                == AzureSDKRuntime.JSONValue(parsing: #"{"scopes":["voip"],"expiresInMinutes":120}"#))

            let exchange = try await emulator.prepareCall(
                operationID: "CommunicationIdentity_ExchangeTeamsUserAccessToken", apiVersion: Fixture.previewVersion)
            let exchangeBody = try JSONDecoder().decode(AzureSDKRuntime.JSONValue.self, from: try #require(exchange.body))
            #expect(exchangeBody["appId"]?.stringValue.flatMap(UUID.init(uuidString:)) != nil)
            #expect(exchangeBody["userId"]?.stringValue.flatMap(UUID.init(uuidString:)) != nil)
            #expect(exchangeBody["token"]?.stringValue != "not-a-real-token")

            let delete = try await emulator.prepareCall(operationID: "CommunicationIdentity_Delete", apiVersion: Fixture.previewVersion)
            #expect(delete.source == "the schemas")

            for operationID in ["TeamsExtensionToken_Exchange", "EntraIdToken_Exchange"] {
                let call = try await emulator.prepareCall(operationID: operationID, apiVersion: Fixture.previewVersion)
                #expect(call.bearerToken != nil, "\(operationID) exchanges the caller's own Entra token")
            }
        }
    }

    /// With renamed path parameters the prepared value is under the version's own name.
    @Test func renamedPathParametersAreFilledByPosition() async throws {
        try await EmulatorHarness.withEmulator({ $0.descriptionFiles = [Fixture.renamed] }) { emulator, _ in
            let call = try await emulator.prepareCall(operationID: "Tokens_Mint", apiVersion: Fixture.renamedVersion)
            #expect(call.arguments["id"] == nil)
            let id = try call.argument(String.self, "communicationUserId")
            #expect(await emulator.store.identity(id: id) != nil)
        }
    }

    /// The renamed fixture has no examples, and its create body is required: every value comes from the schemas
    /// (no scopes, 0 minutes), and must still be made into a call that succeeds.
    @Test(arguments: ["Users_Provision", "Users_Read", "Users_Remove", "Tokens_Mint", "Tokens_RevokeAll"])
    func callsPreparedFromSchemasSucceed(operationID: String) async throws {
        try await EmulatorHarness.withEmulator({ $0.descriptionFiles = [Fixture.renamed] }) { emulator, _ in
            let call = try await emulator.prepareCall(operationID: operationID, apiVersion: Fixture.renamedVersion)
            #expect(call.source == "the schemas")
            let sent = try await Self.send(call, to: emulator)
            #expect((200..<300).contains(sent.reply.status), "\(operationID): \(sent.reply)")
        }
    }

    @Test func unknownOperationOrVersionCannotBePrepared() async throws {
        try await Self.withPreviewFixture { emulator in
            do {
                _ = try await emulator.prepareCall(operationID: "Audit_Erase", apiVersion: Fixture.previewVersion)
                Issue.record("expected a PreparationError")
            } catch let error as RunningEmulator.PreparationError {
                #expect(error.description.contains("has no operation Audit_Erase"), "\(error)")
                #expect(error.description.contains(Fixture.preview), "names the description: \(error)")
            }
            do {
                _ = try await emulator.prepareCall(operationID: "CommunicationIdentity_Create", apiVersion: "2029-12-31")
                Issue.record("expected a PreparationError")
            } catch let error as RunningEmulator.PreparationError {
                #expect(error.description.contains("2029-12-31 is not served"), "\(error)")
                #expect(error.description.contains("2025-03-02-preview"), "lists what is served: \(error)")
            }
        }
    }
}

// MARK: - Sending a prepared call

extension PreparedCallTests {
    /// What was sent and what came back.
    struct Sent {
        let method: HTTPRequest.Method
        let path: String
        let reply: WireResponse
    }

    /// Sends `call` the way a client generated from the description would: path parameters put into the
    /// operation's template, query and header parameters where the description declares them, the body with the
    /// operation's content type; signed with the access key, or authorized with the prepared bearer token.
    static func send(_ call: PreparedCall, to emulator: RunningEmulator) async throws -> Sent {
        let operation = try #require(emulator.catalog.version(call.apiVersion)?.operation(id: call.operationID))
        let definition = try #require(operation.definition, "\(call.operationID) comes from a description")
        let path = operation.path.expand(try operation.path.parameterNames.map { name in
            try #require(try text(of: call, name), "\(call.operationID): no value for path parameter \(name)")
        })
        var queryItems: [(name: String, value: String)] = []
        var headers: [String: String?] = [:]
        for parameter in definition.parameters {
            guard let value = try text(of: call, parameter.name) else { continue }
            switch parameter.location {
            case .query: queryItems.append((parameter.name, value))
            case .header: headers[parameter.name] = value
            case .path, .host: break
            }
        }
        let credential: any RequestCredential
        if let token = call.bearerToken {
            credential = BearerTokenCredential(credential: PreparedToken(token: token))
        } else {
            credential = try AccessKeyCredential(accessKey: EmulatorConfiguration.defaultAccessKey)
        }
        let client = WireClient(endpoint: emulator.endpoint, credential: credential, apiVersion: call.apiVersion)
        let method = try #require(HTTPRequest.Method(operation.method))
        let reply = try await client.send(
            method, path, queryItems: queryItems, headers: headers,
            json: call.body.map { String(decoding: $0, as: UTF8.self) },
            contentType: definition.requestBody?.contentTypes.first ?? "application/json")
        return Sent(method: method, path: path, reply: reply)
    }

    /// Parameter `name` of `call` as it goes into a path, query or header: a JSON string as its text, other
    /// JSON values as written; nil when the call leaves the parameter out.
    static func text(of call: PreparedCall, _ name: String) throws -> String? {
        guard let data = call.arguments[name] else { return nil }
        if case .string(let text) = try JSONDecoder().decode(AzureSDKRuntime.JSONValue.self, from: data) { return text }
        return String(decoding: data, as: UTF8.self)
    }

    /// Hands out the emulator's prepared Entra token.
    struct PreparedToken: TokenCredential {
        let token: String
        func token(for scopes: [String]) async throws -> AccessToken {
            AccessToken(token: token, expiresOn: Date().addingTimeInterval(3600))
        }
    }
}
