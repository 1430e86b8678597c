/// An operation's request and responses as a type skeleton: names and type words, no descriptions.
public struct OperationShape: Sendable, Hashable {
    /// `GET`, `POST`, … (upper case).
    public var method: String
    /// The path template.
    public var path: String
    /// Path, query and header parameters and the body, in the order the description declares them.
    public var request: [ShapeField]
    /// `default` first, then status codes in ascending order.
    public var responses: [ResponseShape]

    /// Creates a shape.
    public init(method: String, path: String, request: [ShapeField], responses: [ResponseShape]) {
        self.method = method
        self.path = path
        self.request = request
        self.responses = responses
    }
}

/// One response of an `OperationShape`.
public struct ResponseShape: Sendable, Hashable {
    /// `default`, `200`, …
    public var statusCode: String
    /// The body's skeleton; nil when the response has no body.
    public var body: ShapeNode?

    /// Creates a response shape.
    public init(statusCode: String, body: ShapeNode?) {
        self.statusCode = statusCode
        self.body = body
    }
}

/// A named member of a skeleton: a parameter, the body, or a property.
public struct ShapeField: Sendable, Hashable {
    /// The wire name (`api-version`, `body`, `customId`).
    public var name: String
    /// Its type.
    public var node: ShapeNode

    /// Creates a field.
    public init(name: String, node: ShapeNode) {
        self.name = name
        self.node = node
    }
}

/// A type in a skeleton.
public indirect enum ShapeNode: Sendable, Hashable {
    /// A type shown as one word: `string`, `integer`, `number`, `boolean`, `enum`, `object`.
    case word(String)
    /// An object, expanded into its properties in document order.
    case object([ShapeField])
    /// An array of the element.
    case array(ShapeNode)
}
