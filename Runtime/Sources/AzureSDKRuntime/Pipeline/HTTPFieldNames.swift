import HTTPTypes

/// Header names the runtime sets or reads, spelled once.
extension HTTPField.Name {
    static let xMsClientRequestID = Self("x-ms-client-request-id")!
    static let xMsReturnClientRequestID = Self("x-ms-return-client-request-id")!
    static let xMsRequestID = Self("x-ms-request-id")!
    static let msCV = Self("MS-CV")!
    static let xMsDate = Self("x-ms-date")!
    static let xMsContentSHA256 = Self("x-ms-content-sha256")!
    static let retryAfterMs = Self("retry-after-ms")!
    static let xMsRetryAfterMs = Self("x-ms-retry-after-ms")!
    static let xMsErrorCode = Self("x-ms-error-code")!
    static let operationLocation = Self("Operation-Location")!
    static let azureAsyncOperation = Self("Azure-AsyncOperation")!
    static let repeatabilityRequestID = Self("Repeatability-Request-ID")!
    static let repeatabilityFirstSent = Self("Repeatability-First-Sent")!
}
