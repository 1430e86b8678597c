import Hummingbird

/// An error answer in the ACS error shape `{"error":{"code":…,"message":…}}`.
///
/// Thrown from anywhere in request handling; `ServiceHeadersMiddleware` turns it into the response.
struct ServiceFailure: Error, HTTPResponseError {
    /// The HTTP status.
    let status: HTTPResponse.Status
    /// The body's `error` object.
    let error: WireError
    /// Headers the answer needs besides the common ones (e.g. `Retry-After`).
    var headers: HTTPFields = [:]

    /// Creates a failure with `code` and `message`, and a `target` when one field is at fault.
    init(_ status: HTTPResponse.Status, code: String, message: String, target: String? = nil, details: [WireError]? = nil) {
        self.status = status
        self.error = WireError(code: code, message: message, target: target, details: details)
    }

    /// The JSON answer.
    func response(from request: Request, context: some RequestContext) throws -> Response {
        try ServiceResponse.json(WireErrorResponse(error: error), status: status, headers: headers)
    }
}
