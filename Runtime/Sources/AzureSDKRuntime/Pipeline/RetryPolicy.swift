import Foundation
import HTTPTypes
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Decides whether a failed try is retried and how long to wait first.
struct RetryPolicy: Sendable {
    let options: RetryOptions

    /// Statuses that signal a transient condition for idempotent requests.
    static let retryableStatuses: Set<Int> = [408, 429, 500, 502, 503, 504]
    /// Statuses after which even POST/PATCH may be retried: the service did not act on them.
    static let nonIdempotentRetryableStatuses: Set<Int> = [500, 503, 504]

    /// Whether `method` may be repeated without risk of doing the work twice.
    static func isIdempotent(_ method: HTTPRequest.Method) -> Bool {
        method != .post && method != .patch
    }

    /// Whether a response with `status` is worth another try. POST/PATCH are retried only on
    /// 500/503/504, or on another retryable status when the server asked for it with Retry-After —
    /// unless they are `repeatable` (they carry `Repeatability-Request-ID`: the service runs them once
    /// however often they arrive), which makes them as safe to repeat as a GET.
    func shouldRetry(status: Int, method: HTTPRequest.Method, hasRetryAfter: Bool, repeatable: Bool = false) -> Bool {
        guard Self.retryableStatuses.contains(status) else { return false }
        if Self.isIdempotent(method) || repeatable { return true }
        return Self.nonIdempotentRetryableStatuses.contains(status) || hasRetryAfter
    }

    /// Whether a transport error is worth another try. Idempotent requests retry any transport
    /// failure (including a per-try timeout); POST/PATCH only when the connection was never made,
    /// because otherwise the service may already have acted.
    func shouldRetry(error: any Error, method: HTTPRequest.Method, repeatable: Bool = false) -> Bool {
        if error is CancellationError || error is ResponseTooLargeError { return false }
        if Self.isIdempotent(method) || repeatable { return true }
        guard let urlError = error as? URLError else { return false }
        switch urlError.code {
        case .cannotFindHost, .cannotConnectToHost, .dnsLookupFailed, .notConnectedToInternet:
            return true
        default:
            return false
        }
    }

    /// The delay before retry number `retry` (0 for the first): uniformly random between zero
    /// and `min(maxDelay, baseDelay · 2^retry)` ("full jitter").
    func backoff(retry: Int) -> Duration {
        let base = Self.seconds(options.baseDelay)
        let bound = min(Self.seconds(options.maxDelay), base * pow(2, Double(min(retry, 62))))
        guard bound > 0 else { return .zero }
        return .nanoseconds(Int64(Double.random(in: 0...bound) * 1e9))
    }

    /// `duration` in (fractional) seconds.
    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
