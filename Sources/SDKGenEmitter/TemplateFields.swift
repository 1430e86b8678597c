import Mustache

/// How a view-model type hands its fields to the templates: a table from template key to key path.
///
/// swift-mustache falls back to `Mirror` for values that are not a `MustacheParent`; reflecting a
/// context on every `{{name}}` lookup (and on every miss while climbing the context stack) was the
/// largest cost of generation. The tables list each type's stored properties once; a debug build
/// traps when a template asks for a property a table forgot.
public protocol TemplateFields: MustacheParent {
    /// Template key → stored property.
    static var templateFields: [String: PartialKeyPath<Self> & Sendable] { get }
}

extension TemplateFields {
    /// The value of the field a template names, or nil (the lookup then climbs the context stack).
    public func child(named name: String) -> Any? {
        guard let path = Self.templateFields[name] else {
            assert(!Mirror(reflecting: self).children.contains { $0.label == name },
                   "\(Self.self).templateFields has no entry for the stored property '\(name)'")
            return nil
        }
        // Like swift-mustache's reflection path: an optional field gives its value, or nil when unset.
        let value = self[keyPath: path]
        if let optional = value as? OptionalField { return optional.wrappedField }
        return value
    }
}

/// Lets `child(named:)` unwrap an optional field held as `Any`.
private protocol OptionalField {
    var wrappedField: Any? { get }
}

extension Optional: OptionalField {
    fileprivate var wrappedField: Any? { self.map { $0 } }
}

