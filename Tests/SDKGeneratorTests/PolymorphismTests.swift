import Foundation
import SDKGenerator
import Testing

/// Discriminated families become an enum with a case per known subtype (Spec/NamingTorture's `Shape` is compiled
/// and round-tripped, unknown kind included, by its generated tests); these check how families are found.
@Suite("Polymorphism")
struct PolymorphismTests {
    static func generate(_ text: String) throws -> Generator.Result {
        try InlineDescription.generate(text, options: EmitterOptions(moduleName: "Zoo", sdkName: "zoo", sdkVersion: "1.0.0"))
    }

    static func file(_ result: Generator.Result, _ suffix: String) throws -> String {
        try InlineDescription.file(result, suffix)
    }

    @Test("Swagger: subtypes by x-ms-discriminator-value or by name, nested families, no warning")
    func swagger() throws {
        let result = try Self.generate("""
        swagger: "2.0"
        info: {title: Zoo, version: "1"}
        paths: {}
        definitions:
          Animal: {type: object, discriminator: type, required: [type], properties: {type: {type: string}}}
          Cat: {allOf: [{$ref: "#/definitions/Animal"}], x-ms-discriminator-value: cat, properties: {lives: {type: integer}}}
          Bird: {allOf: [{$ref: "#/definitions/Animal"}], discriminator: type, properties: {wings: {type: integer}}}
          Parrot: {allOf: [{$ref: "#/definitions/Bird"}], x-ms-discriminator-value: parrot}
        """)
        #expect(!result.warnings.contains { $0.message.contains("discriminator") }, "\(result.warnings)")
        let animal = try Self.file(result, "Models/Animal.swift")
        #expect(animal.contains("public indirect enum Animal: Codable, Hashable, Sendable {"))
        #expect(animal.contains(#"case "cat": self = .cat(try Cat(from: decoder))"#))
        // Bird names itself (no x-ms-discriminator-value); Parrot belongs to both Bird's and Animal's families.
        #expect(animal.contains(#"case "Bird": self = .bird(try Bird(from: decoder))"#))
        #expect(animal.contains(#"case "parrot": self = .parrot(try Parrot(from: decoder))"#))
        #expect(animal.contains("case unknown(JSONValue)"))
        let bird = try Self.file(result, "Models/Bird.swift")
        #expect(bird.contains(#"case "parrot": self = .parrot(try Parrot(from: decoder))"#))
        #expect(try Self.file(result, "Models/Cat.swift").contains("public struct Cat: Codable"))
    }

    @Test("OpenAPI 3: discriminator.mapping names the subtypes; `none` is not Optional's case")
    func openAPIMapping() throws {
        let result = try Self.generate("""
        openapi: 3.0.0
        info: {title: Zoo, version: "1"}
        paths: {}
        components:
          schemas:
            Pet:
              type: object
              required: [kind]
              properties: {kind: {type: string}}
              discriminator: {propertyName: kind, mapping: {dog: "#/components/schemas/Dog", none: "#/components/schemas/NoPet"}}
            Dog: {allOf: [{$ref: "#/components/schemas/Pet"}], properties: {barks: {type: boolean}}}
            NoPet: {allOf: [{$ref: "#/components/schemas/Pet"}]}
        """)
        let pet = try Self.file(result, "Models/Pet.swift")
        #expect(pet.contains(#"case "dog": self = .dog(try Dog(from: decoder))"#))
        #expect(pet.contains(#"case "none": self = .noneKind(try NoPet(from: decoder))"#))
    }

    @Test("a discriminator object without propertyName is a located error")
    func badDiscriminator() throws {
        #expect {
            _ = try Self.generate("""
            openapi: 3.0.0
            info: {title: Zoo, version: "1"}
            paths: {}
            components: {schemas: {Pet: {type: object, discriminator: {mapping: {}}, properties: {kind: {type: string}}}}}
            """)
        } throws: { error in
            String(describing: error).contains("api.yaml#/components/schemas/Pet/discriminator")
                && String(describing: error).contains("propertyName")
        }
    }
}
