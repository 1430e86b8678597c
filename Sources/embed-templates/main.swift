import Foundation

// Writes a Swift file holding every `*.mustache` of a folder as a string literal, so `sdkgen` carries its default
// templates inside the binary (an installed or copied binary finds no `Templates/` folder beside it).
// Usage: embed-templates TEMPLATES_FOLDER OUTPUT_FILE
let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: embed-templates TEMPLATES_FOLDER OUTPUT_FILE\n".utf8))
    exit(2)
}
let folder = URL(fileURLWithPath: arguments[1])
let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    .filter { $0.hasSuffix(".mustache") }
    .sorted()
var output = """
    // Generated at build time by the EmbedTemplates plugin from Templates/. Do not edit.

    /// The default templates, by name (`Client.swift` for `Client.swift.mustache`).
    let embeddedTemplates: [String: String] = [

    """
for name in names {
    let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    // A raw string with more `#`s than any run in the text cannot end early or interpolate.
    var hashes = "#"
    while text.contains("\"" + hashes) || text.contains(hashes + "\"") { hashes += "#" }
    let key = String(name.dropLast(".mustache".count))
    output += "    \"\(key)\": \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes),\n"
}
output += "]\n"
try output.write(to: URL(fileURLWithPath: arguments[2]), atomically: true, encoding: .utf8)
