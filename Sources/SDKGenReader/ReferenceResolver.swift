import SDKGenIR

/// Follows `$ref`s within a file and across files by relative path.
///
/// Hand-written because no library here reads Swagger 2.0 `$ref`s across files
/// (OpenAPIKit reads OpenAPI 3 only and does not load external files).
/// URL and absolute-path references are refused: a description must not make the
/// generator read arbitrary places.
struct ReferenceResolver {
    /// How many `$ref` hops one lookup may take before it is called a cycle.
    static let maxHops = 64

    let store: DocumentStore
    /// Key → position tables of large objects (`definitions`, `components/schemas`), so that
    /// resolving thousands of `$ref`s into them stays linear instead of scanning each time.
    let memberIndex = MemberIndex()

    /// The value that `cursor` stands for, following `$ref` chains.
    /// Throws on a dangling reference or a cycle.
    func dereference(_ cursor: Cursor) throws -> Cursor {
        var current = cursor
        var visited: [String] = []
        while let ref = try current.string("$ref") {
            let target = try resolve(ref, from: current)
            if visited.contains(target.location) || visited.count >= Self.maxHops {
                throw cursor.error("$ref cycle: \(([cursor.location] + visited).joined(separator: " → ")) → \(target.location)")
            }
            visited.append(target.location)
            current = target
        }
        return current
    }

    /// The target of one `$ref` string written at `origin`.
    func resolve(_ ref: String, from origin: Cursor) throws -> Cursor {
        let refCursor = origin["$ref"] ?? origin
        let parts = ref.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let filePart = String(parts[0])
        let fragment = parts.count > 1 ? String(parts[1]) : ""
        if filePart.contains("://") || filePart.hasPrefix("//") {
            throw refCursor.error("$ref '\(ref)' points to a URL; only references within the file or to files by relative path are allowed")
        }
        if filePart.hasPrefix("/") {
            throw refCursor.error("$ref '\(ref)' is an absolute path; use a path relative to \(origin.file.displayPath)")
        }
        let file = filePart.isEmpty ? origin.file : origin.file.sibling(filePart)
        let root: JSONValue
        do {
            root = try store.document(file)
        } catch let error as Diagnostic {
            if filePart.isEmpty { throw error }
            throw Diagnostic(location: refCursor.location, message: "$ref '\(ref)': \(error.location): \(error.message)")
        }
        var cursor = Cursor(file: file, tokens: [], value: root)
        guard fragment.isEmpty || fragment.hasPrefix("/") else {
            throw refCursor.error("$ref '\(ref)' has a fragment that is not a JSON pointer (expected '#/...')")
        }
        for rawToken in fragment.split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
            var token = String(rawToken)
            if token.utf8.contains(UInt8(ascii: "%")) { token = token.removingPercentEncoding ?? token }
            if token.utf8.contains(UInt8(ascii: "~")) {
                token = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            }
            if case .array(let values) = cursor.value, let index = Int(token), values.indices.contains(index) {
                cursor = Cursor(file: file, tokens: cursor.tokens + [token], value: values[index])
            } else if let child = memberIndex.child(of: cursor, named: token) {
                cursor = child
            } else {
                throw refCursor.error("$ref '\(ref)' does not resolve: \(file.displayPath) has nothing at '#\(fragment)'")
            }
        }
        return cursor
    }
}

/// Finds members of objects by key, with a dictionary for objects big enough to need one.
final class MemberIndex {
    private var tables: [String: [String: Int]] = [:]

    func child(of cursor: Cursor, named key: String) -> Cursor? {
        guard case .object(let members) = cursor.value else { return nil }
        guard members.count > 16 else { return cursor[key] }
        let location = cursor.location
        let table = tables[location] ?? {
            var built: [String: Int] = [:]
            for (index, member) in members.enumerated() { built[member.key] = index }
            tables[location] = built
            return built
        }()
        guard let index = table[key] else { return nil }
        return Cursor(file: cursor.file, tokens: cursor.tokens + [key], value: members[index].value)
    }
}
