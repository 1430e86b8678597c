import SDKGenIR

/// The kind of description being read; schema rules differ slightly between them.
enum Dialect: Sendable {
    /// Swagger 2.0, as Azure publishes.
    case swagger2
    /// OpenAPI 3.0.x (`nullable: true`).
    case openAPI30
    /// OpenAPI 3.1.x (`type: [T, "null"]`).
    case openAPI31
}

/// Collects warnings in the order they are found.
final class DiagnosticSink {
    private(set) var diagnostics: [Diagnostic] = []

    func warn(_ diagnostic: Diagnostic) {
        // The same schema can be reached along several paths; say each thing once.
        if !diagnostics.contains(diagnostic) { diagnostics.append(diagnostic) }
    }
}
