import AzureSDKRuntime
import AzureSDKRuntimeTesting
import Foundation
import Testing
import WireMatrix

/// JSON bodies: the exact bytes a model with every format encodes to, and what decodes from what services send.
@Suite("Wire matrix: bodies")
struct BodyMatrixTests {
    static let model = Formats(
        dateTime: sunday, rfc1123: sundayAndAFraction, unixTime: sundayAndAFraction, uuid: uuid, date: "2025-03-02",
        duration: "P1M", bytes: Data("hi".utf8), optionalUnixTime: Date(timeIntervalSince1970: 0), optionalUuid: uuid1,
        rfc1123List: [sunday, monday], unixTimeList: [sunday], uuidList: [uuid],
        rfc1123Map: ["k": Date(timeIntervalSince1970: 0)], color: "violet", shape: .squareBox)

    /// Sorted keys; nil optionals (`optionalRfc1123`, `nullableRfc1123`) are absent.
    static let modelJSON = #"{"bytes":"aGk=","color":"violet","date":"2025-03-02","dateTime":"2025-03-02T08:05:09.0000000Z","#
        + #""duration":"P1M","optionalUnixTime":0,"optionalUuid":"00000000-0000-0000-0000-000000000001","#
        + #""rfc1123":"Sun, 02 Mar 2025 08:05:09 GMT","rfc1123List":["Sun, 02 Mar 2025 08:05:09 GMT","Mon, 03 Mar 2025 00:00:00 GMT"],"#
        + #""rfc1123Map":{"k":"Thu, 01 Jan 1970 00:00:00 GMT"},"shape":"square box","unixTime":1740902709,"unixTimeList":[1740902709],"#
        + #""uuid":"0f8fad5b-d9cb-469f-a165-70867728950e","uuidList":["0f8fad5b-d9cb-469f-a165-70867728950e"]}"#

    @Test("the request body has each format's exact bytes")
    func requestBody() async throws {
        let request = try await sent({ _ = try await $0.body.put(body: Self.model) }, answer: .json(200, Self.modelJSON))
        #expect(request.pathAndQuery == "/body?api-version=2025-01-01")
        #expect(request.header("Content-Type") == "application/json")
        #expect(request.bodyText == Self.modelJSON)
    }

    @Test("a response in each format decodes (the decoder the client uses)")
    func responseDecodes() throws {
        let json = #"{"dateTime":"2025-03-02T09:05:09.5+01:00","rfc1123":"Sun, 02 Mar 2025 08:05:09 GMT","unixTime":1740902709.5,"#
            + #""uuid":"0F8FAD5B-d9cb-469f-A165-70867728950E","optionalRfc1123":null,"nullableRfc1123":"Mon, 03 Mar 2025 00:00:00 GMT","#
            + #""rfc1123List":[],"unixTimeList":[0,-1],"uuidList":["00000000-0000-0000-0000-000000000001"],"#
            + #""rfc1123Map":{"a":"Thu, 01 Jan 1970 00:00:00 GMT"},"color":"brand-new"}"#
        let value = try decodeJSON(Formats.self, json)
        #expect(value.dateTime == Date(timeIntervalSince1970: 1_740_902_709.5))
        #expect(value.rfc1123 == sunday)
        #expect(value.unixTime == Date(timeIntervalSince1970: 1_740_902_709.5))
        #expect(value.uuid == uuid)
        #expect(value.optionalRfc1123 == nil)
        #expect(value.optionalUnixTime == nil)
        #expect(value.optionalUuid == nil)
        #expect(value.nullableRfc1123 == monday)
        #expect(value.rfc1123List == [])
        #expect(value.unixTimeList == [Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: -1)])
        #expect(value.uuidList == [uuid1])
        #expect(value.rfc1123Map == ["a": Date(timeIntervalSince1970: 0)])
        #expect(value.color == "brand-new")
    }

    @Test("the client returns the decoded response")
    func throughTheClient() async throws {
        let transport = StubTransport([.json(200, Self.modelJSON)])
        let client = WireMatrixClient(
            endpoint: URL(string: "https://wire.example")!,
            credential: try AccessKeyCredential(accessKey: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="),
            options: ClientOptions(transport: transport, retry: RetryOptions(maxRetries: 0)))
        let answer = try await client.body.put(body: Self.model)
        #expect(String(decoding: try encodeJSON(answer), as: UTF8.self) == Self.modelJSON)
    }

    @Test(
        "a value in the wrong form is a decoding error",
        arguments: [
            #""rfc1123":"2025-03-02T08:05:09Z","unixTime":0,"uuid":"00000000-0000-0000-0000-000000000001""#,
            #""rfc1123":"Sun, 02 Mar 2025 08:05:09 GMT","unixTime":"1740902709","uuid":"00000000-0000-0000-0000-000000000001""#,
            #""rfc1123":"Sun, 02 Mar 2025 08:05:09 GMT","unixTime":0,"uuid":"not-a-uuid""#,
            #""rfc1123":"Sun, 02 Mar 2025 08:05:09 GMT","uuid":"00000000-0000-0000-0000-000000000001""#,
        ])
    func rejects(_ members: String) {
        #expect(throws: DecodingError.self) {
            try decodeJSON(Formats.self, #"{"dateTime":"2025-03-02T08:05:09Z","# + members + "}")
        }
    }
}
