/// One node of the Azure error shape `{"code","message","target","details":[…],"innererror":{…}}`.
///
/// Recursive like the wire format, so nested causes are kept rather than flattened away;
/// every field is optional because services omit them freely.
public struct ServiceErrorDetail: Sendable, Hashable, Codable {
    /// Machine-readable error code, e.g. `IdentityNotFound`.
    public var code: String?
    /// Human-readable explanation from the service.
    public var message: String?
    /// The request element the error is about, if the service names one.
    public var target: String?
    /// Further errors that together explain this one.
    public var details: [ServiceErrorDetail]
    /// A more specific cause (`innererror` on the wire).
    @Indirect public var innerError: ServiceErrorDetail?

    /// Creates a detail; all parts are optional because services send any subset.
    public init(
        code: String? = nil, message: String? = nil, target: String? = nil,
        details: [ServiceErrorDetail] = [], innerError: ServiceErrorDetail? = nil
    ) {
        self.code = code
        self.message = message
        self.target = target
        self.details = details
        self._innerError = Indirect(wrappedValue: innerError)
    }

    private enum CodingKeys: String, CodingKey {
        case code, message, target, details
        case innerError = "innererror"
    }

    /// Decodes leniently: a missing or `null` `details` is an empty list.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            code: try container.decodeIfPresent(String.self, forKey: .code),
            message: try container.decodeIfPresent(String.self, forKey: .message),
            target: try container.decodeIfPresent(String.self, forKey: .target),
            details: try container.decodeIfPresent([ServiceErrorDetail].self, forKey: .details) ?? [],
            innerError: try container.decodeIfPresent(ServiceErrorDetail.self, forKey: .innerError))
    }

    /// Encodes in the wire shape, leaving out absent parts.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(code, forKey: .code)
        try container.encodeIfPresent(message, forKey: .message)
        try container.encodeIfPresent(target, forKey: .target)
        if !details.isEmpty { try container.encode(details, forKey: .details) }
        try container.encodeIfPresent(innerError, forKey: .innerError)
    }
}
