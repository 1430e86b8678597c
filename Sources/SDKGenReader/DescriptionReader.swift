import SDKGenIR

/// Reads the document-level parts (info, host, security, paths, definitions) of either dialect.
///
/// Hand-written: no library here reads Swagger 2.0 or Azure's `x-ms-*` extensions.
struct DescriptionReader {
    let root: Cursor
    let dialect: Dialect
    let resolver: ReferenceResolver
    let sink: DiagnosticSink

    private static let methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"]

    func read() throws -> APIDescription {
        guard let info = root["info"] else { throw root.error("missing required key 'info'") }
        guard case .object = info.value else { throw info.error("expected an object, found \(info.value.kindName)") }
        let schemas = SchemaTranslator(resolver: resolver, dialect: dialect, sink: sink)
        // Definitions first, in document order, so their names win over names of inline schemas.
        let definitions = dialect == .swagger2 ? root["definitions"] : root["components"]?["schemas"]
        for (name, definition) in try definitions?.members() ?? [] {
            try schemas.translateDefinition(name: name, cursor: definition)
        }
        let operationReader = OperationReader(root: root, dialect: dialect, resolver: resolver, schemas: schemas, sink: sink)
        var operations: [Operation] = []
        var seenIDs: [String: String] = [:]
        for pathsKey in ["paths", "x-ms-paths"] {
            for (path, item) in try root.objectMembers(pathsKey) {
                let pathItem = try resolver.dereference(item)
                for (key, operationCursor) in try pathItem.members() {
                    guard Self.methods.contains(key) else {
                        if !["parameters", "summary", "description", "servers"].contains(key), !key.hasPrefix("x-") {
                            sink.warn(operationCursor.warning("unknown key '\(key)' in a path item is ignored"))
                        }
                        continue
                    }
                    let operation = try operationReader.read(
                        path: path, method: key, cursor: operationCursor, pathItem: pathItem, fromExtensionPaths: pathsKey == "x-ms-paths")
                    if let earlier = seenIDs[operation.operationID] {
                        throw operationCursor.error("operationId '\(operation.operationID)' is also used at \(earlier); operationIds must be unique")
                    }
                    seenIDs[operation.operationID] = operation.location
                    operations.append(operation)
                }
            }
        }
        return APIDescription(
            title: try info.string("title") ?? "Client",
            summary: try info.string("description"),
            apiVersion: try info.string("version") ?? "",
            host: try hostTemplate(schemas: schemas),
            operations: operations,
            schemas: schemas.schemas.values.sorted { $0.name < $1.name },
            securitySchemes: try securitySchemes()
        )
    }

    private func hostTemplate(schemas: SchemaTranslator) throws -> HostTemplate {
        if dialect != .swagger2 {
            guard let server = try root.array("servers").first else {
                return HostTemplate(template: "{endpoint}", parameters: [Self.endpointParameter], useSchemePrefix: false, basePath: "")
            }
            var parameters: [Parameter] = []
            for (name, variable) in try server.objectMembers("variables") {
                parameters.append(Parameter(
                    name: name, clientName: nil, location: .host, isRequired: !variable.has("default"),
                    type: .string(format: nil), description: try variable.string("description"),
                    isClientParameter: true, skipsURLEncoding: true, defaultValue: variable["default"]?.value,
                    constraints: Constraints(), isConstant: false))
            }
            return HostTemplate(template: try server.requiredString("url"), parameters: parameters, useSchemePrefix: false, basePath: "")
        }
        let basePath = try root.string("basePath") ?? ""
        if let parameterized = root["x-ms-parameterized-host"] {
            var parameters: [Parameter] = []
            for element in try parameterized.array("parameters") {
                let parameter = try resolver.dereference(element)
                var read = try OperationReader(root: root, dialect: dialect, resolver: resolver, schemas: schemas, sink: sink)
                    .parameter(parameter, operationName: "Host")
                read.location = .host
                read.isClientParameter = true
                parameters.append(read)
            }
            return HostTemplate(
                template: try parameterized.requiredString("hostTemplate"), parameters: parameters,
                useSchemePrefix: try parameterized.bool("useSchemePrefix", default: true), basePath: basePath == "/" ? "" : basePath)
        }
        if let host = try root.string("host") {
            let scheme = try root.strings("schemes").contains("https") || !root.has("schemes") ? "https" : (try root.strings("schemes").first ?? "https")
            return HostTemplate(template: "\(scheme)://\(host)", parameters: [], useSchemePrefix: false, basePath: basePath == "/" ? "" : basePath)
        }
        return HostTemplate(template: "{endpoint}", parameters: [Self.endpointParameter], useSchemePrefix: false, basePath: basePath == "/" ? "" : basePath)
    }

    /// The endpoint a client takes when the description names no host.
    private static let endpointParameter = Parameter(
        name: "endpoint", clientName: nil, location: .host, isRequired: true, type: .string(format: "url"),
        description: "The service endpoint.", isClientParameter: true, skipsURLEncoding: true,
        defaultValue: nil, constraints: Constraints(), isConstant: false)

    private func securitySchemes() throws -> [SecurityScheme] {
        let definitions = dialect == .swagger2 ? root["securityDefinitions"] : root["components"]?["securitySchemes"]
        return try (definitions?.members() ?? []).map { name, definition in
            let scheme = try resolver.dereference(definition)
            var scopes: [String] = try scheme.objectMembers("scopes").map(\.key)
            for (_, flow) in try scheme.objectMembers("flows") {
                scopes.append(contentsOf: try flow.objectMembers("scopes").map(\.key))
            }
            let type = try scheme.string("type") ?? ""
            return SecurityScheme(
                name: name, type: type, summary: try scheme.string("description"),
                scopes: Array(Set(scopes)).sorted(),
                keyPlacement: type == "http" ? try scheme.string("scheme")?.lowercased() : try scheme.string("in"),
                parameterName: try scheme.string("name"), location: definition.location)
        }.sorted { $0.name < $1.name }
    }
}
