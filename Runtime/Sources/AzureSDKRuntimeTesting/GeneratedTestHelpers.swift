import AzureSDKRuntime
import Foundation

// Helpers the generated tests of every SDK call; kept here so each generated test target
// does not carry its own copy.

/// JSON text as `Data`.
public func jsonData(_ text: String) -> Data {
    Data(text.utf8)
}

/// Decodes `json` with the runtime's decoder, as a client decodes responses.
public func decodeJSON<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
    try JSONCoding.makeDecoder().decode(type, from: jsonData(json))
}

/// Encodes `value` with the runtime's encoder, as a client encodes requests.
public func encodeJSON<T: Encodable>(_ value: T) throws -> Data {
    try JSONCoding.makeEncoder().encode(value)
}

/// Every item of a paged call.
public func collect<Item>(_ items: PagedItems<Item>) async throws -> [Item] {
    var result: [Item] = []
    for try await item in items {
        result.append(item)
    }
    return result
}

/// An example value the generated tests cannot take as written: the text is not in the form its description declares.
public struct ExampleValueError: Error, CustomStringConvertible {
    /// What was expected and what the example gave.
    public let description: String
}

/// The instant of an IMF-fixdate (`format: date-time-rfc1123`) from an example; throws when `text` is not one.
///
/// A throwing function rather than `#require`: the generated call passes the value where an optional may be expected,
/// and `#require` would then check the wrapping optional instead.
public func exampleIMFFixdate(_ text: String) throws -> Date {
    guard let date = RFC1123Date.date(from: text) else {
        throw ExampleValueError(description: "not an IMF-fixdate: \"\(text)\"")
    }
    return date
}

/// The UUID of an example's `format: uuid` value, in any case; throws when `text` is not one.
public func exampleUUID(_ text: String) throws -> UUID {
    guard let uuid = UUID(uuidString: text) else {
        throw ExampleValueError(description: "not a UUID: \"\(text)\"")
    }
    return uuid
}
