import SDKGenIR

/// Finds the numbers in an example value that the Swift types they feed cannot hold, through models, arrays and
/// maps, so a generated test never carries a value that fails to compile or to decode.
struct NumberChecker {
    let api: APIDescription

    /// Steps through types before giving up: aliases may refer to each other in a loop without consuming a value,
    /// and hostile examples nest deep; nothing checked is better than a stack overflow.
    static let depthLimit = 64

    /// The first number in `value` that `type` cannot hold: its JSON pointer tokens below `value`, and why.
    func firstProblem(_ value: JSONValue, as type: TypeReference, depth: Int = 0) -> (tokens: [String], message: String)? {
        guard depth < Self.depthLimit else { return nil }
        switch (type, value) {
        case (.nullable, .null):
            return nil
        case (.nullable(let inner), _):
            return firstProblem(value, as: inner, depth: depth + 1)
        case (.integer, _), (.number, _):
            return NumberFit.problem(value, as: type).map { ([], $0) }
        case (.array(let element), .array(let items)):
            for (index, item) in items.enumerated() {
                if let found = firstProblem(item, as: element, depth: depth + 1) { return ([String(index)] + found.tokens, found.message) }
            }
            return nil
        case (.map(let element), .object(let members)):
            for member in members {
                if let found = firstProblem(member.value, as: element, depth: depth + 1) { return ([member.key] + found.tokens, found.message) }
            }
            return nil
        case (.named(let name), _):
            guard let schema = api.schema(named: name) else { return nil }
            switch schema.kind {
            case .alias(let aliased):
                return firstProblem(value, as: aliased, depth: depth + 1)
            case .object(let object):
                guard case .object(let members) = value else { return nil }
                for member in members {
                    // Additional properties have their type; other undeclared members are compared as free-form JSON.
                    let memberType = object.properties.first(where: { $0.name == member.key })?.type ?? object.additionalProperties ?? .any
                    if let found = firstProblem(member.value, as: memberType, depth: depth + 1) {
                        return ([member.key] + found.tokens, found.message)
                    }
                }
                return nil
            case .enumeration, .union:
                return firstProblem(value, as: .any, depth: depth + 1)
            }
        default:
            // Free-form JSON, members a model does not declare, values of the wrong kind: generated tests compare
            // and decode them as the runtime's `JSONValue`, whose numbers are Doubles.
            switch value {
            case .integer, .number:
                return NumberFit.problem(value, as: .number(format: nil)).map { ([], $0) }
            case .array(let items):
                for (index, item) in items.enumerated() {
                    if let found = firstProblem(item, as: .any, depth: depth + 1) { return ([String(index)] + found.tokens, found.message) }
                }
                return nil
            case .object(let members):
                for member in members {
                    if let found = firstProblem(member.value, as: .any, depth: depth + 1) { return ([member.key] + found.tokens, found.message) }
                }
                return nil
            case .null, .bool, .string:
                return nil
            }
        }
    }

    /// The JSON pointer (RFC 6901) of `tokens`: `/responses/200/body/n`.
    static func pointer(_ tokens: [String]) -> String {
        var pointer = ""
        for token in tokens {
            pointer += "/"
            for character in token {
                switch character {
                case "~": pointer += "~0"
                case "/": pointer += "~1"
                default: pointer.append(character)
                }
            }
        }
        return pointer
    }
}
