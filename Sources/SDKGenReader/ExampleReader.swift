import SDKGenIR

/// Reads `x-ms-examples` (inline or `$ref`ed files in Azure's example format).
///
/// A missing example file is a warning, not an error: Azure's own specs reference
/// example files that were never published, and examples do not change the client.
struct ExampleReader {
    let resolver: ReferenceResolver
    let sink: DiagnosticSink

    func examples(of operation: Cursor, requestBody: RequestBody?) throws -> [Example] {
        var examples: [Example] = []
        for (title, entry) in try operation.objectMembers("x-ms-examples") {
            let example: Cursor
            do {
                example = try resolver.dereference(entry)
            } catch let error as ReaderError {
                sink.warn(Diagnostic(severity: .warning, location: error.location, message: "example '\(title)' skipped: \(error.message)"))
                continue
            }
            var parameters: [String: JSONValue] = [:]
            for (name, value) in try example.objectMembers("parameters") { parameters[name] = value.value }
            var responses: [String: JSONValue] = [:]
            for (status, response) in try example.objectMembers("responses") {
                responses[status] = response["body"]?.value ?? .null
            }
            let file = try entry.string("$ref").map { ref in String(ref.split(separator: "#").first ?? Substring(ref)) }
            examples.append(Example(title: title, parameters: parameters, responses: responses, file: file))
        }
        return examples.sorted { $0.title < $1.title }
    }
}
