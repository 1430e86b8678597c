import SDKGenIR

/// Compares two types structurally, following named schemas of the old and the new description.
///
/// One comparer is used per root (a parameter, the body, one response), so a schema reached from
/// several roots is reported under each; within a root, `visited` stops recursive schemas.
struct TypeComparer {
    let old: APIDescription
    let new: APIDescription
    let direction: Direction
    private var visited: Set<String> = []
    /// The changes found, in traversal order.
    private(set) var changes: [Change] = []

    init(old: APIDescription, new: APIDescription, direction: Direction) {
        self.old = old
        self.new = new
        self.direction = direction
    }

    /// Compares `before` with `after`, reporting changes at `location` (`body`, `response 200`, …).
    mutating func compare(_ before: TypeReference, _ after: TypeReference, at location: String) {
        if before.isNullable != after.isNullable {
            let kind: ChangeKind = after.isNullable ? .fieldMadeOptional : .fieldMadeRequired
            add(kind, location, after.isNullable ? "now accepts null" : "no longer accepts null")
        }
        let lhs = resolvedAlias(before.nonNullable, in: old)
        let rhs = resolvedAlias(after.nonNullable, in: new)
        switch (lhs, rhs) {
        case (.named(let oldName), .named(let newName)):
            compareNamed(oldName, newName, at: location)
        case (.array(let oldElement), .array(let newElement)):
            compare(oldElement, newElement, at: location + "[]")
        case (.map(let oldValue), .map(let newValue)):
            compare(oldValue, newValue, at: location + "{}")
        case (.any, .any), (.boolean, .boolean):
            break
        case (.string(let a), .string(let b)) where a == b:
            break
        case (.integer(let a), .integer(let b)) where a == b:
            break
        case (.number(let a), .number(let b)) where a == b:
            break
        default:
            add(.fieldRetyped, location, "type changed from \(TypeWords.describe(lhs)) to \(TypeWords.describe(rhs))")
        }
    }

    /// Follows named aliases (maps, arrays, primitives with a name) to what they stand for.
    private func resolvedAlias(_ type: TypeReference, in api: APIDescription) -> TypeReference {
        var current = type
        var seen: Set<String> = []
        while case .named(let name) = current, seen.insert(name).inserted,
              let schema = api.schema(named: name), case .alias(let target) = schema.kind {
            current = target.nonNullable
        }
        return current
    }

    private mutating func compareNamed(_ oldName: String, _ newName: String, at location: String) {
        guard visited.insert(oldName + "\u{0}" + newName).inserted else { return }
        guard let before = old.schema(named: oldName), let after = new.schema(named: newName) else {
            if oldName != newName { add(.fieldRetyped, location, "type changed from \(oldName) to \(newName)") }
            return
        }
        switch (before.kind, after.kind) {
        case (.object(let a), .object(let b)):
            if oldName != newName { add(.typeRenamed, location, "model \(oldName) renamed to \(newName)") }
            compareObjects(a, b, at: location)
        case (.enumeration(let a), .enumeration(let b)):
            if oldName != newName { add(.typeRenamed, location, "enum \(oldName) renamed to \(newName)") }
            compareEnums(a, b, name: newName, at: location)
        case (.union(let a), .union(let b)):
            // Alternatives are compared as a whole: a new or removed one changes which enum cases callers match.
            if TypeWords.describe(before) != TypeWords.describe(after) || a.discriminator != b.discriminator {
                add(.fieldRetyped, location, "type changed from \(TypeWords.describe(before)) to \(TypeWords.describe(after))")
            }
        default:
            add(.fieldRetyped, location, "type changed from \(TypeWords.describe(before)) to \(TypeWords.describe(after))")
        }
    }

    private mutating func compareObjects(_ before: ObjectSchema, _ after: ObjectSchema, at location: String) {
        let newNames = Set(after.properties.map(\.name))
        for property in before.properties where !newNames.contains(property.name) {
            add(.fieldRemoved, Self.join(location, property.name), "\(property.isRequired ? "required" : "optional") field removed")
        }
        for property in after.properties {
            let path = Self.join(location, property.name)
            guard let previous = before.properties.first(where: { $0.name == property.name }) else {
                let required = property.isRequired && !property.isReadOnly
                add(.fieldAdded, path, "\(property.isRequired ? "required" : "optional") field added", isRequired: required)
                continue
            }
            if previous.isRequired != property.isRequired {
                add(property.isRequired ? .fieldMadeRequired : .fieldMadeOptional, path,
                    property.isRequired ? "field made required" : "field made optional")
            }
            compare(previous.type, property.type, at: path)
        }
        switch (before.additionalProperties, after.additionalProperties) {
        case (nil, nil): break
        case (nil, .some): add(.fieldAdded, location + "{}", "additional properties now allowed")
        case (.some, nil): add(.fieldRemoved, location + "{}", "additional properties no longer allowed")
        case (.some(let a), .some(let b)): compare(a, b, at: location + "{}")
        }
    }

    private mutating func compareEnums(_ before: EnumSchema, _ after: EnumSchema, name: String, at location: String) {
        let kind = after.isExtensible ? "extensible" : "closed"
        let newValues = Set(after.values.map(\.value))
        let oldValues = Set(before.values.map(\.value))
        for value in before.values where !newValues.contains(value.value) {
            add(.enumValueRemoved, location, "value '\(value.value)' removed from enum \(name)")
        }
        for value in after.values where !oldValues.contains(value.value) {
            add(.enumValueAdded, location, "value '\(value.value)' added to \(kind) enum \(name)", isExtensible: after.isExtensible)
        }
        if before.isExtensible != after.isExtensible {
            add(.enumExtensibilityChanged, location, "enum \(name) is now \(kind)")
        }
    }

    private mutating func add(
        _ kind: ChangeKind, _ location: String, _ message: String, isRequired: Bool = false, isExtensible: Bool = true
    ) {
        let severity = ChangeRules.severity(of: kind, direction: direction, isRequired: isRequired, isExtensible: isExtensible)
        changes.append(Change(kind: kind, location: location, message: message, severity: severity))
    }

    /// `body.customId`; a property of a root shown as `response 200` becomes `response 200.identity`.
    static func join(_ location: String, _ name: String) -> String {
        location.isEmpty ? name : location + "." + name
    }
}
