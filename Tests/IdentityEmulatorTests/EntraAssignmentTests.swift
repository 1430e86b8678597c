import AzureCommunicationIdentity
import AzureSDKRuntime
import Foundation
import Testing

/// Entra access assignments through the generated SDK: single operations, paging, merge-patch.
@Suite struct EntraAssignmentTests {
    static let tenant = "1fd1833a-1504-4da2-bc65-1d3b12b52abe"
    static let app = "f1e0f0ee-f82e-4c02-a0ad-93c583bd691f"

    @Test func upsertGetDelete() async throws {
        try await EmulatorHarness.withEmulator { _, client in
            let object = UUID().uuidString.lowercased()
            let body = EntraAssignmentCreateOrUpdateRequest(tenantId: Self.tenant, principalType: .user, clientIds: [Self.app])
            let created = try await client.entraIdAssignment.upsert(objectId: object, body: body)
            #expect(created == EntraAssignment(objectId: object, tenantId: Self.tenant, principalType: .user, clientIds: [Self.app]))
            // An unknown principal type round-trips, as in the service's own example.
            let replaced = try await client.entraIdAssignment.upsert(
                objectId: object, body: .init(tenantId: Self.tenant, principalType: "teamsResourceAccount", clientIds: [Self.app]))
            #expect(replaced.principalType.rawValue == "teamsResourceAccount")
            #expect(try await client.entraIdAssignment.get(objectId: object) == replaced)
            try await client.entraIdAssignment.delete(objectId: object)
            let error = try await EmulatorHarness.serviceError { _ = try await client.entraIdAssignment.get(objectId: object) }
            #expect(error.statusCode == 404)
            #expect(error.code == "AssignmentNotFound")
            let again = try await EmulatorHarness.serviceError { try await client.entraIdAssignment.delete(objectId: object) }
            #expect(again.statusCode == 404)
        }
    }

    @Test func sameObjectInAnotherTenantIs409() async throws {
        try await EmulatorHarness.withEmulator { _, client in
            let object = UUID().uuidString
            _ = try await client.entraIdAssignment.upsert(objectId: object, body: .init(tenantId: Self.tenant, principalType: .user, clientIds: []))
            let error = try await EmulatorHarness.serviceError {
                _ = try await client.entraIdAssignment.upsert(
                    objectId: object, body: .init(tenantId: UUID().uuidString, principalType: .user, clientIds: []))
            }
            #expect(error.statusCode == 409)
            #expect(error.code == "Conflict")
        }
    }

    @Test func listFollowsNextLinkOverSeveralPages() async throws {
        try await EmulatorHarness.withEmulator({ $0.pageSize = 2 }) { _, client in
            var expected: [String] = []
            for _ in 0..<7 {
                let object = UUID().uuidString.lowercased()
                expected.append(object)
                _ = try await client.entraIdAssignment.upsert(
                    objectId: object, body: .init(tenantId: Self.tenant, principalType: .group, clientIds: [Self.app]))
            }
            var pageSizes: [Int] = []
            var seen: [String] = []
            for try await page in try client.entraIdAssignments.list().pages {
                pageSizes.append(page.items.count)
                seen += page.items.map(\.objectId)
            }
            #expect(pageSizes == [2, 2, 2, 1])
            #expect(seen == expected.sorted())

            var items: [EntraAssignment] = []
            for try await item in try client.entraIdAssignments.list() { items.append(item) }
            #expect(items.count == 7)
        }
    }

    @Test func mergePatchUpsertsAndNullRemoves() async throws {
        try await EmulatorHarness.withEmulator { _, client in
            let keep = UUID().uuidString.lowercased()
            let remove = UUID().uuidString.lowercased()
            let add = UUID().uuidString.lowercased()
            for object in [keep, remove] {
                _ = try await client.entraIdAssignment.upsert(
                    objectId: object, body: .init(tenantId: Self.tenant, principalType: .user, clientIds: [Self.app]))
            }
            let patch: EntraAssignmentUpdateBulkRequest = [
                add: EntraAssignmentCreateOrUpdateRequest(tenantId: Self.tenant, principalType: .tenant, clientIds: [Self.app]),
                remove: nil,
            ]
            var updated: [EntraAssignment] = []
            for try await item in try client.entraIdAssignments.update(body: patch) { updated.append(item) }
            #expect(updated.map(\.objectId) == [add])

            var all: [String] = []
            for try await item in try client.entraIdAssignments.list() { all.append(item.objectId) }
            #expect(Set(all) == [keep, add])

            // Only removals: 204, and nothing to iterate.
            var none: [EntraAssignment] = []
            for try await item in try client.entraIdAssignments.update(body: [keep: nil]) { none.append(item) }
            #expect(none.isEmpty)
            let error = try await EmulatorHarness.serviceError { _ = try await client.entraIdAssignment.get(objectId: keep) }
            #expect(error.statusCode == 404)
        }
    }

    @Test func mergePatchIsAllOrNothingWithDetails() async throws {
        try await EmulatorHarness.withEmulator { _, client in
            let good = UUID().uuidString.lowercased()
            let bad = UUID().uuidString.lowercased()
            let patch: EntraAssignmentUpdateBulkRequest = [
                good: .init(tenantId: Self.tenant, principalType: .user, clientIds: [Self.app]),
                bad: .init(tenantId: Self.tenant, principalType: .user, clientIds: ["nope"]),
            ]
            let error = try await EmulatorHarness.serviceError {
                for try await _ in try client.entraIdAssignments.update(body: patch) {}
            }
            #expect(error.statusCode == 400)
            #expect(error.code == "ValidationError")
            #expect(error.details.map(\.target) == ["\(bad).ClientIds"])
            let missing = try await EmulatorHarness.serviceError { _ = try await client.entraIdAssignment.get(objectId: good) }
            #expect(missing.statusCode == 404)
        }
    }
}
