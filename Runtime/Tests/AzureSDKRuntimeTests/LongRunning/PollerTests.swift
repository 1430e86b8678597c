@_spi(Generated) import AzureSDKRuntime
import Foundation
import Logging
import Testing

/// A widget as the loopback service answers it.
private struct Widget: Codable, Equatable, Sendable {
    var id: String
    var size: Int
}

/// A status monitor whose result is inline (`final-state-via: operation-location` without `resourceLocation`).
private struct WidgetOperation: Codable, Equatable, Sendable {
    var id: String
    var status: String
    var result: Widget?
}

/// A loopback service playing one script per connection, with its port known to the scripts
/// (status monitors and `Location` headers are absolute links on the service's own host).
private final class PollingService: Sendable {
    let server: LoopbackServer
    private let portBox: PortBox

    /// `answers(base)` gives the raw response of each successive request; `base` is `http://127.0.0.1:<port>`.
    init(_ answers: @escaping @Sendable (String) -> [Data]) throws {
        let box = PortBox()
        portBox = box
        server = try LoopbackServer(script: { index in
            let all = answers("http://127.0.0.1:\(box.port)")
            guard index < all.count else { return [.readRequest, .send(RawResponse.json(500, #"{"error":{"code":"ScriptEnded"}}"#))] }
            return [.readRequest, .send(all[index])]
        })
        box.port = server.port
    }

    var base: String { "http://127.0.0.1:\(portBox.port)" }

    /// The request lines received, in order (`GET /operations/1?api-version=… HTTP/1.1`).
    var requestLines: [String] { server.requestHeads.map { $0.components(separatedBy: "\r\n")[0] } }

    func pipeline(pollingInterval: Duration = .seconds(30)) throws -> HTTPPipeline {
        HTTPPipeline(
            endpoint: URL(string: base)!, credential: try AccessKeyCredential(accessKey: Hostile.accessKey),
            options: ClientOptions(
                transport: URLSessionTransport(), retry: RetryOptions(maxRetries: 0), perTryTimeout: .seconds(5),
                overallTimeout: .seconds(10), pollingInterval: pollingInterval),
            defaultAPIVersion: "2025-01-01", sdkName: "polling", sdkVersion: "0.0.1")
    }

    deinit { server.stop() }
}

private final class PortBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value: UInt16 = 0
    var port: UInt16 {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}

private func json(_ status: Int, _ body: String, headers: [(String, String)] = []) -> Data {
    RawResponse.make(status: status, headers: [("Content-Type", "application/json")] + headers, body: Data(body.utf8))
}

private let decodeWidget: @Sendable (PipelineResponse) throws -> Widget = { try $0.decodeBody(Widget.self) }
private let widget = #"{"id": "w1", "size": 3}"#

@Suite("Long-running operations against a loopback service")
struct PollerTests {
    @Test("Operation-Location, final-state-via operation-location: the status monitor is the result, Retry-After obeyed")
    func operationLocationInlineResult() async throws {
        let service = try PollingService { base in [
            json(202, #"{"id": "op1", "status": "NotStarted"}"#,
                 headers: [("Operation-Location", "\(base)/operations/op1?api-version=2025-01-01"), ("Retry-After", "0")]),
            json(200, #"{"id": "op1", "status": "Running"}"#, headers: [("Retry-After", "0")]),
            json(200, #"{"id": "op1", "status": "Succeeded", "result": {"id": "w1", "size": 3}}"#),
        ] }
        let pipeline = try service.pipeline()
        let poller = try await pipeline.beginLongRunning(
            PipelineRequest(method: .post, path: "/widgets:build"), expecting: [202], finalStateVia: .operationLocation,
            decode: { try $0.decodeBody(WidgetOperation.self) })
        #expect(await poller.status == .inProgress)
        #expect(await !poller.isDone)
        let result = try await poller.result()
        #expect(result == WidgetOperation(id: "op1", status: "Succeeded", result: Widget(id: "w1", size: 3)))
        #expect(await poller.status.isSucceeded)
        #expect(service.requestLines == [
            "POST /widgets:build?api-version=2025-01-01 HTTP/1.1",
            "GET /operations/op1?api-version=2025-01-01 HTTP/1.1",
            "GET /operations/op1?api-version=2025-01-01 HTTP/1.1",
        ])
    }

    @Test("a status monitor's resourceLocation is fetched for the result")
    func resourceLocation() async throws {
        let service = try PollingService { base in [
            json(202, "", headers: [("Operation-Location", "\(base)/operations/op2"), ("Retry-After", "0")]),
            json(200, #"{"status": "succeeded", "resourceLocation": "\#(base)/widgets/w1"}"#),
            json(200, widget),
        ] }
        let poller = try await service.pipeline().beginLongRunning(
            PipelineRequest(method: .post, path: "/widgets"), expecting: [202], finalStateVia: nil, decode: decodeWidget)
        #expect(try await poller.result() == Widget(id: "w1", size: 3))
        #expect(service.requestLines == [
            "POST /widgets?api-version=2025-01-01 HTTP/1.1",
            "GET /operations/op2?api-version=2025-01-01 HTTP/1.1",
            "GET /widgets/w1?api-version=2025-01-01 HTTP/1.1",
        ])
    }

    @Test("final-state-via original-uri: a PUT's own URL is fetched after the monitor succeeds")
    func originalURI() async throws {
        let service = try PollingService { base in [
            json(201, #"{"id": "w1", "size": 0}"#, headers: [("Operation-Location", "\(base)/operations/op3"), ("Retry-After", "0")]),
            json(200, #"{"status": "Succeeded"}"#),
            json(200, widget),
        ] }
        let poller = try await service.pipeline().beginLongRunning(
            PipelineRequest(method: .put, path: "/widgets/w1"), expecting: [200, 201], finalStateVia: .originalURI,
            decode: decodeWidget)
        let response = try await poller.resultWithResponse()
        #expect(response.value == Widget(id: "w1", size: 3))
        #expect(response.raw.status == 200)
        #expect(service.requestLines.last == "GET /widgets/w1?api-version=2025-01-01 HTTP/1.1")
        #expect(service.requestLines.count == 3)
    }

    @Test("Azure-AsyncOperation with final-state-via azure-async-operation wins over Operation-Location")
    func azureAsyncOperation() async throws {
        let service = try PollingService { base in [
            json(202, "", headers: [
                ("Azure-AsyncOperation", "\(base)/async/op4"), ("Operation-Location", "\(base)/wrong/op4"), ("Retry-After", "0"),
            ]),
            json(200, #"{"status": "InProgress"}"#, headers: [("Retry-After", "0")]),
            json(200, #"{"status": "Succeeded", "resourceLocation": "\#(base)/widgets/w1"}"#),
            json(200, widget),
        ] }
        let poller = try await service.pipeline().beginLongRunning(
            PipelineRequest(method: .patch, path: "/widgets/w1"), expecting: [202], finalStateVia: .azureAsyncOperation,
            decode: decodeWidget)
        #expect(try await poller.result() == Widget(id: "w1", size: 3))
        #expect(service.requestLines.dropFirst() == [
            "GET /async/op4?api-version=2025-01-01 HTTP/1.1",
            "GET /async/op4?api-version=2025-01-01 HTTP/1.1",
            "GET /widgets/w1?api-version=2025-01-01 HTTP/1.1",
        ])
    }

    @Test("Location polling: 202 until the link answers 200 with the result; a new Location on a 202 is followed")
    func locationPolling() async throws {
        let service = try PollingService { base in [
            json(202, "", headers: [("Location", "\(base)/results/r1"), ("Retry-After", "0")]),
            json(202, "", headers: [("Location", "\(base)/results/r1-later"), ("Retry-After", "0")]),
            json(200, widget),
        ] }
        let poller = try await service.pipeline().beginLongRunning(
            PipelineRequest(method: .post, path: "/widgets:import"), expecting: [202], finalStateVia: .location,
            decode: decodeWidget)
        #expect(try await poller.result() == Widget(id: "w1", size: 3))
        #expect(service.requestLines.dropFirst() == [
            "GET /results/r1?api-version=2025-01-01 HTTP/1.1",
            "GET /results/r1-later?api-version=2025-01-01 HTTP/1.1",
        ])
    }

    @Test("final-state-via location after a status monitor: the initial Location is fetched")
    func locationAfterMonitor() async throws {
        let service = try PollingService { base in [
            json(202, "", headers: [
                ("Operation-Location", "\(base)/operations/op5"), ("Location", "\(base)/widgets/w1"), ("Retry-After", "0"),
            ]),
            json(200, #"{"status": "Succeeded"}"#),
            json(200, widget),
        ] }
        let poller = try await service.pipeline().beginLongRunning(
            PipelineRequest(method: .post, path: "/widgets"), expecting: [202], finalStateVia: .location, decode: decodeWidget)
        #expect(try await poller.result() == Widget(id: "w1", size: 3))
        #expect(service.requestLines.last == "GET /widgets/w1?api-version=2025-01-01 HTTP/1.1")
    }

    @Test("no polling header: the initial response is the result and nothing more is sent")
    func immediate() async throws {
        let service = try PollingService { _ in [json(200, widget)] }
        let poller = try await service.pipeline().beginLongRunning(
            PipelineRequest(method: .put, path: "/widgets/w1"), expecting: [200, 201], finalStateVia: nil, decode: decodeWidget)
        #expect(await poller.isDone)
        #expect(try await poller.poll() == .succeeded)
        #expect(try await poller.result() == Widget(id: "w1", size: 3))
        #expect(service.requestLines.count == 1)
    }

    @Test("a DELETE's poller ends on Succeeded without fetching anything else")
    func delete() async throws {
        let service = try PollingService { base in [
            json(202, "", headers: [("Operation-Location", "\(base)/operations/op6"), ("Retry-After", "0")]),
            json(200, #"{"status": "Succeeded"}"#),
        ] }
        let poller = try await service.pipeline().beginLongRunning(
            PipelineRequest(method: .delete, path: "/widgets/w1"), expecting: [202], finalStateVia: nil, decode: { _ in () })
        try await poller.result()
        #expect(service.requestLines.count == 2)
    }

    @Test("Failed and Canceled end with LongRunningOperationError carrying the service's error", arguments: [
        ("Failed", LongRunningOperationError.Kind.failed), ("Canceled", .canceled), ("cancelled", .canceled),
    ])
    func terminalFailure(status: String, kind: LongRunningOperationError.Kind) async throws {
        let service = try PollingService { base in [
            json(202, "", headers: [("Operation-Location", "\(base)/operations/op7"), ("Retry-After", "0")]),
            json(200, #"{"status": "\#(status)", "error": {"code": "QuotaExceeded", "message": "too many widgets"}}"#),
        ] }
        let poller = try await service.pipeline().beginLongRunning(
            PipelineRequest(method: .post, path: "/widgets"), expecting: [202], finalStateVia: nil, decode: decodeWidget)
        let error = try await #require(throws: LongRunningOperationError.self) { try await poller.result() }
        #expect(error.kind == kind)
        #expect(error.status?.rawValue == status)
        #expect(error.serviceError?.code == "QuotaExceeded")
        #expect(error.serviceError?.message == "too many widgets")
        #expect(String(describing: error).contains("QuotaExceeded"))
        #expect(service.requestLines.count == 2)
    }

    @Test("a status monitor without a status is an error, not an endless loop")
    func unreadableStatus() async throws {
        let service = try PollingService { base in [
            json(202, "", headers: [("Operation-Location", "\(base)/operations/op8"), ("Retry-After", "0")]),
            json(200, #"{"state": "Succeeded"}"#),
        ] }
        let poller = try await service.pipeline().beginLongRunning(
            PipelineRequest(method: .post, path: "/widgets"), expecting: [202], finalStateVia: nil, decode: decodeWidget)
        let error = try await #require(throws: LongRunningOperationError.self) { try await poller.result() }
        #expect(error.kind == .unreadableStatus)
    }

    @Test("a polling link on another host is refused before anything is sent there", arguments: [
        "http://attacker.example/operations/1", "https://127.0.0.1/operations/1",
    ])
    func foreignHost(link: String) async throws {
        let service = try PollingService { _ in [json(202, "", headers: [("Operation-Location", link)])] }
        let error = try await #require(throws: LongRunningOperationError.self) {
            _ = try await service.pipeline().beginLongRunning(
                PipelineRequest(method: .post, path: "/widgets"), expecting: [202], finalStateVia: nil, decode: decodeWidget)
        }
        #expect(error.kind == .foreignPollingLink)
        #expect(service.requestLines.count == 1)
    }

    @Test("a resume token continues the operation in a new poller on a new client")
    func resume() async throws {
        let service = try PollingService { base in [
            json(202, "", headers: [("Operation-Location", "\(base)/operations/op9?api-version=2025-01-01"), ("Retry-After", "0")]),
            json(200, #"{"status": "Running"}"#, headers: [("Retry-After", "0")]),
            json(200, #"{"status": "Succeeded", "resourceLocation": "/widgets/w1"}"#),
            json(200, widget),
        ] }
        let first = try await service.pipeline().beginLongRunning(
            PipelineRequest(method: .post, path: "/widgets"), expecting: [202], finalStateVia: nil, decode: decodeWidget)
        #expect(try await first.poll() == PollingStatus("Running"))
        let token = await first.resumeToken
        #expect(!token.contains(Hostile.accessKey))

        let resumed = try service.pipeline().resumeLongRunning(from: token, decode: decodeWidget)
        #expect(await resumed.status == PollingStatus("Running"))
        #expect(await resumed.lastResponse == nil)
        #expect(try await resumed.result() == Widget(id: "w1", size: 3))
        #expect(service.requestLines.dropFirst() == [
            "GET /operations/op9?api-version=2025-01-01 HTTP/1.1",
            "GET /operations/op9?api-version=2025-01-01 HTTP/1.1",
            "GET /widgets/w1?api-version=2025-01-01 HTTP/1.1",
        ])
    }

    @Test("a finished operation's token carries its result, which cannot be fetched again")
    func resumeFinished() async throws {
        let service = try PollingService { _ in [json(201, widget)] }
        let poller = try await service.pipeline().beginLongRunning(
            PipelineRequest(method: .put, path: "/widgets/w1"), expecting: [201], finalStateVia: nil, decode: decodeWidget)
        let resumed = try service.pipeline().resumeLongRunning(from: await poller.resumeToken, decode: decodeWidget)
        #expect(try await resumed.result() == Widget(id: "w1", size: 3))
        #expect(service.requestLines.count == 1)
    }

    @Test("tokens not written by the runtime, or pointing to another host, are refused", arguments: [
        ("", LongRunningOperationError.Kind.invalidResumeToken), ("garbage", .invalidResumeToken),
        ("azsdk-lro1.bm90IGpzb24=", .invalidResumeToken),
        ("azsdk-lro1." + Data(#"{"version":2,"method":"POST","originalURL":"/x","mode":"done","status":"Running"}"#.utf8).base64EncodedString(),
         .invalidResumeToken),
        ("azsdk-lro1." + Data(#"{"version":1,"method":"POST","originalURL":"http://evil.example/x","mode":"statusMonitor","status":"Running"}"#.utf8).base64EncodedString(),
         .foreignPollingLink),
    ])
    func badTokens(token: String, kind: LongRunningOperationError.Kind) async throws {
        let service = try PollingService { _ in [] }
        let error = try #require(throws: LongRunningOperationError.self) {
            _ = try service.pipeline().resumeLongRunning(from: token, decode: decodeWidget)
        }
        #expect(error.kind == kind)
    }

    @Test("cancelling the awaiting task stops polling promptly")
    func cancellation() async throws {
        let service = try PollingService { base in [
            json(202, "", headers: [("Operation-Location", "\(base)/operations/op10")]),
        ] }
        let poller = try await service.pipeline(pollingInterval: .seconds(60)).beginLongRunning(
            PipelineRequest(method: .post, path: "/widgets"), expecting: [202], finalStateVia: nil, decode: decodeWidget)
        let clock = ContinuousClock()
        let start = clock.now
        let task = Task { try await poller.result() }
        try await Task.sleep(for: .milliseconds(100))
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
        #expect(clock.now - start < .seconds(5))
        #expect(service.requestLines.count == 1)
    }

    @Test("without Retry-After the client's polling interval is waited")
    func pollingInterval() async throws {
        let service = try PollingService { base in [
            json(202, "", headers: [("Operation-Location", "\(base)/operations/op11")]),
            json(200, #"{"status": "Succeeded", "result": 1}"#),
        ] }
        let poller = try await service.pipeline(pollingInterval: .milliseconds(300)).beginLongRunning(
            PipelineRequest(method: .post, path: "/widgets"), expecting: [202], finalStateVia: .operationLocation,
            decode: { _ in () })
        let clock = ContinuousClock()
        let start = clock.now
        try await poller.result()
        #expect(clock.now - start >= .milliseconds(300))
    }

    @Test("PUT with final-state-via operation-location and no resourceLocation: the resource's own URL is fetched")
    func putOperationLocationFetchesResource() async throws {
        let service = try PollingService { base in [
            json(201, #"{"id": "w1", "size": 0}"#, headers: [("Operation-Location", "\(base)/operations/op12"), ("Retry-After", "0")]),
            json(200, #"{"status": "Succeeded"}"#),
            json(200, widget),
        ] }
        let poller = try await service.pipeline().beginLongRunning(
            PipelineRequest(method: .put, path: "/widgets/w1"), expecting: [201], finalStateVia: .operationLocation, decode: decodeWidget)
        #expect(try await poller.result() == Widget(id: "w1", size: 3))
        #expect(service.requestLines.last == "GET /widgets/w1?api-version=2025-01-01 HTTP/1.1")
    }

    @Test("a token taken after a status monitor succeeded carries the monitor's result")
    func resumeAfterMonitorSucceeded() async throws {
        let service = try PollingService { base in [
            json(202, "", headers: [("Operation-Location", "\(base)/operations/op13"), ("Retry-After", "0")]),
            json(200, #"{"status": "Succeeded", "result": 7}"#),
        ] }
        struct Monitor: Decodable, Sendable { let result: Int }
        let decode: @Sendable (PipelineResponse) throws -> Int = { try $0.decodeBody(Monitor.self).result }
        let poller = try await service.pipeline().beginLongRunning(
            PipelineRequest(method: .post, path: "/jobs"), expecting: [202], finalStateVia: .operationLocation, decode: decode)
        #expect(try await poller.poll().isSucceeded)
        let resumed = try service.pipeline().resumeLongRunning(from: await poller.resumeToken, decode: decode)
        #expect(try await resumed.result() == 7)
        #expect(service.requestLines.count == 2)
    }
}
