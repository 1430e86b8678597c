import Foundation
import SDKGenIR
@testable import SDKGenReader
import Testing

/// How array parameters are written: Swagger 2.0 `collectionFormat` and the OpenAPI 3 `style`/`explode` pairs that
/// mean the same, with located warnings for what a location cannot take.
@Suite("Collection formats")
struct CollectionFormatTests {
    /// The collection format of each parameter of the only operation, by name.
    static func formats(_ file: String, _ text: String) throws -> (formats: [String: CollectionFormat?], warnings: [Diagnostic]) {
        let spec = try TemporarySpec([file: text])
        let result = try SpecReader.read(path: spec.path(file))
        let parameters = try #require(result.api.operations.first).parameters
        return (Dictionary(uniqueKeysWithValues: parameters.map { ($0.name, $0.collectionFormat) }), result.warnings)
    }

    @Test("Swagger 2.0: each collectionFormat, csv by default; not for scalars; non-csv in headers and paths warns")
    func swagger() throws {
        let (formats, warnings) = try Self.formats("s.yaml", """
        swagger: "2.0"
        info: {title: x, version: "1"}
        paths:
          /a/{p}:
            get:
              operationId: A_Get
              parameters:
                - {name: p, in: path, required: true, type: array, collectionFormat: pipes, items: {type: string}}
                - {name: default, in: query, type: array, items: {type: string}}
                - {name: csv, in: query, type: array, collectionFormat: csv, items: {type: string}}
                - {name: ssv, in: query, type: array, collectionFormat: ssv, items: {type: string}}
                - {name: tsv, in: query, type: array, collectionFormat: tsv, items: {type: string}}
                - {name: pipes, in: query, type: array, collectionFormat: pipes, items: {type: string}}
                - {name: multi, in: query, type: array, collectionFormat: multi, items: {type: string}}
                - {name: odd, in: query, type: array, collectionFormat: semicolons, items: {type: string}}
                - {name: scalar, in: query, type: string}
                - {name: x-multi, in: header, type: array, collectionFormat: multi, items: {type: string}}
              responses: {"204": {description: ok}}
        """)
        #expect(formats["default"] == .csv)
        #expect(formats["csv"] == .csv)
        #expect(formats["ssv"] == .ssv)
        #expect(formats["tsv"] == .tsv)
        #expect(formats["pipes"] == .pipes)
        #expect(formats["multi"] == .multi)
        #expect(formats["scalar"] == .some(nil))
        // What cannot be honoured is sent comma-separated, and said where.
        #expect(formats["odd"] == .csv)
        #expect(formats["x-multi"] == .csv)
        #expect(formats["p"] == .csv)
        #expect(warnings.contains { $0.message == "collectionFormat 'semicolons' is not supported: values are sent comma-separated" && $0.location.hasSuffix("/get/parameters/7") })
        #expect(warnings.contains { $0.message == "multi is not supported in a header parameter: values are sent comma-separated" && $0.location.hasSuffix("/get/parameters/9") })
        #expect(warnings.contains { $0.message == "pipes is not supported in a path parameter: values are sent comma-separated" && $0.location.hasSuffix("/get/parameters/0") })
        #expect(warnings.count == 3, "\(warnings)")
    }

    @Test("OpenAPI 3: style and explode, with their defaults (form exploded in queries, simple elsewhere)")
    func openAPI3() throws {
        let (formats, warnings) = try Self.formats("o.yaml", """
        openapi: 3.0.3
        info: {title: x, version: "1"}
        paths:
          /a/{p}:
            get:
              operationId: A_Get
              parameters:
                - {name: p, in: path, required: true, schema: {type: array, items: {type: string}}}
                - {name: default, in: query, schema: {type: array, items: {type: string}}}
                - {name: formNoExplode, in: query, style: form, explode: false, schema: {type: array, items: {type: string}}}
                - {name: space, in: query, style: spaceDelimited, explode: false, schema: {type: array, items: {type: string}}}
                - {name: pipe, in: query, style: pipeDelimited, explode: false, schema: {type: array, items: {type: string}}}
                - {name: pipeExploded, in: query, style: pipeDelimited, explode: true, schema: {type: array, items: {type: string}}}
                - {name: deep, in: query, style: deepObject, schema: {type: array, items: {type: string}}}
                - {name: x-h, in: header, schema: {type: array, items: {type: string}}}
                - {name: x-exploded, in: header, explode: true, schema: {type: array, items: {type: string}}}
              responses: {"204": {description: ok}}
        """)
        #expect(formats["default"] == .multi)
        #expect(formats["formNoExplode"] == .csv)
        #expect(formats["space"] == .ssv)
        #expect(formats["pipe"] == .pipes)
        #expect(formats["pipeExploded"] == .multi)
        #expect(formats["p"] == .csv)
        #expect(formats["x-h"] == .csv)
        #expect(formats["x-exploded"] == .csv, "simple with explode is still comma-separated for an array")
        #expect(formats["deep"] == .csv)
        #expect(warnings.map(\.message) == ["style 'deepObject' is not supported: values are sent comma-separated"])
        #expect(warnings.first?.location.hasSuffix("/get/parameters/6") == true)
    }
}
