import Logging

/// Settings every generated client accepts, so applications configure all Azure clients alike.
public struct ClientOptions: Sendable {
    /// The service API version to call; nil uses the version the client was generated for.
    public var apiVersion: String?
    /// The HTTP transport; nil uses `URLSessionTransport()`.
    public var transport: (any HTTPTransport)?
    /// Retry behaviour for transient failures.
    public var retry: RetryOptions
    /// Where request/response lines are logged, at debug level; secrets are never logged.
    public var logger: Logger
    /// An application identifier put in front of the User-Agent, for service-side telemetry.
    public var applicationID: String?
    /// A limit for each single try (connect, send, receive); a timed-out try may be retried.
    public var perTryTimeout: Duration?
    /// A limit for the whole call including retries and their delays.
    public var overallTimeout: Duration?
    /// How long a long-running operation's poller waits between polls when the service sends no `Retry-After`
    /// (30 seconds, as azure-core for Python and Go).
    public var pollingInterval: Duration
    /// Your policies run once per logical call, around the retries, in order (first outermost); see `PipelinePolicy`.
    public var perCallPolicies: [any PipelinePolicy]
    /// Your policies run around each try, after signing, in order (first outermost); see `PipelinePolicy`.
    public var perTryPolicies: [any PipelinePolicy]

    /// Creates options; every parameter has a sensible default.
    public init(
        apiVersion: String? = nil,
        transport: (any HTTPTransport)? = nil,
        retry: RetryOptions = RetryOptions(),
        logger: Logger = Logger(label: "azure.sdk"),
        applicationID: String? = nil,
        perTryTimeout: Duration? = nil,
        overallTimeout: Duration? = nil,
        pollingInterval: Duration = .seconds(30),
        perCallPolicies: [any PipelinePolicy] = [],
        perTryPolicies: [any PipelinePolicy] = []
    ) {
        self.apiVersion = apiVersion
        self.transport = transport
        self.retry = retry
        self.logger = logger
        self.applicationID = applicationID
        self.perTryTimeout = perTryTimeout
        self.overallTimeout = overallTimeout
        self.pollingInterval = pollingInterval
        self.perCallPolicies = perCallPolicies
        self.perTryPolicies = perTryPolicies
    }
}
