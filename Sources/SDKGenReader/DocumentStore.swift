import Foundation
import SDKGenIR

/// Reads and parses each file once, however many `$ref`s point into it.
final class DocumentStore {
    /// Files larger than this are refused rather than read into memory.
    static let maxFileSize = 64 * 1024 * 1024

    private var documents: [String: JSONValue] = [:]

    /// The parsed content of `file`.
    func document(_ file: SourceFile) throws -> JSONValue {
        if let cached = documents[file.absolutePath] { return cached }
        let value = try Self.parse(file)
        documents[file.absolutePath] = value
        return value
    }

    private static func parse(_ file: SourceFile) throws -> JSONValue {
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: file.absolutePath)
            if (attributes[.type] as? FileAttributeType) == .typeDirectory {
                throw Diagnostic(location: file.displayPath, message: "is a folder, expected a JSON or YAML file")
            }
            if let size = attributes[.size] as? Int, size > maxFileSize {
                throw Diagnostic(location: file.displayPath, message: "file is \(size) bytes, more than the \(maxFileSize) bytes allowed")
            }
            data = try Data(contentsOf: URL(fileURLWithPath: file.absolutePath))
        } catch let error as Diagnostic {
            throw error
        } catch {
            throw Diagnostic(location: file.displayPath, message: "cannot read the file: it does not exist or is not readable")
        }
        let bytes = [UInt8](data)
        if looksLikeJSON(bytes, path: file.absolutePath) {
            return try JSONDocumentParser.parse(bytes, file: file.displayPath)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw Diagnostic(location: file.displayPath, message: "the file is not valid UTF-8 text")
        }
        return try YAMLDocumentParser.parse(text, file: file.displayPath)
    }

    /// JSON by extension, or by a first non-blank `{` / `[` when the extension says nothing.
    private static func looksLikeJSON(_ bytes: [UInt8], path: String) -> Bool {
        let lower = path.lowercased()
        if lower.hasSuffix(".json") { return true }
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") { return false }
        let first = bytes.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
    }
}
