import Foundation
import SDKGenIR
import SDKGenReader
@testable import SDKGenEmitter

/// Reads a description written in a test (YAML), through a temporary file the reader can resolve.
func readDescription(_ text: String) throws -> APIDescription {
    let folder = NSTemporaryDirectory() + "sdkgen-emitter-tests-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/api.yaml"
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return try SpecReader.read(path: path).api
}

/// The context builders over one description, with the names `SwiftEmitter` would give each operation.
struct Builders {
    let api: APIDescription
    let types: TypeMapper
    let operations: OperationContextBuilder

    init(_ api: APIDescription) {
        self.api = api
        types = TypeMapper(schemas: api.schemas)
        operations = OperationContextBuilder(api: api, types: types)
    }

    func operation(_ operationID: String) throws -> SDKGenIR.Operation {
        guard let operation = api.operations.first(where: { $0.operationID == operationID }) else {
            throw Diagnostic(location: operationID, message: "no such operation in the test description")
        }
        return operation
    }

    /// The context of `operationID`, named as the emitter names a method `name` (`begin…`/`resume…` when long-running).
    func context(_ operationID: String) throws -> OperationContext {
        let operation = try operation(operationID)
        let method = SwiftNaming.memberName(operation.name)
        let word = SwiftNaming.typeName(method)
        var nested: Set<String> = []
        var groupTypes: [String: String] = [:]
        return try operations.operation(
            operation,
            names: .init(
                method: method, withResponse: method + "WithResponse",
                begin: operation.isLongRunning ? "begin" + word : "", resume: operation.isLongRunning ? "resume" + word : "",
                headersType: word + "Headers"),
            nestedTypeNames: &nested, groupTypes: &groupTypes)
    }
}

/// One description exercising what the context builders decide: argument order, bodies of each encoding, optional
/// bodies, paging (GET and POST), long-running operations, response headers, enums, recursion and constraints.
let petsDescription = #"""
swagger: "2.0"
info: {title: Pets, version: "2024-05-01"}
host: pets.example.com
basePath: /v1
schemes: [https]
consumes: [application/json]
produces: [application/json]
paths:
  /pets/{petId}:
    put:
      operationId: Pets_Update
      summary: Updates a pet.
      parameters:
        - {name: x-trace, in: header, type: string}
        - {name: verbose, in: query, type: boolean}
        - {name: body, in: body, required: true, schema: {$ref: "#/definitions/Pet"}}
        - {name: petId, in: path, required: true, type: string}
        - {name: kind, in: query, required: true, type: string, enum: [cat, dog], x-ms-enum: {name: Kind, modelAsString: false}}
        - {name: api-version, in: query, required: true, type: string}
      responses:
        "200":
          description: Updated.
          schema: {$ref: "#/definitions/Pet"}
          headers:
            ETag: {type: string}
            x-ms-request-id: {type: string}
        "201": {description: Created, without a body.}
        default: {description: Error., schema: {$ref: "#/definitions/Error"}}
    get:
      operationId: Pets_Get
      parameters:
        - {name: petId, in: path, required: true, type: string}
        - {name: api-version, in: query, required: true, type: string}
      responses:
        "200": {description: The pet., schema: {$ref: "#/definitions/Pet"}}
    delete:
      operationId: Pets_Delete
      parameters:
        - {name: petId, in: path, required: true, type: string}
      responses:
        "204":
          description: Deleted.
          headers:
            x-ms-deleted-at: {type: string, format: date-time-rfc1123}
  /pets:
    get:
      operationId: Pets_List
      x-ms-pageable: {nextLinkName: nextLink, itemName: value}
      parameters:
        - {name: top, in: query, type: integer, format: int32}
      responses:
        "200": {description: A page., schema: {$ref: "#/definitions/PetList"}}
    post:
      operationId: Pets_Search
      x-ms-pageable: {nextLinkName: null, itemName: value}
      parameters:
        - {name: query, in: body, required: true, schema: {type: string}}
      responses:
        "200": {description: A page., schema: {$ref: "#/definitions/PetList"}}
  /pets/{petId}/photo:
    put:
      operationId: Pets_SetPhoto
      consumes: [image/png]
      parameters:
        - {name: petId, in: path, required: true, type: string}
        - {name: photo, in: body, required: true, schema: {type: string, format: binary}}
      responses:
        "204": {description: Stored.}
  /pets/{petId}/notes:
    get:
      operationId: Pets_GetNotes
      produces: [text/plain]
      parameters:
        - {name: petId, in: path, required: true, type: string}
      responses:
        "200": {description: The notes., schema: {type: string}}
  /jobs/{jobId}:
    put:
      operationId: Jobs_Start
      x-ms-long-running-operation: true
      x-ms-long-running-operation-options: {final-state-via: location}
      parameters:
        - {name: jobId, in: path, required: true, type: string}
      responses:
        "201": {description: Started., schema: {$ref: "#/definitions/Job"}}
        "202": {description: Accepted.}
definitions:
  Pet:
    type: object
    description: A pet.
    required: [name]
    properties:
      name: {type: string, description: Its name., minLength: 1, maxLength: 20}
      tag: {type: string, readOnly: true}
      born: {type: string, format: date-time-rfc1123}
      age: {type: integer, format: int32, minimum: 0, maximum: 40}
      parent: {$ref: "#/definitions/Pet"}
      kind: {$ref: "#/definitions/Kind"}
      self: {type: string}
  Kind:
    type: string
    enum: [cat, dog]
    x-ms-enum: {name: Kind, modelAsString: false}
  PetList:
    type: object
    properties:
      value: {type: array, items: {$ref: "#/definitions/Pet"}}
      nextLink: {type: string}
  Job:
    type: object
    properties:
      id: {type: string}
  Error:
    type: object
    properties:
      code: {type: string}
"""#
