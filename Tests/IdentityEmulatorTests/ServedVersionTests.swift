import AzureSDKRuntime
import Foundation
import IdentityEmulator
import Testing

/// Which api-versions are served once descriptions are added, and the version errors of ASP.NET API versioning
/// the service gives: `UnsupportedApiVersion` for a version it does not serve and for an operation that only
/// other versions have, `NotFound` for a path no version has, and `api-supported-versions` on every answer.
@Suite struct ServedVersionTests {
    static let builtInVersions = ["2022-10-01", "2023-08-01", "2023-10-01", "2025-03-02-preview"]

    @Test func descriptionsAddTheirVersionsToTheBuiltInOnes() async throws {
        try await EmulatorHarness.withEmulator({ $0.descriptionFiles = [Fixture.unknown, Fixture.renamed] }) { emulator, wire in
            let expected = Self.builtInVersions + [Fixture.renamedVersion, Fixture.unknownVersion]
            #expect(emulator.catalog.apiVersions == expected)
            // On answers of every kind: success, operation error, version error.
            let created = try await wire.post(IdentityPaths.identities)
            let missing = try await wire.get(IdentityPaths.identity("8:acs:nobody"))
            let unserved = try await wire.withAPIVersion("2029-12-31").post(IdentityPaths.identities)
            for reply in [created, missing, unserved] {
                #expect(reply.header("api-supported-versions") == expected.joined(separator: ", "), "\(reply)")
            }
        }
    }

    /// Without the built-in versions, only the descriptions' are served; a built-in version is then unsupported.
    @Test func withoutBuiltInVersionsOnlyTheDescriptionsAreServed() async throws {
        try await EmulatorHarness.withEmulator({
            $0.descriptionFiles = [Fixture.renamed]
            $0.servesBuiltInVersions = false
        }) { emulator, wire in
            #expect(emulator.catalog.apiVersions == [Fixture.renamedVersion])
            let renamed = try await wire.withAPIVersion(Fixture.renamedVersion).post(IdentityPaths.identities, json: "{}")
            #expect(renamed.status == 201, "\(renamed)")
            #expect(renamed.header("api-supported-versions") == Fixture.renamedVersion)
            let stable = try await wire.withAPIVersion("2023-10-01").post(IdentityPaths.identities)
            #expect(stable.status == 400)
            #expect(stable.error?["code"]?.stringValue == "UnsupportedApiVersion")
        }
    }

    /// A description of a built-in version replaces it (its operations, not the built-in ones, are served),
    /// and the version is listed once.
    @Test func aDescriptionReplacesTheBuiltInVersionOfItsName() async throws {
        try await EmulatorHarness.withEmulator({ $0.descriptionFiles = [Fixture.preview] }) { emulator, wire in
            #expect(emulator.catalog.apiVersions == Self.builtInVersions)
            let audit = try await wire.get("/audit/a-1", query: ["since": "2025-01-01T00:00:00Z"], headers: ["x-ms-audit-scope": "tenant"])
            #expect(audit.status == 200, "\(audit)")
            #expect(try audit.json() == JSONValue(parsing: #"{"auditId":"audit-7","events":["created","reviewed"]}"#))
            let identity = try await wire.post(IdentityPaths.identities, json: #"{"customId":"x"}"#)
            #expect(identity.status == 201, "\(identity)")
        }
    }

    @Test func unservedVersionIsUnsupported() async throws {
        try await EmulatorHarness.withEmulator({ $0.descriptionFiles = [Fixture.unknown] }) { emulator, wire in
            let reply = try await wire.withAPIVersion("2029-12-31").get("/meters/m-1")
            #expect(reply.status == 400)
            #expect(reply.text == #"{"error":{"code":"UnsupportedApiVersion","message":"The HTTP resource that matches the request URI '\#(emulator.endpoint.absoluteString)/meters/m-1' does not support the API version '2029-12-31'."}}"#)
        }
    }

    /// A path only other versions have is a version error, both ways: a description's operation asked for in a
    /// built-in version, and an identity operation asked for in a version whose description lacks it.
    @Test func pathOfAnotherVersionOnlyIsUnsupported() async throws {
        try await EmulatorHarness.withEmulator({ $0.descriptionFiles = [Fixture.unknown] }) { _, wire in
            let meterInPreview = try await wire.get("/meters/m-1")
            #expect(meterInPreview.status == 400, "\(meterInPreview)")
            #expect(meterInPreview.error?["code"]?.stringValue == "UnsupportedApiVersion")

            let unknownVersion = wire.withAPIVersion(Fixture.unknownVersion)
            let createInFixture = try await unknownVersion.post(IdentityPaths.identities)
            #expect(createInFixture.status == 400, "\(createInFixture)")
            #expect(createInFixture.error?["code"]?.stringValue == "UnsupportedApiVersion")

            let nowhere = try await unknownVersion.get("/nothing-here")
            #expect(nowhere.status == 404)
            #expect(nowhere.error?["code"]?.stringValue == "NotFound")
        }
    }

    /// 2023-10-01 has `DELETE /identities/{id}` but no `GET`; only the preview has `GET`. A `GET` in 2023-10-01 is
    /// therefore the version error, not a 404 that a client would read as "this identity does not exist".
    @Test func methodOfAnotherVersionOnlyIsUnsupported() async throws {
        try await EmulatorHarness.withEmulator { _, wire in
            let id = try await wire.createIdentityID()
            let reply = try await wire.withAPIVersion("2023-10-01").get(IdentityPaths.identity(id))
            #expect(reply.status == 400, "\(reply)")
            #expect(reply.error?["code"]?.stringValue == "UnsupportedApiVersion")
            // A method no version has on an existing path stays a 404.
            let put = try await wire.put(IdentityPaths.identity(id), json: "{}")
            #expect(put.status == 404, "\(put)")
        }
    }

    @Test func missingAPIVersionIsUnspecifiedForDescriptionVersionsToo() async throws {
        try await EmulatorHarness.withEmulator({
            $0.descriptionFiles = [Fixture.unknown]
            $0.servesBuiltInVersions = false
        }) { _, wire in
            let reply = try await wire.withAPIVersion(nil).get("/meters/m-1")
            #expect(reply.status == 400)
            #expect(reply.error?["code"]?.stringValue == "ApiVersionUnspecified")
        }
    }
}
