import Foundation
import SDKGenIR
@testable import SDKGenReader
import Testing

/// The readers keep every number exactly as written, in JSON and in YAML: `Int64` where a whole number fits,
/// the exact text otherwise (digits a Double would round away, exponents, values beyond Double's range).
@Suite("Exact numbers")
struct ExactNumberTests {
    /// Each number as written, and whether it must come back as `.integer` (true) or keep its text (false).
    static let cases: [(text: String, isInteger: Bool)] = [
        ("-9223372036854775808", true), ("9223372036854775807", true), ("0", true),
        ("9223372036854775808", false), ("-9223372036854775809", false), ("18446744073709551615", false),
        ("99999999999999999999999", false), ("0.1000000000000000055511151231257827", false),
        ("1e-400", false), ("1e400", false), ("-0", false), ("-0.0", false), ("1E+2", false), ("2.5e-3", false),
        ("1.7976931348623157e308", false), ("5e-324", false),
    ]

    private static func json(_ text: String) throws -> JSONValue {
        try #require(try JSONDocumentParser.parse(Array(#"{"n": \#(text)}"#.utf8), file: "n.json")["n"])
    }

    private static func yaml(_ text: String) throws -> JSONValue {
        try #require(try YAMLDocumentParser.parse("n: \(text)\n", file: "n.yaml")["n"])
    }

    @Test("JSON and YAML keep each number exactly", arguments: cases)
    func kept(text: String, isInteger: Bool) throws {
        for (format, value) in [("JSON", try Self.json(text)), ("YAML", try Self.yaml(text))] {
            switch value {
            case .integer(let whole):
                #expect(isInteger, "\(format) \(text) became the integer \(whole)")
                #expect(String(whole) == text, "\(format) \(text)")
            case .number(let number):
                #expect(!isInteger, "\(format) \(text) kept as text, expected Int64")
                #expect(number.text == text, "\(format): \(number.text) ≠ \(text)")
            default:
                Issue.record("\(format) \(text) became \(value)")
            }
        }
    }

    @Test("YAML's looser spellings become JSON's; .inf and .nan stay text")
    func yamlSpellings() throws {
        #expect(try Self.yaml("+1.5") == .number(try #require(JSONNumber("1.5"))))
        #expect(try Self.yaml(".5").numberText == "0.5")
        #expect(try Self.yaml("1.").numberText == "1")
        #expect(try Self.yaml("-1.5E+3").numberText == "-1.5E+3")
        #expect(try Self.yaml(".inf") == .string(".inf"))
        #expect(try Self.yaml(".nan") == .string(".nan"))
        #expect(try Self.yaml("'1e400'") == .string("1e400"))
    }

    @Test("an exponent of more than nine digits is a located error in JSON")
    func hugeExponent() throws {
        #expect(throws: Diagnostic.self) { try Self.json("1e1234567890") }
        do {
            _ = try Self.json("1e1234567890")
        } catch let error as Diagnostic {
            #expect(error.location.hasPrefix("n.json:1:"), "\(error.location)")
            #expect(error.message.contains("exponent"))
        }
        #expect(try Self.json("1e123456789").numberText == "1e123456789")
    }

    @Test("numbers compare by value, whatever the spelling")
    func equality() throws {
        let hundred = try #require(JSONNumber("1e2"))
        #expect(hundred == JSONNumber(100))
        #expect(hundred == JSONNumber("100.000"))
        #expect(hundred.hashValue == JSONNumber(100).hashValue)
        #expect(JSONValue.number(hundred) == .integer(100))
        #expect(Set([JSONValue.number(hundred), .integer(100)]).count == 1)
        #expect(JSONNumber("-0") == JSONNumber(0))
        #expect(JSONNumber("0.1000000000000000055511151231257827") != JSONNumber(0.1))
        #expect(JSONNumber("18446744073709551615") != JSONNumber("18446744073709551616"))
        #expect(JSONNumber("1x") == nil && JSONNumber("") == nil && JSONNumber(".") == nil && JSONNumber("1e") == nil)
    }

    @Test("what each number is as Int64, Double and Float")
    func values() throws {
        func number(_ text: String) throws -> JSONNumber { try #require(JSONNumber(text)) }
        #expect(try number("1e2").int64Value == 100)
        #expect(try number("9223372036854775808").int64Value == nil)
        #expect(try number("2.5").int64Value == nil)
        #expect(try number("1e-400").doubleValue == nil, "underflow is not 0")
        #expect(try number("1e400").doubleValue == nil)
        #expect(try number("-0").doubleValue == 0)
        #expect(try number("5e-324").doubleValue == nil, "subnormal: Swift warns about the literal")
        #expect(try number("1e39").floatValue == nil)
        #expect(try number("3.4028235e38").floatValue == Float.greatestFiniteMagnitude)
        #expect(try number("1e999999999").integerText() == nil, "never a string of a billion zeros")
    }

    @Test("IR JSON carries every digit through a round trip; ordinary numbers stay JSON numbers")
    func codable() throws {
        let values: [JSONValue] = try ["18446744073709551615", "0.1000000000000000055511151231257827", "1e400", "1e-400", "0.5", "-0"]
            .map { .number(try #require(JSONNumber($0))) } + [.integer(Int64.min)]
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(JSONValue.array(values))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#"{"$sdkgen.number":"18446744073709551615"}"#), "\(text)")
        #expect(text.contains("0.5,"), "\(text)")
        let back = try JSONDecoder().decode(JSONValue.self, from: data)
        #expect(back == .array(values))
        guard case .array(let decoded) = back else { return }
        #expect(decoded.map(\.numberText)[0..<4] == ["18446744073709551615", "0.1000000000000000055511151231257827", "1e400", "1e-400"])
        let constraints = Constraints(minimum: JSONNumber("-1e400"), maximum: JSONNumber("99999999999999999999999"))
        #expect(try JSONDecoder().decode(Constraints.self, from: encoder.encode(constraints)) == constraints)
        #expect(String(decoding: try encoder.encode(Constraints(minimum: 60, maximum: 1440)), as: UTF8.self) == #"{"maximum":1440,"minimum":60}"#)
    }

    @Test("a length beyond Int32 is a located error that names the number")
    func hugeLength() throws {
        let spec = try TemporarySpec(["api.json": #"""
        {"swagger": "2.0", "info": {"title": "N", "version": "1"}, "paths": {},
         "definitions": {"T": {"type": "object", "properties": {"s": {"type": "string", "maxLength": 123456789012345678901234567890}}}}}
        """#])
        do {
            _ = try SpecReader.read(path: spec.path("api.json"))
            Issue.record("expected an error")
        } catch let error as Diagnostic {
            #expect(error.location.hasSuffix("api.json#/definitions/T/properties/s/maxLength"), "\(error.location)")
            #expect(error.message.contains("at most 2147483647, found 123456789012345678901234567890"), "\(error.message)")
        }
    }

    @Test("minimum and maximum keep their text in the IR")
    func constraints() throws {
        let spec = try TemporarySpec(["api.json": #"""
        {"swagger": "2.0", "info": {"title": "N", "version": "1"}, "paths": {},
         "definitions": {"T": {"type": "object", "properties": {
           "x": {"type": "integer", "format": "int64", "minimum": -9223372036854775809, "maximum": 1e400}}}}}
        """#])
        let api = try SpecReader.read(path: spec.path("api.json")).api
        guard case .object(let object)? = api.schema(named: "T")?.kind else { Issue.record("no object T"); return }
        #expect(object.properties.first?.constraints.minimum?.text == "-9223372036854775809")
        #expect(object.properties.first?.constraints.maximum?.text == "1e400")
    }
}

extension JSONValue {
    /// The exact text of a `.number`, for expectations.
    fileprivate var numberText: String? {
        if case .number(let number) = self { return number.text }
        return nil
    }
}

/// Input-controlled text that used to be indexed without a check.
@Suite("Unchecked indexing")
struct UncheckedIndexingTests {
    @Test("a fixed query without a name in an x-ms-paths key is a located warning, not a trap")
    func namelessFixedQuery() throws {
        let spec = try TemporarySpec(["api.yaml": """
        swagger: "2.0"
        info: {title: N, version: "1"}
        paths: {}
        x-ms-paths:
          "/a?=":
            get: {operationId: A_Get, responses: {"200": {description: ok}}}
          "/b?=x&op=1":
            get: {operationId: B_Get, responses: {"200": {description: ok}}}
        """])
        let result = try SpecReader.read(path: spec.path("api.yaml"))
        #expect(result.warnings.contains { $0.location.hasSuffix("api.yaml#/x-ms-paths/~1a?=/get") && $0.message.contains("has no name") }, "\(result.warnings)")
        let b = try #require(result.api.operations.first { $0.operationID == "B_Get" })
        #expect(b.parameters.filter(\.isConstant).map(\.name) == ["op"])
    }
}

/// The Swift literal each number becomes for each numeric type, or why it has none.
@Suite("Number fit")
struct NumberFitTests {
    private static func value(_ text: String) throws -> JSONValue {
        if let whole = Int64(text), String(whole) == text { return .integer(whole) }
        return .number(try #require(JSONNumber(text)))
    }

    @Test("literals are exact and compile without warnings", arguments: [
        ("1e2", TypeReference.integer(format: "int32"), "100"),
        ("-9223372036854775808", .integer(format: "int64"), "-9223372036854775808"),
        ("0.1000000000000000055511151231257827", .number(format: nil), "0.1000000000000000055511151231257827"),
        ("12345678901234567890", .number(format: nil), "12345678901234567890.0"),
        ("9007199254740993", .number(format: "double"), "9007199254740993.0"),
        ("5", .number(format: nil), "5"),
        ("-0", .number(format: nil), "-0"),
        ("3.4028235e38", .number(format: "float"), "3.4028235e38"),
        ("16777217", .number(format: "float"), "16777217.0"),
        ("16777216", .number(format: "float"), "16777216"),
    ])
    func literal(text: String, type: TypeReference, expected: String) throws {
        let value = try Self.value(text)
        #expect(NumberFit.problem(value, as: type) == nil)
        #expect(NumberFit.swiftLiteral(value, as: type) == expected)
    }

    @Test("values the type cannot hold have no literal", arguments: [
        ("2147483648", TypeReference.integer(format: "int32")), ("12345678901234567890", .integer(format: "int64")),
        ("2.5", .integer(format: nil)), ("1e400", .number(format: nil)), ("1e-400", .number(format: nil)),
        ("1e-320", .number(format: nil)), ("1e39", .number(format: "float")), ("1e-50", .number(format: "float")),
        ("9.223372036854775807e18", .integer(format: "int64")),
    ])
    func misfit(text: String, type: TypeReference) throws {
        let value = try Self.value(text)
        #expect(NumberFit.problem(value, as: type) != nil)
        #expect(NumberFit.swiftLiteral(value, as: type) == nil)
        #expect(NumberFit.problem(value, as: .nullable(type)) != nil, "through nullability")
    }
}
