import SDKGenIR

/// Turns an operation into its `OperationShape`, following the conventions of the reference report
/// (`shared/seed/communication-identity-2025-03-02-preview.txt`) so the text report can reproduce it.
struct ShapeBuilder {
    let api: APIDescription

    /// Where a type sits, since the reference report shows an enum as `enum` in a field
    /// but as its wire type (`string`) as an array element.
    private enum Place { case field, element }

    /// The shape of `operation`, with the body where it was declared among the parameters
    /// (after them when the description gives no position).
    func shape(of operation: Operation) -> OperationShape {
        var request = operation.parameters.map { ShapeField(name: $0.name, node: node($0.type, .field, [])) }
        if let body = operation.requestBody {
            let field = ShapeField(name: body.name, node: node(body.type, .field, []))
            let index = body.parameterIndex ?? request.count
            request.insert(field, at: min(max(index, 0), request.count))
        }
        var responses = operation.responses
        if let error = operation.errorResponse { responses.append(error) }
        let ordered = responses.sorted { Self.statusOrder($0.statusCode, $1.statusCode) }
        return OperationShape(
            method: operation.method, path: operation.path, request: request,
            responses: ordered.map { ResponseShape(statusCode: $0.statusCode, body: $0.type.map { node($0, .field, []) }) })
    }

    /// `default` first, then codes ascending.
    static func statusOrder(_ lhs: String, _ rhs: String) -> Bool {
        if lhs == "default" || rhs == "default" { return lhs == "default" && rhs != "default" }
        return lhs < rhs
    }

    /// `stack` holds the named schemas being expanded: a schema met again inside itself is recursive
    /// and is not expanded; the reference report prints such a reference as `string`.
    private func node(_ type: TypeReference, _ place: Place, _ stack: [String]) -> ShapeNode {
        switch type.nonNullable {
        case .string: return .word("string")
        case .integer: return .word("integer")
        case .number: return .word("number")
        case .boolean: return .word("boolean")
        case .map, .any: return .word("object")
        case .nullable(let inner): return node(inner, place, stack)
        case .array(let element): return .array(node(element, .element, stack))
        case .named(let name):
            guard !stack.contains(name) else { return .word("string") }
            guard let schema = api.schema(named: name) else { return .word("object") }
            switch schema.kind {
            case .enumeration: return .word(place == .field ? "enum" : "string")
            case .alias(let target): return node(target, place, stack + [name])
            case .union: return .word("one of")
            case .object(let object):
                guard !object.properties.isEmpty else { return .word("object") }
                return .object(object.properties.map { ShapeField(name: $0.name, node: node($0.type, .field, stack + [name])) })
            }
        }
    }
}
