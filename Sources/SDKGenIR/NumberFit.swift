/// Whether a description's number can be a value of the Swift type generated for a numeric type, and its literal.
///
/// The readers keep numbers exactly; the Swift types they feed do not hold every number. Code that puts a value
/// that does not fit into a Swift literal fails to compile, and JSON that does not fit fails to decode at run
/// time; both ask here first, and a value that does not fit is left out with a located warning.
public enum NumberFit {
    /// Why `value` cannot be a value of `type` (through nullability), nil when it can, or when `type` is not an
    /// integer or number type or `value` is not a number.
    public static func problem(_ value: JSONValue, as type: TypeReference) -> String? {
        guard let number = number(value) else { return nil }
        switch type.nonNullable {
        case .integer(let format):
            let (name, range) = integerType(format)
            guard number.isInteger else { return "\(number.text) is not a whole number, which \(name) needs" }
            guard let whole = number.int64Value, range.contains(whole) else {
                return "\(number.text) is outside \(name)'s range \(range.lowerBound)…\(range.upperBound)"
            }
            // Foundation decodes a whole number written with a fraction or exponent through Double, which is exact
            // only up to 2^53.
            if case .number = value, whole.magnitude > 1 << 53 {
                return "\(number.text) is written with a fraction or exponent, which JSON decoding reads as a Double, inexactly beyond 2^53; write it as \(whole)"
            }
            return nil
        case .number(let format):
            if format == "float" {
                return number.floatValue == nil ? "\(number.text) is beyond what Float holds (±1.1754944e-38…±3.4028235e+38, or 0)" : nil
            }
            return number.doubleValue == nil ? "\(number.text) is beyond what Double holds (±2.2250738585072014e-308…±1.7976931348623157e+308, or 0)" : nil
        default:
            return nil
        }
    }

    /// The Swift literal of `value` as `type` (`100` for `1e2` as an integer, the exact text as a Double), nil when
    /// it does not fit (`problem` says why) or the type is not an integer or number, or is a `unixtime` `Date`.
    public static func swiftLiteral(_ value: JSONValue, as type: TypeReference) -> String? {
        guard let number = number(value), problem(value, as: type) == nil else { return nil }
        switch type.nonNullable {
        case .integer(let format):
            guard format != "unixtime", let whole = number.int64Value else { return nil }
            return String(whole)
        case .number(let format):
            // A Double literal of a whole number beyond 2^53 (Float: 2^24) written without a point makes Swift warn
            // that it is not exactly representable; with `.0` it is an ordinary float literal, rounded silently.
            let exactLimit: UInt64 = format == "float" ? 1 << 24 : 1 << 53
            if number.isInteger, number.int64Value.map({ $0.magnitude > exactLimit }) ?? true,
                !number.text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" })
            {
                return number.text + ".0"
            }
            return number.text
        default:
            return nil
        }
    }

    private static func number(_ value: JSONValue) -> JSONNumber? {
        switch value {
        case .integer(let whole): return JSONNumber(whole)
        case .number(let number): return number
        default: return nil
        }
    }

    /// The Swift type an integer format becomes, and its range (`Int` is 64 bits where generated SDKs run;
    /// `unixtime` seconds are read through `Int64`).
    private static func integerType(_ format: String?) -> (name: String, range: ClosedRange<Int64>) {
        switch format {
        case "int32": return ("Int32", Int64(Int32.min)...Int64(Int32.max))
        case "int64": return ("Int64", Int64.min...Int64.max)
        case "unixtime": return ("Date (Unix seconds)", Int64.min...Int64.max)
        default: return ("Int", Int64.min...Int64.max)
        }
    }
}
