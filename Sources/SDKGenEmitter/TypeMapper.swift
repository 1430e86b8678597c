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
            case "date-time": return "Date"
            case "byte", "binary": return "Data"
            default: return "String"
            }
        case .integer(let format):
            switch format {
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

    /// The Swift type of a property or argument: optional unless required and non-null.
    func swiftType(_ type: TypeReference, required: Bool) -> String {
        let base = swiftType(type.nonNullable)
        return required && !type.isNullable ? base : base + "?"
    }
}
