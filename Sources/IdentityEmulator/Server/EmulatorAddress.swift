import Foundation

/// Where a running emulator listens, and how to connect to it.
public struct EmulatorAddress: Sendable, Hashable {
    /// The bound port (the real one when 0 was asked for).
    public let port: Int
    /// The endpoint, e.g. `http://127.0.0.1:8080`.
    public let endpoint: URL
    /// A connection string for `CommunicationIdentityClient(connectionString:)`, with the first access key.
    public let connectionString: String

    /// The address of an emulator configured by `configuration` that bound `port`.
    init(configuration: EmulatorConfiguration, port: Int) {
        let scheme = configuration.tls == nil ? "http" : "https"
        let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
        self.port = port
        self.endpoint = URL(string: "\(scheme)://\(host):\(port)")!
        self.connectionString = "endpoint=\(scheme)://\(host):\(port)/;accesskey=\(configuration.accessKeys.first ?? "")"
    }
}
