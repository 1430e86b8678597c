import Foundation

/// Where a request goes on the wire: scheme, authority and path-with-query, kept as exact
/// strings because the HMAC signature covers the path and query byte for byte.
struct RequestTarget: Sendable, Equatable {
    var scheme: String
    var authority: String
    var pathAndQuery: String

    /// The URL as logged.
    var urlString: String { scheme + "://" + authority + pathAndQuery }

    /// Whether the query in `pathAndQuery` already names `parameter` (an already-encoded name).
    func queryContains(_ parameter: String) -> Bool {
        // Over UTF-8 bytes: searching `Character`s costs grapheme breaking on every request.
        let bytes = pathAndQuery.utf8
        guard let mark = bytes.firstIndex(of: UInt8(ascii: "?")) else { return false }
        return bytes[bytes.index(after: mark)...].split(separator: UInt8(ascii: "&")).contains { item in
            item.prefix { $0 != UInt8(ascii: "=") }.elementsEqual(parameter.utf8)
        }
    }

    /// Appends already-encoded query items after any query the path has.
    mutating func appendQuery(_ items: [PipelineRequest.QueryItem]) {
        guard !items.isEmpty else { return }
        // Byte scans: these run on every request, and Foundation's string searching is much slower.
        var separator = pathAndQuery.utf8.contains(UInt8(ascii: "?")) ? "&" : "?"
        if let last = pathAndQuery.utf8.last, last == UInt8(ascii: "?") || last == UInt8(ascii: "&") { separator = "" }
        pathAndQuery += separator + items.map { $0.name + "=" + $0.value }.joined(separator: "&")
    }

    /// Parses an absolute `scheme://authority/path?query` link without re-encoding anything;
    /// nil when `link` has no scheme.
    static func absolute(_ link: String) -> RequestTarget? {
        // A scheme is letters, digits and "+-.", so a link that starts with "/" (every generated
        // request path) has none; skip the search.
        guard link.utf8.first != UInt8(ascii: "/"), let schemeEnd = link.range(of: "://") else { return nil }
        let scheme = String(link[..<schemeEnd.lowerBound])
        guard !scheme.isEmpty, scheme.allSatisfy({ $0.isLetter || $0.isNumber || "+-.".contains($0) }) else {
            return nil
        }
        let rest = link[schemeEnd.upperBound...]
        let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? rest.endIndex
        var pathAndQuery = String(rest[authorityEnd...])
        if !pathAndQuery.hasPrefix("/") { pathAndQuery = "/" + pathAndQuery }
        return RequestTarget(scheme: scheme.lowercased(), authority: String(rest[..<authorityEnd]), pathAndQuery: pathAndQuery)
    }
}

/// The endpoint split into the parts requests are built from.
struct EndpointParts: Sendable {
    var scheme: String
    var authority: String
    /// The endpoint's own path without a trailing "/" ("" for none).
    var basePath: String

    /// Splits `url`; nil when it lacks a scheme or host.
    init?(_ url: URL) {
        guard let components = URLComponents(url: url, resolvingAgainstBaseURL: false),
            let scheme = components.scheme?.lowercased(),
            let host = components.percentEncodedHost, !host.isEmpty
        else { return nil }
        var authority = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        if let port = components.port { authority += ":\(port)" }
        var basePath = components.percentEncodedPath
        while basePath.hasSuffix("/") { basePath.removeLast() }
        self.scheme = scheme
        self.authority = authority
        self.basePath = basePath
    }

    /// The target for an endpoint-relative path (or a whole absolute link).
    func target(for path: String) -> RequestTarget {
        if let absolute = RequestTarget.absolute(path) { return absolute }
        let relative = path.hasPrefix("/") ? path : "/" + path
        return RequestTarget(scheme: scheme, authority: authority, pathAndQuery: basePath + relative)
    }
}
