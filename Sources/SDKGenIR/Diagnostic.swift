/// A problem found while reading or generating, with the place it concerns: the one located error type of the
/// reader, the emitter, the generator and the CLI (thrown with severity `error`), and the form of every warning.
public struct Diagnostic: Error, Codable, Sendable, Hashable, CustomStringConvertible {
    /// How bad it is.
    public enum Severity: String, Codable, Sendable, Hashable {
        /// Generation goes on; the output may lack what the warning names.
        case warning
        /// Generation stops.
        case error
    }

    /// How bad it is.
    public var severity: Severity
    /// The file, and a JSON pointer (`file#/paths/...`) or `file:line:column`.
    public var location: String
    /// What is wrong, and what was expected.
    public var message: String

    /// Creates a diagnostic.
    public init(severity: Severity, location: String, message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// An error: where (`file:line:column` or `file#/json/pointer`) and what is wrong, with what was expected.
    public init(location: String, message: String) {
        self.init(severity: .error, location: location, message: message)
    }

    /// `severity: location: message`, the form compilers use.
    public var description: String { "\(severity.rawValue): \(location): \(message)" }
}
