/// A failure of the generation job that is not a problem of the description itself
/// (bad configuration, unwritable output, a template error).
public struct GeneratorError: Error, Sendable, CustomStringConvertible {
    /// The file (and position) concerned.
    public var location: String
    /// What is wrong and what was expected.
    public var message: String

    /// Creates an error.
    public init(location: String, message: String) {
        self.location = location
        self.message = message
    }

    /// The error as a diagnostic.
    public var diagnostic: Diagnostic { Diagnostic(severity: .error, location: location, message: message) }

    /// `error: location: message`.
    public var description: String { diagnostic.description }
}
