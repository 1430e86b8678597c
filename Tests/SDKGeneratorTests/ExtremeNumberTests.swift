import Foundation
import SDKGenerator
import Testing

/// Numbers of any size or precision in constraints, defaults and examples never make the generator trap
/// (a Swift runtime trap ends the whole process, without telling where the input was).
@Suite("Extreme numbers")
struct ExtremeNumberTests {
    /// Int64's ends, beyond Int64 (UInt64.max), beyond Double's range of exact integers, the largest Double, tiny
    /// fractions; YAML adds infinities and NaN, which JSON cannot write.
    static let yaml = """
    swagger: "2.0"
    info: {title: Numbers, version: "1"}
    paths:
      /things:
        put:
          operationId: Things_Put
          parameters:
            - {in: query, name: count, type: integer, format: int64, minimum: -9223372036854775808, maximum: 9223372036854775807, default: 9223372036854775807}
            - {in: body, name: body, schema: {$ref: "#/definitions/Thing"}}
          responses: {"200": {description: ok, schema: {$ref: "#/definitions/Thing"}}}
          x-ms-examples:
            Extremes:
              parameters: {count: 9223372036854775807, body: {big: 18446744073709551615, huge: 1.7976931348623157e308, tiny: 5e-324}}
              responses: {"200": {body: {big: 18446744073709551615, huge: 1.7976931348623157e308, tiny: 5e-324}}}
    definitions:
      Thing:
        type: object
        properties:
          big: {type: integer, format: int64, minimum: 0, maximum: 18446744073709551615}
          huge: {type: number, maximum: 1.7976931348623157e308, minimum: -1.7976931348623157e308}
          tiny: {type: number, minimum: 5e-324, default: 0.1}
    """

    /// Not a number a JSON document can hold (YAML's infinities and NaN), or an exponent no one can use: a located
    /// error, never a trap or a file written. (`1e400` is a JSON number: it is kept, see `ExactNumberTests`.)
    @Test("infinities and NaN in YAML, and exponents of ten digits in JSON, are located errors", arguments: [
        ("limits.yaml", "swagger: \"2.0\"\ninfo: {title: N, version: \"1\"}\npaths: {}\ndefinitions:\n  T: {type: object, properties: {x: {type: number, maximum: .inf}}}\n", "expected a number"),
        ("nan.yaml", "swagger: \"2.0\"\ninfo: {title: N, version: \"1\"}\npaths: {}\ndefinitions:\n  T: {type: object, properties: {x: {type: number, minimum: .nan}}}\n", "expected a number"),
        ("limits.json", #"{"swagger":"2.0","info":{"title":"N","version":"1"},"paths":{},"definitions":{"T":{"type":"object","properties":{"x":{"type":"number","maximum":1e4000000000}}}}}"#, "exponent has more than 9 digits"),
    ])
    func nonFiniteNumbersAreErrors(name: String, text: String, message: String) throws {
        do {
            _ = try InlineDescription.generate(text, name: name)
            Issue.record("\(name): expected an error")
        } catch {
            let text = String(describing: error)
            #expect(text.contains(name), "the error names the file: \(text)")
            #expect(text.contains(message), "\(text)")
        }
    }

    @Test("constraints, defaults and examples at the extremes generate and render every file")
    func extremesGenerate() throws {
        let result = try InlineDescription.generate(Self.yaml, name: "numbers.yaml")
        let rendered = result.files.map(\.contents)
        #expect(rendered.allSatisfy { !$0.isEmpty })
        let model = try #require(result.files.first { $0.path.hasSuffix("Models/Thing.swift") }).contents
        #expect(model.contains("Range: 0…18446744073709551615."))
        #expect(model.contains("Range: -1.7976931348623157e308…1.7976931348623157e308."))
        #expect(model.contains("Minimum: 5e-324."))
        let operations = try #require(result.files.first { $0.path.hasSuffix("ThingsOperations.swift") }).contents
        #expect(operations.contains("count"))
    }
}
