/// A named schema: a model (object), an enum, or an alias of another type.
public struct Schema: Codable, Sendable, Hashable {
    /// The name as the description gives it (definition key or `x-ms-enum.name`).
    public var name: String
    /// Its description.
    public var description: String?
    /// What kind of type it is.
    public var kind: Kind
    /// Where it was defined, e.g. `common.json#/definitions/CommunicationError`.
    public var location: String

    /// Creates a schema.
    public init(name: String, description: String?, kind: Kind, location: String) {
        self.name = name
        self.description = description
        self.kind = kind
        self.location = location
    }

    /// The shapes a named schema can take.
    public enum Kind: Codable, Sendable, Hashable {
        /// An object with named properties (after flattening `allOf`).
        case object(ObjectSchema)
        /// A string enum.
        case enumeration(EnumSchema)
        /// Another name for a type: a map, an array or a primitive with a name.
        case alias(TypeReference)
        /// `oneOf` / `anyOf`: a value of one of several types.
        case union(UnionSchema)
    }
}

/// An object's properties and extra keys.
public struct ObjectSchema: Codable, Sendable, Hashable {
    /// Properties in document order, parents' (`allOf`) first.
    public var properties: [Property]
    /// `additionalProperties`: the type of extra keys' values, if extra keys are allowed and typed.
    public var additionalProperties: TypeReference?
    /// Names of `allOf` parents, in order.
    public var parents: [String]
    /// On the base of a polymorphic family: the property whose value names the subtype (`discriminator`).
    public var discriminator: Discriminator?
    /// On a member of a polymorphic family: the discriminator value that means this schema
    /// (`x-ms-discriminator-value`, else the schema's name, Swagger's convention).
    public var discriminatorValue: String?

    /// Creates an object schema.
    public init(
        properties: [Property], additionalProperties: TypeReference?, parents: [String],
        discriminator: Discriminator? = nil, discriminatorValue: String? = nil
    ) {
        self.properties = properties
        self.additionalProperties = additionalProperties
        self.parents = parents
        self.discriminator = discriminator
        self.discriminatorValue = discriminatorValue
    }
}

/// `oneOf` / `anyOf`: the alternatives in the description's order (a `null` alternative is the referring
/// property's nullability, not an alternative), and the discriminator that tells them apart when there is one.
public struct UnionSchema: Codable, Sendable, Hashable {
    /// The alternatives.
    public var alternatives: [TypeReference]
    /// The property naming the alternative, with explicit value → schema pairs; nil: told apart by shape.
    public var discriminator: Discriminator?

    /// Creates a union.
    public init(alternatives: [TypeReference], discriminator: Discriminator?) {
        self.alternatives = alternatives
        self.discriminator = discriminator
    }
}

/// A polymorphic base's discriminator: the property naming the subtype, and explicit value → schema pairs.
public struct Discriminator: Codable, Sendable, Hashable {
    /// The JSON property whose value names the subtype, e.g. `kind`.
    public var propertyName: String
    /// OpenAPI 3 `mapping`: discriminator value → schema name, sorted by value; empty when subtypes say
    /// their own value (`x-ms-discriminator-value`) or go by their names.
    public var mapping: [DiscriminatorMapping]

    /// Creates a discriminator.
    public init(propertyName: String, mapping: [DiscriminatorMapping] = []) {
        self.propertyName = propertyName
        self.mapping = mapping
    }
}

/// One explicit discriminator value and the schema it means.
public struct DiscriminatorMapping: Codable, Sendable, Hashable {
    /// The value on the wire.
    public var value: String
    /// The schema's name.
    public var schema: String

    /// Creates a mapping entry.
    public init(value: String, schema: String) {
        self.value = value
        self.schema = schema
    }
}

/// One property of an object.
public struct Property: Codable, Sendable, Hashable {
    /// The JSON key.
    public var name: String
    /// `x-ms-client-name`, if the description renames it for SDKs.
    public var clientName: String?
    /// Its type.
    public var type: TypeReference
    /// Whether it is in `required`.
    public var isRequired: Bool
    /// `readOnly`: set by the service, ignored in requests.
    public var isReadOnly: Bool
    /// Its description.
    public var description: String?
    /// `default`, if declared.
    public var defaultValue: JSONValue?
    /// Value constraints.
    public var constraints: Constraints

    /// Creates a property.
    public init(
        name: String, clientName: String?, type: TypeReference, isRequired: Bool, isReadOnly: Bool,
        description: String?, defaultValue: JSONValue?, constraints: Constraints
    ) {
        self.name = name
        self.clientName = clientName
        self.type = type
        self.isRequired = isRequired
        self.isReadOnly = isReadOnly
        self.description = description
        self.defaultValue = defaultValue
        self.constraints = constraints
    }
}

/// A string enum.
public struct EnumSchema: Codable, Sendable, Hashable {
    /// The allowed values, in document order.
    public var values: [EnumValue]
    /// `x-ms-enum.modelAsString: true` (or no `x-ms-enum`): unknown values are kept, not rejected.
    public var isExtensible: Bool

    /// Creates an enum schema.
    public init(values: [EnumValue], isExtensible: Bool) {
        self.values = values
        self.isExtensible = isExtensible
    }
}

/// One enum value.
public struct EnumValue: Codable, Sendable, Hashable {
    /// The value on the wire.
    public var value: String
    /// `x-ms-enum.values[].name`, if given.
    public var name: String?
    /// `x-ms-enum.values[].description`, if given.
    public var description: String?

    /// Creates an enum value.
    public init(value: String, name: String?, description: String?) {
        self.value = value
        self.name = name
        self.description = description
    }
}
