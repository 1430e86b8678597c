import Foundation
import SDKGenerator
import Testing

/// Emitter decisions that the Identity spec does not exercise.
@Suite("Emitter")
struct EmitterTests {
    static func generate(_ text: String, name: String = "api.yaml") throws -> Generator.Result {
        try InlineDescription.generate(text, name: name)
    }

    static func file(_ result: Generator.Result, _ suffix: String) -> String {
        result.files.first { $0.path.hasSuffix(suffix) }?.contents ?? ""
    }

    @Test("a server URL in the description becomes the client's default endpoint")
    func defaultEndpoint() throws {
        let result = try Self.generate("""
        openapi: 3.0.0
        info: {title: Pets, version: "1"}
        servers: [{url: "https://pets.example.com/v1"}]
        paths: {/pets: {get: {operationId: Pets_List, responses: {"200": {description: ok}}}}}
        """)
        let client = Self.file(result, "PetsClient.swift")
        #expect(client.contains(#"public static let defaultEndpoint = URL(string: "https://pets.example.com/v1")!"#))
        #expect(client.contains("public convenience init(credential: any RequestCredential"))
    }

    @Test("TypeSpec-style groups (`IdentityOperations_Create`) read naturally: `client.identity`, `IdentityOperations`")
    func typeSpecGroupNames() throws {
        let result = try Self.generate("""
        swagger: "2.0"
        info: {title: Pets, version: "1"}
        paths:
          /pets: {post: {operationId: PetOperations_Create, responses: {"204": {description: ok}}}}
          /toys: {post: {operationId: Operations_List, responses: {"204": {description: ok}}}}
        """)
        let client = Self.file(result, "PetsClient.swift")
        #expect(client.contains("public var pet: PetOperations"))
        #expect(client.contains("public var operations: OperationsOperations"))
        #expect(!result.files.contains { $0.path.hasSuffix("PetOperationsOperations.swift") })
        #expect(Self.file(result, "Sources/Pets/PetOperations.swift").contains("public func create()"))
    }

    @Test("a closed enum is a Swift enum; an extensible one a struct keeping unknown values")
    func enums() throws {
        let result = try Self.generate("""
        swagger: "2.0"
        info: {title: Pets, version: "1"}
        paths: {}
        definitions:
          Closed: {type: string, enum: [a, b-c], x-ms-enum: {name: Closed, modelAsString: false}}
          Open: {type: string, enum: [default, "1st"], x-ms-enum: {name: Open, modelAsString: true}}
        """)
        let closed = Self.file(result, "Models/Closed.swift")
        #expect(closed.contains("public enum Closed: String, Codable, Hashable, Sendable, CaseIterable {"))
        #expect(closed.contains(#"case bC = "b-c""#))
        let open = Self.file(result, "Models/Open.swift")
        #expect(open.contains("public struct Open: ExtensibleEnum {"))
        #expect(open.contains(#"public static let `default`: Open = "default""#))
        #expect(open.contains(#"public static let _1st: Open = "1st""#))
    }

    @Test("keywords and wire names that are not Swift identifiers keep their JSON keys")
    func propertyNames() throws {
        let result = try Self.generate("""
        swagger: "2.0"
        info: {title: Pets, version: "1"}
        paths: {}
        definitions:
          Thing:
            type: object
            required: [protocol]
            properties:
              protocol: {type: string}
              self-link: {type: string}
              "@odata.type": {type: string}
              Self: {type: integer, format: int64}
        """)
        let thing = Self.file(result, "Models/Thing.swift")
        #expect(thing.contains("public var `protocol`: String"))
        #expect(thing.contains(#"case selfLink = "self-link""#))
        #expect(thing.contains(#"case odataType = "@odata.type""#))
        #expect(thing.contains("public var `self`2: Int64?") == false)
        #expect(thing.contains(#"= "Self""#))
    }
}

extension EmitterTests {
    @Test("what a method cannot return is a located warning; declared headers are returned")
    func unreturnedParts() throws {
        let result = try Self.generate("""
        swagger: "2.0"
        info: {title: Pets, version: "1"}
        paths:
          /a:
            get:
              operationId: A_Get
              responses:
                "200": {description: ok, schema: {type: string}, headers: {ETag: {type: string}}}
                "202": {description: later, schema: {type: integer}}
        """)
        #expect(!result.warnings.contains { $0.message.contains("ETag") }, "declared headers are returned by getWithResponse")
        let group = Self.file(result, "AOperations.swift")
        #expect(group.contains("public func getWithResponse() async throws -> ResponseWithHeaders<String, GetHeaders>"))
        #expect(group.contains("            eTag = raw.header(\"ETag\")"))
        #expect(result.warnings.contains { $0.message.contains("different body types (String, Int)") })
    }
}

extension EmitterTests {
    /// Every generated file's text, joined.
    static func allText(_ result: Generator.Result) -> String {
        result.files.map(\.contents).joined(separator: "\n")
    }

    @Test("a description with no security scheme gets an anonymous client and nothing of ACS")
    func anonymousClient() throws {
        let result = try Self.generate("""
        swagger: "2.0"
        info: {title: Pets, version: "1"}
        paths:
          /a: {get: {operationId: A_Get, responses: {"204": {description: ok}}}}
        """)
        let text = Self.allText(result)
        #expect(text.contains("public convenience init(endpoint: URL, options: ClientOptions = ClientOptions())"))
        #expect(text.contains("credential: AnonymousCredential()"))
        for acs in ["connectionString", "communication.azure.com", "HMAC", "AccessKeyCredential", "BearerTokenCredential("] {
            #expect(!text.contains(acs), "generated code mentions \(acs)")
        }
    }

    @Test("an API-key scheme gives init(endpoint:apiKey:) and tests expecting that header; OAuth2 gives a token initializer")
    func schemesDecideInitializers() throws {
        let apiKey = Self.allText(try Self.generate("""
        swagger: "2.0"
        info: {title: Pets, version: "1"}
        securityDefinitions: {k: {type: apiKey, name: x-pets-key, in: header}}
        paths:
          /a: {get: {operationId: A_Get, responses: {"204": {description: ok}}}}
        """))
        #expect(apiKey.contains(#"try APIKeyCredential(headerName: "x-pets-key", key: apiKey)"#))
        #expect(!apiKey.contains("connectionString") && !apiKey.contains("HMAC") && !apiKey.contains("communication.azure.com"))

        let oauth = Self.allText(try Self.generate("""
        swagger: "2.0"
        info: {title: Pets, version: "1"}
        securityDefinitions: {e: {type: oauth2, flow: implicit, authorizationUrl: "https://login.example/a", scopes: {"https://pets.example/.default": all, user_impersonation: you}}}
        x-ms-parameterized-host:
          hostTemplate: "{endpoint}"
          parameters: [{name: endpoint, in: path, required: true, type: string, x-ms-parameter-location: client, description: "The pets service, for example https://my-pets.example.org."}]
        paths:
          /a: {get: {operationId: A_Get, responses: {"204": {description: ok}}}}
        """))
        #expect(oauth.contains(#"tokenCredential: any TokenCredential, scopes: [String] = ["https://pets.example/.default"]"#))
        #expect(oauth.contains(#"URL(string: "https://my-pets.example.org")!"#))
        #expect(oauth.contains(#"#expect(request.header("Authorization") == "Bearer test-token")"#) || !oauth.contains("@Test"))
        #expect(!oauth.contains("connectionString") && !oauth.contains("HMAC"))
    }
}

extension EmitterTests {
    @Test("groups differing only as singular and plural merge under the plural; sdkgen.yaml renames groups first")
    func groupMerging() throws {
        let description = """
        swagger: "2.0"
        info: {title: Pets, version: "1"}
        paths:
          /pets: {get: {operationId: Pets_List, responses: {"204": {description: ok}}}}
          /pets/{id}: {get: {operationId: Pet_Get, parameters: [{name: id, in: path, required: true, type: string}], responses: {"204": {description: ok}}}}
          /toys: {get: {operationId: Toy_List, responses: {"204": {description: ok}}}}
          /policy: {get: {operationId: Policy_Get, responses: {"204": {description: ok}}}}
          /policies: {get: {operationId: Policies_List, responses: {"204": {description: ok}}}}
          /address: {get: {operationId: Address_Get, responses: {"204": {description: ok}}}}
        """
        let merged = try Self.generate(description)
        let client = Self.file(merged, "PetsClient.swift")
        #expect(client.contains("public var pets: PetsOperations"))
        #expect(!client.contains("public var pet:"))
        #expect(Self.file(merged, "PetsOperations.swift").contains("/// Pets operations: `list`, `get`."))
        #expect(client.contains("public var policies: PoliciesOperations"))
        #expect(Self.file(merged, "PoliciesOperations.swift").contains("/// Policies operations: `get`, `list`."))
        #expect(client.contains("public var address: AddressOperations"))
        let renamed = try InlineDescription.generate(description, name: "pets.yaml", options: EmitterOptions(
            moduleName: "Pets", sdkName: "pets", sdkVersion: "1.0.0", groupNames: ["Toy": "Pets"]))
        #expect(Self.file(renamed, "PetsOperations.swift").contains("/// Pets operations: `list`, `get`, `list2`."))
    }
}

extension EmitterTests {
    @Test("a summary repeated as the description's first sentence is said once; no placeholder for models without optionals")
    func docCommentsWithoutRepeats() throws {
        let result = try Self.generate("""
        swagger: "2.0"
        info: {title: Pets, version: "1"}
        paths:
          /a:
            get:
              operationId: A_Get
              summary: Reads a pet.
              description: Reads a pet. Pets are kept forever.
              responses: {"200": {description: ok, schema: {$ref: "#/definitions/Pet"}}}
          /b:
            get:
              operationId: B_Get
              summary: Reads a pet
              description: Reads a pet by name.
              responses: {"204": {description: ok}}
        definitions:
          Pet: {type: object, required: [name], properties: {name: {type: string}}}
          Toy: {type: object, properties: {name: {type: string}}}
        """)
        let a = Self.file(result, "AOperations.swift")
        #expect(a.contains("    /// Reads a pet.\n    ///\n    /// Pets are kept forever.\n"))
        #expect(a.components(separatedBy: "Reads a pet.").count == 2)
        // Not a whole sentence of the description: both stay.
        #expect(Self.file(result, "BOperations.swift").contains("    /// Reads a pet\n    ///\n    /// Reads a pet by name.\n"))
        #expect(Self.file(result, "Models/Pet.swift").contains("    /// Creates a value.\n"))
        #expect(Self.file(result, "Models/Toy.swift").contains("    /// Creates a value; optional properties default to `nil`.\n"))
    }
}

extension EmitterTests {
    @Test("groups named in names.onClient become methods of the client, clear of its own members and group properties")
    func groupsOnClient() throws {
        let description = """
        swagger: "2.0"
        info: {title: Pets, version: "1"}
        paths:
          /endpoint: {get: {operationId: Endpoint, responses: {"204": {description: ok}}}}
          /toys: {get: {operationId: Toys, responses: {"204": {description: ok}}}}
          /toys/all: {get: {operationId: Toys_List, responses: {"204": {description: ok}}}}
        """
        let result = try InlineDescription.generate(description, name: "pets.yaml", options: EmitterOptions(
            moduleName: "Pets", sdkName: "pets", sdkVersion: "1.0.0", groupsOnClient: ["Default"]))
        let client = Self.file(result, "PetsClient.swift")
        #expect(!client.contains("public var `default`"))
        #expect(client.contains("public var toys: ToysOperations"))
        let onClient = Self.file(result, "PetsClientDefault.swift")
        #expect(onClient.contains("extension PetsClient {"))
        // `endpoint` and `toys` are the client's already.
        #expect(onClient.contains("public func endpoint2() async throws {"))
        #expect(onClient.contains("public func toys2() async throws {"))
        #expect(Self.file(result, "PetsClientDefaultTests.swift").contains("struct PetsClientDefaultTests {"))
    }
}

extension EmitterTests {
    @Test("sdkgen.yaml group names that match no group warn; Default never merges with a Defaults group")
    func unmatchedGroupSettings() throws {
        let result = try InlineDescription.generate("""
        swagger: "2.0"
        info: {title: Pets, version: "1"}
        paths:
          /a: {get: {operationId: Alone, responses: {"204": {description: ok}}}}
          /b: {get: {operationId: Defaults_List, responses: {"204": {description: ok}}}}
        """, name: "pets.yaml", options: EmitterOptions(
            moduleName: "Pets", sdkName: "pets", sdkVersion: "1.0.0", groupNames: ["Pet": "Pets"], groupsOnClient: ["Toys"]))
        #expect(result.warnings.contains { $0.location == "sdkgen.yaml" && $0.message.contains("names.groups renames 'Pet'") })
        #expect(result.warnings.contains { $0.location == "sdkgen.yaml" && $0.message.contains("names.onClient names 'Toys'") })
        let client = Self.file(result, "PetsClient.swift")
        #expect(client.contains("public var `default`: DefaultOperations"))
        #expect(client.contains("public var defaults: DefaultsOperations"))
    }

    @Test("a header struct property never takes the initializer's parameter name")
    func headerNamedRaw() throws {
        let result = try Self.generate("""
        swagger: "2.0"
        info: {title: Pets, version: "1"}
        paths:
          /a: {get: {operationId: A_Get, responses: {"204": {description: ok, headers: {x-ms-raw: {type: string}}}}}}
        """)
        let group = Self.file(result, "AOperations.swift")
        #expect(group.contains(#"raw2 = raw.header("x-ms-raw")"#))
    }

    @Test("a model named like a runtime type generated code uses gets another name")
    func runtimeTypeNames() throws {
        let result = try Self.generate("""
        swagger: "2.0"
        info: {title: Pets, version: "1"}
        paths:
          /a: {get: {operationId: A_Get, responses: {"200": {description: ok, schema: {$ref: "#/definitions/Response"}}}}}
        definitions:
          Response: {type: object, properties: {poller: {$ref: "#/definitions/Poller"}}}
          Poller: {type: object, properties: {n: {type: integer}}}
        """)
        #expect(Self.file(result, "Models/ResponseModel.swift").contains("public struct ResponseModel:"))
        #expect(Self.file(result, "Models/PollerModel.swift").contains("public struct PollerModel:"))
        #expect(Self.file(result, "AOperations.swift").contains("-> Response<ResponseModel>"))
    }
}
