import Foundation
import HTTPTypes

/// A request as an operation's semantics see it: matched to an operation of one api-version, authenticated,
/// its body shaped by that version's description.
struct OperationRequest: Sendable {
    /// The api-version asked for.
    let apiVersion: String
    /// The operation's path parameter values, decoded, in template order.
    let pathValues: [String]
    /// Query parameters (first value of each name).
    let query: [String: String]
    /// The body, without the members the version does not declare.
    let body: Data
    /// Who signed or authorized it.
    let principal: Principal
    /// `scheme://host:port` the request was sent to, for absolute links.
    let origin: String

    /// Path value `index`, or the service's 404 when the template has fewer (a description that moved parameters).
    func pathValue(_ index: Int) throws -> String {
        guard pathValues.indices.contains(index) else { throw ServiceFailure.http(.notFound) }
        return pathValues[index]
    }

    /// The body as `T`; an empty body decodes as `{}`. A body that does not fit is the service's 400.
    func decodeBody<T: Decodable>(_ type: T.Type) throws -> T {
        do {
            return try ServiceJSON.makeDecoder().decode(T.self, from: body.isEmpty ? Data("{}".utf8) : body)
        } catch {
            throw DecodingFailure.validationFailure(for: error)
        }
    }
}

/// What an operation answers, before the version's response shape is applied.
struct OperationResult: Sendable {
    /// The status.
    var status: HTTPResponse.Status
    /// The JSON body, if any.
    var body: Data?
    /// Headers besides the common ones.
    var headers: HTTPFields = [:]

    /// `value` as JSON with `status`.
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> OperationResult {
        OperationResult(status: status, body: try ServiceJSON.makeEncoder().encode(value))
    }

    /// 204 with no body.
    static func noContent() -> OperationResult {
        OperationResult(status: .noContent, body: nil)
    }
}
