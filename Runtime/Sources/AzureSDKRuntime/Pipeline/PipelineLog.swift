import HTTPTypes
import Logging

/// The pipeline's debug log lines for one logical call.
///
/// Lines are built only from method, URL, request id, try number, status and timing — never
/// from headers or bodies — so credentials, signatures and tokens cannot reach the logs.
///
/// The URL and request id are read from the request only when a line is logged: messages are
/// autoclosures that swift-log evaluates only at an enabled level.
struct PipelineLog {
    let logger: Logger
    let request: HTTPRequest

    init(logger: Logger, request: HTTPRequest) {
        self.logger = logger
        self.request = request
    }

    var method: String { request.method.rawValue }
    var url: String { (request.scheme ?? "https") + "://" + (request.authority ?? "") + (request.path ?? "") }
    var requestID: String { request.headerFields[.xMsClientRequestID] ?? "-" }

    func sending(try number: Int) {
        logger.debug("Request \(method) \(url) request-id=\(requestID) try=\(number)")
    }

    func received(try number: Int, status: Int, elapsed: Duration) {
        logger.debug("Response \(status) in \(Self.milliseconds(elapsed)) ms request-id=\(requestID) try=\(number)")
    }

    func failed(try number: Int, error: any Error, elapsed: Duration) {
        logger.debug(
            "Transport error \(type(of: error)) after \(Self.milliseconds(elapsed)) ms request-id=\(requestID) try=\(number)")
    }

    func retrying(after delay: Duration, nextTry: Int) {
        logger.debug("Retrying in \(Self.milliseconds(delay)) ms request-id=\(requestID) try=\(nextTry)")
    }

    static func milliseconds(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
    }
}
