import HTTPTypes
import Logging

/// The pipeline's debug log lines for one logical call.
///
/// Lines are built only from method, URL, request id, try number, status and timing — never
/// from headers or bodies — so credentials, signatures and tokens cannot reach the logs.
struct PipelineLog {
    let logger: Logger
    let method: String
    let url: String
    let requestID: String

    init(logger: Logger, request: HTTPRequest) {
        self.logger = logger
        self.method = request.method.rawValue
        self.url = (request.scheme ?? "https") + "://" + (request.authority ?? "") + (request.path ?? "")
        self.requestID = request.headerFields[.xMsClientRequestID] ?? "-"
    }

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
