import SDKGenIR
@testable import SDKGenReader
import Testing
import Yams

/// Plain YAML scalars get the same types as with Yams' default resolver, which the reader no longer
/// runs on every scalar.
@Suite("YAML scalars")
struct YAMLScalarTests {
    /// Plain scalars of every kind the default resolver knows, and strings that look close to them.
    static let samples = [
        "", "~", "null", "Null", "NULL", "nULL", "yes", "No", "ON", "off", "true", "False", "TRUE", "tRue",
        "0", "-1", "+12", "1_000", "0b101", "0o17", "017", "0x1F", "1:30", "3.14", "-.5", ".5", "1e3", "6.02E+23",
        ".inf", "-.Inf", ".NaN", "2024-01-01", "2001-12-14t21:59:43.10-05:00", "<<", "=", "+x", ".x",
        "object", "string", "operationId", "nullable", "onward", "offset", "format", "type", "2024-01-01-preview",
        "x-ms-enum", "a:b", "true-ish",
    ]

    @Test("the pre-check never skips a scalar the default resolver would type")
    func preCheckIsSound() {
        for text in Self.samples {
            let tag = Resolver.default.resolveTag(of: Node.scalar(Node.Scalar(text)))
            if tag != .str {
                #expect(YAMLDocumentParser.mayResolveToNonString(text), "'\(text)' resolves to \(tag.rawValue)")
            }
        }
    }

    private func number(_ value: Double?) -> JSONValue? {
        value.flatMap { JSONNumber($0) }.map(JSONValue.number)
    }

    @Test("plain scalars read as with the default resolver; quoted ones stay strings")
    func valuesMatchDefaultResolver() throws {
        let yaml = Self.samples.enumerated().map { "k\($0.offset): \($0.element)" }.joined(separator: "\n")
            + "\nquotedNumber: '12'\nquotedBool: \"true\"\nquotedNull: 'null'\n"
        let fast = try YAMLDocumentParser.parse(yaml, file: "t.yaml")
        for (index, text) in Self.samples.enumerated() {
            let expected: JSONValue
            switch Resolver.default.resolveTag(of: Node.scalar(Node.Scalar(text))) {
            case .null: expected = .null
            case .bool: expected = .bool(Node.scalar(Node.Scalar(text)).bool!)
            // One deliberate difference: `.inf` and `.nan` stay text (JSON has no such numbers). Numbers compare by
            // value, so the exact text the reader keeps equals the Double the default resolver makes.
            case .int: expected = Int64(text).map(JSONValue.integer) ?? number(Node.scalar(Node.Scalar(text)).float) ?? .string(text)
            case .float: expected = number(Node.scalar(Node.Scalar(text)).float) ?? .string(text)
            default: expected = .string(text)
            }
            #expect(fast["k\(index)"] == expected, "'\(text)'")
        }
        #expect(fast["yes"] == nil)
        #expect(fast["k6"] == .bool(true))
        #expect(fast["k14"] == .integer(0))
        #expect(fast["quotedNumber"] == .string("12"))
        #expect(fast["quotedBool"] == .string("true"))
        #expect(fast["quotedNull"] == .string("null"))
    }
}
