import AzureSDKRuntime
import Foundation
import SDKGenIR

/// JSON as the emulator handles bodies: the runtime's JSON value (objects unordered; bodies are written with sorted keys).
typealias WireJSON = AzureSDKRuntime.JSONValue

/// What a description says a body looks like, applied to JSON: dropping what a version does not declare,
/// finding what a request lacks, and making up values for operations answered without an example.
///
/// Hand-written: it follows the generator's IR, which no JSON Schema library reads.
struct SchemaShape {
    /// The description whose named schemas the types refer to.
    let api: APIDescription

    /// Named schemas are followed at most this deep, so recursive models (`CommunicationError.details`) end.
    static let depthLimit = 24

    /// A field at fault in a request body, named as the service names it (`CreateTokenWithScopes[1]`).
    struct Problem: Equatable {
        /// The field path.
        var target: String
        /// The service-style message.
        var message: String
    }

    /// `value` with only the members `type` declares: the service reads and writes a version's properties and
    /// ignores the rest, so a body shaped by a newer version loses what an older one does not have.
    func prune(_ value: WireJSON, as type: TypeReference, depth: Int = 0) -> WireJSON {
        guard depth < Self.depthLimit else { return value }
        switch (type, value) {
        case (.nullable(let inner), _):
            return value == .null ? .null : prune(value, as: inner, depth: depth)
        case (.array(let element), .array(let items)):
            return .array(items.map { prune($0, as: element, depth: depth + 1) })
        case (.map(let element), .object(let members)):
            return .object(members.mapValues { prune($0, as: element, depth: depth + 1) })
        case (.named(let name), _):
            guard let schema = api.schema(named: name) else { return value }
            switch schema.kind {
            case .alias(let aliased): return prune(value, as: aliased, depth: depth + 1)
            case .union: return value  // which alternative it is, the client decides
            case .enumeration: return value
            case .object(let object):
                // A polymorphic base declares only the common members; its subtypes' are kept whole.
                guard case .object(let members) = value, object.discriminator == nil else { return value }
                var kept: [String: WireJSON] = [:]
                for (key, member) in members {
                    if let property = object.properties.first(where: { $0.name == key }) {
                        kept[key] = prune(member, as: property.type, depth: depth + 1)
                    } else if let extra = object.additionalProperties {
                        kept[key] = prune(member, as: extra, depth: depth + 1)
                    }
                }
                return .object(kept)
            }
        default:
            return value
        }
    }

    /// What is wrong with a request `value` of `type`: required members missing, values of the wrong JSON kind,
    /// values outside a closed enum. Read-only members are not asked of requests.
    func problems(_ value: WireJSON, as type: TypeReference, path: String = "", depth: Int = 0) -> [Problem] {
        guard depth < Self.depthLimit else { return [] }
        let invalid = [Problem(target: path, message: "The value of \(path.isEmpty ? "the body" : path) is invalid.")]
        switch (type, value) {
        case (.nullable, .null), (.any, _):
            return []
        case (.nullable(let inner), _):
            return problems(value, as: inner, path: path, depth: depth)
        case (_, .null):
            return invalid
        case (.string, .string), (.boolean, .bool):
            return []
        case (.integer, .number(let number)):
            return number.rounded() == number ? [] : invalid
        case (.number, .number):
            return []
        case (.array(let element), .array(let items)):
            return items.enumerated().flatMap { index, item in
                problems(item, as: element, path: "\(path)[\(index)]", depth: depth + 1)
            }
        case (.map(let element), .object(let members)):
            return members.sorted { $0.key < $1.key }.flatMap { key, member in
                problems(member, as: element, path: Self.join(path, key), depth: depth + 1)
            }
        case (.named(let name), _):
            guard let schema = api.schema(named: name) else { return [] }
            switch schema.kind {
            case .alias(let aliased):
                return problems(value, as: aliased, path: path, depth: depth + 1)
            case .union(let union):
                // Valid when it is valid as one of the alternatives.
                let each = union.alternatives.map { problems(value, as: $0, path: path, depth: depth + 1) }
                return each.contains(where: \.isEmpty) ? [] : each.first ?? []
            case .enumeration(let enumeration):
                guard case .string(let text) = value else { return invalid }
                return enumeration.isExtensible || enumeration.values.contains(where: { $0.value == text }) ? [] : invalid
            case .object(let object):
                guard case .object(let members) = value else { return invalid }
                if object.discriminator != nil { return [] }  // which subtype's rules apply is the subtype's business
                var found: [Problem] = []
                for property in object.properties {
                    let target = Self.join(path, property.name)
                    guard let member = members[property.name] else {
                        if property.isRequired && !property.isReadOnly {
                            found.append(Problem(target: target, message: "The \(target) field is required."))
                        }
                        continue
                    }
                    if !property.isReadOnly { found += problems(member, as: property.type, path: target, depth: depth + 1) }
                }
                if let extra = object.additionalProperties {
                    let declared = Set(object.properties.map(\.name))
                    for (key, member) in members.sorted(by: { $0.key < $1.key }) where !declared.contains(key) {
                        found += problems(member, as: extra, path: Self.join(path, key), depth: depth + 1)
                    }
                }
                return found
            }
        default:
            return invalid
        }
    }

    /// A value of `type` made up from the schema: every declared property, the first enum value, a default
    /// when one is declared; used to answer an operation that has no example.
    func synthesize(_ type: TypeReference, now: Date, depth: Int = 0) -> WireJSON {
        guard depth < Self.depthLimit else { return .null }
        switch type {
        case .nullable(let inner): return synthesize(inner, now: now, depth: depth)
        case .string(let format):
            switch format {
            case "date-time": return .string(ServiceJSON.dateString(now))
            case "date-time-rfc1123": return .string(RFC1123Date.string(from: now))
            case "date": return .string(String(ServiceJSON.dateString(now).prefix(10)))
            case "uuid": return .string(UUID().uuidString.lowercased())
            case "byte": return .string("")
            case "duration": return .string("PT0S")
            default: return .string("string")
            }
        case .integer: return .number(0)
        case .number: return .number(0)
        case .boolean: return .bool(false)
        case .array: return .array([])
        case .map: return .object([:])
        case .any: return .object([:])
        case .named(let name):
            guard let schema = api.schema(named: name) else { return .object([:]) }
            switch schema.kind {
            case .alias(let aliased): return synthesize(aliased, now: now, depth: depth + 1)
            case .union(let union): return union.alternatives.first.map { synthesize($0, now: now, depth: depth + 1) } ?? .null
            case .enumeration(let enumeration): return .string(enumeration.values.first?.value ?? "")
            case .object(let object):
                var members: [String: WireJSON] = [:]
                for property in object.properties {
                    // Optional members that would recurse are left out, so the value stays finite and small.
                    if !property.isRequired, depth + 1 >= 3 { continue }
                    members[property.name] = property.defaultValue.map(WireJSON.init(description:))
                        ?? synthesize(property.type, now: now, depth: depth + 1)
                }
                return .object(members)
            }
        }
    }

    /// `CreateTokenWithScopes` under `parent`: .NET property names, JSON indexes.
    static func join(_ parent: String, _ key: String) -> String {
        let name = key.prefix(1).uppercased() + key.dropFirst()
        return parent.isEmpty ? name : parent + "." + name
    }
}

extension WireJSON {
    /// The runtime's JSON value of a description's JSON value (examples, defaults).
    init(description value: SDKGenIR.JSONValue) {
        switch value {
        case .null: self = .null
        case .bool(let flag): self = .bool(flag)
        case .integer(let number): self = .number(Double(number))
        // The emulator's JSON holds Doubles: a number beyond Double's range becomes its largest finite value (an
        // infinity could not be written back as JSON), one below it zero.
        case .number(let number):
            let value = number.approximateDouble ?? 0
            self = .number(value.isFinite ? value : (value < 0 ? -Double.greatestFiniteMagnitude : Double.greatestFiniteMagnitude))
        case .string(let text): self = .string(text)
        case .array(let items): self = .array(items.map(WireJSON.init(description:)))
        case .object(let members):
            self = .object(Dictionary(members.map { ($0.key, WireJSON(description: $0.value)) }, uniquingKeysWith: { first, _ in first }))
        }
    }

    /// The member `key` of an object.
    subscript(member key: String) -> WireJSON? {
        guard case .object(let members) = self else { return nil }
        return members[key]
    }

    /// This value as JSON text with sorted keys (deterministic bodies).
    func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }

    /// Parses JSON text.
    static func decode(_ data: Data) throws -> WireJSON {
        try JSONDecoder().decode(WireJSON.self, from: data)
    }
}
