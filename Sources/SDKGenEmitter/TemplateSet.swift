import Foundation
import Mustache
import SDKGenIR

/// The Mustache templates, loaded once from a folder and rendered many times.
public struct TemplateSet: Sendable {
    /// Every template the emitter renders; a folder given with `--templates` must hold them all. The doc-comment
    /// partials come in three indentations because swift-mustache indents only the first line a standalone
    /// partial renders inside a section.
    public static let requiredNames = [
        "Client.swift", "OperationGroup.swift", "Model.swift", "Enum.swift", "Alias.swift",
        "OperationGroupTests.swift", "TestSupport.swift", "Package.swift",
        "TestCall", "TestCallDiscard", "TestArguments",
        "EndToEndSupport.swift", "OperationGroupEndToEndTests.swift", "PreparedArguments", "EndToEndCall", "README.md", "UsageExampleTests.swift",
        "UsageExample", "Polymorphic.swift", "Union.swift", "Documentation.md", "Exports.swift",
        "UsageExampleCompiles.swift",
        "DocComment", "MemberDocComment", "NestedDocComment",
    ]

    /// All templates by name; partials (`{{> TestCall}}`) are looked up here too.
    private let library: MustacheLibrary

    /// Loads `<name>.mustache` for every required name from `folder` (`--templates`).
    public init(folder: String) throws {
        var texts: [String: String] = [:]
        for name in Self.requiredNames {
            let path = (folder as NSString).appendingPathComponent(name + ".mustache")
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw Diagnostic(location: path, message: "template missing or unreadable; a templates folder must hold \(Self.requiredNames.map { $0 + ".mustache" }.joined(separator: ", "))")
            }
            texts[name] = text
        }
        try self.init(texts: texts) { (folder as NSString).appendingPathComponent($0 + ".mustache") }
    }

    /// The templates built into sdkgen (the repository's `Templates/`, embedded by the EmbedTemplates plugin).
    public static func builtIn() throws -> TemplateSet {
        try TemplateSet(texts: embeddedTemplates) { "built-in template \($0).mustache" }
    }

    private init(texts: [String: String], location: (String) -> String) throws {
        var templates: [String: MustacheTemplate] = [:]
        for name in Self.requiredNames {
            guard let text = texts[name] else { throw Diagnostic(location: location(name), message: "template missing") }
            do {
                templates[name] = try MustacheTemplate(string: text)
            } catch {
                throw Diagnostic(location: location(name), message: "invalid Mustache template: \(error)")
            }
        }
        self.library = MustacheLibrary(templates: templates)
    }

    /// Templates that indent a multi-line partial (Mustache indents its blank lines too): their output loses
    /// trailing spaces. Only these, so other files are not scanned again.
    static let indentingPartials: Set<String> = ["UsageExampleTests.swift", "UsageExampleCompiles.swift"]

    /// Renders the template `name` with `context`.
    func render(_ name: String, _ context: Any) -> String {
        guard let template = library.getTemplate(named: name) else { preconditionFailure("template \(name) not loaded") }
        let text = template.render(context, library: library)
        guard Self.indentingPartials.contains(name) else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in line.last == " " ? String(line.reversed().drop(while: { $0 == " " }).reversed()) : String(line) }
            .joined(separator: "\n")
    }
}
