// sdk-bench: per-call cost of the generated Identity SDK, and end-to-end calls per second against the emulator.
//
//   sdk-bench percall [--iterations N] [--rounds R]
//       In process, no network: `client.communicationIdentity.issueAccessToken(id:body:)` through the whole
//       pipeline (URL building, api-version, JSON encoding, HMAC signing, retry policy, status check, JSON
//       decoding) with a transport that hands back a canned 200, vs the same work written by hand (percent-encode
//       the path, JSONEncoder, SHA-256 + HMAC-SHA256 signature, JSONDecoder) against the same transport.
//       Prints one line per measurement: `percall NAME ns_per_call` (median of R rounds of N calls each, interleaved).
//
//   sdk-bench e2e --endpoint URL --key BASE64 [--callers 16] [--seconds 5] [--rounds 3]
//       Over loopback HTTP against the identity emulator: C concurrent callers issue tokens for one identity for S
//       seconds, with the SDK (default URLSessionTransport) and with a bare URLSession request built and signed by
//       hand. Prints `e2e NAME calls_per_second` (median of R interleaved rounds).
import AzureCommunicationIdentity
import AzureSDKRuntime
import AzureSDKRuntimeTesting
import Crypto
import Foundation
import HTTPTypes
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

// MARK: - Arguments

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String, _ fallback: String) -> String {
    if let index = arguments.firstIndex(of: "--" + name), index + 1 < arguments.count { return arguments[index + 1] }
    return fallback
}
func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}
func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

// MARK: - The hand-written equivalent

/// The request body, written by hand.
struct BareTokenRequest: Encodable {
    var scopes: [String]
    var expiresInMinutes: Int?
}

/// The response body, written by hand.
struct BareToken: Decodable {
    var token: String
    var expiresOn: Date
}

/// A JSON decoder for RFC 3339 dates with or without fractional seconds (the emulator sends 7 digits).
let bareDecoder: JSONDecoder = {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .custom { decoder in
        let text = try decoder.singleValueContainer().decode(String.self)
        if let date = try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true)) { return date }
        if let date = try? Date(text, strategy: Date.ISO8601FormatStyle()) { return date }
        throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "bad date \(text)"))
    }
    return decoder
}()
let bareEncoder = JSONEncoder()

/// `EEE, dd MMM yyyy HH:mm:ss 'GMT'` by hand (gmtime_r), as a careful hand-written client would.
func rfc1123(_ date: Date) -> String {
    var time = time_t(date.timeIntervalSince1970.rounded(.down))
    var parts = tm()
    gmtime_r(&time, &parts)
    let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    func two(_ value: Int32) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return "\(days[Int(parts.tm_wday)]), \(two(parts.tm_mday)) \(months[Int(parts.tm_mon)]) \(parts.tm_year + 1900) "
        + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) GMT"
}

/// The ACS HMAC-SHA256 headers for one request.
func signature(method: String, pathAndQuery: String, host: String, body: Data, key: SymmetricKey) -> [(String, String)] {
    let date = rfc1123(Date())
    let hash = Data(SHA256.hash(data: body)).base64EncodedString()
    let toSign = "\(method)\n\(pathAndQuery)\n\(date);\(host);\(hash)"
    let mac = HMAC<SHA256>.authenticationCode(for: Data(toSign.utf8), using: key)
    return [
        ("x-ms-date", date), ("x-ms-content-sha256", hash),
        ("Authorization", "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=" + Data(mac).base64EncodedString()),
    ]
}

let pathAllowed: CharacterSet = {
    var set = CharacterSet.urlPathAllowed
    set.remove(charactersIn: "/;?#")
    return set
}()

/// The issue-token call written by hand over an `HTTPTransport` (for the in-process comparison).
func bareIssueToken(id: String, transport: some HTTPTransport, endpoint: URL, key: SymmetricKey) async throws -> BareToken {
    let path = "/identities/\(id.addingPercentEncoding(withAllowedCharacters: pathAllowed)!)/:issueAccessToken?api-version=2025-03-02-preview"
    let body = try bareEncoder.encode(BareTokenRequest(scopes: ["chat"], expiresInMinutes: 60))
    let host = endpoint.host! + (endpoint.port.map { ":\($0)" } ?? "")
    var request = HTTPRequest(method: .post, scheme: endpoint.scheme, authority: host, path: path)
    request.headerFields[.contentType] = "application/json"
    for (name, value) in signature(method: "POST", pathAndQuery: path, host: host, body: body, key: key) {
        request.headerFields[HTTPField.Name(name)!] = value
    }
    let (response, data) = try await transport.send(request, body: body)
    guard response.status.code == 200 else { throw URLError(.badServerResponse) }
    return try bareDecoder.decode(BareToken.self, from: data)
}

/// The issue-token call with a bare URLSession request built and signed by hand (for the end-to-end comparison).
func bareURLSessionIssueToken(id: String, session: URLSession, endpoint: URL, key: SymmetricKey) async throws -> BareToken {
    let path = "/identities/\(id.addingPercentEncoding(withAllowedCharacters: pathAllowed)!)/:issueAccessToken?api-version=2025-03-02-preview"
    let body = try bareEncoder.encode(BareTokenRequest(scopes: ["chat"], expiresInMinutes: 60))
    let host = endpoint.host! + (endpoint.port.map { ":\($0)" } ?? "")
    var request = URLRequest(url: URL(string: endpoint.absoluteString + path)!)
    request.httpMethod = "POST"
    request.httpBody = body
    request.setValue("application/json", forHTTPHeaderField: "Content-Type")
    for (name, value) in signature(method: "POST", pathAndQuery: path, host: host, body: body, key: key) {
        request.setValue(value, forHTTPHeaderField: name)
    }
    let (data, response) = try await session.data(for: request)
    guard (response as? HTTPURLResponse)?.statusCode == 200 else {
        throw URLError(.badServerResponse, userInfo: [NSLocalizedDescriptionKey: String(decoding: data, as: UTF8.self)])
    }
    return try bareDecoder.decode(BareToken.self, from: data)
}

// MARK: - In-process transports

/// Hands back one canned response and does nothing else: the floor for both sides.
struct CannedTransport: HTTPTransport {
    let body = Data(#"{"token":"eyJhbGciOiJSUzI1NiIsImtpZCI6IjEwNiIsIng1dCI6Im9QMWFxQnlfR3hZU3pSaXhuQ25zdE5PU2p2cyIsInR5cCI6IkpXVCJ9.eyJza3lwZWlkIjoiYWNzOjEiLCJzY3AiOjE3OTIsImNzaSI6IjE2NjUwMDAwMDAiLCJleHAiOjE2NjUwMDM2MDAsImFjc1Njb3BlIjoiY2hhdCIsInJlc291cmNlSWQiOiIxIiwiaWF0IjoxNjY1MDAwMDAwfQ.c2lnbmF0dXJl","expiresOn":"2025-11-28T12:00:00.1234567Z"}"#.utf8)
    func send(_ request: HTTPRequest, body: Data?) async throws -> (HTTPResponse, Data) {
        var fields = HTTPFields()
        fields[.contentType] = "application/json"
        return (HTTPResponse(status: .ok, headerFields: fields), self.body)
    }
}

let accessKey = Data((0..<32).map { UInt8($0) }).base64EncodedString()
let identityID = "8:acs:1b5cc06b-f352-4571-b1e6-d9b259b7c776_00000000-0000-0000-0000-000000000001"

func perCall() async throws {
    let iterations = Int(option("iterations", "20000"))!
    let rounds = Int(option("rounds", "5"))!
    let endpoint = URL(string: "https://my-resource.communication.azure.com")!
    let key = SymmetricKey(data: Data(base64Encoded: accessKey)!)
    let canned = CannedTransport()
    let stubBody = canned.body
    let stub = StubTransport(handler: { _ in StubResponse(status: 200, headers: ["Content-Type": "application/json"], body: stubBody) })
    let credential = try AccessKeyCredential(accessKey: accessKey)
    let sdk = CommunicationIdentityClient(endpoint: endpoint, credential: credential, options: ClientOptions(transport: canned))
    let sdkStub = CommunicationIdentityClient(endpoint: endpoint, credential: credential, options: ClientOptions(transport: stub))
    let request = CommunicationIdentityAccessTokenRequest(scopes: [.chat], expiresInMinutes: 60)
    // Check both sides give the same answer before timing them.
    let a = try await sdk.communicationIdentity.issueAccessToken(id: identityID, body: request)
    let b = try await bareIssueToken(id: identityID, transport: canned, endpoint: endpoint, key: key)
    precondition(a.token == b.token && abs(a.expiresOn.timeIntervalSince(b.expiresOn)) < 0.001, "the two sides disagree")

    let cases: [(String, () async throws -> Void)] = [
        ("sdk", { _ = try await sdk.communicationIdentity.issueAccessToken(id: identityID, body: request) }),
        ("bare", { _ = try await bareIssueToken(id: identityID, transport: canned, endpoint: endpoint, key: key) }),
        ("sdk_stubtransport", { _ = try await sdkStub.communicationIdentity.issueAccessToken(id: identityID, body: request) }),
        ("sign_only", {
            var r = HTTPRequest(method: .post, scheme: "https", authority: "my-resource.communication.azure.com", path: "/identities/x/:issueAccessToken?api-version=1")
            try await credential.authorize(&r, body: canned.body)
        }),
    ]
    var results: [String: [Double]] = [:]
    for round in 0...rounds {  // round 0 warms up
        for (name, body) in cases {
            let clock = ContinuousClock()
            let start = clock.now
            for _ in 0..<iterations { try await body() }
            let elapsed = seconds(clock.now - start)
            if round > 0 { results[name, default: []].append(elapsed / Double(iterations) * 1e9) }
        }
    }
    for (name, _) in cases { print("percall \(name) \(Int(median(results[name]!).rounded()))") }
}

func endToEnd() async throws {
    let endpoint = URL(string: option("endpoint", "http://127.0.0.1:8080"))!
    let keyText = option("key", accessKey)
    let callers = Int(option("callers", "16"))!
    let duration = Double(option("seconds", "5"))!
    let rounds = Int(option("rounds", "3"))!
    let key = SymmetricKey(data: Data(base64Encoded: keyText)!)
    let sdk = CommunicationIdentityClient(
        endpoint: endpoint, credential: try AccessKeyCredential(accessKey: keyText),
        options: ClientOptions(retry: RetryOptions(maxRetries: 0)))
    let session = URLSession(configuration: .default)
    let created = try await sdk.communicationIdentity.create(body: CommunicationIdentityCreateRequest())
    let id = created.identity.id
    let request = CommunicationIdentityAccessTokenRequest(scopes: [.chat], expiresInMinutes: 60)
    _ = try await bareURLSessionIssueToken(id: id, session: session, endpoint: endpoint, key: key)
    _ = try await sdk.communicationIdentity.issueAccessToken(id: id, body: request)

    func run(_ call: @escaping @Sendable () async throws -> Void) async -> (rate: Double, errors: Int) {
        let clock = ContinuousClock()
        let deadline = clock.now + .milliseconds(Int(duration * 1000))
        let start = clock.now
        let (calls, errors) = await withTaskGroup(of: (Int, Int).self) { group in
            for _ in 0..<callers {
                group.addTask {
                    var ok = 0, failed = 0
                    while clock.now < deadline {
                        do { try await call(); ok += 1 } catch { failed += 1 }
                    }
                    return (ok, failed)
                }
            }
            var total = (0, 0)
            for await (ok, failed) in group { total.0 += ok; total.1 += failed }
            return total
        }
        return (Double(calls) / seconds(clock.now - start), errors)
    }
    let cases: [(String, @Sendable () async throws -> Void)] = [
        ("sdk", { _ = try await sdk.communicationIdentity.issueAccessToken(id: id, body: request) }),
        ("bare_urlsession", { _ = try await bareURLSessionIssueToken(id: id, session: session, endpoint: endpoint, key: key) }),
    ]
    var results: [String: [Double]] = [:]
    var errors: [String: Int] = [:]
    for _ in 0..<rounds {
        for (name, call) in cases {
            let (rate, failed) = await run(call)
            results[name, default: []].append(rate)
            errors[name, default: 0] += failed
        }
    }
    for (name, _) in cases {
        print("e2e \(name) \(Int(median(results[name]!).rounded())) errors=\(errors[name]!) rounds=\(results[name]!.map { Int($0) })")
    }
}

switch arguments.first {
case "percall": try await perCall()
case "e2e": try await endToEnd()
default:
    FileHandle.standardError.write(Data("usage: sdk-bench percall [--iterations N] [--rounds R] | e2e --endpoint URL --key BASE64 [--callers 16] [--seconds 5] [--rounds 3]\n".utf8))
    exit(2)
}
