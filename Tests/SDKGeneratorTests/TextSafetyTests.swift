import Foundation
import SDKGenerator
import Testing

/// Text from descriptions (CR, CRLF, U+2028/2029, `*/`, backslashes, `\(`, quotes, emoji) is safe wherever it
/// lands: `Spec/NamingTorture` carries such text in descriptions, a summary, a property and enum values, and its
/// SDK is compiled and tested by `swift test`; these checks say why it compiles.
@Suite("Text from descriptions")
struct TextSafetyTests {
    static func generate() throws -> Generator.Result {
        let root = Checkout.root as NSString
        return try Generator.run(
            spec: root.appendingPathComponent("Spec/NamingTorture/NamingTorture.yaml"),
            templatesFolder: root.appendingPathComponent("Templates"),
            options: EmitterOptions(moduleName: "NamingTorture", sdkName: "naming-torture", sdkVersion: "0.0.1"))
    }

    @Test("no generated Swift file holds a raw CR, and every line of description text stays inside a doc comment")
    func lineBreaksStayInComments() throws {
        let result = try Self.generate()
        for file in result.files where file.path.hasSuffix(".swift") {
            let text = file.contents
            #expect(!text.unicodeScalars.contains("\r"), "\(file.path) holds a raw CR")
            for line in text.split(separator: "\n") where line.contains("lone CR") || line.contains("a CRLF") || line.contains("separator") {
                let code = line.drop { $0 == " " }
                #expect(code.hasPrefix("///") || code.hasPrefix("//"), "\(file.path): description text outside a comment: \(line)")
            }
        }
    }

    @Test("values with quotes, backslashes, `\\(` and line breaks are escaped string literals")
    func valuesAreEscaped() throws {
        let kind = try #require(try Self.generate().files.first { $0.path.hasSuffix("Models/Kind.swift") }).contents
        #expect(kind.contains(#"public static let sayHiX: Kind = "say \"hi\" \\(x) */ 🎉""#))
        #expect(kind.contains(#"public static let lineBreak: Kind = "line\r\nbreak""#))
    }
}
