/// A file the emitter produced, with a path relative to the output folder.
///
/// Files from templates are rendered when `contents` is read, not when the emitter makes them:
/// the writer renders each one on its own thread right before writing it and then lets go of
/// the text, so a large SDK is never held in memory as a whole and rendering uses every core.
public struct GeneratedFile: Sendable, Hashable {
    /// Relative path, `/`-separated.
    public var path: String
    private var source: Source

    private enum Source: Sendable {
        case text(String)
        case template(TemplateSet, name: String, context: any Sendable)
    }

    /// Creates a file with its text.
    public init(path: String, contents: String) {
        self.path = path
        self.source = .text(contents)
    }

    /// A file whose text is the template `name` rendered with `context`.
    init(path: String, template name: String, context: any Sendable, templates: TemplateSet) {
        self.path = path
        self.source = .template(templates, name: name, context: context)
    }

    /// The file's text (rendered now, for a file from a template; each read renders again).
    public var contents: String {
        get {
            switch source {
            case .text(let text): text
            case .template(let templates, let name, let context): templates.render(name, context)
            }
        }
        set { source = .text(newValue) }
    }

    /// Files are equal when their paths and texts are.
    public static func == (lhs: GeneratedFile, rhs: GeneratedFile) -> Bool {
        lhs.path == rhs.path && lhs.contents == rhs.contents
    }

    /// Hashes the path and the text.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(contents)
    }
}
