import SDKGenIR

/// What reading a description produced: the API and the warnings found on the way.
public struct ReadResult: Sendable {
    /// The API.
    public var api: APIDescription
    /// Warnings, in the order found. Each names its location.
    public var warnings: [Diagnostic]
}

/// Reads an API description — Swagger 2.0 or OpenAPI 3.0/3.1, JSON or YAML — into the IR.
public enum SpecReader {
    /// Reads the description at `path` (and every file it `$ref`s).
    ///
    /// - Throws: `Diagnostic` naming the file and position of the first problem.
    public static func read(path: String) throws -> ReadResult {
        let file = SourceFile(userPath: path)
        let store = DocumentStore()
        let root = Cursor(file: file, tokens: [], value: try store.document(file))
        guard case .object = root.value else {
            throw root.error("expected an object at the top of an API description, found \(root.value.kindName)")
        }
        let dialect: Dialect
        if let version = try root.string("swagger") {
            guard version.hasPrefix("2.") else { throw root["swagger"]!.error("unsupported Swagger version '\(version)', expected '2.0'") }
            dialect = .swagger2
        } else if let version = try root.string("openapi") {
            if version.hasPrefix("3.0") {
                dialect = .openAPI30
            } else if version.hasPrefix("3.1") {
                dialect = .openAPI31
            } else {
                throw root["openapi"]!.error("unsupported OpenAPI version '\(version)', expected 3.0.x or 3.1.x")
            }
        } else {
            throw root.error("not an API description: expected a top-level 'swagger: \"2.0\"' or 'openapi: 3.x' key")
        }
        let sink = DiagnosticSink()
        let resolver = ReferenceResolver(store: store)
        let reader = DescriptionReader(root: root, dialect: dialect, resolver: resolver, sink: sink)
        let api = try reader.read()
        return ReadResult(api: api, warnings: sink.diagnostics)
    }
}
