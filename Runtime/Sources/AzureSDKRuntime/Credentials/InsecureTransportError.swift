import HTTPTypes

/// A credential refused to put a key or token on a request that is not sent over TLS.
///
/// Bearer tokens and API keys travel as they are; over plain HTTP anyone on the path could reuse them (azure-core
/// refuses bearer tokens on non-https URLs too). Loopback hosts (`localhost`, `127.0.0.1`, `[::1]`) are allowed, for
/// local emulators and tests.
public struct InsecureTransportError: Error, Sendable, CustomStringConvertible {
    /// The request's host.
    public let authority: String

    /// Why the request was not sent.
    public var description: String {
        "Refusing to send a credential to http://\(authority): use an https endpoint (only loopback hosts may use http)."
    }

    /// Throws unless `request` goes over https or to a loopback host.
    static func check(_ request: HTTPRequest) throws {
        guard request.scheme?.lowercased() != "https" else { return }
        let authority = request.authority ?? ""
        var host = authority.lowercased()
        if host.hasPrefix("["), let end = host.firstIndex(of: "]") {
            host = String(host[host.index(after: host.startIndex)..<end])
        } else if let colon = host.lastIndex(of: ":") {
            host = String(host[..<colon])
        }
        guard host == "localhost" || host == "::1" || host.hasPrefix("127.") else {
            throw InsecureTransportError(authority: authority)
        }
    }
}
