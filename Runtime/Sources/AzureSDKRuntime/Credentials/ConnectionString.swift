import Foundation

/// An Azure Communication Services connection string:
/// `endpoint=https://<resource>.communication.azure.com/;accesskey=<base64>`.
///
/// Parsing is forgiving where the portal and users vary (name case, order, whitespace, trailing
/// slash, unknown parts; a repeated name takes the last value, as the other SDKs do) and strict
/// where a mistake would only fail later (missing parts, bad URL, non-base64 key).
public struct ConnectionString: Sendable, CustomStringConvertible, CustomReflectable {
    /// The resource endpoint, without a trailing slash.
    public let endpoint: URL
    /// The base64 access key.
    public let accessKey: String

    /// Parses `text`.
    /// - Throws: `ConnectionStringError`, whose message never contains the access key.
    public init(parsing text: String) throws {
        var values: [String: String] = [:]
        var position = 0
        for rawPart in text.split(separator: ";", omittingEmptySubsequences: false) {
            let part = rawPart.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !part.isEmpty else { continue }
            position += 1
            guard let equals = part.firstIndex(of: "=") else {
                throw ConnectionStringError(.malformedPart(position: position))
            }
            let name = part[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            values[name] = part[part.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        }
        guard position > 0 else { throw ConnectionStringError(.empty) }
        guard let endpointText = values["endpoint"], !endpointText.isEmpty else {
            throw ConnectionStringError(.missingEndpoint)
        }
        guard let accessKey = values["accesskey"], !accessKey.isEmpty else {
            throw ConnectionStringError(.missingAccessKey)
        }
        guard let endpoint = Self.normalisedEndpoint(endpointText) else {
            throw ConnectionStringError(.invalidEndpoint)
        }
        guard let keyBytes = Data(base64Encoded: accessKey), !keyBytes.isEmpty else {
            throw ConnectionStringError(.invalidAccessKey)
        }
        self.endpoint = endpoint
        self.accessKey = accessKey
    }

    /// `text` as an http(s) URL with a host and without trailing slashes; nil otherwise.
    private static func normalisedEndpoint(_ text: String) -> URL? {
        var trimmed = text
        while trimmed.hasSuffix("/") { trimmed.removeLast() }
        guard let components = URLComponents(string: trimmed),
            let scheme = components.scheme?.lowercased(), scheme == "https" || scheme == "http",
            let host = components.host, !host.isEmpty,
            components.query == nil, components.fragment == nil
        else { return nil }
        return components.url
    }

    /// Shows the endpoint only; the key is redacted.
    public var description: String { "ConnectionString(endpoint: \(endpoint.absoluteString), accessKey: <redacted>)" }

    /// A mirror without the key, so `dump` cannot reveal it.
    public var customMirror: Mirror { Mirror(self, children: ["endpoint": endpoint]) }
}
