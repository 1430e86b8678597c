import AzureSDKRuntime
import Foundation
import HTTPTypes
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Requests built by hand, for what the SDK never sends: missing headers, foreign signatures, no api-version.
enum RawHTTP {
    /// A response with its body as text.
    struct Reply: Sendable {
        var status: Int
        var headers: HTTPFields
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
        /// The body as a JSON object, for comparing with the ACS error shape.
        var json: NSDictionary? { (try? JSONSerialization.jsonObject(with: body)) as? NSDictionary }
    }

    /// Sends `method path` to the emulator with `headers` and `body`; `host` replaces the Host header
    /// (to replay requests signed for another host).
    static func send(
        _ method: String, _ pathAndQuery: String, to endpoint: URL, headers: [String: String] = [:], body: Data? = nil
    ) async throws -> Reply {
        var request = URLRequest(url: URL(string: endpoint.absoluteString + pathAndQuery)!)
        request.httpMethod = method
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response): (Data, URLResponse)
        if let body {
            (data, response) = try await URLSessionTransport.defaultSession.upload(for: request, from: body)
        } else {
            (data, response) = try await URLSessionTransport.defaultSession.data(for: request)
        }
        let http = response as! HTTPURLResponse
        var fields = HTTPFields()
        for (name, value) in http.allHeaderFields {
            if let text = name as? String, let name = HTTPField.Name(text), let value = value as? String { fields[name] = value }
        }
        return Reply(status: http.statusCode, headers: fields, body: data)
    }

    /// Sends a request signed with `accessKey` exactly as the SDKs sign it (path as sent, Host of the endpoint).
    static func signed(
        _ method: String, _ pathAndQuery: String, to endpoint: URL, accessKey: String, body: Data = Data(),
        headers extra: [String: String] = [:], signedAt: Date? = nil
    ) async throws -> Reply {
        let credential = try AccessKeyCredential(accessKey: accessKey, clock: { signedAt ?? Date() })
        var request = HTTPRequest(
            method: HTTPRequest.Method(method)!, scheme: endpoint.scheme, authority: "\(endpoint.host!):\(endpoint.port!)",
            path: pathAndQuery)
        try await credential.authorize(&request, body: body)
        var headers: [String: String] = [:]
        for field in request.headerFields { headers[field.name.rawName] = field.value }
        headers.merge(extra) { _, replacement in replacement }
        return try await send(method, pathAndQuery, to: endpoint, headers: headers, body: body.isEmpty ? nil : body)
    }
}
