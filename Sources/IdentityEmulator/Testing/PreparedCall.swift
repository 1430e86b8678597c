import AzureSDKRuntime
import Foundation

/// What a prepared call is to meet at the emulator.
public enum CallOutcome: Sendable, Hashable {
    /// Success: what the call refers to exists, and an exchange's token is accepted.
    case success
    /// 404: the identity or assignment the call names does not exist (operations that name one by path).
    case notFound
}

/// The arguments of one call that will succeed against a running emulator, for end-to-end tests generated
/// with an SDK: the test decodes each argument into the SDK's own types, makes the call, and compares what the
/// SDK sent and decoded with `RunningEmulator.recordedExchanges()`.
///
/// Values start from the description's first example (or, without one, are made up from the schemas); for the
/// operations the emulator knows, it then makes them valid: it creates the identity or assignment a call refers
/// to, and mints the Entra token an exchange needs.
public struct PreparedCall: Sendable {
    /// The operation, as the description names it.
    public let operationID: String
    /// The api-version the values fit.
    public let apiVersion: String
    /// Parameter values by wire name, as JSON.
    public let arguments: [String: Data]
    /// The request body as JSON; nil when the call sends none.
    public let body: Data?
    /// The bearer token the call must be authorized with (the Teams Phone and Entra exchanges trade the caller's own
    /// Entra token); nil: sign with the access key.
    public let bearerToken: String?
    /// Where the values came from, for failure messages: an example's title, or `the schemas`.
    public let source: String

    /// Thrown when a test asks for a value the call does not have, or one that does not decode as asked.
    public struct ArgumentError: Error, CustomStringConvertible {
        /// What went wrong.
        public let description: String
    }

    /// Reads dates as RFC 3339, like a client, and also as HTTP dates: example files give header dates
    /// (`Repeatability-First-Sent`) as IMF-fixdate even where the description says `date-time`.
    private static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = JSONCoding.date(from: text) ?? RFC1123Date.date(from: text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "Expected an RFC 3339 or HTTP date, found \"\(text)\"")
            }
            return date
        }
        return decoder
    }()

    /// The value of parameter `name`, decoded as `T` the way a client decodes JSON.
    public func argument<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
        guard let value = try optionalArgument(type, name) else {
            throw ArgumentError(description: "\(operationID): no value for '\(name)' in \(source)")
        }
        return value
    }

    /// The value of parameter `name` decoded as `T`, or nil when the call leaves it out.
    public func optionalArgument<T: Decodable>(_ type: T.Type, _ name: String) throws -> T? {
        guard let data = arguments[name] else { return nil }
        return try decode(type, data, what: "'\(name)'")
    }

    /// The body decoded as `T`.
    public func body<T: Decodable>(_ type: T.Type) throws -> T {
        guard let body else { throw ArgumentError(description: "\(operationID): no request body in \(source)") }
        return try decode(type, body, what: "the body")
    }

    /// The body decoded as `T`, or nil when the call sends none.
    public func optionalBody<T: Decodable>(_ type: T.Type) throws -> T? {
        guard let body else { return nil }
        return try decode(type, body, what: "the body")
    }

    private func decode<T: Decodable>(_ type: T.Type, _ data: Data, what: String) throws -> T {
        do {
            return try Self.decoder.decode(T.self, from: data)
        } catch {
            throw ArgumentError(description: "\(operationID): \(what) from \(source) does not decode as \(T.self): \(error)")
        }
    }
}
