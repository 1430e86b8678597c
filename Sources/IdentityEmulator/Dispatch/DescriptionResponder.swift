import Foundation
import HTTPTypes
import SDKGenIR

/// Answers an operation the emulator has no semantics for, like a mock server: with the body of the
/// description's example for the operation's success status, or, without one, a body made up from the schema.
struct DescriptionResponder {
    /// The description the operation belongs to.
    let api: APIDescription

    /// The answer, and a sentence for the log saying where it came from.
    func answer(_ operation: SDKGenIR.Operation, now: Date) throws -> (result: OperationResult, source: String) {
        guard let success = operation.successResponses.first else {
            return (OperationResult(status: .ok, body: nil), "no success response is declared; answered 200 without a body")
        }
        let status = HTTPResponse.Status(code: Int(success.statusCode) ?? 200)
        guard let type = success.type else {
            return (OperationResult(status: status, body: nil), "answered \(status.code) without a body, as declared")
        }
        for example in operation.examples {
            if let body = example.responses[success.statusCode], body != .null {
                let data = try WireJSON(description: body).encoded()
                return (OperationResult(status: status, body: data), "answered \(status.code) from the example '\(example.title)'")
            }
        }
        let made = SchemaShape(api: api).synthesize(type, now: now)
        return (OperationResult(status: status, body: try made.encoded()), "answered \(status.code) with a body made up from its schema")
    }

    /// The 404 for a resource that does not exist: the body of the description's 404 example, or the ACS `NotFound`.
    func notFound(_ operation: SDKGenIR.Operation) throws -> OperationResult {
        for example in operation.examples {
            if let body = example.responses["404"], body != .null {
                return OperationResult(status: .notFound, body: try WireJSON(description: body).encoded())
            }
        }
        let error = WireErrorResponse(error: WireError(code: "NotFound", message: "The requested resource was not found."))
        return try .json(error, status: .notFound)
    }
}
