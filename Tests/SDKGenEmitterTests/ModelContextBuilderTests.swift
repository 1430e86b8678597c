import Testing
import SDKGenIR
@testable import SDKGenEmitter

@Suite struct ModelContextBuilderTests {
    static func property(_ name: String, _ type: TypeReference, required: Bool = false) -> Property {
        Property(name: name, clientName: nil, type: type, isRequired: required, isReadOnly: false, description: nil, defaultValue: nil,
                 constraints: Constraints())
    }

    static func object(_ properties: [Property], parents: [String] = [], discriminator: Discriminator? = nil, value: String? = nil) -> Schema.Kind {
        .object(ObjectSchema(properties: properties, additionalProperties: nil, parents: parents, discriminator: discriminator, discriminatorValue: value))
    }

    static func builder(_ schemas: [Schema]) -> (ModelContextBuilder, APIDescription) {
        let api = APIDescription(
            title: "T", summary: nil, apiVersion: "1", host: HostTemplate(template: "{endpoint}", parameters: [], useSchemePrefix: false, basePath: ""),
            operations: [], schemas: schemas, securitySchemes: [])
        return (ModelContextBuilder(api: api, types: TypeMapper(schemas: api.schemas)), api)
    }

    @Test func modelFromDescription() throws {
        let api = try readDescription(petsDescription)
        let models = ModelContextBuilder(api: api, types: TypeMapper(schemas: api.schemas))
        let pet = try #require(api.schema(named: "Pet"))
        guard case .object(let object) = pet.kind else { Issue.record("Pet is not an object"); return }
        let context = models.model(pet, object)
        #expect(context.typeName == "Pet" && !context.properties.isEmpty)
        #expect(context.docLines.map(\.text) == ["A pet."])
        #expect(context.properties.map(\.swiftName) == ["name", "tag", "born", "age", "parent", "kind", "selfValue"])
        #expect(context.properties.map(\.wireName) == ["name", "tag", "born", "age", "parent", "kind", "self"])
        #expect(context.properties.map(\.swiftType) == ["String", "String?", "Date?", "Int32?", "Pet?", "Kind?", "String?"])
        #expect(context.properties.map(\.isOptional) == [false, true, true, true, true, true, true])
        // Only the property holding its own type needs indirect storage.
        #expect(context.properties.map(\.isIndirect) == [false, false, false, false, true, false, false])
        #expect(context.properties.map(\.wireCoding) == [nil, nil, "IMFFixdateCoding", nil, nil, nil, nil])
        #expect(context.properties[0].docLines.map(\.text) == ["Its name.", "", "Minimum length: 1. Maximum length: 20."])
        #expect(context.properties[1].docLines.map(\.text) == ["Set by the service; ignored in requests."])
        #expect(context.properties[3].docLines.map(\.text) == ["Range: 0…40."])

        let kind = try #require(api.schema(named: "Kind"))
        guard case .enumeration(let enumeration) = kind.kind else { Issue.record("Kind is not an enum"); return }
        let enumContext = models.enumeration(kind, enumeration)
        #expect(enumContext.typeName == "Kind" && !enumContext.isExtensible)
        #expect(enumContext.cases.map(\.caseName) == ["cat", "dog"])
        #expect(enumContext.cases.map(\.rawValue) == ["cat", "dog"])
    }

    @Test func mutualRecursionIsIndirect() {
        let (models, api) = Self.builder([
            schema("A", Self.object([Self.property("b", .named("B"))])),
            schema("B", Self.object([Self.property("a", .nullable(.named("A"))), Self.property("list", .array(.named("A")))])),
            schema("C", Self.object([Self.property("a", .named("A"), required: true)])),
        ])
        func indirect(_ name: String) -> [Bool] {
            let schema = api.schema(named: name)!
            guard case .object(let object) = schema.kind else { return [] }
            return models.model(schema, object).properties.map(\.isIndirect)
        }
        #expect(indirect("A") == [true])
        // Arrays are stored out of line already.
        #expect(indirect("B") == [true, false])
        #expect(indirect("C") == [false])
    }

    @Test func emptyModelHasNoProperties() {
        let (models, api) = Self.builder([schema("Empty")])
        guard case .object(let object) = api.schemas[0].kind else { return }
        let context = models.model(api.schemas[0], object)
        #expect(context.properties.isEmpty)
    }

    @Test func enumCaseNamesAreUniqueAndEscaped() {
        let values = [EnumValue(value: "default", name: nil, description: "The default."), EnumValue(value: "Default", name: nil, description: nil),
                      EnumValue(value: "a \"b\"", name: "quoted", description: nil)]
        let (models, api) = Self.builder([schema("Mode", .enumeration(EnumSchema(values: values, isExtensible: true)))])
        guard case .enumeration(let enumeration) = api.schemas[0].kind else { return }
        let context = models.enumeration(api.schemas[0], enumeration)
        #expect(context.isExtensible)
        #expect(context.cases.map(\.caseName) == ["`default`", "default2", "quoted"])
        #expect(context.cases.map(\.rawValue) == ["default", "Default", #"a \"b\""#])
        #expect(context.cases[0].docLines.map(\.text) == ["The default."])
    }

    @Test func polymorphicFamily() {
        let (models, api) = Self.builder([
            schema("Animal", Self.object([Self.property("kind", .string(format: nil), required: true)], discriminator: Discriminator(propertyName: "kind"))),
            schema("Cat", Self.object([], parents: ["Animal"], value: "cat")),
            schema("Dog", Self.object([], parents: ["Animal"], value: "none")),
            schema("Kitten", Self.object([], parents: ["Cat"], value: "kitten")),
        ])
        let families = ModelContextBuilder.polymorphicFamilies(api)
        #expect(families.keys.sorted() == ["Animal"])
        #expect(families["Animal"]!.map(\.value) == ["cat", "kitten", "none"])
        #expect(families["Animal"]!.map(\.schema) == ["Cat", "Kitten", "Dog"])
        guard case .object(let object) = api.schema(named: "Animal")!.kind else { return }
        let context = models.polymorphic(api.schema(named: "Animal")!, object, members: families["Animal"]!)
        #expect(context.discriminatorKey == "kind")
        // `.none` would read as Optional's.
        #expect(context.cases.map(\.caseName) == ["cat", "kitten", "noneKind"])
        #expect(context.cases.map(\.typeName) == ["Cat", "Kitten", "Dog"])
    }

    @Test func unionOrderAndNames() {
        let (models, api) = Self.builder([
            schema("Small", Self.object([Self.property("x", .string(format: nil))])),
            schema("Big", Self.object([Self.property("x", .string(format: nil), required: true), Self.property("y", .boolean, required: true)])),
            schema("Either", .union(UnionSchema(
                alternatives: [.named("Small"), .named("Big"), .string(format: nil), .array(.string(format: nil))], discriminator: nil))),
            schema("Tagged", .union(UnionSchema(
                alternatives: [.named("Big"), .named("Small")],
                discriminator: Discriminator(propertyName: "type", mapping: [DiscriminatorMapping(value: "big-one", schema: "Big")])))),
        ])
        guard case .union(let either) = api.schema(named: "Either")!.kind, case .union(let tagged) = api.schema(named: "Tagged")!.kind
        else { return }
        let context = models.union(api.schema(named: "Either")!, either)
        // More required properties first: an all-optional model would accept any object.
        #expect(context.cases.map(\.typeName) == ["Big", "Small", "String", "[String]"])
        #expect(context.cases.map(\.caseName) == ["big", "small", "string", "stringList"])
        #expect(context.discriminatorKey == nil && context.cases.map(\.value) == [nil, nil, nil, nil])
        let taggedContext = models.union(api.schema(named: "Tagged")!, tagged)
        // With a discriminator the description's order stands; unmapped alternatives go by their name.
        #expect(taggedContext.cases.map(\.typeName) == ["Big", "Small"])
        #expect(taggedContext.cases.map(\.value) == ["big-one", "Small"])
        #expect(taggedContext.discriminatorKey == "type")
    }

    @Test func alias() {
        let (models, api) = Self.builder([schema("Labels", .alias(.map(.nullable(.string(format: "uuid")))))])
        let context = models.alias(api.schemas[0], .map(.nullable(.string(format: "uuid"))))
        #expect(context.typeName == "Labels" && context.aliasedType == "[String: UUID?]")
    }
}
