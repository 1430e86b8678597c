import SDKGenIR

/// Pairs the operations of two descriptions by HTTP method and path template.
///
/// Parameter names in the template are ignored (`/identities/{id}` ≡ `/identities/{identityId}`),
/// so an operation whose `operationId` changed is found as renamed rather than removed and added.
/// The fixed query of an `x-ms-paths` key (`?op=restart`) is part of the match, since it tells overloads apart.
enum OperationMatcher {
    /// A matched pair, or an operation found on one side only.
    enum Match {
        /// Present in both, old first.
        case both(Operation, Operation)
        /// Only in the new description.
        case added(Operation)
        /// Only in the old description.
        case removed(Operation)
    }

    /// New operations in order (each matched or added), then unmatched old operations in order.
    static func match(old: [Operation], new: [Operation]) -> [Match] {
        var unmatched = old
        var result: [Match] = []
        for operation in new {
            let key = self.key(operation)
            let candidates = unmatched.indices.filter { self.key(unmatched[$0]) == key }
            // Among several operations on one key, the same operationId wins; else document order.
            let chosen = candidates.first { unmatched[$0].operationID == operation.operationID } ?? candidates.first
            if let chosen {
                result.append(.both(unmatched.remove(at: chosen), operation))
            } else {
                result.append(.added(operation))
            }
        }
        return result + unmatched.map { .removed($0) }
    }

    /// `POST /identities/{}/:issueAccessToken`, plus `?name=value` for fixed query parameters.
    static func key(_ operation: Operation) -> String {
        let constants = operation.parameters.filter(\.isConstant)
            .map { "\($0.name)=\($0.defaultValue?.stringValue ?? "")" }
            .sorted()
        return operation.method.uppercased() + " " + normalizedPath(operation.path)
            + (constants.isEmpty ? "" : "?" + constants.joined(separator: "&"))
    }

    /// The path with every `{name}` replaced by `{}`.
    static func normalizedPath(_ path: String) -> String {
        var result = ""
        var inParameter = false
        for character in path {
            switch character {
            case "{": inParameter = true; result.append("{")
            case "}": inParameter = false; result.append("}")
            default: if !inParameter { result.append(character) }
            }
        }
        return result
    }
}
