/// Turns a `DecodingError` from a request body into the 400 the service gives for an invalid body.
enum DecodingFailure {
    /// A `ValidationError` naming the field the way the service does (`ExpiresInMinutes`, `Scopes[0]`).
    static func validationFailure(for error: any Error) -> ServiceFailure {
        guard let error = error as? DecodingError else {
            return .validation("The request body is not valid JSON.")
        }
        switch error {
        case .keyNotFound(let key, let context):
            let target = fieldPath(context.codingPath + [key])
            return .validation("The \(target) field is required.", target: target)
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            guard !context.codingPath.isEmpty else { return .validation("The request body is not valid JSON.") }
            let target = fieldPath(context.codingPath)
            return .validation("The value of \(target) is invalid.", target: target)
        @unknown default:
            return .validation("The request body is not valid JSON.")
        }
    }

    /// `createTokenWithScopes[1]` → `CreateTokenWithScopes[1]`: .NET property names, JSON indexes.
    static func fieldPath(_ path: [any CodingKey]) -> String {
        var out = ""
        for key in path {
            if let index = key.intValue {
                out += "[\(index)]"
            } else {
                if !out.isEmpty { out += "." }
                out += key.stringValue.prefix(1).uppercased() + key.stringValue.dropFirst()
            }
        }
        return out
    }
}
