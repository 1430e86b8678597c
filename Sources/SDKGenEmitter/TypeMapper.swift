import SDKGenIR

/// Maps IR types to Swift type names.
struct TypeMapper {
    /// Swift type name of each named schema.
    let typeNames: [String: String]

    /// Assigns unique Swift names to the schemas, in name order so the result is deterministic;
    /// pinned names are taken first, as given.
    init(schemas: [Schema], pinned: [String: String] = [:]) {
        var used = Set(schemas.compactMap { pinned[$0.name]?.lowercased() })
        var names: [String: String] = [:]
        for schema in schemas {
            names[schema.name] = pinned[schema.name] ?? SwiftNaming.unique(SwiftNaming.typeName(schema.name), in: &used)
        }
        typeNames = names
    }

    /// The Swift spelling of `type`; `nullable` becomes an optional.
    func swiftType(_ type: TypeReference) -> String {
        switch type {
        case .string(let format):
            switch format {
            case "date-time", "date-time-rfc1123", "unixtime": return "Date"
            case "byte", "binary": return "Data"
            case "uuid": return "UUID"
            // `date` and `duration` stay text (see `textFormatNote`): Foundation has no calendar-date type, and
            // Swift's `Duration` is a count of seconds that cannot hold an ISO 8601 `P1M` or `P1Y`.
            default: return "String"
            }
        case .integer(let format):
            switch format {
            case "unixtime": return "Date"
            case "int32": return "Int32"
            case "int64": return "Int64"
            default: return "Int"
            }
        case .number(let format): return format == "float" ? "Float" : "Double"
        case .boolean: return "Bool"
        case .array(let element): return "[\(swiftType(element))]"
        case .map(let value): return "[String: \(swiftType(value))]"
        case .named(let name): return typeNames[name] ?? SwiftNaming.typeName(name)
        case .nullable(let inner): return swiftType(inner.nonNullable) + "?"
        case .any: return "JSONValue"
        }
    }

    /// How a `Date` of `type` is written, as a `DateWireFormat` case (`rfc3339`, `imfFixdate`, `unixTime`); nil when
    /// `type` is not a date. Arrays, maps and nullables answer for their scalars.
    func dateFormat(_ type: TypeReference) -> String? {
        switch type {
        case .string("date-time"): return "rfc3339"
        case .string("date-time-rfc1123"): return "imfFixdate"
        case .string("unixtime"), .integer("unixtime"): return "unixTime"
        case .array(let element), .map(let element), .nullable(let element): return dateFormat(element)
        default: return nil
        }
    }

    /// The runtime `WireCoding` a model property of `type` needs because JSON's own rule is not the description's:
    /// IMF-fixdates and Unix times (the encoder writes dates as RFC 3339) and UUIDs (Foundation writes them in upper
    /// case); nil when synthesized `Codable` already writes the right JSON. Arrays, maps and nullables answer for
    /// their scalars.
    func wireCoding(_ type: TypeReference) -> String? {
        switch type {
        case .string("date-time-rfc1123"): return "IMFFixdateCoding"
        case .string("unixtime"), .integer("unixtime"): return "UnixTimeCoding"
        case .string("uuid"): return "LowercaseUUIDCoding"
        case .array(let element), .map(let element), .nullable(let element): return wireCoding(element)
        default: return nil
        }
    }

    /// The doc-comment line that tells the text form of a value Swift keeps as a `String` (`date`, `duration`), or nil.
    func textFormatNote(_ type: TypeReference) -> String? {
        switch type {
        case .string("date"):
            return "Format: an RFC 3339 full-date, `YYYY-MM-DD` (a calendar day, not an instant: no time zone applies)."
        case .string("duration"):
            return "Format: an ISO 8601 duration, e.g. `PT1H30M` or `P1M` (kept as text: Swift's `Duration` has no months or years)."
        case .array(let element), .map(let element), .nullable(let element):
            return textFormatNote(element)
        default:
            return nil
        }
    }

    /// The Swift type of a property or argument: optional unless required and non-null.
    func swiftType(_ type: TypeReference, required: Bool) -> String {
        let base = swiftType(type.nonNullable)
        return required && !type.isNullable ? base : base + "?"
    }
}
