import AzureSDKRuntime
import Foundation
import IdentityEmulator
import Testing

/// Operations the emulator has no semantics for (`Fixtures/Unknown-2030-02-01.json`) are answered like a mock
/// server would: with the example's body and status, else a body made from the schema; their requests are
/// checked against the description first, with the service's `ValidationError` and a .NET-style `target`.
@Suite struct DescriptionAnswerTests {
    /// The unknown-operations version served beside the built-in ones, logging at `info` into `log`.
    static func withUnknownOperations<T: Sendable>(
        log: CapturedLog = CapturedLog(), _ body: (RunningEmulator, WireClient) async throws -> T
    ) async throws -> T {
        try await EmulatorHarness.withDescription(Fixture.unknown, apiVersion: Fixture.unknownVersion, log: log, body)
    }

    /// `Reports_Get` has an example in a file (`examples/GetReport.json`); its path has a mixed segment
    /// (`{reportName}.json`). Whatever report is asked for, the example's body comes back.
    @Test func exampleFileBodyIsTheAnswer() async throws {
        let log = CapturedLog()
        try await Self.withUnknownOperations(log: log) { emulator, wire in
            let reply = try await wire.get("/reports/annual-2029.json")
            #expect(reply.status == 200, "\(reply)")
            let example = try JSONValue(parsing: #"""
                {"name":"q3-summary","pages":12,"status":"final",
                 "sections":[{"title":"Revenue","words":830},{"title":"Outlook","words":412}]}
                """#)
            #expect(try reply.json() == example)
            #expect(reply.header("Content-Type")?.hasPrefix("application/json") == true)

            let said = log.lines(containing: "Reports_Get (2030-02-01) has no emulated semantics")
            #expect(said.count == 1, "\(log.lines)")
            #expect(said.first?.contains("from the example 'Get the quarterly report'") == true, "\(said)")
            #expect(said.first?.hasPrefix("info ") == true, "logged at info: \(said)")
            #expect(await emulator.recordedExchanges().map(\.operationID) == ["Reports_Get"])
        }
    }

    /// `Reports_Archive` declares only 202, and its example is written inline in the description.
    @Test func inlineExampleGivesItsStatusAndBody() async throws {
        let log = CapturedLog()
        try await Self.withUnknownOperations(log: log) { _, wire in
            let reply = try await wire.post("/reports/q3-summary/:archive")
            #expect(reply.status == 202, "\(reply)")
            #expect(try reply.json() == JSONValue(parsing: #"{"archiveId":"arc-0042","state":"queued","position":7}"#))
            #expect(log.lines(containing: "Reports_Archive (2030-02-01) has no emulated semantics: answered 202 from the example 'Archive a report'").count == 1, "\(log.lines)")
        }
    }

    /// `Meters_Read` has no example: the body has every property of `Meter`, each a value of its declared type.
    @Test func withoutExampleTheBodyIsMadeFromTheSchema() async throws {
        let log = CapturedLog()
        try await Self.withUnknownOperations(log: log) { _, wire in
            let reply = try await wire.get("/meters/m-17")
            #expect(reply.status == 200, "\(reply)")
            let meter = try reply.json()
            #expect(meter.memberNames == ["id", "reading", "unit", "takenAt", "serial", "calibrated", "tags"])
            #expect(meter["id"]?.stringValue != nil)
            #expect(meter["reading"]?.numberValue != nil)
            #expect(meter["unit"]?.stringValue == "kWh", "an enum's first value")
            #expect(meter["takenAt"]?.dateValue != nil, "a date-time the runtime reads: \(meter["takenAt"] ?? .null)")
            #expect(meter["serial"]?.stringValue.flatMap(UUID.init(uuidString:)) != nil)
            #expect(meter["calibrated"] == .bool(false))
            #expect(meter["tags"]?.arrayValue != nil)
            #expect(log.lines(containing: "Meters_Read (2030-02-01) has no emulated semantics: answered 200 with a body made up from its schema").count == 1, "\(log.lines)")
        }
    }

    /// `Notes_Create` requires the query parameter `folder`, the header `x-ms-notebook` and a body with `title`;
    /// `priority` is a closed enum and `size` an integer.
    @Test func requiredParametersAndBodyAreChecked() async throws {
        let log = CapturedLog()
        try await Self.withUnknownOperations(log: log) { _, wire in
            let notebook = ["x-ms-notebook": "work"]
            let valid = #"{"title":"Standup","priority":"high","size":3,"labels":["daily"]}"#

            let noFolder = try await wire.send(.post, "/notes", headers: notebook, json: valid)
            #expect(noFolder.status == 400)
            #expect(noFolder.text == #"{"error":{"code":"ValidationError","message":"The folder field is required.","target":"folder"}}"#)

            let noHeader = try await wire.send(.post, "/notes", query: ["folder": "inbox"], json: valid)
            #expect(noHeader.status == 400)
            #expect(noHeader.error?["target"]?.stringValue == "x-ms-notebook")

            let noBody = try await wire.send(.post, "/notes", query: ["folder": "inbox"], headers: notebook)
            #expect(noBody.status == 400)
            #expect(noBody.error?["code"]?.stringValue == "ValidationError")

            let cases: [(body: String, target: String, message: String)] = [
                (#"{"priority":"low"}"#, "Title", "The Title field is required."),
                (#"{"title":"Standup","size":"big"}"#, "Size", "The value of Size is invalid."),
                (#"{"title":"Standup","size":2.5}"#, "Size", "The value of Size is invalid."),
                (#"{"title":"Standup","priority":"urgent"}"#, "Priority", "The value of Priority is invalid."),
                (#"{"title":"Standup","labels":["daily",7]}"#, "Labels[1]", "The value of Labels[1] is invalid."),
                (#"{"title":null}"#, "Title", "The value of Title is invalid."),
                (#"["Standup"]"#, "", "The value of the body is invalid."),
            ]
            for (body, target, message) in cases {
                let refused = try await wire.send(.post, "/notes", query: ["folder": "inbox"], headers: notebook, json: body)
                #expect(refused.status == 400, "\(body)")
                #expect(refused.error?["code"]?.stringValue == "ValidationError", "\(body)")
                #expect(refused.error?["message"]?.stringValue == message, "\(body): \(refused)")
                #expect(refused.error?["target"]?.stringValue == (target.isEmpty ? nil : target), "\(body): \(refused)")
            }

            let accepted = try await wire.send(.post, "/notes", query: ["folder": "inbox"], headers: notebook, json: valid)
            #expect(accepted.status == 201, "\(accepted)")
            let receipt = try accepted.json()
            #expect(receipt.memberNames == ["noteId", "folder"])
            #expect(receipt["noteId"]?.stringValue.flatMap(UUID.init(uuidString:)) != nil)

            // Only the accepted request was answered from the description; refusals come before.
            #expect(log.lines(containing: "Notes_Create (2030-02-01) has no emulated semantics").count == 1, "\(log.lines)")
        }
    }

    /// Members the version does not declare are ignored, as the service ignores them: they cannot make a
    /// valid body invalid.
    @Test func undeclaredMembersDoNotMakeABodyInvalid() async throws {
        try await Self.withUnknownOperations { _, wire in
            let reply = try await wire.send(
                .post, "/notes", query: ["folder": "inbox"], headers: ["x-ms-notebook": "work"],
                json: #"{"title":"Standup","color":{"r":1},"attachments":[1,2]}"#)
            #expect(reply.status == 201, "\(reply)")
        }
    }
}
