import Foundation
import HTTPTypes

extension HTTPPipeline {
    /// The `HTTPRequest` for a logical call, complete except for authorization: URL with
    /// `api-version`, per-call headers and a new client request id (unless the call set its own: Azure SDKs let
    /// callers name a call, `x-ms-client-request-id` parameters of a description are such overrides).
    func prepare(_ request: PipelineRequest) throws -> HTTPRequest {
        guard let endpointParts else { throw InvalidEndpointError(endpoint: endpoint.absoluteString) }
        var target = endpointParts.target(for: request.path)
        var query = request.queryItems
        if request.includesAPIVersion, !target.queryContains("api-version"),
            !query.contains(where: { $0.name == "api-version" })
        {
            query.insert(.init(name: "api-version", value: encodedAPIVersion), at: 0)
        }
        target.appendQuery(query)

        var fields = request.headerFields
        if fields[.xMsClientRequestID]?.isEmpty ?? true { fields[.xMsClientRequestID] = RequestID.random() }
        fields[.xMsReturnClientRequestID] = "true"
        fields[.userAgent] = userAgent
        if fields[.accept] == nil { fields[.accept] = "application/json" }
        return HTTPRequest(
            method: request.method, scheme: target.scheme, authority: target.authority,
            path: target.pathAndQuery, headerFields: fields)
    }
}
