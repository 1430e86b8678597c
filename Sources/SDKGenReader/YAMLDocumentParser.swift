import SDKGenIR
import Yams

/// Parses YAML text into a `JSONValue` through Yams' node tree, which keeps
/// mapping order and resolves scalars by their YAML tags.
enum YAMLDocumentParser {
    /// Parses `text` as one YAML document.
    static func parse(_ text: String, file: String) throws -> JSONValue {
        let node: Node?
        do {
            // The basic resolver tags every plain scalar `str`; `scalarValue` re-resolves only those that
            // can be something else. Yams' default resolver runs up to seven regular expressions per
            // scalar, which was a tenth of the time of a large generation.
            node = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw Diagnostic(location: location(of: error, file: file), message: "invalid YAML: \(summary(of: error))")
        }
        guard let node else { throw Diagnostic(location: "\(file):1:1", message: "the document is empty, expected a mapping") }
        // Without aliases a document has fewer values than bytes; aliases may repeat a subtree, so
        // a bounded number of extra values is allowed before the input counts as an alias bomb.
        var budget = text.utf8.count + 1_000_000
        return try convert(node, file: file, depth: 0, budget: &budget)
    }

    private static func convert(_ node: Node, file: String, depth: Int, budget: inout Int) throws -> JSONValue {
        budget -= 1
        guard budget >= 0 else {
            throw Diagnostic(location: position(node, file: file), message: "the document expands to too many values (YAML aliases repeating a subtree?)")
        }
        guard depth < JSONDocumentParser.maxDepth else {
            throw Diagnostic(location: position(node, file: file), message: "nesting deeper than \(JSONDocumentParser.maxDepth) levels")
        }
        switch node {
        case .scalar(let scalar):
            return scalarValue(scalar, tag: node.tag)
        case .sequence(let sequence):
            var values: [JSONValue] = []
            for element in sequence { values.append(try convert(element, file: file, depth: depth + 1, budget: &budget)) }
            return .array(values)
        case .mapping(let mapping):
            var members: [(key: String, value: JSONValue)] = []
            var seen: Set<String> = []
            for (key, value) in mapping {
                guard let name = key.string else {
                    throw Diagnostic(location: position(key, file: file), message: "mapping key is not a scalar")
                }
                guard seen.insert(name).inserted else {
                    throw Diagnostic(location: position(key, file: file), message: "duplicate key '\(name)'")
                }
                members.append((name, try convert(value, file: file, depth: depth + 1, budget: &budget)))
            }
            return .object(members)
        case .alias:
            // compose() resolves aliases; an unresolved one cannot appear here.
            throw Diagnostic(location: position(node, file: file), message: "unresolved YAML alias")
        }
    }

    private static func scalarValue(_ scalar: Node.Scalar, tag: Tag) -> JSONValue {
        // Quoted scalars are always strings, whatever they look like.
        if scalar.style == .singleQuoted || scalar.style == .doubleQuoted || scalar.style == .literal || scalar.style == .folded {
            return .string(scalar.string)
        }
        var node = Node.scalar(scalar)
        if tag.rawValue == Tag.Name.str.rawValue, scalar.style == .plain || scalar.style == .any, mayResolveToNonString(scalar.string) {
            // Re-read with the default resolver (Yams' bool and float constructors look at the tag).
            // Known gap: an explicit `!!str` on a plain scalar such as `!!str 12` is read as the number.
            node = Node.scalar(Node.Scalar(scalar.string))
        }
        switch Tag.Name(rawValue: node.tag.rawValue) {
        case .null: return .null
        case .bool: return node.bool.map(JSONValue.bool) ?? .string(scalar.string)
        case .int:
            // `-0` stays a number with its sign: as a Double it is not 0.
            if let value = Int64(scalar.string), value != 0 || !scalar.string.hasPrefix("-") { return .integer(value) }
            // Decimal digits beyond Int64 are kept exactly, as JSON keeps them.
            if let number = JSONNumber(scalar.string) { return .number(number) }
            return Self.finite(node.float).map(JSONValue.number) ?? .string(scalar.string)
        // A decimal float is kept exactly, however large, small or precise (`1e400` too, as JSON would keep it).
        // `.inf` and `.nan` stay text: descriptions are JSON documents, which have no such numbers, so a place
        // that needs a number reports a located "expected a number, found a string".
        case .float:
            if let number = JSONNumber(scalar.string) { return .number(number) }
            return Self.finite(node.float).map(JSONValue.number) ?? .string(scalar.string)
        default: return .string(scalar.string)
        }
    }

    /// `value` as a number when it is finite: YAML's other spellings (`0x1F`, `1_000`), which Yams reads as Double.
    private static func finite(_ value: Double?) -> JSONNumber? {
        value.flatMap { JSONNumber($0) }
    }

    /// Whether Yams' default resolver could give the plain scalar `text` a tag other than `str`: every
    /// rule (null, bool, int, float, timestamp, merge, value) matches only text that is empty, starts
    /// with one of `-+0123456789.~<=`, or is one of the null and bool words.
    static func mayResolveToNonString(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return true }
        if "-+0123456789.~<=".utf8.contains(first) { return true }
        return implicitWords.contains(text)
    }

    private static let implicitWords: Set<String> = [
        "null", "Null", "NULL", "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE",
        "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF",
    ]

    private static func position(_ node: Node, file: String) -> String {
        guard let mark = node.mark else { return file }
        return "\(file):\(mark.line):\(mark.column)"
    }

    private static func location(of error: YamlError, file: String) -> String {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return "\(file):\(mark.line):\(mark.column)"
        default:
            return file
        }
    }

    private static func summary(of error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _), .composer(let context, let problem, _, _):
            if let context { return "\(problem) (\(context.text))" }
            return problem
        default:
            return "\(error)"
        }
    }
}
