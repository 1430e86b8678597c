import Foundation
import HTTPTypes

extension HTTPPipeline {
    /// Runs tries until one returns an expected status, retries are exhausted, or an error is final; returns the
    /// last response whatever its status (the caller turns an unexpected one into `ServiceError`, after per-call
    /// policies have seen it).
    func sendWithRetries(_ prepared: HTTPRequest, body: Data?, expecting: Set<Int>) async throws -> PipelineResponse {
        let log = PipelineLog(logger: options.logger, request: prepared)
        let maxRetries = max(0, options.retry.maxRetries)
        var retry = 0
        var redirects = 0
        var current = prepared
        var method = prepared.method
        var body = body
        // Set once before the first try, the repeatability headers stay the same on every try.
        let repeatable = prepared.headerFields[HTTPField.Name.repeatabilityRequestID] != nil
        while true {
            try Task.checkCancellation()
            var attempt = current
            // Credentials go only to the endpoint's own host, never to another one a next link names.
            if isEndpointHost(attempt) {
                try await credential.authorize(&attempt, body: body ?? Data())
            }
            log.sending(try: retry + 1)
            let started = ContinuousClock.now

            let result: (HTTPResponse, Data)
            do {
                let toSend = attempt
                let bodyToSend = body
                result = try await Timeout.run(options.perTryTimeout, kind: .perTry) {
                    guard !self.options.perTryPolicies.isEmpty else { return try await self.transport.send(toSend, body: bodyToSend) }
                    return try await Self.run(self.options.perTryPolicies[...], toSend, body: bodyToSend) { request, body in
                        try await self.transport.send(request, body: body)
                    }
                }
            } catch {
                if Task.isCancelled { throw CancellationError() }
                log.failed(try: retry + 1, error: error, elapsed: ContinuousClock.now - started)
                guard retry < maxRetries, retryPolicy.shouldRetry(error: error, method: method, repeatable: repeatable) else { throw error }
                try await wait(retryPolicy.backoff(retry: retry), log: log, retry: retry)
                retry += 1
                continue
            }

            let response = PipelineResponse(status: result.0.status.code, headerFields: result.0.headerFields, body: result.1)
            log.received(try: retry + 1, status: response.status, elapsed: ContinuousClock.now - started)
            if expecting.contains(response.status) { return response }
            if RedirectPolicy.isRedirect(response.status), redirects < RedirectPolicy.maxRedirects,
               let next = RedirectPolicy.follow(status: response.status, headers: response.headerFields, from: current, body: body) {
                redirects += 1
                current = next.request
                method = next.request.method
                body = next.body
                continue
            }

            let retryAfter = RetryAfter.delay(in: response.headerFields, now: Date())
            guard retry < maxRetries,
                retryPolicy.shouldRetry(status: response.status, method: method, hasRetryAfter: retryAfter != nil, repeatable: repeatable)
            else { return response }
            try await wait(retryAfter ?? retryPolicy.backoff(retry: retry), log: log, retry: retry)
            retry += 1
        }
    }

    /// Whether `request` goes to the endpoint's scheme and authority.
    private func isEndpointHost(_ request: HTTPRequest) -> Bool {
        guard let parts = endpointParts, let scheme = request.scheme, let authority = request.authority else { return false }
        return Self.equalIgnoringASCIICase(scheme, parts.scheme) && Self.equalIgnoringASCIICase(authority, parts.authority)
    }

    /// ASCII case-insensitive equality without allocating lower-cased copies (runs on every try).
    static func equalIgnoringASCIICase(_ first: String, _ second: String) -> Bool {
        first.utf8.elementsEqual(second.utf8) { a, b in
            a == b || (a | 0x20 == b | 0x20 && (a | 0x20) >= UInt8(ascii: "a") && (a | 0x20) <= UInt8(ascii: "z"))
        }
    }

    /// Sleeps before a retry; cancellation ends the sleep (and the call) at once.
    private func wait(_ delay: Duration, log: PipelineLog, retry: Int) async throws {
        log.retrying(after: delay, nextTry: retry + 2)
        try await sleep(delay)
    }
}
