/// The client was created with an endpoint URL that has no scheme or host.
///
/// Thrown from `send` rather than trapping in `init`, so a bad configuration value surfaces
/// as an ordinary error the application can report.
public struct InvalidEndpointError: Error, Sendable, CustomStringConvertible {
    /// The endpoint as given.
    public let endpoint: String

    /// A readable explanation.
    public var description: String {
        "The endpoint \"\(endpoint)\" is not an absolute http(s) URL with a host."
    }
}
