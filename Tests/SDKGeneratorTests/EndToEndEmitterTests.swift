import Foundation
import SDKGenerator
import Testing

/// What the emitter generates for end-to-end tests, the usage example, and header parameters.
@Suite("Emitter: end-to-end tests, usage example, headers")
struct EndToEndEmitterTests {
    /// A description with a creating call, a paged list, a GET by id, and header parameters of several types.
    static let description = """
    swagger: "2.0"
    info: {title: Pets, version: "2030-01-01"}
    paths:
      /pets:
        post:
          operationId: Pets_Create
          summary: Create a pet.
          parameters:
            - {in: body, name: body, required: true, schema: {$ref: "#/definitions/NewPet"}}
            - {in: header, name: Repeatability-Request-ID, type: string}
            - {in: header, name: Repeatability-First-Sent, type: string, format: date-time}
            - {in: header, name: If-Modified-Since, type: string, format: date-time-rfc1123}
            - {in: header, name: x-ms-stamp, type: string, format: date-time}
            - {in: header, name: x-ms-count, type: integer, format: int32}
            - {in: header, name: x-ms-kind, type: string, enum: [cat, dog], x-ms-enum: {name: Kind, modelAsString: false}}
            - {in: header, name: x-ms-color, type: string, enum: [red], x-ms-enum: {name: Color, modelAsString: true}}
          responses: {"201": {description: ok, schema: {$ref: "#/definitions/Pet"}}}
          x-ms-examples:
            Create a cat:
              parameters:
                body: {name: "Tom \\"the\\" cat", kind: cat, color: purple, tags: [a, b], legs: 4}
              responses: {"201": {body: {id: "1", name: Tom}}}
        get:
          operationId: Pets_List
          summary: List pets.
          x-ms-pageable: {nextLinkName: nextLink}
          parameters: []
          responses: {"200": {description: ok, schema: {$ref: "#/definitions/PetPage"}}}
      /pets/{id}:
        get:
          operationId: Pets_Get
          summary: Get a pet.
          parameters: [{in: path, name: id, required: true, type: string}]
          responses: {"200": {description: ok, schema: {$ref: "#/definitions/Pet"}}}
          x-ms-examples:
            Get a pet that is not there:
              parameters: {id: "42"}
              responses: {"404": {body: {error: {code: PetNotFound, message: no such pet}}}}
    definitions:
      NewPet:
        type: object
        required: [name]
        properties:
          name: {type: string}
          kind: {$ref: "#/definitions/Kind"}
          color: {$ref: "#/definitions/Color"}
          tags: {type: array, items: {type: string}}
          legs: {type: integer, format: int32}
      Pet:
        type: object
        properties: {id: {type: string}, name: {type: string}, born: {type: string, format: date-time}}
      PetPage:
        type: object
        properties: {value: {type: array, items: {$ref: "#/definitions/Pet"}}, nextLink: {type: string}}
      Kind: {type: string, enum: [cat, dog], x-ms-enum: {name: Kind, modelAsString: false}}
      Color: {type: string, enum: [red], x-ms-enum: {name: Color, modelAsString: true}}
    """

    static func generate(endToEnd: Bool) throws -> Generator.Result {
        let options = EmitterOptions(
            moduleName: "Pets", sdkName: "pets", sdkVersion: "1.0.0",
            endToEnd: endToEnd ? EndToEndOptions(emulatorModule: "PetEmulator", descriptionPath: "../../../Spec/pets.yaml") : nil,
            authentication: AuthenticationOptions(accessKey: true))
        return try InlineDescription.generate(description, name: "pets.yaml", options: options)
    }

    static func file(_ result: Generator.Result, _ suffix: String) throws -> String {
        try InlineDescription.file(result, suffix)
    }

    @Test("without endToEnd settings there are no end-to-end tests; the README's example is compiled instead of run")
    func optional() throws {
        let result = try Self.generate(endToEnd: false)
        let paths = result.files.map(\.path)
        #expect(!paths.contains { $0.contains("EndToEndTests") })
        let readme = try Self.file(result, "Docs/Pets/README.md")
        #expect(readme.contains("compile this example (`UsageExampleCompiles.swift`)"))
        #expect(!readme.contains("emulator"))
        let compiled = try Self.file(result, "Tests/PetsTests/UsageExampleCompiles.swift")
        #expect(compiled.contains("func usageExampleCompiles() async throws {"))
        // The same first call in both, and in the documentation catalog.
        let clientLine = "let client = try PetsClient(connectionString: connectionString)"
        #expect(readme.contains(clientLine) && compiled.contains("    " + clientLine))
        #expect(try Self.file(result, "Sources/Pets/Pets.docc/Pets.md").contains(clientLine))
    }

    @Test("every operation gets a prepared call, a wrong-key and an unserved-version test, with arguments by wire name")
    func endToEndTests() throws {
        let result = try Self.generate(endToEnd: true)
        let tests = try Self.file(result, "Tests/PetsEndToEndTests/PetsOperationsEndToEndTests.swift")
        #expect(tests.contains("import PetEmulator"))
        for operation in ["Pets_Create", "Pets_List", "Pets_Get"] {
            #expect(tests.contains(#"emulator.prepareCall(operationID: "\#(operation)", apiVersion: PetsClient.generatedAPIVersion)"#))
        }
        #expect(tests.contains(#"client.pets.create(body: try call.body(NewPet.self), repeatabilityRequestID: try call.optionalArgument(String.self, "Repeatability-Request-ID"), repeatabilityFirstSent: try call.optionalArgument(Date.self, "Repeatability-First-Sent")"#))
        #expect(tests.contains(#"client.pets.get(id: try call.argument(String.self, "id"))"#))
        #expect(tests.contains(#"let items = try await collect(client.pets.list())"#))
        #expect(tests.components(separatedBy: "is refused with a key the service does not have").count == 4)
        // Only the operation whose example shows a 404 for a resource named by path is tested with a missing one.
        #expect(tests.components(separatedBy: "outcome: .notFound").count == 2)
        #expect(tests.contains("func getAnswersNotFound()"))
        #expect(tests.contains(#"await expectServiceError(404, code: "PetNotFound") {"#))
        #expect(tests.components(separatedBy: "is refused for an api-version the service does not serve").count == 4)
        let support = try Self.file(result, "Tests/PetsEndToEndTests/EndToEndSupport.swift")
        #expect(support.contains(#".appendingPathComponent("../../../Spec/pets.yaml")"#))
        #expect(support.contains("configuration.servesBuiltInVersions = false"))
    }

    @Test("the usage example creates with literal models and enums, lists, and catches a ServiceError; a test runs it")
    func usageExample() throws {
        let result = try Self.generate(endToEnd: true)
        let readme = try Self.file(result, "Docs/Pets/README.md")
        #expect(readme.contains("A Swift client for api-version `2030-01-01`"))
        #expect(readme.contains(#"let pet = try await client.pets.create(body: NewPet(name: "Tom \"the\" cat", kind: .cat, color: Color(rawValue: "purple"), tags: ["a", "b"], legs: 4))"#))
        #expect(readme.contains("for try await item in try client.pets.list() {"))
        #expect(readme.contains(#"_ = try await client.pets.get(id: "does-not-exist")"#))
        let test = try Self.file(result, "Tests/PetsEndToEndTests/UsageExampleTests.swift")
        // The same code, indented into the test function, without trailing spaces on blank lines.
        #expect(test.contains(#"        let pet = try await client.pets.create(body: NewPet(name: "Tom \"the\" cat""#))
        #expect(!test.split(separator: "\n").contains { $0.hasSuffix(" ") })
    }

    @Test("header parameters are written by type: HTTP dates, RFC 3339 dates, HeaderValue, closed enums by raw value, repeatability by the client")
    func headers() throws {
        let operations = try Self.file(try Self.generate(endToEnd: false), "Sources/Pets/PetsOperations.swift")
        // Both repeatability headers declared: the client fills them, the arguments override.
        #expect(operations.contains(#"request.setRepeatability(requestID: repeatabilityRequestID, firstSent: repeatabilityFirstSent)"#))
        #expect(!operations.contains(#"request.setHeader("Repeatability-"#))
        #expect(operations.contains("Filled by the client with a new UUID when nil"))
        // date-time-rfc1123 is a Date in Swift, written as an IMF-fixdate.
        #expect(operations.contains(#"request.setHeader("If-Modified-Since", ifModifiedSince, format: .imfFixdate)"#))
        #expect(operations.contains(#"request.setHeader("x-ms-stamp", xMsStamp, format: .rfc3339)"#))
        #expect(operations.contains(#"request.setHeader("x-ms-count", xMsCount)"#))
        #expect(operations.contains(#"request.setHeader("x-ms-kind", xMsKind?.rawValue)"#))
        #expect(operations.contains(#"request.setHeader("x-ms-color", xMsColor)"#))
        #expect(!operations.contains(#"\($0)"#))
    }

    @Test("end-to-end tests without access-key authentication are refused with the setting to add")
    func endToEndNeedsAccessKey() throws {
        let options = EmitterOptions(
            moduleName: "Pets", sdkName: "pets", sdkVersion: "1.0.0",
            endToEnd: EndToEndOptions(emulatorModule: "PetEmulator", descriptionPath: "../../../Spec/pets.yaml"))
        let error = try #require(throws: (any Error).self) {
            _ = try InlineDescription.generate(Self.description, name: "pets.yaml", options: options)
        }
        #expect(String(describing: error).contains("sdkgen.yaml: endToEnd tests sign with the emulator's access key"))
        #expect(String(describing: error).contains("authentication: {accessKey: true}"))
    }
}
