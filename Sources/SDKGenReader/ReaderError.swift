import SDKGenIR

/// A reader failure: where it happened and what was expected.
///
/// `location` is `file:line:column` for syntax errors and `file#/json/pointer`
/// for errors in a well-formed document.
public struct ReaderError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file and position.
    public var location: String
    /// What is wrong and what was expected.
    public var message: String

    /// Creates an error.
    public init(location: String, message: String) {
        self.location = location
        self.message = message
    }

    /// The error as a diagnostic.
    public var diagnostic: Diagnostic {
        Diagnostic(severity: .error, location: location, message: message)
    }

    /// `error: location: message`.
    public var description: String { diagnostic.description }
}
