import SDKGenIR

/// A value inside a document, with the file and JSON pointer it came from,
/// so every error and warning can say exactly where.
struct Cursor {
    let file: SourceFile
    let tokens: [String]
    let value: JSONValue

    /// `file#/json/pointer`.
    var location: String { file.displayPath + "#" + pointer }

    /// The JSON pointer (RFC 6901) of this value within its file.
    var pointer: String {
        var pointer = ""
        for token in tokens {
            pointer += "/"
            // Most tokens need no escaping; Foundation's replacing is costly enough to skip when it cannot apply.
            if token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) {
                pointer += token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
            } else {
                pointer += token
            }
        }
        return pointer
    }

    /// The member `key`, if this is an object that has it.
    subscript(key: String) -> Cursor? {
        guard let child = value[key] else { return nil }
        return Cursor(file: file, tokens: tokens + [key], value: child)
    }

    /// Whether the object has the member `key`.
    func has(_ key: String) -> Bool { value[key] != nil }

    /// An error located at this value.
    func error(_ message: String) -> Diagnostic {
        Diagnostic(location: location, message: message)
    }

    /// A warning located at this value.
    func warning(_ message: String) -> Diagnostic {
        Diagnostic(severity: .warning, location: location, message: message)
    }

    /// The members of an object, in document order; an error if this is not an object.
    func members() throws -> [(key: String, cursor: Cursor)] {
        guard case .object(let members) = value else { throw error("expected an object, found \(value.kindName)") }
        return members.map { ($0.key, Cursor(file: file, tokens: tokens + [$0.key], value: $0.value)) }
    }

    /// The elements of an array; an error if this is not an array.
    func elements() throws -> [Cursor] {
        guard case .array(let values) = value else { throw error("expected an array, found \(value.kindName)") }
        return values.enumerated().map { Cursor(file: file, tokens: tokens + [String($0.offset)], value: $0.element) }
    }

    /// The member `key` as an object's members, or empty when absent.
    func objectMembers(_ key: String) throws -> [(key: String, cursor: Cursor)] {
        try self[key]?.members() ?? []
    }

    /// The member `key` as an array, or empty when absent.
    func array(_ key: String) throws -> [Cursor] {
        try self[key]?.elements() ?? []
    }

    /// The member `key` as a string, nil when absent; an error when it is another type.
    func string(_ key: String) throws -> String? {
        guard let child = self[key] else { return nil }
        switch child.value {
        case .string(let text): return text
        case .null: return nil
        default: throw child.error("expected a string, found \(child.value.kindName)")
        }
    }

    /// The member `key` as a string; an error when absent or another type.
    func requiredString(_ key: String) throws -> String {
        guard let text = try string(key) else { throw error("missing required key '\(key)' (a string)") }
        return text
    }

    /// The member `key` as a boolean, `defaultValue` when absent.
    func bool(_ key: String, default defaultValue: Bool = false) throws -> Bool {
        guard let child = self[key] else { return defaultValue }
        switch child.value {
        case .bool(let flag): return flag
        case .string("true"): return true
        case .string("false"): return false
        case .null: return defaultValue
        default: throw child.error("expected true or false, found \(child.value.kindName)")
        }
    }

    /// The member `key` as a number, exactly as written; nil when absent.
    func number(_ key: String) throws -> JSONNumber? {
        guard let child = self[key] else { return nil }
        switch child.value {
        case .integer(let number): return JSONNumber(number)
        case .number(let number): return number
        case .null: return nil
        default: throw child.error("expected a number, found \(child.value.kindName)")
        }
    }

    /// The member `key` as a non-negative integer, nil when absent.
    func count(_ key: String) throws -> Int? {
        guard let child = self[key] else { return nil }
        guard case .integer(let number) = child.value, number >= 0, number <= Int64(Int32.max) else {
            // Say which number: a length of 123456789012345678901234567890 is a number, just not one that fits.
            switch child.value {
            case .integer(let number): throw child.error("expected a non-negative integer of at most \(Int32.max), found \(number)")
            case .number(let number): throw child.error("expected a non-negative integer of at most \(Int32.max), found \(number.text)")
            default: throw child.error("expected a non-negative integer, found \(child.value.kindName)")
            }
        }
        return Int(number)
    }

    /// The member `key` as an array of strings, empty when absent.
    func strings(_ key: String) throws -> [String] {
        try array(key).map { element in
            guard case .string(let text) = element.value else {
                throw element.error("expected a string, found \(element.value.kindName)")
            }
            return text
        }
    }
}

extension JSONValue {
    /// A word for the value's JSON type, for messages.
    var kindName: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .integer, .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}
