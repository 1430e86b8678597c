import Testing

/// Many calls at once: the store is an actor, so every create gets its own identity.
@Suite struct ConcurrencyTests {
    @Test func twoHundredConcurrentCreatesGiveTwoHundredIdentities() async throws {
        try await EmulatorHarness.withEmulator { emulator, wire in
            let ids = try await withThrowingTaskGroup(of: String.self) { group in
                for _ in 0..<200 {
                    group.addTask { try await wire.createIdentityID() }
                }
                return try await group.reduce(into: Set<String>()) { $0.insert($1) }
            }
            #expect(ids.count == 200)
            #expect(await emulator.store.identityCount == 200)
        }
    }
}
