import SDKGenIR
import Foundation
@testable import SDKGenReader
import Testing

/// Bad input gives one error with the file and a line:column or JSON pointer.
@Suite("Reader errors")
struct ReaderErrorTests {
    func error(_ files: [String: String], main: String) throws -> Diagnostic {
        let spec = try TemporarySpec(files)
        do {
            _ = try SpecReader.read(path: spec.path(main))
        } catch let error as Diagnostic {
            return error
        }
        throw ExpectedError()
    }

    struct ExpectedError: Error {}

    @Test("a missing file")
    func missingFile() throws {
        let error = try error([:], main: "nope.yaml")
        #expect(error.location.hasSuffix("nope.yaml"))
        #expect(error.message.contains("does not exist"))
    }

    @Test("invalid JSON gives line and column")
    func invalidJSON() throws {
        let error = try error(["a.json": "{\n  \"swagger\": \"2.0\",\n  \"info\": {,}\n}"], main: "a.json")
        #expect(error.location.hasSuffix("a.json:3:12"))
        #expect(error.message.contains("invalid JSON"))
    }

    @Test("truncated JSON and duplicate keys")
    func truncatedAndDuplicate() throws {
        #expect(try error(["a.json": "{\"swagger\": \"2.0\", \"info\": "], main: "a.json").message.contains("unexpected end"))
        let duplicate = try error(["a.json": "{\"swagger\": \"2.0\",\n\"swagger\": \"2.0\"}"], main: "a.json")
        #expect(duplicate.message.contains("duplicate key 'swagger'"))
        #expect(duplicate.location.hasSuffix("a.json:2:1"))
    }

    @Test("invalid YAML gives line and column")
    func invalidYAML() throws {
        let error = try error(["a.yaml": "swagger: \"2.0\"\ninfo:\n  title: [unclosed\n"], main: "a.yaml")
        #expect(error.message.contains("invalid YAML"))
        #expect(error.location.range(of: #"a\.yaml:\d+:\d+$"#, options: .regularExpression) != nil)
    }

    @Test("a dangling $ref names the reference and its place")
    func danglingReference() throws {
        let error = try error(["a.yaml": """
        swagger: "2.0"
        info: {title: x, version: "1"}
        paths: {}
        definitions:
          A: {$ref: "#/definitions/Missing"}
        """], main: "a.yaml")
        #expect(error.location.hasSuffix("a.yaml#/definitions/A/$ref"))
        #expect(error.message.contains("#/definitions/Missing"))
    }

    @Test("a $ref cycle across files")
    func referenceCycle() throws {
        let error = try error([
            "a.yaml": "swagger: \"2.0\"\ninfo: {title: x, version: \"1\"}\npaths: {}\ndefinitions:\n  A: {$ref: \"b.yaml#/definitions/B\"}\n",
            "b.yaml": "definitions:\n  B: {$ref: \"a.yaml#/definitions/A\"}\n",
        ], main: "a.yaml")
        #expect(error.message.contains("$ref cycle"))
    }

    @Test("a $ref to a URL or an absolute path is refused")
    func externalReferencesRefused() throws {
        for target in ["https://example.com/x.json#/A", "/etc/passwd"] {
            let error = try error(["a.yaml": "swagger: \"2.0\"\ninfo: {title: x, version: \"1\"}\npaths: {}\ndefinitions:\n  A: {$ref: \"\(target)\"}\n"], main: "a.yaml")
            #expect(error.message.contains("URL") || error.message.contains("absolute path"))
        }
    }

    @Test("a wrong type names the JSON pointer and what was expected")
    func wrongType() throws {
        let error = try error(["a.yaml": """
        swagger: "2.0"
        info: {title: x, version: "1"}
        paths:
          /a:
            get:
              operationId: [not, a, string]
              responses: {"200": {description: ok}}
        """], main: "a.yaml")
        #expect(error.location.hasSuffix("a.yaml#/paths/~1a/get/operationId"))
        #expect(error.message == "expected a string, found an array")
    }

    @Test("not an API description")
    func notADescription() throws {
        #expect(try error(["a.yaml": "hello: world\n"], main: "a.yaml").message.contains("not an API description"))
    }

    @Test("nesting beyond the limit is refused, not a crash")
    func deepNesting() throws {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        #expect(try error(["a.json": deep], main: "a.json").message.contains("nesting deeper"))
    }
}

extension ReaderErrorTests {
    @Test("a YAML alias bomb is refused quickly instead of expanding")
    func aliasBomb() throws {
        var lines = ["swagger: \"2.0\"", "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for (previous, name) in zip("abcdefghi", "bcdefghij") {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]")
        }
        let error = try error(["bomb.yaml": lines.joined(separator: "\n") + "\n"], main: "bomb.yaml")
        #expect(error.message.contains("expands to too many values"))
    }

    @Test("invalid UTF-8 is refused")
    func invalidUTF8() throws {
        let spec = try TemporarySpec([:])
        try FileManager.default.createDirectory(atPath: spec.folder, withIntermediateDirectories: true)
        try Data([0x61, 0x3A, 0x20, 0xFF, 0xFE, 0x0A]).write(to: URL(fileURLWithPath: spec.path("bad.yaml")))
        do {
            _ = try SpecReader.read(path: spec.path("bad.yaml"))
            Issue.record("expected an error")
        } catch let error as Diagnostic {
            #expect(error.message.contains("not valid UTF-8"))
        }
    }
}
