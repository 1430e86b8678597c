import Foundation
import SDKGenerator
import Testing

/// Numbers reach generated code and docs digit for digit; a value the Swift type it feeds cannot hold gives a
/// warning at the value's own JSON pointer and is left out of the code (never a test that fails when run).
@Suite("Exact numbers in generated code")
struct ExactNumberGenerationTests {
    /// The description and example of issue #12: a default beyond Int64, a precise default, an example beyond Int64.
    static let issueSpec = """
    swagger: "2.0"
    info: {title: Num, version: "1"}
    paths:
      /a:
        get:
          operationId: A_Get
          parameters:
            - {name: big, in: query, type: integer, format: int64, maximum: 9223372036854775807, minimum: -9223372036854775808, default: 18446744073709551615}
            - {name: precise, in: query, type: number, default: 0.1000000000000000055511151231257827}
          responses:
            "200": {description: ok, schema: {type: object, properties: {n: {type: integer, format: int64, maximum: 99999999999999999999999}}}}
          x-ms-examples:
            e: {$ref: ./e.json}
    """

    /// Generates `files` (the first is the description) from a temporary folder.
    static func generate(_ files: [(name: String, text: String)]) throws -> Generator.Result {
        let folder = NSTemporaryDirectory() + "sdkgen-numbers-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for file in files { try Data(file.text.utf8).write(to: URL(fileURLWithPath: folder + "/" + file.name)) }
        return try Generator.run(
            spec: folder + "/" + files[0].name, templatesFolder: InlineDescription.templates,
            options: EmitterOptions(moduleName: "Num", sdkName: "num", sdkVersion: "1.0.0"))
    }

    @Test("issue #12: exact defaults in docs, located warnings, no test that would fail")
    func issueExample() throws {
        let example = #"{"parameters": {"big": 12345678901234567890, "precise": 0.1}, "responses": {"200": {"body": {"n": 9007199254740993}}}}"#
        let result = try Self.generate([("n.yaml", Self.issueSpec), ("e.json", example)])
        let warnings = result.warnings.map(\.description)
        #expect(warnings.contains { $0.contains("n.yaml#/paths/~1a/get/parameters/0/default: default 18446744073709551615 is outside Int64's range") }, "\(warnings)")
        #expect(warnings.contains { $0.contains("e.json#/parameters/big: no generated test: example 'e': 12345678901234567890 is outside Int64's range") }, "\(warnings)")
        let operations = try InlineDescription.file(result, "AOperations.swift")
        #expect(operations.contains("The service's default when nil: `18446744073709551615`."))
        #expect(operations.contains("The service's default when nil: `0.1000000000000000055511151231257827`."))
        let model = try InlineDescription.file(result, "AGetResponse.swift")
        #expect(model.contains("Maximum: 99999999999999999999999."))
        let tests = try InlineDescription.file(result, "AOperationsTests.swift")
        #expect(!tests.contains("aGet("), "the example's test is left out")
        for file in result.files { #expect(!file.contents.contains("e+19"), "\(file.path) rounds a number") }
    }

    /// A value the Swift type cannot hold, where it is, and what the warning says.
    @Test("an example value the Swift type cannot hold: located warning, no test", arguments: [
        ("int32", "integer", "int32", "3000000000", "/parameters/v", "outside Int32's range"),
        ("fraction", "integer", "int64", "2.5", "/parameters/v", "not a whole number"),
        ("inexact", "integer", "int64", "9.223372036854775807e18", "/parameters/v", "write it as 9223372036854775807"),
        ("overflow", "number", "double", "1e400", "/parameters/v", "beyond what Double holds"),
        ("underflow", "number", "double", "1e-400", "/parameters/v", "beyond what Double holds"),
        ("float", "number", "float", "1e39", "/parameters/v", "beyond what Float holds"),
    ])
    func misfits(name: String, type: String, format: String, value: String, pointer: String, message: String) throws {
        let spec = """
        swagger: "2.0"
        info: {title: N, version: "1"}
        paths:
          /x:
            get:
              operationId: X_Get
              parameters: [{name: v, in: query, required: true, type: \(type), format: \(format)}]
              responses: {"200": {description: ok}}
              x-ms-examples: {E: {$ref: ./x.json}}
        """
        let result = try Self.generate([("s.yaml", spec), ("x.json", #"{"parameters": {"v": \#(value)}, "responses": {"200": {}}}"#)])
        let warning = try #require(result.warnings.first { $0.message.hasPrefix("no generated test") }, "\(name): no warning")
        #expect(warning.location.hasSuffix("x.json#" + pointer), "\(name): \(warning.location)")
        #expect(warning.message.contains(message), "\(name): \(warning.message)")
        #expect(!(try InlineDescription.file(result, "XOperationsTests.swift")).contains("get("), "\(name): no test")
    }

    @Test("a number in a response body the model cannot hold points into the body")
    func responseBody() throws {
        let spec = """
        swagger: "2.0"
        info: {title: N, version: "1"}
        paths:
          /x:
            get:
              operationId: X_Get
              responses: {"200": {description: ok, schema: {$ref: "#/definitions/M"}}}
              x-ms-examples: {E: {parameters: {}, responses: {"200": {body: {items: [{n: 1}, {n: 99999999999999999999}], free: {deep: 1e400}}}}}}
        definitions:
          M:
            type: object
            properties:
              items: {type: array, items: {type: object, properties: {n: {type: integer, format: int64}}}}
        """
        let result = try Self.generate([("s.yaml", spec)])
        let warning = try #require(result.warnings.first { $0.message.hasPrefix("no generated test") })
        #expect(warning.location.hasSuffix("s.yaml#/paths/~1x/get/x-ms-examples/E/responses/200/body/items/1/n"), "\(warning.location)")
    }

    @Test("the extreme-number corpus seed generates every file, warning at each default and example that does not fit")
    func corpusSeed() throws {
        let path = (Checkout.root as NSString).appendingPathComponent("Tests/SDKGenReaderTests/Corpus/extreme-numbers.json")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let result = try Self.generate([("extreme-numbers.json", text)])
        #expect(result.files.allSatisfy { !$0.contents.isEmpty })
        let located = Set(result.warnings.map { $0.location.components(separatedBy: "#").last ?? "" })
        for pointer in ["/paths/~1things/put/parameters/0/default", "/paths/~1things/put/parameters/1/default",
                        "/definitions/Thing/properties/tiny/default", "/definitions/Thing/properties/wide/default",
                        "/paths/~1things/put/x-ms-examples/Extremes/parameters/body/big"] {
            #expect(located.contains(pointer), "no warning at \(pointer): \(located.sorted())")
        }
        let model = try InlineDescription.file(result, "Models/Thing.swift")
        #expect(model.contains("Range: -99999999999999999999999999999999999999…99999999999999999999999999999999999999."))
        #expect(model.contains("Default: `-0`."))
    }

    @Test("the Numbers fixture: exact literals and defaults, two located warnings")
    func fixture() throws {
        let spec = (Checkout.root as NSString).appendingPathComponent("Spec/Numbers/Numbers.yaml")
        let result = try Generator.run(
            spec: spec, templatesFolder: InlineDescription.templates,
            options: EmitterOptions(moduleName: "Numbers", sdkName: "numbers", sdkVersion: "0.0.1"))
        let located = result.warnings.filter { !$0.message.hasSuffix("no example") }.map { ($0.location.components(separatedBy: "Spec/Numbers/").last ?? "", $0.message) }
        #expect(located.map(\.0) == ["Numbers.yaml#/paths/~1numbers/put/parameters/3/default", "examples/TooBig.json#/parameters/count"], "\(located)")
        let operations = try InlineDescription.file(result, "NumbersOperations.swift")
        #expect(operations.contains("(limit ?? 9223372036854775807)"))
        #expect(operations.contains("(ratio ?? 0.1000000000000000055511151231257827)"))
        let tests = try InlineDescription.file(result, "NumbersOperationsTests.swift")
        #expect(tests.contains(#""tenth":0.1000000000000000055511151231257827"#))
        #expect(tests.contains(#""negativeZero":-0,"#))
        #expect(tests.contains("limit: -9223372036854775808"))
        #expect(tests.contains(#"request.query["ratio"] == "0.1""#), "the client sends the Double's shortest form")
        let model = try InlineDescription.file(result, "Models/Measurements.swift")
        #expect(model.contains("Maximum: 99999999999999999999999."))
        #expect(model.contains("Default: `0.1000000000000000055511151231257827`."))
    }
}
