/// The service's rules for token requests and custom ids.
enum TokenRules {
    /// The scopes the service knows.
    static let knownScopes: Set<String> = ["chat", "voip", "chat.join", "chat.join.limited", "voip.join"]

    /// Validity in minutes: 1440 when not given, otherwise within [60, 1440].
    static func minutes(_ value: Int?) throws -> Int {
        guard let value else { return 1440 }
        guard (60...1440).contains(value) else {
            throw ServiceFailure.validation(
                "ExpiresInMinutes value \(value) is invalid. Value must be within the [60, 1440] interval.",
                target: "ExpiresInMinutes")
        }
        return value
    }

    /// The scope names, after checking there is at least one and each is known.
    static func scopes(_ scopes: [String], target: String) throws -> [String] {
        guard !scopes.isEmpty else { throw ServiceFailure.validation("\(target) must contain at least one scope.", target: target) }
        for (index, scope) in scopes.enumerated() where !knownScopes.contains(scope) {
            throw ServiceFailure.validation("Scope '\(scope)' is invalid.", target: "\(target)[\(index)]")
        }
        return scopes
    }

    /// A custom id must have 1 to 256 characters.
    static func checkCustomID(_ customId: String) throws {
        guard !customId.isEmpty else { throw ServiceFailure.validation("CustomId must not be empty.", target: "CustomId") }
        guard customId.count <= 256 else {
            throw ServiceFailure.validation("CustomId length must not exceed 256 characters.", target: "CustomId")
        }
    }
}
