import Foundation
import HTTPTypes

/// Which redirects the pipeline follows, and how the request changes.
///
/// Only redirects to the same scheme and authority are followed, so credentials (which are
/// attached per try, after this decision) never travel to another host; a redirect elsewhere
/// is returned to the caller as a `ServiceError` with the 3xx status. Follows the azure-core
/// rules: 301/302 only for GET and HEAD, 303 turns the request into a GET without a body,
/// 307/308 repeat the request as it was.
struct RedirectPolicy: Sendable {
    /// Redirects followed per logical call before giving up.
    static let maxRedirects = 5

    /// The request to send next, or nil when the redirect must not be followed.
    static func follow(
        status: Int, headers: HTTPFields, from request: HTTPRequest, body: Data?
    ) -> (request: HTTPRequest, body: Data?)? {
        guard let location = headers[.location], !location.isEmpty else { return nil }
        var method = request.method
        var nextBody = body
        switch status {
        case 301, 302:
            guard method == .get || method == .head else { return nil }
        case 303:
            if method != .head { method = .get }
            nextBody = nil
        case 307, 308:
            break
        default:
            return nil
        }
        let target: RequestTarget
        if let absolute = RequestTarget.absolute(location) {
            target = absolute
        } else if location.hasPrefix("/") && !location.hasPrefix("//") {
            target = RequestTarget(scheme: request.scheme ?? "https", authority: request.authority ?? "", pathAndQuery: location)
        } else {
            return nil  // protocol-relative or path-relative forms are not followed: their host is ambiguous
        }
        guard target.scheme.lowercased() == (request.scheme ?? "").lowercased(),
              target.authority.lowercased() == (request.authority ?? "").lowercased() else { return nil }
        var next = request
        next.method = method
        next.path = target.pathAndQuery
        if nextBody == nil { next.headerFields[.contentType] = nil }
        return (next, nextBody)
    }

    /// Whether `status` is a redirect this policy looks at.
    static func isRedirect(_ status: Int) -> Bool {
        [301, 302, 303, 307, 308].contains(status)
    }
}
