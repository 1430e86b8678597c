import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Stops `URLSession` from following redirects by itself: it would carry `Authorization` and
/// the HMAC headers to wherever the `Location` points. The pipeline's `RedirectPolicy` decides instead.
final class RedirectBlocker: NSObject, URLSessionTaskDelegate, Sendable {
    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }
}
