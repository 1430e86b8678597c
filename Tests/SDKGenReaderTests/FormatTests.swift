import Foundation
import SDKGenIR
@testable import SDKGenReader
import Testing

/// The same API written as Swagger 2.0 JSON, Swagger 2.0 YAML, OpenAPI 3.0 and OpenAPI 3.1.
@Suite("Formats")
struct FormatTests {
    static let swaggerJSON = """
    {
      "swagger": "2.0",
      "info": {"title": "PetClient", "version": "2024-01-01"},
      "paths": {
        "/pets/{petId}": {
          "get": {
            "operationId": "Pets_Get",
            "parameters": [
              {"name": "petId", "in": "path", "required": true, "type": "string"},
              {"name": "api-version", "in": "query", "required": true, "type": "string"}
            ],
            "responses": {
              "200": {"description": "OK", "schema": {"$ref": "#/definitions/Pet"}},
              "default": {"description": "Error", "schema": {"$ref": "#/definitions/Error"}}
            }
          }
        }
      },
      "definitions": {
        "Pet": {
          "type": "object",
          "required": ["name"],
          "properties": {
            "name": {"type": "string"},
            "born": {"type": "string", "format": "date-time"},
            "tag": {"type": "string", "x-nullable": true}
          }
        },
        "Error": {"type": "object", "properties": {"code": {"type": "string"}}}
      }
    }
    """

    static let swaggerYAML = """
    swagger: "2.0"
    info:
      title: PetClient
      version: "2024-01-01"
    paths:
      /pets/{petId}:
        get:
          operationId: Pets_Get
          parameters:
            - {name: petId, in: path, required: true, type: string}
            - {name: api-version, in: query, required: true, type: string}
          responses:
            "200": {description: OK, schema: {$ref: "#/definitions/Pet"}}
            default: {description: Error, schema: {$ref: "#/definitions/Error"}}
    definitions:
      Pet:
        type: object
        required: [name]
        properties:
          name: {type: string}
          born: {type: string, format: date-time}
          tag: {type: string, x-nullable: true}
      Error:
        type: object
        properties:
          code: {type: string}
    """

    static func openAPI(_ version: String, nullable: String) -> String {
        """
        openapi: "\(version)"
        info: {title: PetClient, version: "2024-01-01"}
        servers: [{url: "{endpoint}", variables: {endpoint: {default: "https://pets.example.com"}}}]
        paths:
          /pets/{petId}:
            get:
              operationId: Pets_Get
              parameters:
                - {name: petId, in: path, required: true, schema: {type: string}}
                - {name: api-version, in: query, required: true, schema: {type: string}}
              responses:
                "200":
                  description: OK
                  content: {application/json: {schema: {$ref: "#/components/schemas/Pet"}}}
                default:
                  description: Error
                  content: {application/json: {schema: {$ref: "#/components/schemas/Error"}}}
        components:
          schemas:
            Pet:
              type: object
              required: [name]
              properties:
                name: {type: string}
                born: {type: string, format: date-time}
                tag: \(nullable)
            Error:
              type: object
              properties:
                code: {type: string}
        """
    }

    /// The parts of the IR every format must agree on.
    static func essentials(_ api: APIDescription) -> String {
        let operation = api.operations[0]
        let pet = api.schema(named: "Pet")
        var properties = ""
        if case .object(let object)? = pet?.kind {
            properties = object.properties.map { "\($0.name):\($0.type):\($0.isRequired)" }.joined(separator: ",")
        }
        return [operation.operationID, operation.group, operation.name, operation.method, operation.path,
                operation.parameters.map { "\($0.name)@\($0.location.rawValue):\($0.isClientParameter)" }.joined(separator: ","),
                operation.responses.map { "\($0.statusCode):\(String(describing: $0.type))" }.joined(separator: ","),
                String(describing: operation.errorResponse?.type), properties].joined(separator: " | ")
    }

    @Test("Swagger 2.0 in JSON and YAML, OpenAPI 3.0 and 3.1 read into the same operations and models")
    func formatsAgree() throws {
        let spec = try TemporarySpec([
            "swagger.json": Self.swaggerJSON,
            "swagger.yaml": Self.swaggerYAML,
            "openapi30.yaml": Self.openAPI("3.0.3", nullable: "{type: string, nullable: true}"),
            "openapi31.yaml": Self.openAPI("3.1.0", nullable: "{type: [string, \"null\"]}"),
        ])
        let reference = Self.essentials(try SpecReader.read(path: spec.path("swagger.json")).api)
        #expect(reference.contains("tag:nullable(SDKGenIR.TypeReference.string(format: nil)):false"))
        #expect(reference.contains("born:string(format: Optional(\"date-time\")):false"))
        for file in ["swagger.yaml", "openapi30.yaml", "openapi31.yaml"] {
            #expect(Self.essentials(try SpecReader.read(path: spec.path(file)).api) == reference, "\(file)")
        }
    }

    @Test("the Swagger reader keeps document order of operations and properties")
    func documentOrder() throws {
        let spec = try TemporarySpec(["a.json": Self.swaggerJSON])
        let api = try SpecReader.read(path: spec.path("a.json")).api
        guard case .object(let pet)? = api.schema(named: "Pet")?.kind else { Issue.record("Pet is not an object"); return }
        #expect(pet.properties.map(\.name) == ["name", "born", "tag"])
        #expect(api.schemas.map(\.name) == ["Error", "Pet"])
    }

    @Test("an OpenAPI 3 server template becomes the host with its variables")
    func openAPIServers() throws {
        let spec = try TemporarySpec(["o.yaml": Self.openAPI("3.0.0", nullable: "{type: string}")])
        let host = try SpecReader.read(path: spec.path("o.yaml")).api.host
        #expect(host.template == "{endpoint}")
        #expect(host.parameters.map(\.name) == ["endpoint"])
        #expect(host.parameters.first?.defaultValue == .string("https://pets.example.com"))
    }

    @Test("the IR encodes to the same bytes on every read")
    func deterministicIR() throws {
        let spec = try TemporarySpec(["a.json": Self.swaggerJSON])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let first = try encoder.encode(try SpecReader.read(path: spec.path("a.json")).api)
        let second = try encoder.encode(try SpecReader.read(path: spec.path("a.json")).api)
        #expect(first == second)
        let decoded = try JSONDecoder().decode(APIDescription.self, from: first)
        #expect(decoded == (try SpecReader.read(path: spec.path("a.json")).api))
    }
}

/// OpenAPI 3 examples on parameters and media types become one IR example.
@Suite("OpenAPI 3 examples")
struct OpenAPIExampleTests {
    @Test("parameter, request body and response examples are gathered")
    func gathered() throws {
        let spec = try TemporarySpec(["o.yaml": """
        openapi: 3.0.3
        info: {title: Pets, version: "1"}
        paths:
          /pets/{id}:
            put:
              operationId: Pets_Put
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}, example: "p 1"}
              requestBody:
                content:
                  application/json:
                    schema: {type: object, properties: {name: {type: string}}}
                    examples: {first: {value: {name: Rex}}}
              responses:
                "200":
                  description: ok
                  content: {application/json: {schema: {type: object, properties: {name: {type: string}}}, example: {name: Rex}}}
                "404": {description: missing}
          /plain:
            get:
              operationId: Plain_Get
              responses: {"204": {description: none}}
        """])
        let api = try SpecReader.read(path: spec.path("o.yaml")).api
        let example = try #require(api.operations[0].examples.first)
        #expect(example.parameters["id"] == .string("p 1"))
        #expect(example.parameters["body"] == .object([(key: "name", value: .string("Rex"))]))
        #expect(example.responses["200"] == .object([(key: "name", value: .string("Rex"))]))
        #expect(api.operations[1].examples.isEmpty)
    }
}
