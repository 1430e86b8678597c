import Foundation
import SDKGenIR

/// Builds a `PreparedCall`: values from the description's example (or schemas), then made valid for the
/// operations the emulator knows, with whatever state they need created in the store.
struct CallPreparation {
    /// The store the state goes into.
    let store: EmulatorStore
    /// The service's clock (minted tokens expire an hour after it).
    let clock: @Sendable () -> Date

    /// The call's values while they are being made.
    struct Draft {
        /// Parameter values by wire name.
        var arguments: [String: WireJSON] = [:]
        /// The body.
        var body: WireJSON?
        /// A bearer token to authorize with.
        var bearerToken: String?
        /// The path template's parameter names, in order, so semantics can set them by position.
        let pathNames: [String]

        /// The path values in template order, as text (made-up ones where the draft has none).
        var pathValues: [String] {
            pathNames.indices.map { path($0) ?? "" }
        }

        /// Path parameter `index` as text, when the draft has one.
        func path(_ index: Int) -> String? {
            guard pathNames.indices.contains(index), let value = arguments[pathNames[index]] else { return nil }
            switch value {
            case .string(let text): return text
            case .number(let number): return Int64(exactly: number).map { String($0) } ?? String(number)
            case .bool(let flag): return flag ? "true" : "false"
            default: return nil
            }
        }

        /// Sets path parameter `index`.
        mutating func setPath(_ index: Int, _ value: String) {
            guard pathNames.indices.contains(index) else { return }
            arguments[pathNames[index]] = .string(value)
        }

        /// Path parameter `index` when it is a GUID, else a fresh GUID (ids of assignments must be GUIDs).
        mutating func guidPath(_ index: Int) -> String {
            let value = path(index).flatMap { GUIDRule.isGUID($0) ? $0 : nil } ?? Self.newGUID()
            setPath(index, value)
            return value
        }

        /// The body's member `key` as text.
        func bodyText(_ key: String) -> String? {
            guard case .string(let text)? = body?[member: key] else { return nil }
            return text
        }

        /// A new lower-case GUID.
        static func newGUID() -> String { UUID().uuidString.lowercased() }
    }

    /// The prepared call for `operation` of `version` that meets `outcome`.
    func prepare(_ operation: ServedOperation, in version: ServedVersion, outcome: CallOutcome) async throws -> PreparedCall {
        var draft = Draft(pathNames: operation.path.parameterNames)
        var source = "the schemas"
        if let definition = operation.definition, let api = version.api {
            source = fill(&draft, from: definition, api: api)
        }
        switch (outcome, operation.known) {
        case (.success, let known?):
            try await adjust(&draft, for: known)
        case (.success, nil):
            break
        case (.notFound, let known?):
            try missing(&draft, for: known, operationID: operation.operationID)
        case (.notFound, nil):
            guard !draft.pathNames.isEmpty else {
                throw RunningEmulator.PreparationError(description: "\(operation.operationID) names no resource by path: it has no not-found outcome")
            }
            // Without semantics, the emulator answers these path values with the description's 404.
            await store.markMissing(MissingResourceKey.make(operationID: operation.operationID, pathValues: draft.pathValues))
        }
        var arguments: [String: Data] = [:]
        for (name, value) in draft.arguments { arguments[name] = try value.encoded() }
        return PreparedCall(
            operationID: operation.operationID, apiVersion: version.apiVersion, arguments: arguments,
            body: try draft.body.map { try $0.encoded() }, bearerToken: draft.bearerToken, source: source)
    }

    /// Values from the first example, and made-up ones for required parameters it lacks; returns where they came from.
    private func fill(_ draft: inout Draft, from definition: SDKGenIR.Operation, api: APIDescription) -> String {
        let example = definition.examples.first
        let shape = SchemaShape(api: api)
        for parameter in definition.parameters where !parameter.isAPIVersion && !parameter.isConstant && parameter.location != .host {
            // Azure's example files nest header values under `headers`.
            if let value = example?.parameters[parameter.name] ?? example?.parameters["headers"]?[parameter.name] {
                draft.arguments[parameter.name] = WireJSON(description: value)
            } else if parameter.isRequired {
                draft.arguments[parameter.name] = shape.synthesize(parameter.type, now: clock())
            }
        }
        if let body = definition.requestBody {
            if let value = example?.parameters[body.name] {
                draft.body = WireJSON(description: value)
            } else if body.isRequired {
                draft.body = shape.synthesize(body.type, now: clock())
            }
        }
        return example.map { "the example '\($0.title)'" } ?? "the schemas"
    }

    /// Makes the values valid for a known operation and creates what it refers to.
    private func adjust(_ draft: inout Draft, for operation: KnownOperation) async throws {
        switch operation {
        case .createIdentity:
            // Values made up from the schemas ask for a token with no scopes, valid for 0 minutes: ask for none.
            if draft.body?[member: "createTokenWithScopes"] != nil, !Self.asksForValidToken(draft.body, scopes: "createTokenWithScopes") {
                draft.body = .object([:])
            }
        case .getIdentity, .deleteIdentity, .revokeAccessTokens:
            draft.setPath(0, try await store.createIdentity(customId: nil).id)
        case .issueAccessToken:
            draft.setPath(0, try await store.createIdentity(customId: nil).id)
            if !Self.asksForValidToken(draft.body, scopes: "scopes") { draft.body = .object(["scopes": .array([.string("chat")])]) }
        case .exchangeTeamsUserToken:
            let appId = draft.bodyText("appId").flatMap { GUIDRule.isGUID($0) ? $0 : nil } ?? Draft.newGUID()
            let userId = draft.bodyText("userId").flatMap { GUIDRule.isGUID($0) ? $0 : nil } ?? Draft.newGUID()
            let token = mintEntraToken(tenantId: Draft.newGUID(), objectId: userId, applicationID: appId)
            draft.body = .object(["token": .string(token), "appId": .string(appId), "userId": .string(userId)])
        case .upsertTeamsAssignment:
            _ = draft.guidPath(0)
            _ = draft.guidPath(1)
            if draft.bodyText("principalType")?.isEmpty ?? true { draft.body = Self.assignmentBody(tenantId: nil) }
        case .getTeamsAssignment, .deleteTeamsAssignment:
            let tenantId = draft.guidPath(0)
            let objectId = draft.guidPath(1)
            _ = try await store.upsertTeamsAssignment(WireTeamsAssignment(
                objectId: objectId, tenantId: tenantId, principalType: "user", clientIds: [Draft.newGUID()]))
        case .exchangeTeamsExtensionToken:
            let (tenantId, objectId, appId) = (Draft.newGUID(), Draft.newGUID(), Draft.newGUID())
            _ = try await store.upsertTeamsAssignment(WireTeamsAssignment(
                objectId: objectId, tenantId: tenantId, principalType: "user", clientIds: [appId]))
            draft.bearerToken = try await preparedBearerToken(tenantId: tenantId, objectId: objectId, applicationID: appId)
            if draft.body == nil { draft.body = .object([:]) }
        case .listEntraAssignments:
            for _ in 0..<2 { try await seedEntraAssignment(objectId: Draft.newGUID(), tenantId: Draft.newGUID(), clientId: Draft.newGUID()) }
        case .updateEntraAssignments:
            let keysAreGUIDs: Bool
            if case .object(let members)? = draft.body { keysAreGUIDs = !members.isEmpty && members.keys.allSatisfy(GUIDRule.isGUID) } else {
                keysAreGUIDs = false
            }
            // An object the store already assigns in another tenant would be a 409 (an earlier call may have seeded it).
            var conflicts = false
            if keysAreGUIDs, case .object(let members)? = draft.body {
                for (objectId, assignment) in members {
                    if case .string(let tenantId)? = assignment[member: "tenantId"],
                        await store.entraConflict(objectId: objectId, tenantId: tenantId) != nil
                    {
                        conflicts = true
                    }
                }
            }
            if !keysAreGUIDs || conflicts { draft.body = .object([Draft.newGUID(): Self.assignmentBody(tenantId: Draft.newGUID())]) }
        case .upsertEntraAssignment:
            let objectId = draft.guidPath(0)
            if draft.bodyText("tenantId").map(GUIDRule.isGUID) != true { draft.body = Self.assignmentBody(tenantId: Draft.newGUID()) }
            if let tenantId = draft.bodyText("tenantId"), await store.entraConflict(objectId: objectId, tenantId: tenantId) != nil {
                draft.setPath(0, Draft.newGUID())
            }
        case .getEntraAssignment, .deleteEntraAssignment:
            try await seedEntraAssignment(objectId: draft.guidPath(0), tenantId: Draft.newGUID(), clientId: Draft.newGUID())
        case .exchangeEntraToken:
            let (tenantId, objectId, appId) = (Draft.newGUID(), Draft.newGUID(), Draft.newGUID())
            try await seedEntraAssignment(objectId: objectId, tenantId: tenantId, clientId: appId)
            draft.bearerToken = try await preparedBearerToken(tenantId: tenantId, objectId: objectId, applicationID: appId)
            if draft.body == nil { draft.body = .object([:]) }
        }
    }

    /// Path values naming an identity or assignment that does not exist, and a body that is otherwise valid.
    private func missing(_ draft: inout Draft, for operation: KnownOperation, operationID: String) throws {
        switch operation {
        case .getIdentity, .deleteIdentity, .revokeAccessTokens:
            draft.setPath(0, "8:acs:\(store.resourceID)_\(Draft.newGUID())")
        case .issueAccessToken:
            draft.setPath(0, "8:acs:\(store.resourceID)_\(Draft.newGUID())")
            if !Self.asksForValidToken(draft.body, scopes: "scopes") { draft.body = .object(["scopes": .array([.string("chat")])]) }
        case .getTeamsAssignment, .deleteTeamsAssignment:
            draft.setPath(0, Draft.newGUID())
            draft.setPath(1, Draft.newGUID())
        case .getEntraAssignment, .deleteEntraAssignment:
            draft.setPath(0, Draft.newGUID())
        default:
            throw RunningEmulator.PreparationError(description: "\(operationID) refers to no existing resource: it has no not-found outcome")
        }
    }

    /// Whether `body` asks for a token the service issues: at least one scope, each known, and a validity within
    /// [60, 1440] minutes when one is given.
    private static func asksForValidToken(_ body: WireJSON?, scopes key: String) -> Bool {
        guard case .array(let scopes)? = body?[member: key], !scopes.isEmpty,
            scopes.allSatisfy({ if case .string(let scope) = $0 { TokenRules.knownScopes.contains(scope) } else { false } })
        else { return false }
        switch body?[member: "expiresInMinutes"] {
        case nil, .null?: return true
        case .number(let minutes)?: return (60...1440).contains(minutes)
        default: return false
        }
    }

    /// An assignment body with GUID client ids (and a tenant for Entra ones).
    private static func assignmentBody(tenantId: String?) -> WireJSON {
        var members: [String: WireJSON] = ["principalType": .string("user"), "clientIds": .array([.string(Draft.newGUID())])]
        if let tenantId { members["tenantId"] = .string(tenantId) }
        return .object(members)
    }

    private func seedEntraAssignment(objectId: String, tenantId: String, clientId: String) async throws {
        let assignment = WireEntraAssignment(objectId: objectId, tenantId: tenantId, principalType: "user", clientIds: [clientId])
        _ = try await store.applyEntraChanges([(objectId, assignment)])
    }

    /// A bearer token the emulator will accept for this run, whatever its bearer token policy.
    private func preparedBearerToken(tenantId: String, objectId: String, applicationID: String) async throws -> String {
        let token = mintEntraToken(tenantId: tenantId, objectId: objectId, applicationID: applicationID)
        await store.acceptPreparedBearerToken(token)
        return token
    }

    /// An unsigned Entra-shaped JWT valid for an hour: the emulator reads Entra tokens' claims without checking signatures.
    func mintEntraToken(tenantId: String, objectId: String, applicationID: String) -> String {
        let claims = EntraClaims(
            tid: tenantId, oid: objectId, appid: applicationID, azp: nil,
            exp: (clock().timeIntervalSince1970 + 3600).rounded(.down), groups: nil)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let header = Base64URL.encode(Data(#"{"alg":"none","typ":"JWT"}"#.utf8))
        let payload = Base64URL.encode((try? encoder.encode(claims)) ?? Data())
        return header + "." + payload + "." + Base64URL.encode(Data("identity-emulator-test".utf8))
    }
}

/// Identifies a resource of an operation the emulator has no semantics for: the operation and its path values.
enum MissingResourceKey {
    /// The key for `operationID` called with `pathValues` (decoded, in template order).
    static func make(operationID: String, pathValues: [String]) -> String {
        ([operationID] + pathValues).joined(separator: "\u{0}")
    }
}
