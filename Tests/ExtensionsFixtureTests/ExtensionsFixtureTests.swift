import AzureSDKRuntime
import AzureSDKRuntimeTesting
import Foundation
import HTTPTypes
import Testing

@testable import Extensions

// What each applied x-ms-* extension of Spec/Extensions/Extensions.yaml puts on the wire and reads back, through the
// generated client and a stub transport. Expected texts are written by hand from the description.

/// A client whose transport answers from `responses` (the last repeats), with retries off unless `retries` is given.
private func client(_ transport: StubTransport, retries: Int = 0) throws -> ExtensionsClient {
    ExtensionsClient(
        endpoint: URL(string: "https://ext.example")!,
        credential: try AccessKeyCredential(accessKey: "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="),
        options: ClientOptions(
            transport: transport,
            retry: RetryOptions(maxRetries: retries, baseDelay: .milliseconds(1), maxDelay: .milliseconds(1))))
}

/// The request header names sent with `prefix`, in the order they were sent.
private func names(withPrefix prefix: String, in request: RecordedRequest) -> [String] {
    request.headerFields.map(\.name.canonicalName).filter { $0.hasPrefix(prefix) }
}

@Suite("Extensions fixture: x-ms-header-collection-prefix")
struct HeaderCollectionTests {
    @Test("a metadata map is sent as one x-ms-meta-<key> header per entry, in key order")
    func sendsPrefixedHeaders() async throws {
        let transport = StubTransport([.empty(200)])
        try await client(transport).blobs.setMetadata(name: "a b", metadata: ["zone": "eu", "Owner": "ann, bob", "a": ""])
        let request = try #require(transport.requests.first)
        #expect(request.method == "PUT")
        #expect(request.pathAndQuery == "/blobs/a%20b/metadata?api-version=2025-01-01")
        #expect(names(withPrefix: "x-ms-meta-", in: request) == ["x-ms-meta-owner", "x-ms-meta-a", "x-ms-meta-zone"])
        #expect(request.header("x-ms-meta-Owner") == "ann, bob")
        #expect(request.header("x-ms-meta-zone") == "eu")
        #expect(request.header("x-ms-meta-a") == "")
        // The collection's own name is never sent.
        #expect(request.header("x-ms-meta") == nil)
    }

    @Test("no map sends no x-ms-meta- header")
    func nilSendsNothing() async throws {
        let transport = StubTransport([.empty(200)])
        try await client(transport).blobs.setMetadata(name: "b")
        #expect(names(withPrefix: "x-ms-meta", in: try #require(transport.requests.first)) == [])
    }

    @Test("the typed response headers collect every x-ms-meta- header, keyed without the prefix")
    func readsPrefixedHeaders() async throws {
        let transport = StubTransport([StubResponse(status: 200, headers: [
            "x-ms-meta-color": "blue", "X-MS-META-Size": "10", "x-ms-metadata": "not one", "x-ms-client-request-id": "echo",
        ])])
        let headers = try await client(transport).blobs.setMetadata(name: "c")
        #expect(headers.metadata == ["color": "blue", "Size": "10"])
        #expect(headers.clientRequestId == "echo")
        let empty = try await client(StubTransport([.empty(200)])).blobs.setMetadata(name: "c")
        #expect(empty.metadata == [:])
    }
}

@Suite("Extensions fixture: x-ms-client-request-id")
struct ClientRequestIDTests {
    @Test("the request id argument is optional: nil sends a fresh UUID, the same on a retry")
    func pipelineFills() async throws {
        let transport = StubTransport([.empty(503), .empty(200)])
        try await client(transport, retries: 1).blobs.setMetadata(name: "a")
        let ids = transport.requests.map { $0.header("x-ms-client-request-id") }
        #expect(ids.count == 2)
        #expect(ids[0] == ids[1])
        #expect(UUID(uuidString: ids[0] ?? "") != nil)
    }

    @Test("a caller's request id is sent instead of the pipeline's, on every try")
    func callerOverrides() async throws {
        let transport = StubTransport([.empty(503), .empty(200)])
        try await client(transport, retries: 1).blobs.setMetadata(name: "a", requestId: "my-call-7")
        #expect(transport.requests.map { $0.header("x-ms-client-request-id") } == ["my-call-7", "my-call-7"])
    }
}

@Suite("Extensions fixture: x-ms-client-default, x-ms-parameter-grouping, x-ms-odata")
struct DefaultsAndGroupsTests {
    static let page = #"{"value":[{"name":"a","tier":"Hot"}]}"#

    @Test("nothing given: the client defaults are sent (maxresults 10, x-ms-tier Hot), not the service's")
    func clientDefaults() async throws {
        let transport = StubTransport([.json(200, Self.page)])
        let list = try await client(transport).blobs.list()
        let request = try #require(transport.requests.first)
        #expect(request.pathAndQuery == "/blobs?api-version=2025-01-01&maxresults=10")
        #expect(request.header("x-ms-tier") == "Hot")
        #expect(request.header("x-ms-lease-id") == nil)
        #expect(list.value?.map(\.name) == ["a"])
    }

    @Test("grouped values and the OData filter are written one by one, as if they were arguments")
    func groupsWriteEachMember() async throws {
        let transport = StubTransport([.json(200, Self.page)])
        _ = try await client(transport).blobs.list(
            listOptions: .init(prefix: "logs/", maxresults: 2), filter: "name eq 'a'",
            leaseAccessConditions: .init(xMsLeaseId: "lease-1"), xMsTier: "Cool", requestId: "r")
        let request = try #require(transport.requests.first)
        #expect(request.pathAndQuery == "/blobs?api-version=2025-01-01&prefix=logs%2F&maxresults=2&%24filter=name%20eq%20%27a%27")
        #expect(request.header("x-ms-lease-id") == "lease-1")
        #expect(request.header("x-ms-tier") == "Cool")
        #expect(request.header("x-ms-client-request-id") == "r")
    }

    @Test("a group with a required member is a required argument; a group shared by two operations is one type")
    func requiredAndSharedGroups() async throws {
        let transport = StubTransport([.empty(202)])
        let lease: BlobsOperations.LeaseAccessConditions = .init(xMsLeaseId: "l")
        try await client(transport).blobs.deleteAll(
            deleteAllConditions: .init(xMsIfTags: "\"tier\" = 'Hot'"), leaseAccessConditions: lease)
        let request = try #require(transport.requests.first)
        #expect(request.method == "DELETE")
        #expect(request.header("x-ms-if-tags") == "\"tier\" = 'Hot'")
        #expect(request.header("x-ms-if-match") == nil)
        #expect(request.header("x-ms-lease-id") == "l")
    }
}

@Suite("Extensions fixture: x-ms-internal")
struct InternalOperationTests {
    @Test("an internal operation is callable from inside the module (here through @testable import)")
    func internalCall() async throws {
        let transport = StubTransport([StubResponse(status: 200, headers: ["x-ms-purged-count": "3"])])
        let headers = try await client(transport).blobs.purge()
        #expect(headers.purgedCount == 3)
        #expect(transport.requests.first?.pathAndQuery == "/blobs:purge?api-version=2025-01-01")
    }

    @Test("its methods are declared internal, the public ones public, in the generated source")
    func declaredInternal() throws {
        let source = try String(contentsOfFile: #filePath.replacingOccurrences(
            of: "Tests/ExtensionsFixtureTests/ExtensionsFixtureTests.swift", with: "Generated/Sources/Extensions/BlobsOperations.swift"),
            encoding: .utf8)
        #expect(source.contains("    internal func purge() async throws -> PurgeHeaders {"))
        #expect(source.contains("    internal func purgeWithResponse() async throws"))
        #expect(source.contains("    internal struct PurgeHeaders:"))
        #expect(source.contains("    public func setMetadata("))
        #expect(!source.contains("public func purge"))
    }
}
