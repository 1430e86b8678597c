import AzureSDKRuntime
import Foundation
import Testing

/// Entra access assignments on the wire: single operations, paging by `nextLink`, merge-patch.
@Suite struct EntraAssignmentTests {
    static let tenant = "1fd1833a-1504-4da2-bc65-1d3b12b52abe"
    static let app = "f1e0f0ee-f82e-4c02-a0ad-93c583bd691f"

    /// The JSON text of an assignment request body (the object id is in the path or the bulk key).
    static func assignment(tenantId: String = tenant, principalType: String, clientIds: [String] = [app]) -> String {
        let ids = clientIds.map { #""\#($0)""# }.joined(separator: ",")
        return #"{"tenantId":"\#(tenantId)","principalType":"\#(principalType)","clientIds":[\#(ids)]}"#
    }

    /// The `value` of every page of the list, following `nextLink` until a page has none; `query`
    /// goes on the first request only (the links carry what the next page needs).
    static func listPages(
        _ wire: WireClient, query: KeyValuePairs<String, String> = [:], sourceLocation: SourceLocation = #_sourceLocation
    ) async throws -> [[JSONValue]] {
        var pages: [[JSONValue]] = []
        var link: String? = IdentityPaths.entraAssignments
        while let next = link {
            let reply = try await wire.get(next, query: pages.isEmpty ? query : [:])
            try #require(reply.status == 200, "\(reply)", sourceLocation: sourceLocation)
            let page = try reply.json()
            pages.append(try #require(page["value"]?.arrayValue, "a page without value", sourceLocation: sourceLocation))
            link = page["nextLink"]?.stringValue
            try #require(pages.count <= 100, "nextLink never ends", sourceLocation: sourceLocation)
        }
        return pages
    }

    @Test func upsertGetDelete() async throws {
        try await EmulatorHarness.withEmulator { _, wire in
            let object = UUID().uuidString.lowercased()
            let path = IdentityPaths.entraAssignment(object)
            let created = try await wire.put(path, json: Self.assignment(principalType: "user"))
            #expect(created.status == 201, "\(created)")
            #expect(try created.json() == JSONValue(parsing: #"{"objectId":"\#(object)","tenantId":"\#(Self.tenant)","principalType":"user","clientIds":["\#(Self.app)"]}"#))
            // An unknown principal type round-trips, as in the service's own example.
            let replaced = try await wire.put(path, json: Self.assignment(principalType: "teamsResourceAccount"))
            #expect(replaced.status == 200, "\(replaced)")
            #expect(try replaced.json()["principalType"]?.stringValue == "teamsResourceAccount")
            let fetched = try await wire.get(path)
            #expect(fetched.status == 200)
            #expect(try fetched.json() == replaced.json())
            let deleted = try await wire.delete(path)
            #expect(deleted.status == 204)
            let missing = try await wire.get(path)
            #expect(missing.status == 404)
            #expect(missing.error?["code"]?.stringValue == "AssignmentNotFound")
            let again = try await wire.delete(path)
            #expect(again.status == 404)
        }
    }

    @Test func sameObjectInAnotherTenantIs409() async throws {
        try await EmulatorHarness.withEmulator { _, wire in
            let path = IdentityPaths.entraAssignment(UUID().uuidString)
            let first = try await wire.put(path, json: Self.assignment(principalType: "user", clientIds: []))
            #expect(first.status == 201, "\(first)")
            let other = try await wire.put(path, json: Self.assignment(tenantId: UUID().uuidString, principalType: "user", clientIds: []))
            #expect(other.status == 409)
            #expect(other.error?["code"]?.stringValue == "Conflict")
        }
    }

    @Test func listFollowsNextLinkOverSeveralPages() async throws {
        try await EmulatorHarness.withEmulator({ $0.pageSize = 2 }) { _, wire in
            var expected: [String] = []
            for _ in 0..<7 {
                let object = UUID().uuidString.lowercased()
                expected.append(object)
                let reply = try await wire.put(IdentityPaths.entraAssignment(object), json: Self.assignment(principalType: "group"))
                #expect(reply.status == 201, "\(reply)")
            }
            let pages = try await Self.listPages(wire)
            #expect(pages.map(\.count) == [2, 2, 2, 1])
            #expect(pages.joined().map { $0["objectId"]?.stringValue } == expected.sorted())

            // Listing again starts from the first page.
            let again = try await Self.listPages(wire)
            #expect(again.joined().count == 7)
        }
    }

    @Test func maxPageSizeIsCarriedByNextLinkAndChecked() async throws {
        try await EmulatorHarness.withEmulator { _, wire in
            for _ in 0..<7 {
                let reply = try await wire.put(IdentityPaths.entraAssignment(UUID().uuidString.lowercased()), json: Self.assignment(principalType: "user"))
                #expect(reply.status == 201, "\(reply)")
            }
            let pages = try await Self.listPages(wire, query: ["maxpagesize": "3"])
            #expect(pages.map(\.count) == [3, 3, 1])
            let first = try await wire.get(IdentityPaths.entraAssignments, query: ["maxpagesize": "3"])
            #expect(try first.json()["nextLink"]?.stringValue?.contains("maxpagesize=3") == true)

            let refused = try await wire.get(IdentityPaths.entraAssignments, query: ["maxpagesize": "0"])
            #expect(refused.status == 400)
            #expect(refused.error?["target"]?.stringValue == "maxpagesize")
        }
    }

    @Test func mergePatchUpsertsAndNullRemoves() async throws {
        try await EmulatorHarness.withEmulator { _, wire in
            let keep = UUID().uuidString.lowercased()
            let remove = UUID().uuidString.lowercased()
            let add = UUID().uuidString.lowercased()
            for object in [keep, remove] {
                let reply = try await wire.put(IdentityPaths.entraAssignment(object), json: Self.assignment(principalType: "user"))
                #expect(reply.status == 201, "\(reply)")
            }
            let patch = #"{"\#(add)":\#(Self.assignment(principalType: "tenant")),"\#(remove)":null}"#
            let updated = try await wire.patch(IdentityPaths.entraAssignments, json: patch)
            #expect(updated.status == 200, "\(updated)")
            #expect(try updated.json()["value"]?.arrayValue?.map { $0["objectId"]?.stringValue } == [add])

            let all = try await Self.listPages(wire).joined().map { $0["objectId"]?.stringValue }
            #expect(Set(all) == [keep, add])

            // Only removals: 204 with no body.
            let removed = try await wire.patch(IdentityPaths.entraAssignments, json: #"{"\#(keep)":null}"#)
            #expect(removed.status == 204)
            #expect(removed.body.isEmpty)
            let gone = try await wire.get(IdentityPaths.entraAssignment(keep))
            #expect(gone.status == 404)
        }
    }

    @Test func mergePatchIsAllOrNothingWithDetails() async throws {
        try await EmulatorHarness.withEmulator { _, wire in
            let good = UUID().uuidString.lowercased()
            let bad = UUID().uuidString.lowercased()
            let patch = #"{"\#(good)":\#(Self.assignment(principalType: "user")),"\#(bad)":\#(Self.assignment(principalType: "user", clientIds: ["nope"]))}"#
            let refused = try await wire.patch(IdentityPaths.entraAssignments, json: patch)
            #expect(refused.status == 400)
            #expect(refused.error?["code"]?.stringValue == "ValidationError")
            #expect(refused.error?["details"]?.arrayValue?.map { $0["target"]?.stringValue } == ["\(bad).ClientIds"])
            let missing = try await wire.get(IdentityPaths.entraAssignment(good))
            #expect(missing.status == 404)
        }
    }
}
