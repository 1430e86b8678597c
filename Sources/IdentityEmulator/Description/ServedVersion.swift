import SDKGenIR

/// One operation as one api-version serves it.
struct ServedOperation: Sendable {
    /// The description's `operationId` (or the built-in name).
    let operationID: String
    /// `GET`, `POST`, … (upper case).
    let method: String
    /// Its path template.
    let path: PathTemplate
    /// The semantics the emulator implements for it; nil: it answers from the description.
    let known: KnownOperation?
    /// The description's operation (parameters, body, responses, examples); nil for built-in versions.
    let definition: SDKGenIR.Operation?
    /// Whether the version declares `Repeatability-Request-ID` for it, so repeats get the first answer.
    let acceptsRepeatability: Bool
}

/// One api-version the emulator serves: its operation set and, when it came from a description, its shapes.
struct ServedVersion: Sendable {
    /// The `api-version` value.
    let apiVersion: String
    /// Its operations.
    let operations: [ServedOperation]
    /// The description it was read from, for request and response shapes; nil for the built-in versions.
    let api: APIDescription?
    /// Where it came from: `built-in` or the description's path (for logs).
    let source: String

    /// The operation `method` `path` (percent-encoded, as sent) reaches, with the decoded path values.
    func operation(method: String, path: String) -> (operation: ServedOperation, pathValues: [String])? {
        // Literal-only templates win over ones with parameters (`/identities/x` vs `/identities/{id}`).
        var best: (operation: ServedOperation, pathValues: [String])?
        for operation in operations where operation.method == method {
            guard let values = operation.path.match(path) else { continue }
            if best == nil || values.count < best!.pathValues.count { best = (operation, values) }
        }
        return best
    }

    /// Whether any operation of this version has a template matching `path`, whatever its method.
    func hasPath(_ path: String) -> Bool {
        operations.contains { $0.path.match(path) != nil }
    }

    /// The operation with `operationID`, if this version has it.
    func operation(id operationID: String) -> ServedOperation? {
        operations.first { $0.operationID == operationID }
    }

    /// A version read from a description: every operation, with the known semantics matched by method and path shape.
    init(api: APIDescription, source: String) {
        self.apiVersion = api.apiVersion
        self.api = api
        self.source = source
        self.operations = api.operations.map { operation in
            let path = PathTemplate(api.host.basePath + operation.path)
            let repeatable = operation.parameters.contains {
                $0.location == .header && $0.name.lowercased() == "repeatability-request-id"
            }
            return ServedOperation(
                operationID: operation.operationID, method: operation.method.uppercased(), path: path,
                known: KnownOperation.matching(method: operation.method, template: path), definition: operation,
                acceptsRepeatability: repeatable)
        }
    }

    /// A built-in version: the given known operations, without shapes; `repeatable` ones accept repeatability headers.
    init(builtIn apiVersion: String, operations: [KnownOperation], repeatable: Set<KnownOperation> = []) {
        self.apiVersion = apiVersion
        self.api = nil
        self.source = "built-in"
        self.operations = operations.map {
            ServedOperation(
                operationID: $0.operationID, method: $0.method, path: $0.path, known: $0, definition: nil,
                acceptsRepeatability: repeatable.contains($0))
        }
    }
}
