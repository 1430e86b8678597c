import Foundation
import SDKGenIR
@testable import SDKGenReader
import Testing

/// Each Azure `x-ms-*` extension the reader understands, and the JSON Schema features models use.
@Suite("Azure extensions and schema features")
struct AzureExtensionTests {
    static let main = """
    {
      "swagger": "2.0",
      "info": {"title": "Thing", "version": "1"},
      "x-ms-parameterized-host": {
        "hostTemplate": "{endpoint}", "useSchemePrefix": false,
        "parameters": [{"name": "endpoint", "in": "path", "required": true, "type": "string", "x-ms-skip-url-encoding": true, "x-ms-parameter-location": "client"}]
      },
      "paths": {
        "/things": {
          "get": {
            "operationId": "Things_List",
            "parameters": [{"$ref": "#/parameters/ApiVersion"}],
            "responses": {
              "200": {"description": "OK", "schema": {"$ref": "#/definitions/ThingPage"}},
              "default": {"description": "E", "schema": {"$ref": "./common/types.json#/definitions/Error"}}
            },
            "x-ms-pageable": {"nextLinkName": "next", "itemName": "items"},
            "x-ms-examples": {"missing": {"$ref": "./examples/Missing.json"}, "list": {"$ref": "./examples/List.json"}}
          },
          "put": {
            "operationId": "Things_Start",
            "x-ms-long-running-operation": true,
            "parameters": [{"name": "raw-id", "in": "header", "type": "string", "x-ms-client-name": "rawID"}],
            "responses": {"202": {"description": "Accepted"}, "409": {"description": "Conflict", "x-ms-error-response": true, "schema": {"$ref": "./common/types.json#/definitions/Error"}}}
          }
        }
      },
      "x-ms-paths": {
        "/things?op=restart": {"post": {"operationId": "Things_Restart", "responses": {"204": {"description": "done"}}}}
      },
      "definitions": {
        "ThingPage": {"type": "object", "properties": {"items": {"type": "array", "items": {"$ref": "#/definitions/Thing"}}, "next": {"type": "string"}}},
        "Base": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string", "readOnly": true}}},
        "Thing": {
          "allOf": [{"$ref": "#/definitions/Base"}],
          "type": "object",
          "properties": {
            "size": {"type": "integer", "format": "int32", "minimum": 1, "maximum": 10, "default": 5},
            "kind": {"type": "string", "enum": ["a", "b"], "x-ms-enum": {"name": "ThingKind", "modelAsString": true, "values": [{"value": "a", "description": "The A."}]}},
            "mode": {"type": "string", "enum": ["on", "off"], "x-ms-enum": {"name": "Mode", "modelAsString": false}},
            "labels": {"type": "object", "additionalProperties": {"type": "string", "x-nullable": true}},
            "child": {"$ref": "#/definitions/Thing"},
            "e_tag": {"type": "string", "x-ms-client-name": "eTag"}
          }
        }
      },
      "parameters": {
        "ApiVersion": {"name": "api-version", "in": "query", "required": true, "type": "string", "x-ms-parameter-location": "client"}
      }
    }
    """
    static let types = """
    {"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": {},
     "definitions": {"Error": {"type": "object", "properties": {"code": {"type": "string"}, "inner": {"$ref": "#/definitions/Error"}}}}}
    """
    static let example = """
    {"parameters": {"api-version": "1"}, "responses": {"200": {"body": {"items": [], "next": null}}}}
    """

    static func read() throws -> (ReadResult, TemporarySpec) {
        let spec = try TemporarySpec(["api.json": main, "common/types.json": types, "examples/List.json": example])
        return (try SpecReader.read(path: spec.path("api.json")), spec)
    }

    @Test("x-ms-parameterized-host gives the endpoint; x-ms-parameter-location marks client parameters")
    func parameterizedHost() throws {
        let (result, _) = try Self.read()
        #expect(result.api.host.template == "{endpoint}")
        #expect(result.api.host.useSchemePrefix == false)
        #expect(result.api.host.parameters.first?.skipsURLEncoding == true)
        #expect(result.api.operations[0].parameters.first?.isClientParameter == true)
    }

    @Test("x-ms-pageable names the items and next link")
    func pageable() throws {
        let (result, _) = try Self.read()
        #expect(result.api.operations[0].paging == Paging(nextLinkName: "next", itemName: "items"))
    }

    @Test("x-ms-enum: modelAsString true is extensible, false is closed; names and descriptions kept")
    func enums() throws {
        let (result, _) = try Self.read()
        guard case .enumeration(let kind)? = result.api.schema(named: "ThingKind")?.kind,
              case .enumeration(let mode)? = result.api.schema(named: "Mode")?.kind else {
            Issue.record("enums missing: \(result.api.schemas.map(\.name))")
            return
        }
        #expect(kind.isExtensible)
        #expect(kind.values.first?.description == "The A.")
        #expect(!mode.isExtensible)
    }

    @Test("$ref across files, x-ms-error-response, recursive schemas")
    func crossFileReferences() throws {
        let (result, _) = try Self.read()
        let list = result.api.operations[0]
        #expect(list.errorResponse?.type == .named("Error"))
        let start = result.api.operations[1]
        #expect(start.errorResponse?.statusCode == "409")
        #expect(start.responses.map(\.statusCode) == ["202"])
        guard case .object(let error)? = result.api.schema(named: "Error")?.kind else { Issue.record("no Error"); return }
        #expect(error.properties.first { $0.name == "inner" }?.type == .named("Error"))
        #expect(result.api.schema(named: "Error")?.location.hasSuffix("common/types.json#/definitions/Error") == true)
    }

    @Test("allOf flattens parents; readOnly, default, minimum/maximum, x-nullable, additionalProperties, x-ms-client-name")
    func schemaFeatures() throws {
        let (result, _) = try Self.read()
        guard case .object(let thing)? = result.api.schema(named: "Thing")?.kind else { Issue.record("no Thing"); return }
        #expect(thing.parents == ["Base"])
        #expect(thing.properties.map(\.name) == ["id", "size", "kind", "mode", "labels", "child", "e_tag"])
        let id = thing.properties[0]
        #expect(id.isRequired && id.isReadOnly)
        let size = thing.properties[1]
        #expect(size.defaultValue == .integer(5))
        #expect(size.constraints.minimum == 1 && size.constraints.maximum == 10)
        #expect(size.type == .integer(format: "int32"))
        #expect(thing.properties[4].type == .map(.nullable(.string(format: nil))))
        #expect(thing.properties[5].type == .named("Thing"))
        #expect(thing.properties[6].clientName == "eTag")
    }

    @Test("x-ms-paths query keys become fixed query parameters; x-ms-long-running-operation is recorded without a warning")
    func extensionPathsAndLongRunning() throws {
        let (result, _) = try Self.read()
        let restart = try #require(result.api.operations.first { $0.operationID == "Things_Restart" })
        #expect(restart.path == "/things")
        #expect(restart.parameters.first { $0.isConstant }?.defaultValue == .string("restart"))
        let start = try #require(result.api.operations.first { $0.operationID == "Things_Start" })
        #expect(start.isLongRunning)
        #expect(start.parameters.first?.clientName == "rawID")
        #expect(!result.warnings.contains { $0.message.contains("long-running") }, "\(result.warnings)")
    }

    @Test("x-ms-examples are read from files; a missing example file is a located warning")
    func examples() throws {
        let (result, _) = try Self.read()
        let list = result.api.operations[0]
        #expect(list.examples.map(\.title) == ["list"])
        #expect(list.examples.first?.parameters["api-version"] == .string("1"))
        #expect(result.warnings.contains { $0.message.contains("example 'missing' skipped") && $0.location.contains("x-ms-examples/missing") })
    }

    @Test("byte and text bodies are read without warnings; form bodies are located warnings; type: file is bytes")
    func nonJSONBodies() throws {
        let spec = try TemporarySpec(["b.yaml": """
        openapi: 3.0.0
        info: {title: x, version: "1"}
        paths:
          /upload:
            put:
              operationId: Files_Upload
              requestBody: {content: {application/octet-stream: {schema: {type: string, format: binary}}}}
              responses:
                "200": {description: ok, content: {text/plain: {schema: {type: string}}}}
                "204": {description: none}
          /form:
            post:
              operationId: Files_Form
              requestBody: {content: {multipart/form-data: {schema: {type: object, properties: {file: {type: string, format: binary}}}}}}
              responses: {"204": {description: none}}
          /json:
            put:
              operationId: Files_Json
              requestBody: {content: {application/merge-patch+json: {schema: {type: object}}}}
              responses: {"200": {description: ok, content: {application/json: {schema: {type: string}}}}}
        """, "s.yaml": """
        swagger: "2.0"
        info: {title: x, version: "1"}
        paths:
          /download:
            get:
              operationId: Files_Download
              produces: [application/octet-stream]
              responses: {"200": {description: ok, schema: {type: file}}}
        """])
        let result = try SpecReader.read(path: spec.path("b.yaml"))
        #expect(result.warnings.count == 1, "\(result.warnings)")
        #expect(result.warnings.first?.message.contains("request bodies of media type multipart/form-data are not supported") == true)
        #expect(result.warnings.first?.location.hasSuffix("#/paths/~1form/post") == true)
        let upload = try #require(result.api.operations.first { $0.operationID == "Files_Upload" })
        #expect(upload.requestBody?.type == .string(format: "binary"))
        #expect(upload.requestBody?.contentTypes == ["application/octet-stream"])
        #expect(upload.responses.first?.contentTypes == ["text/plain"])
        let swagger = try SpecReader.read(path: spec.path("s.yaml"))
        #expect(swagger.warnings.isEmpty, "\(swagger.warnings)")
        #expect(swagger.api.operations.first?.responses.first?.type == .string(format: "binary"))
    }

    @Test("unsupported constructs give warnings that name their location")
    func unsupportedWarns() throws {
        let spec = try TemporarySpec(["a.yaml": """
        swagger: "2.0"
        info: {title: x, version: "1"}
        paths:
          /a:
            post:
              operationId: A_Post
              x-ms-long-running-operation-options: {final-state-via: location}
              parameters: [{name: f, in: formData, type: string}, {name: g, in: query, type: string, x-ms-text: true}]
              responses: {"200": {description: ok, schema: {oneOf: [{type: string}, {type: integer}]}}}
        """])
        let warnings = try SpecReader.read(path: spec.path("a.yaml")).warnings
        #expect(warnings.contains { $0.message.contains("form parameters") && $0.location.hasSuffix("#/paths/~1a/post/parameters/0") })
        #expect(!warnings.contains { $0.message.contains("oneOf") }, "oneOf is read as a union now")
        #expect(warnings.contains { $0.message.contains("long-running options on an operation without") && $0.location.hasSuffix("/post/x-ms-long-running-operation-options") })
        #expect(warnings.contains { $0.message.contains("'x-ms-text' is not supported") && $0.location.hasSuffix("/parameters/1/x-ms-text") })
    }

    static let signatureExtensions = """
    swagger: "2.0"
    info: {title: x, version: "1"}
    paths:
      /b/{name}:
        put:
          operationId: B_Set
          x-ms-internal: true
          parameters:
            - {name: name, in: path, required: true, type: string}
            - {name: x-ms-meta, in: header, type: object, additionalProperties: {type: string}, x-ms-header-collection-prefix: x-ms-meta-}
            - {name: x-ms-tags, in: header, type: string, x-ms-header-collection-prefix: x-ms-tag-}
            - {name: x-ms-client-request-id, in: header, required: true, type: string, x-ms-client-request-id: true}
            - {name: top, in: query, type: integer, default: 100, x-ms-client-default: 10, x-ms-parameter-grouping: {postfix: Options}}
            - {name: x-ms-lease-id, in: header, type: string, x-ms-parameter-grouping: {name: lease-conditions}}
            - {name: $filter, in: query, type: string, x-ms-odata: "#/definitions/Thing"}
          responses:
            "200":
              description: ok
              headers:
                x-ms-meta: {type: string, x-ms-header-collection-prefix: x-ms-meta-}
                x-ms-request-id: {type: string}
    definitions:
      Thing: {type: object, properties: {a: {type: string}}}
    """

    @Test("x-ms-internal, header collections, client request id, client default, grouping and OData are read quietly")
    func signatureExtensionsAreRead() throws {
        let spec = try TemporarySpec(["a.yaml": Self.signatureExtensions])
        let result = try SpecReader.read(path: spec.path("a.yaml"))
        #expect(result.warnings.isEmpty, "\(result.warnings)")
        let operation = try #require(result.api.operations.first)
        #expect(operation.isInternal)
        let byName = Dictionary(uniqueKeysWithValues: operation.parameters.map { ($0.name, $0) })
        // Both spellings (an object of strings, and Swagger's `type: string`) are a string map.
        #expect(byName["x-ms-meta"]?.headerCollectionPrefix == "x-ms-meta-")
        #expect(byName["x-ms-meta"]?.type == .map(.string(format: nil)))
        #expect(byName["x-ms-tags"]?.headerCollectionPrefix == "x-ms-tag-")
        #expect(byName["x-ms-tags"]?.type == .map(.string(format: nil)))
        #expect(byName["x-ms-client-request-id"]?.isClientRequestID == true)
        #expect(byName["top"]?.clientDefaultValue == .integer(10))
        #expect(byName["top"]?.defaultValue == .integer(100))
        #expect(byName["top"]?.grouping == ParameterGrouping(name: nil, postfix: "Options"))
        #expect(byName["x-ms-lease-id"]?.grouping == ParameterGrouping(name: "lease-conditions", postfix: nil))
        #expect(byName["$filter"]?.odataModel == "Thing")
        #expect(byName["name"]?.grouping == nil && byName["name"]?.isClientRequestID == false)
        let headers = try #require(operation.responses.first?.headers)
        #expect(headers.map(\.headerCollectionPrefix) == ["x-ms-meta-", nil])
        #expect(headers.first?.type == .map(.string(format: nil)))
    }

    @Test("misplaced signature extensions are ignored with located warnings; x-ms-text still warns")
    func misplacedSignatureExtensions() throws {
        let spec = try TemporarySpec(["a.yaml": """
        swagger: "2.0"
        info: {title: x, version: "1"}
        paths:
          /a/{id}:
            get:
              operationId: A_Get
              parameters:
                - {name: id, in: path, required: true, type: string, x-ms-client-default: x, x-ms-parameter-grouping: {name: G}}
                - {name: q, in: query, type: string, x-ms-client-request-id: true}
                - {name: n, in: header, type: integer, x-ms-header-collection-prefix: x-n-}
                - {name: p, in: query, type: string, x-ms-header-collection-prefix: x-p-}
                - {name: g, in: query, type: string, x-ms-parameter-grouping: true}
              responses:
                "200": {description: ok, schema: {type: object, properties: {t: {type: string, x-ms-text: true}}}}
        """])
        let result = try SpecReader.read(path: spec.path("a.yaml"))
        let warnings = result.warnings.map { "\($0.location) \($0.message)" }
        func warned(_ suffix: String, _ text: String) -> Bool {
            result.warnings.contains { $0.location.hasSuffix(suffix) && $0.message.contains(text) }
        }
        #expect(warned("/parameters/0/x-ms-client-default", "applies to query and header values only"), "\(warnings)")
        #expect(warned("/parameters/0/x-ms-parameter-grouping", "on a path parameter is ignored"), "\(warnings)")
        #expect(warned("/parameters/1/x-ms-client-request-id", "applies to header parameters only"), "\(warnings)")
        #expect(warned("/parameters/2/x-ms-header-collection-prefix", "needs string values"), "\(warnings)")
        #expect(warned("/parameters/3/x-ms-header-collection-prefix", "on a header parameter"), "\(warnings)")
        #expect(warned("/parameters/4/x-ms-parameter-grouping", "must be an object"), "\(warnings)")
        #expect(warned("/properties/t/x-ms-text", "'x-ms-text' is not supported"), "\(warnings)")
        #expect(result.warnings.count == 7, "\(warnings)")
        let parameters = try #require(result.api.operations.first?.parameters)
        #expect(parameters.allSatisfy { $0.grouping == nil && $0.clientDefaultValue == nil && !$0.isClientRequestID && $0.headerCollectionPrefix == nil })
        #expect(parameters[2].type == .integer(format: nil))
    }

    @Test("final-state-via is read for long-running operations; an unknown value is a located warning")
    func finalStateVia() throws {
        let spec = try TemporarySpec(["a.yaml": """
        swagger: "2.0"
        info: {title: x, version: "1"}
        paths:
          /a:
            post:
              operationId: A_Start
              x-ms-long-running-operation: true
              x-ms-long-running-operation-options: {final-state-via: operation-location}
              responses: {"202": {description: accepted}}
          /b:
            put:
              operationId: B_Start
              x-ms-long-running-operation: true
              x-ms-long-running-operation-options: {final-state-via: somewhere}
              responses: {"201": {description: created}}
        """])
        let result = try SpecReader.read(path: spec.path("a.yaml"))
        #expect(result.api.operations.map(\.finalStateVia) == ["operation-location", nil])
        #expect(result.api.operations.allSatisfy { $0.isLongRunning })
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.message.contains("final-state-via 'somewhere' is not one of") == true)
        #expect(result.warnings.first?.location.hasSuffix("#/paths/~1b/put/x-ms-long-running-operation-options/final-state-via") == true)
    }
}
