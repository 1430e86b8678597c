/// The lines of a type skeleton in the reference report's layout: one member per line,
/// `name: word ,` for one-word types, and `name:` followed by a `{ … }` or `[ … ]` block and a `,` line.
enum SkeletonLines {
    /// A request: all fields in braces (`{}` when there are none).
    static func request(_ fields: [ShapeField]) -> [String] {
        fields.isEmpty ? ["{}"] : ["{"] + fields.flatMap(field) + ["}"]
    }

    /// A response body: `{}` without a body, else the body's block (or its word).
    static func response(_ body: ShapeNode?) -> [String] {
        switch body {
        case nil: return ["{}"]
        case .word(let word): return [word]
        case .object(let fields): return ["{"] + fields.flatMap(field) + ["}"]
        case .array(let element): return ["["] + self.element(element) + ["]"]
        }
    }

    private static func field(_ field: ShapeField) -> [String] {
        switch field.node {
        case .word(let word): return ["\(field.name): \(word) ,"]
        case .object(let fields): return ["\(field.name):", "{"] + fields.flatMap(self.field) + ["}", ","]
        case .array(let element): return ["\(field.name):", "["] + self.element(element) + ["]", ","]
        }
    }

    private static func element(_ node: ShapeNode) -> [String] {
        switch node {
        case .word(let word): return ["\(word) ,"]
        case .object(let fields): return ["{"] + fields.flatMap(field) + ["}", ","]
        case .array(let inner): return ["["] + element(inner) + ["]", ","]
        }
    }
}
