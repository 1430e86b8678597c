import SDKGenIR

/// How a request or response body travels: JSON through `Codable`, or as it is (text or bytes).
///
/// Decided from the media types and the schema: a `format: binary` / `type: file` schema is bytes whatever the
/// media type says; otherwise any JSON media type means JSON, `text/*` means text, and anything else (octet-stream,
/// images, audio, PDF…) means bytes.
enum BodyEncoding: Equatable {
    case json
    case text
    case binary

    init(contentTypes: [String], type: TypeReference?) {
        let mediaTypes = contentTypes.map { $0.lowercased() }
        let isText = mediaTypes.first { !$0.contains("json") }?.hasPrefix("text/") == true
        if case .string(let format)? = type?.nonNullable, format == "binary" {
            self = isText && !mediaTypes.contains { $0.contains("json") } ? .text : .binary
        } else if mediaTypes.isEmpty || mediaTypes.contains(where: { $0.contains("json") }) {
            self = .json
        } else {
            self = isText ? .text : .binary
        }
    }

    /// The Swift type of such a body, nil for JSON (the schema decides).
    var swiftType: String? {
        switch self {
        case .json: return nil
        case .text: return "String"
        case .binary: return "Data"
        }
    }
}
