import Foundation

/// The IR as JSON, for `sdkgen ir` and for tools.
public enum IRJSON {
    /// Pretty-printed JSON with sorted keys: the same IR always gives the same bytes.
    public static func encode(_ api: APIDescription) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(api)
    }
}
