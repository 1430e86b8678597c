import SDKGenDiff
import Testing

/// The text report of our own `Spec/` from nothing reproduces the reference report byte for byte.
@Suite("Seed report")
struct SeedReportTests {
    @Test("Spec/CommunicationIdentity.yaml from nothing matches the 2025-03-02-preview reference report")
    func seed() throws {
        let spec = Fixtures.packageRoot.appendingPathComponent("Spec/CommunicationIdentity.yaml").path
        let report = try Fixtures.diff(nil, spec)
        let text = TextReport(date: "2025-04-30").render(report)
        let expected = try Fixtures.text(Fixtures.path("expected-2025-03-02-preview.txt"))
        // Method by method first, so a failure names the operation.
        let split = { (text: String) in text.components(separatedBy: "\n").filter { $0.hasSuffix(" (new)") } }
        #expect(split(text) == split(expected))
        #expect(report.added.count == 16)
        #expect(text == expected)
    }

    @Test("the body is listed where the description declares it")
    func bodyPosition() throws {
        let spec = Fixtures.packageRoot.appendingPathComponent("Spec/CommunicationIdentity.yaml").path
        let report = try Fixtures.diff(nil, spec)
        let names = { (id: String) in report.operations.first { $0.operationID == id }?.shape?.request.map(\.name) }
        #expect(names("TeamsExtensionToken_Exchange") == ["body", "api-version"])
        #expect(names("EntraIdAssignments_Update") == ["api-version", "body"])
        #expect(names("CommunicationIdentity_IssueAccessToken") == ["id", "api-version", "body"])
    }
}
