import Foundation

/// One thing the loopback server does on an accepted connection, in script order.
///
/// Scripts are data rather than callbacks so each test reads as the exact byte-level
/// misbehaviour it exercises, and the server stays a dumb, predictable adversary.
enum ServerStep: Sendable {
    /// Reads one request head (and its `Content-Length` body) and records the head.
    case readRequest
    /// Writes these bytes.
    case send(Data)
    /// Writes `chunk` `count` times: a huge body without ever holding it in memory.
    case sendRepeated(Data, count: Int)
    /// Waits, but returns early when the server stops, so a stalled script never outlives its test.
    case sleep(Duration)
    /// Closes with `SO_LINGER` 0, which makes the kernel send RST instead of FIN.
    case reset
    /// Closes normally (FIN).
    case close
}

/// Raw HTTP/1.1 response bytes, so tests can lie about `Content-Length` or anything else.
enum RawResponse {
    /// A head with `Connection: close`, `Content-Length` (the real size unless overridden) and `body`.
    static func make(
        status: Int, reason: String = "OK", headers: [(String, String)] = [],
        body: Data = Data(), contentLength: Int? = nil
    ) -> Data {
        var head = "HTTP/1.1 \(status) \(reason)\r\nConnection: close\r\n"
        head += "Content-Length: \(contentLength ?? body.count)\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        head += "\r\n"
        return Data(head.utf8) + body
    }

    /// A JSON response with `body` as its text.
    static func json(_ status: Int, _ body: String, contentLength: Int? = nil) -> Data {
        make(status: status, headers: [("Content-Type", "application/json")], body: Data(body.utf8), contentLength: contentLength)
    }
}
