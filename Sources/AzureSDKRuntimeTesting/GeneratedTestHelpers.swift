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
