import SDKGenIR
import Foundation
@testable import SDKGenReader
import Testing

/// Hostile descriptions must end quickly with one clear `Diagnostic` (or read fine when
/// they are valid) — never a crash, a hang or runaway memory. Small inputs live in `Corpus/`;
/// big ones are generated into a temporary folder so the repository stays small.
/// `ReaderErrorTests` covers the basics; this covers the rest.
@Suite("Hostile input corpus")
struct HostileInputCorpusTests {
    /// `Corpus/`, found next to this file.
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus").path

    /// Entry file (relative to `Corpus/`) → a fragment the error message must contain, or nil
    /// when the input is valid and must read successfully.
    static let expectations: [String: String?] = [
        "truncated.json": "unterminated string",
        "truncated.yaml": "invalid YAML",
        "tab-indent.yaml": "invalid YAML",
        "invalid-utf8.json": "UTF-8",
        "invalid-utf8.yaml": "not valid UTF-8",
        "bom.json": nil,
        "duplicate-key-nested.json": "duplicate key 'title'",
        "duplicate-key.yaml": "duplicated key(s): 'A'",
        "nul-byte.json": "control character",
        "lone-surrogate.json": "surrogate",
        // 1e999999 is valid JSON and kept as written (a `minimum` documents the API): it reads.
        "huge-numbers.json": nil,
        "extreme-numbers.json": nil,  // every number beyond its type, in defaults, constraints and examples: read, warned
        "extreme-numbers.yaml": nil,  // Int64's ends, UInt64.max, Double's largest and smallest: read (fuzzer seed too)
        "empty.yaml": "empty",
        "null-document.yaml": "expected an object at the top",
        "scalar-top.json": "expected an object at the top",
        "array-top.json": "expected an object at the top",
        "wrong-type-swagger-number.yaml": "expected a string",
        "unsupported-version.yaml": "unsupported Swagger version",
        "wrong-type-paths.json": "expected an object",
        "wrong-type-parameters.yaml": "expected an array",
        "wrong-type-responses.yaml": "expected an object",
        "wrong-type-properties.yaml": "expected an object",
        "wrong-type-openapi-components.yaml": "expected an object",
        "ref-self.yaml": "$ref cycle",
        "ref-bad-fragment.yaml": "not a JSON pointer",
        "ref-url.yaml": "points to a URL",
        "ref-file-url.yaml": "points to a URL",
        "ref-absolute.yaml": "absolute path",
        "ref-escape-missing.yaml": "does not exist",
        "ref-folder.yaml": "is a folder",
        "recursive-schema-valid.yaml": nil,
        "alias-merge-bomb.yaml": "too many values",
        "alias-undefined.yaml": "invalid YAML",
        "ref-loop-3/a.yaml": "$ref cycle",
        "ref-whole-file-loop/a.yaml": "$ref cycle",
        "ref-loop-examples/a.yaml": nil,
    ]

    @Test("each corpus file gives its clear error (or reads) within seconds", arguments: expectations.keys.sorted())
    func corpusFile(_ name: String) throws {
        let expected = try #require(Self.expectations[name])
        try HostileRead.expect(path: Self.corpus + "/" + name, expected)
    }

    /// Wrong types the reader once accepted silently: a non-object `info`, a non-string entry in a type array.
    static let lenient: [String: String] = [
        "wrong-type-info.yaml": "expected an object",
        "wrong-type-deep-schema.yaml": "expected a type name",
    ]

    @Test("wrong types in 'info' and in a type array are refused", arguments: lenient.keys.sorted())
    func lenientFile(_ name: String) throws {
        try HostileRead.expect(path: Self.corpus + "/" + name, Self.lenient[name])
    }

    @Test("every top-level corpus file has an expectation")
    func corpusIsListed() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.corpus).filter { $0.contains(".") }
        for file in files {
            #expect(Self.expectations.keys.contains(file) || Self.lenient.keys.contains(file), "no expectation for Corpus/\(file)")
        }
    }
}

/// Reads a description with a time limit and checks the outcome.
enum HostileRead {
    /// Reads `path`: with `expected == nil` it must succeed, otherwise throw a `Diagnostic` whose
    /// message contains `expected` and whose location names the file; either way within `seconds`.
    static func expect(
        path: String, _ expected: String?, seconds: Int = 10, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let clock = ContinuousClock()
        let start = clock.now
        do {
            _ = try SpecReader.read(path: path)
            if let expected { Issue.record("expected an error containing '\(expected)', but it read", sourceLocation: sourceLocation) }
        } catch let error as Diagnostic {
            if let expected {
                #expect(error.message.contains(expected), "message: \(error.message)", sourceLocation: sourceLocation)
                #expect(!error.location.isEmpty, sourceLocation: sourceLocation)
                #expect(error.message.utf8.count < 2048, "message is \(error.message.utf8.count) bytes", sourceLocation: sourceLocation)
            } else {
                Issue.record("expected a successful read, got \(error)", sourceLocation: sourceLocation)
            }
        }
        let elapsed = clock.now - start
        #expect(elapsed < .seconds(seconds), "took \(elapsed)", sourceLocation: sourceLocation)
    }
}

/// Inputs too big (or too system-specific) to commit, written at test time.
extension HostileInputCorpusTests {
    static let header = #"{"swagger": "2.0", "info": {"title": "x", "version": "1"}, "paths": {}"#

    /// Writes `data` as `name` in a fresh temporary folder and checks the read.
    func generated(_ name: String, _ data: Data, _ expected: String?, seconds: Int = 10) throws {
        let spec = try TemporarySpec([:])
        try FileManager.default.createDirectory(atPath: spec.folder, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: spec.path(name)))
        try HostileRead.expect(path: spec.path(name), expected, seconds: seconds)
    }

    @Test("nesting 10,000 deep is refused in every form", arguments: [
        ("objects.json", String(repeating: #"{"a":"#, count: 10_000) + "1" + String(repeating: "}", count: 10_000)),
        ("mixed.json", Self.header + #", "x": "# + String(repeating: #"[{"a":"#, count: 5_000) + "1" + String(repeating: "}]", count: 5_000) + "}"),
        ("flow.yaml", "swagger: \"2.0\"\nx: " + String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000) + "\n"),
        ("flow-maps.yaml", "swagger: \"2.0\"\nx: " + String(repeating: "{a: ", count: 10_000) + "1" + String(repeating: "}", count: 10_000) + "\n"),
        ("block.yaml", "swagger: \"2.0\"\nx:\n  " + String(repeating: "- ", count: 10_000) + "x\n"),
    ])
    func deepNesting(name: String, text: String) throws {
        try generated(name, Data(text.utf8), "nesting")  // ours ("nesting deeper than") or libyaml's ("Maximum nesting level")
    }

    @Test("a 50 MB string reads (it is valid) within seconds", arguments: ["big.json", "big.yaml"])
    func fiftyMegabyteString(name: String) throws {
        let filler = String(repeating: "a", count: 50 * 1024 * 1024)
        let text = name.hasSuffix(".json")
            ? #"{"swagger": "2.0", "info": {"title": "\#(filler)", "version": "1"}, "paths": {}}"#
            : "swagger: \"2.0\"\ninfo: {title: \"\(filler)\", version: \"1\"}\npaths: {}\n"
        try generated(name, Data(text.utf8), nil, seconds: 30)
    }

    @Test("a file over the size limit is refused without reading it")
    func oversizedFile() throws {
        let spec = try TemporarySpec([:])
        try FileManager.default.createDirectory(atPath: spec.folder, withIntermediateDirectories: true)
        let path = spec.path("huge.json")
        FileManager.default.createFile(atPath: path, contents: Data("{".utf8))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: UInt64(DocumentStore.maxFileSize) + 1)  // sparse: no disk used
        try handle.close()
        try HostileRead.expect(path: path, "more than the")
    }
}
