import SDKGenIR

/// Text for values that templates place inside Swift literals.
///
/// Templates write the quotes (`"{{{escaped}}}"`, `#"{{{json}}}"#`); this only
/// escapes the content so that any text from a description is safe inside them.
enum SwiftLiterals {
    /// Escapes `text` for use between `"` quotes.
    static func escapedString(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                result += "\\u{\(String(scalar.value, radix: 16))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The `#` run that makes a raw string literal safe for `text`.
    static func rawDelimiter(for text: String) -> String {
        var delimiter = "#"
        while text.contains("\"" + delimiter) || text.contains("\\" + delimiter) { delimiter += "#" }
        return delimiter
    }

    /// Compact JSON text for `value`, keys in document order.
    static func json(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .integer(let number): return String(number)
        // Exactly as the description wrote it: every digit reaches the generated test and doc comment.
        case .number(let number): return number.text
        case .string(let text): return "\"" + jsonEscaped(text) + "\""
        case .array(let values): return "[" + values.map(json).joined(separator: ",") + "]"
        case .object(let members):
            return "{" + members.map { "\"" + jsonEscaped($0.key) + "\":" + json($0.value) }.joined(separator: ",") + "}"
        }
    }

    private static func jsonEscaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `text` with each `%XX` replaced by its byte (as a reader of the query sees it); malformed escapes stay as they
    /// are. Written here because importing Foundation into the emitter would make `Operation` ambiguous.
    static func percentDecoded(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
                let high = hexValue(bytes[index + 1]), let low = hexValue(bytes[index + 2])
            {
                result.append(high << 4 | low)
                index += 3
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        default: return nil
        }
    }

    /// Percent-encodes a path segment the way the runtime's `PathEncoding.segment` does
    /// (everything but RFC 3986 unreserved characters), so generated tests can state the wire path.
    static func percentEncodedSegment(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                result.append(Character(Unicode.Scalar(byte)))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }
}
