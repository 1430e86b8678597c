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
            } catch let error as Diagnostic {
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
            examples.append(Example(title: title, parameters: parameters, responses: responses, file: file, location: example.location))
        }
        if examples.isEmpty, let example = try openAPIExample(of: operation) {
            examples.append(example)
        }
        return examples.sorted { $0.title < $1.title }
    }

    /// OpenAPI 3 keeps examples next to what they show: on parameters, and on the media types of
    /// the request body and responses. They are gathered into one example so that generated tests
    /// can use them like `x-ms-examples`.
    private func openAPIExample(of operation: Cursor) throws -> Example? {
        var parameters: [String: JSONValue] = [:]
        var responses: [String: JSONValue] = [:]
        for element in try operation.array("parameters") {
            let parameter = try resolver.dereference(element)
            if let name = try parameter.string("name"), let value = try Self.exampleValue(parameter) ?? parameter["schema"].flatMap(Self.exampleValue) {
                parameters[name] = value
            }
        }
        if let body = try operation["requestBody"].map(resolver.dereference),
           let (_, media) = OperationReader.preferredMedia(try body.objectMembers("content")),
           let value = try Self.exampleValue(media) {
            parameters[try body.string("x-ms-requestBody-name") ?? "body"] = value
        }
        for (status, raw) in try operation.objectMembers("responses") {
            let response = try resolver.dereference(raw)
            let content = try response.objectMembers("content")
            if content.isEmpty, status.hasPrefix("2") {
                responses[status] = .null
            } else if let (_, media) = OperationReader.preferredMedia(content), let value = try Self.exampleValue(media) {
                responses[status] = value
            }
        }
        // Only when the description gave at least one example value: nothing is made up.
        guard !parameters.isEmpty || responses.values.contains(where: { $0 != .null }) else { return nil }
        return Example(title: "OpenAPI example", parameters: parameters, responses: responses, file: nil)
    }

    /// `example`, or the first entry of `examples` (its `value`).
    private static func exampleValue(_ cursor: Cursor) throws -> JSONValue? {
        if let value = cursor["example"]?.value { return value }
        return try cursor.objectMembers("examples").first?.cursor["value"]?.value
    }
}
