import SDKGenIR

/// Reads one operation (parameters, body, responses, Azure extensions, examples).
struct OperationReader {
    let root: Cursor
    let dialect: Dialect
    let resolver: ReferenceResolver
    let schemas: SchemaTranslator
    let sink: DiagnosticSink

    func read(path rawPath: String, method: String, cursor: Cursor, pathItem: Cursor, fromExtensionPaths: Bool) throws -> Operation {
        ExtensionAudit.check(cursor, sink: sink)
        let tags = try cursor.strings("tags")
        let operationID: String
        if let id = try cursor.string("operationId"), !id.isEmpty {
            operationID = id
        } else {
            operationID = Naming.pascalCase(method + " " + rawPath)
            sink.warn(cursor.warning("no 'operationId': the operation is named '\(operationID)'"))
        }
        let (group, name) = Operation.groupAndName(operationID: operationID, tags: tags)
        let typeName = Naming.pascalCase(operationID)

        // x-ms-paths keys may carry a fixed query ("/resource?op=restart") to tell overloads apart.
        var path = rawPath
        var parameters: [Parameter] = []
        if let question = rawPath.firstIndex(of: "?") {
            path = String(rawPath[..<question])
            for pair in rawPath[rawPath.index(after: question)...].split(separator: "&") {
                // Empty pieces kept: `/a?=x` (no name) would otherwise split into one part, `/a?=` into none.
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                guard !parts[0].isEmpty else {
                    sink.warn(cursor.warning("'\(pair)' in the path's query has no name; ignored"))
                    continue
                }
                parameters.append(Parameter(
                    name: String(parts[0]), clientName: nil, location: .query, isRequired: true, type: .string(format: nil),
                    description: nil, isClientParameter: false, skipsURLEncoding: false,
                    defaultValue: .string(parts.count > 1 ? String(parts[1]) : ""), constraints: Constraints(), isConstant: true))
            }
            if !fromExtensionPaths {
                sink.warn(cursor.warning("a query string in a 'paths' key is only valid in 'x-ms-paths'; read as fixed query parameters"))
            }
        }

        var body: RequestBody?
        let declared = try mergedParameters(pathLevel: pathItem.array("parameters"), operationLevel: cursor.array("parameters"))
        let consumes = try cursor.has("consumes") ? cursor.strings("consumes") : root.strings("consumes")
        for parameterCursor in declared {
            switch try parameterCursor.string("in") {
            case "body":
                body = RequestBody(
                    name: try parameterCursor.string("x-ms-client-name") ?? parameterCursor.requiredString("name"),
                    description: try parameterCursor.string("description"),
                    isRequired: try parameterCursor.bool("required"),
                    contentTypes: consumes.isEmpty ? ["application/json"] : consumes,
                    type: try bodyType(parameterCursor["schema"], owner: parameterCursor, nameHint: typeName + "Body"),
                    parameterIndex: parameters.count, isFlattened: try parameterCursor.bool("x-ms-client-flatten"))
            case "formData":
                sink.warn(parameterCursor.warning("form parameters are not supported: '\(try parameterCursor.string("name") ?? "")' is not generated"))
            case "cookie":
                sink.warn(parameterCursor.warning("cookie parameters are not supported: '\(try parameterCursor.string("name") ?? "")' is not generated"))
            default:
                parameters.append(try parameter(parameterCursor, operationName: typeName))
            }
        }
        if let requestBody = cursor["requestBody"] {
            body = try openAPIRequestBody(try resolver.dereference(requestBody), nameHint: typeName + "Body")
        }
        if var fixed = body {
            fixed.type = try mergePatchFixup(fixed, at: cursor)
            body = fixed
            if !fixed.contentTypes.isEmpty, !fixed.contentTypes.contains(where: Self.isJSON),
                fixed.contentTypes.allSatisfy(Self.isForm)
            {
                sink.warn(cursor.warning(
                    "request bodies of media type \(fixed.contentTypes.joined(separator: ", ")) are not supported: the body is sent as bytes"))
            }
        }

        let (responses, errorResponse) = try readResponses(cursor, typeName: typeName)
        var paging: Paging?
        if let pageable = cursor["x-ms-pageable"] {
            let nextLink: String? = pageable["nextLinkName"].map { $0.value == .null ? nil : $0.value.stringValue } ?? "nextLink"
            paging = Paging(nextLinkName: nextLink, itemName: try pageable.string("itemName") ?? "value")
            if pageable.has("operationName") {
                sink.warn(pageable.warning("'operationName' is not supported: next pages are fetched with GET on the next link"))
            }
        }
        let isLongRunning = try cursor.bool("x-ms-long-running-operation")
        let finalStateVia = try self.finalStateVia(cursor, isLongRunning: isLongRunning)
        return Operation(
            operationID: operationID, group: group, name: name, method: method.uppercased(), path: path,
            summary: try cursor.string("summary"), description: try cursor.string("description"), tags: tags,
            parameters: parameters, requestBody: body, responses: responses, errorResponse: errorResponse,
            paging: paging, isLongRunning: isLongRunning, finalStateVia: finalStateVia, isDeprecated: try cursor.bool("deprecated"),
            examples: try ExampleReader(resolver: resolver, sink: sink).examples(of: cursor, requestBody: body),
            location: cursor.location, isInternal: try cursor.bool("x-ms-internal"))
    }

    /// `x-ms-long-running-operation-options.final-state-via`, checked against the values autorest defines.
    private func finalStateVia(_ cursor: Cursor, isLongRunning: Bool) throws -> String? {
        guard let options = cursor["x-ms-long-running-operation-options"] else { return nil }
        if !isLongRunning {
            sink.warn(options.warning("long-running options on an operation without 'x-ms-long-running-operation: true' are ignored"))
            return nil
        }
        guard let via = try options.string("final-state-via") else { return nil }
        let known = ["azure-async-operation", "location", "original-uri", "operation-location"]
        guard known.contains(via) else {
            sink.warn((options["final-state-via"] ?? options).warning(
                "final-state-via '\(via)' is not one of \(known.joined(separator: ", ")); the poller uses its defaults"))
            return nil
        }
        return via
    }

    /// Path-level parameters, overridden by operation-level ones with the same name and location.
    private func mergedParameters(pathLevel: [Cursor], operationLevel: [Cursor]) throws -> [Cursor] {
        var result = try pathLevel.map { try resolver.dereference($0) }
        for parameter in try operationLevel.map({ try resolver.dereference($0) }) {
            let key = (try parameter.string("name"), try parameter.string("in"))
            if let index = try result.firstIndex(where: { (try $0.string("name"), try $0.string("in")) == key }) {
                result[index] = parameter
            } else {
                result.append(parameter)
            }
        }
        return result
    }

    /// A path, query or header parameter (Swagger keeps the type inline, OpenAPI 3 under `schema`).
    func parameter(_ cursor: Cursor, operationName: String) throws -> Parameter {
        ExtensionAudit.check(cursor, sink: sink)
        let name = try cursor.requiredString("name")
        let location: ParameterLocation
        switch try cursor.requiredString("in") {
        case "path": location = .path
        case "query": location = .query
        case "header": location = .header
        case let other: throw (cursor["in"] ?? cursor).error("unknown parameter location '\(other)', expected path, query, header or body")
        }
        let schemaCursor = cursor["schema"] ?? cursor
        let type = try schemas.typeReference(schemaCursor, nameHint: operationName + Naming.pascalCase(name))
        let collectionFormat = try self.collectionFormat(cursor, type: type, location: location)
        let locationExtension = try cursor.string("x-ms-parameter-location")
        let isRequired = try location == .path || cursor.bool("required")
        let prefix = try headerCollectionPrefix(cursor, type: type, location: location)
        return Parameter(
            name: name, clientName: try cursor.string("x-ms-client-name"), location: location,
            isRequired: isRequired, type: prefix == nil ? type : .map(.string(format: nil)),
            description: try cursor.string("description"),
            isClientParameter: locationExtension == "client" || (location == .query && name == "api-version"),
            skipsURLEncoding: try cursor.bool("x-ms-skip-url-encoding"),
            defaultValue: schemas.defaultValue(cursor["default"] ?? schemaCursor["default"], type: type),
            constraints: try schemas.constraints(schemaCursor), isConstant: false, collectionFormat: collectionFormat,
            clientDefaultValue: try clientDefault(cursor, location: location, hasPrefix: prefix != nil),
            isClientRequestID: try clientRequestID(cursor, location: location),
            headerCollectionPrefix: prefix, grouping: try grouping(cursor, location: location),
            odataModel: try odataModel(cursor))
    }

    /// `x-ms-client-default`: sent for nil by the client. Only query and header values can be left to it; a path
    /// parameter always takes the caller's value (as with `default`).
    private func clientDefault(_ cursor: Cursor, location: ParameterLocation, hasPrefix: Bool) throws -> JSONValue? {
        guard let value = cursor["x-ms-client-default"] else { return nil }
        guard location == .query || location == .header, !hasPrefix, value.value != .null else {
            sink.warn(value.warning("'x-ms-client-default' applies to query and header values only: ignored here"))
            return nil
        }
        return value.value
    }

    /// `x-ms-client-request-id: true`, which only means something on a header.
    private func clientRequestID(_ cursor: Cursor, location: ParameterLocation) throws -> Bool {
        guard try cursor.bool("x-ms-client-request-id") else { return false }
        guard location == .header else {
            sink.warn((cursor["x-ms-client-request-id"] ?? cursor).warning(
                "'x-ms-client-request-id' applies to header parameters only: ignored on a \(location.rawValue) parameter"))
            return false
        }
        return true
    }

    /// `x-ms-header-collection-prefix` on a header whose values are strings (Swagger writes `type: string`, OpenAPI 3
    /// and Azure's newer descriptions a string map): the parameter becomes a `[String: String]` map. Anywhere else
    /// it is ignored with a warning.
    private func headerCollectionPrefix(_ cursor: Cursor, type: TypeReference, location: ParameterLocation) throws -> String? {
        guard let prefixCursor = cursor["x-ms-header-collection-prefix"] else { return nil }
        guard location == .header, let prefix = prefixCursor.value.stringValue, !prefix.isEmpty else {
            sink.warn(prefixCursor.warning("'x-ms-header-collection-prefix' needs a non-empty prefix on a header parameter: ignored"))
            return nil
        }
        switch type.nonNullable {
        case .string, .map(.string), .map(.nullable(.string)):
            return prefix
        default:
            sink.warn(prefixCursor.warning(
                "'x-ms-header-collection-prefix' needs string values (type: string, or an object of strings): ignored"))
            return nil
        }
    }

    /// `x-ms-parameter-grouping` (`name`, `postfix`, both optional). Path parameters are not grouped: the path
    /// needs them whole, and autorest's own generators keep them apart too.
    private func grouping(_ cursor: Cursor, location: ParameterLocation) throws -> ParameterGrouping? {
        guard let group = cursor["x-ms-parameter-grouping"] else { return nil }
        guard case .object = group.value else {
            sink.warn(group.warning("'x-ms-parameter-grouping' must be an object with 'name' or 'postfix': ignored"))
            return nil
        }
        guard location != .path else {
            sink.warn(group.warning("'x-ms-parameter-grouping' on a path parameter is ignored: path values stay arguments"))
            return nil
        }
        let name = try group.string("name").flatMap { $0.isEmpty ? nil : $0 }
        let postfix = try group.string("postfix").flatMap { $0.isEmpty ? nil : $0 }
        return ParameterGrouping(name: name, postfix: postfix)
    }

    /// `x-ms-odata`: a `$ref` to the model a `$filter` refers to; only documented. The model's name is the last
    /// segment of the reference.
    private func odataModel(_ cursor: Cursor) throws -> String? {
        guard let reference = try cursor.string("x-ms-odata") else { return nil }
        let name = reference.split(separator: "/").last.map(String.init) ?? ""
        return name.isEmpty ? nil : name
    }

    /// How an array parameter is written: Swagger's `collectionFormat` (default `csv`), or OpenAPI 3's `style` and
    /// `explode` (defaults: `form` exploded for queries, that is one `name=value` per element; `simple` for paths and
    /// headers). Queries take every form; paths and headers only comma-separated values, so anything else there is
    /// a located warning and is sent comma-separated. Nil for a parameter that is not an array.
    private func collectionFormat(_ cursor: Cursor, type: TypeReference, location: ParameterLocation) throws -> CollectionFormat? {
        guard case .array = type.nonNullable else { return nil }
        let format: CollectionFormat
        let described: String
        if dialect == .swagger2 {
            described = try cursor.string("collectionFormat") ?? "csv"
            guard let known = CollectionFormat(rawValue: described) else {
                sink.warn(cursor.warning("collectionFormat '\(described)' is not supported: values are sent comma-separated"))
                return .csv
            }
            format = known
        } else {
            let style = try cursor.string("style") ?? (location == .query ? "form" : "simple")
            let explode = try cursor.bool("explode", default: style == "form")
            described = "style '\(style)'" + (explode ? " with explode" : "")
            switch (style, explode) {
            case ("form", true), ("spaceDelimited", true), ("pipeDelimited", true): format = .multi
            case ("form", false), ("simple", _): format = .csv
            case ("spaceDelimited", false): format = .ssv
            case ("pipeDelimited", false): format = .pipes
            default:
                sink.warn(cursor.warning("\(described) is not supported: values are sent comma-separated"))
                return .csv
            }
        }
        if location != .query, format != .csv {
            sink.warn(cursor.warning("\(described) is not supported in a \(location.rawValue) parameter: values are sent comma-separated"))
            return .csv
        }
        return format
    }

    private func bodyType(_ schema: Cursor?, owner: Cursor, nameHint: String) throws -> TypeReference {
        guard let schema else { throw owner.error("a body parameter needs a 'schema'") }
        return try schemas.typeReference(schema, nameHint: nameHint)
    }

    private func openAPIRequestBody(_ cursor: Cursor, nameHint: String) throws -> RequestBody? {
        let content = try cursor.objectMembers("content")
        guard let (_, media) = Self.preferredMedia(content) else { return nil }
        let type: TypeReference
        if let schema = media["schema"] {
            type = try schemas.typeReference(schema, nameHint: nameHint)
        } else {
            type = .any
        }
        return RequestBody(
            name: try cursor.string("x-ms-requestBody-name") ?? cursor.string("x-ms-client-name") ?? "body",
            description: try cursor.string("description"), isRequired: try cursor.bool("required"),
            contentTypes: content.map(\.key), type: type)
    }

    /// JSON media types first; `application/json` before `+json` variants.
    /// Whether a media type carries JSON (`application/json`, `application/merge-patch+json`, `text/json`…).
    static func isJSON(_ mediaType: String) -> Bool {
        mediaType.lowercased().contains("json")
    }

    /// Form media types (`multipart/form-data`, `application/x-www-form-urlencoded`), which need per-field encoding.
    static func isForm(_ mediaType: String) -> Bool {
        let lowered = mediaType.lowercased()
        return lowered.hasPrefix("multipart/") || lowered.hasPrefix("application/x-www-form-urlencoded")
    }

    static func preferredMedia(_ content: [(key: String, cursor: Cursor)]) -> (String, Cursor)? {
        if let json = content.first(where: { $0.key.lowercased().hasPrefix("application/json") }) { return (json.key, json.cursor) }
        if let json = content.first(where: { $0.key.lowercased().contains("json") }) { return (json.key, json.cursor) }
        return content.first.map { ($0.key, $0.cursor) }
    }

    /// In a JSON merge-patch body, `null` removes a key; a map's values must therefore be nullable.
    private func mergePatchFixup(_ body: RequestBody, at cursor: Cursor) throws -> TypeReference {
        guard body.contentTypes.contains(where: { $0.lowercased().contains("merge-patch") }) else { return body.type }
        switch body.type {
        case .map(let value) where !value.isNullable:
            return .map(.nullable(value))
        case .named(let name):
            if let schema = schemas.schemas[name], case .alias(.map(let value)) = schema.kind, !value.isNullable {
                var fixed = schema
                fixed.kind = .alias(.map(.nullable(value)))
                schemas.replace(fixed)
                sink.warn(cursor.warning("merge-patch body '\(name)': map values made nullable, since null removes an entry"))
            }
            return body.type
        default:
            return body.type
        }
    }

    private func readResponses(_ cursor: Cursor, typeName: String) throws -> ([Response], Response?) {
        guard let responsesCursor = cursor["responses"] else { throw cursor.error("missing required key 'responses'") }
        let produces = try cursor.has("produces") ? cursor.strings("produces") : root.strings("produces")
        var responses: [Response] = []
        var errorResponse: Response?
        for (status, raw) in try responsesCursor.members() {
            let response = try resolver.dereference(raw)
            guard status == "default" || (Int(status) != nil && status.count == 3) || status.uppercased().hasSuffix("XX") else {
                throw raw.error("unknown response status '\(status)', expected a three-digit code or 'default'")
            }
            var type: TypeReference?
            var contentTypes = produces
            let hint = typeName + (status == "default" ? "Error" : "Response")
            if let schema = response["schema"] {
                type = try schemas.typeReference(schema, nameHint: hint)
            } else if response.has("content") {
                let content = try response.objectMembers("content")
                contentTypes = content.map(\.key)
                if let (_, media) = Self.preferredMedia(content), let schema = media["schema"] {
                    type = try schemas.typeReference(schema, nameHint: hint)
                }
            }
            var headers: [Parameter] = []
            for (name, header) in try response.objectMembers("headers") {
                let headerCursor = try resolver.dereference(header)
                let type = try schemas.typeReference(headerCursor["schema"] ?? headerCursor, nameHint: typeName + Naming.pascalCase(name))
                let prefix = try headerCollectionPrefix(headerCursor, type: type, location: .header)
                headers.append(Parameter(
                    name: name, clientName: try headerCursor.string("x-ms-client-name"), location: .header, isRequired: false,
                    type: prefix == nil ? type : .map(.string(format: nil)),
                    description: try headerCursor.string("description"), isClientParameter: false, skipsURLEncoding: false,
                    defaultValue: nil, constraints: Constraints(), isConstant: false, headerCollectionPrefix: prefix))
            }
            let result = Response(
                statusCode: status, description: try response.string("description"), type: type,
                contentTypes: type == nil ? [] : contentTypes, headers: headers.sorted { $0.name < $1.name })
            let isError = try status == "default" || response.bool("x-ms-error-response") || status.hasPrefix("4") || status.hasPrefix("5")
            if isError {
                if errorResponse == nil || status == "default" { errorResponse = result }
            } else {
                responses.append(result)
            }
        }
        responses.sort { $0.statusCode < $1.statusCode }
        return (responses, errorResponse)
    }
}
