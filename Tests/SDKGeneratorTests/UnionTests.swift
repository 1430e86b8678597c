import Foundation
import SDKGenerator
import Testing

/// `oneOf` / `anyOf` become enums with a case per alternative (Spec/NamingTorture's `Token` and `Pick` are compiled
/// and round-tripped, unknown values included, by its generated tests); these check the reading and the order.
@Suite("Unions")
struct UnionTests {
    static let description = """
    openapi: 3.0.0
    info: {title: Zoo, version: "1"}
    paths: {}
    components:
      schemas:
        Loose: {type: object, properties: {note: {type: string}}}
        Strict: {type: object, required: [id, size], properties: {id: {type: string}, size: {type: integer}}}
        Value:
          description: By shape.
          oneOf: [{$ref: "#/components/schemas/Loose"}, {type: string}, {$ref: "#/components/schemas/Strict"}]
        Either:
          anyOf: [{type: boolean}, {type: array, items: {type: string}}]
        Named:
          oneOf: [{$ref: "#/components/schemas/Cat"}, {$ref: "#/components/schemas/Dog"}]
          discriminator: {propertyName: kind, mapping: {meow: "#/components/schemas/Cat"}}
        Cat: {type: object, required: [kind], properties: {kind: {type: string}}}
        Dog: {type: object, required: [kind], properties: {kind: {type: string}}}
        Holder:
          type: object
          properties:
            maybe: {oneOf: [{$ref: "#/components/schemas/Strict"}, {type: "null"}]}
            inline: {oneOf: [{type: string}, {type: integer}]}
    """

    static func generate() throws -> Generator.Result {
        try InlineDescription.generate(description, name: "zoo.yaml", options: EmitterOptions(moduleName: "Zoo", sdkName: "zoo", sdkVersion: "1.0.0"))
    }

    static func file(_ result: Generator.Result, _ suffix: String) throws -> String {
        try InlineDescription.file(result, suffix)
    }

    @Test("by shape: models with more required properties are tried first, then the description's order; no warning")
    func byShape() throws {
        let result = try Self.generate()
        #expect(!result.warnings.contains { $0.message.contains("oneOf") || $0.message.contains("anyOf") }, "\(result.warnings)")
        let value = try Self.file(result, "Models/Value.swift")
        let strict = try #require(value.range(of: "try? Strict(from: decoder)")).lowerBound
        let loose = try #require(value.range(of: "try? Loose(from: decoder)")).lowerBound
        let string = try #require(value.range(of: "try? String(from: decoder)")).lowerBound
        #expect(strict < loose && loose < string)
        #expect(value.contains("case unknown(JSONValue)"))
        let either = try Self.file(result, "Models/Either.swift")
        #expect(either.contains("case bool(Bool)") && either.contains("case stringList([String])"))
    }

    @Test("with a discriminator: mapping values, else the alternative's name")
    func byDiscriminator() throws {
        let named = try Self.file(try Self.generate(), "Models/Named.swift")
        #expect(named.contains(#"case "meow": self = .cat(try Cat(from: decoder))"#))
        #expect(named.contains(#"case "Dog": self = .dog(try Dog(from: decoder))"#))
        #expect(!named.contains("try? "))
    }

    @Test("oneOf with null is an optional; an inline union gets a name from its place")
    func nullableAndInline() throws {
        let result = try Self.generate()
        let holder = try Self.file(result, "Models/Holder.swift")
        #expect(holder.contains("public var maybe: Strict?"))
        #expect(holder.contains("public var inline: HolderInline?"))
        #expect(try Self.file(result, "Models/HolderInline.swift").contains("case int(Int)"))
    }
}
