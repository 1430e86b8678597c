/// Public access to the emitter's naming rules, for tools that derive names (the CLI).
public enum SwiftIdentifier {
    /// A Swift type name for `text` (`communication identity` → `CommunicationIdentity`).
    public static func typeName(_ text: String) -> String {
        SwiftNaming.typeName(text)
    }

    /// `CommunicationIdentity` → `communication-identity`.
    public static func kebabCase(_ text: String) -> String {
        SwiftNaming.words(text).map { $0.lowercased() }.joined(separator: "-")
    }
}
