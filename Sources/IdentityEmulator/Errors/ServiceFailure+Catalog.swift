import HTTPTypes
import Hummingbird

/// The failures the emulator answers with, worded as the live service words them.
extension ServiceFailure {
    /// 401 for every authentication problem; like the service, it does not say which check failed.
    static let invalidAccessToken = ServiceFailure(
        .unauthorized, code: "InvalidAccessToken", message: "Provided access token is not valid.")

    /// 400 for a request value that breaks a rule; `target` names the field as the service does (`ExpiresInMinutes`).
    static func validation(_ message: String, target: String? = nil) -> ServiceFailure {
        ServiceFailure(.badRequest, code: "ValidationError", message: message, target: target)
    }

    /// 404 for an identity that does not exist (never created, or deleted).
    static func identityNotFound(_ id: String) -> ServiceFailure {
        ServiceFailure(.notFound, code: "IdentityNotFound", message: "Identity '\(id)' was not found.")
    }

    /// 404 for a Teams Phone assignment that does not exist.
    static func teamsAssignmentNotFound(tenantId: String, objectId: String) -> ServiceFailure {
        ServiceFailure(
            .notFound, code: "AssignmentNotFound",
            message: "Assignment for object '\(objectId)' in tenant '\(tenantId)' was not found.")
    }

    /// 404 for an Entra assignment that does not exist.
    static func entraAssignmentNotFound(objectId: String) -> ServiceFailure {
        ServiceFailure(.notFound, code: "AssignmentNotFound", message: "Assignment for object '\(objectId)' was not found.")
    }

    /// 403 when a principal may not exchange its token.
    static func forbidden(_ message: String) -> ServiceFailure {
        ServiceFailure(.forbidden, code: "Forbidden", message: message)
    }

    /// 400 without `api-version` (ASP.NET API versioning's code and message).
    static let apiVersionUnspecified = ServiceFailure(
        .badRequest, code: "ApiVersionUnspecified", message: "An API version is required, but was not specified.")

    /// 400 for an `api-version` the requested operation is not served in.
    static func unsupportedAPIVersion(uri: String, version: String) -> ServiceFailure {
        ServiceFailure(
            .badRequest, code: "UnsupportedApiVersion",
            message: "The HTTP resource that matches the request URI '\(uri)' does not support the API version '\(version)'.")
    }

    /// 503 from fault injection, with the delay a client should wait.
    static func serviceUnavailable(retryAfter: Duration) -> ServiceFailure {
        var failure = ServiceFailure(
            .serviceUnavailable, code: "ServiceUnavailable", message: "The service is temporarily unavailable. Please retry later.")
        let milliseconds = retryAfter.components.seconds * 1000 + retryAfter.components.attoseconds / 1_000_000_000_000_000
        failure.headers[.retryAfter] = String((milliseconds + 999) / 1000)
        failure.headers[HTTPField.Name("retry-after-ms")!] = String(milliseconds)
        return failure
    }

    /// Any other HTTP error (no route, body too large…) in the ACS shape, named after its status.
    static func http(_ status: HTTPResponse.Status) -> ServiceFailure {
        let code = status.reasonPhrase.split(separator: " ").joined()
        let message = status == .notFound ? "The requested resource was not found." : status.reasonPhrase + "."
        return ServiceFailure(status, code: code.isEmpty ? "Error" : code, message: message)
    }
}
