/// Boxes a property so a struct can contain itself, as recursive schemas require
/// (e.g. `CommunicationError.innererror: CommunicationError?`).
///
/// Swift structs are laid out inline, so a struct cannot hold a value of its own type; an
/// `indirect enum` moves the value to the heap while keeping value semantics, `Sendable`,
/// `Hashable` and `Codable`. For optional values the `KeyedDecodingContainer`/`KeyedEncodingContainer`
/// overloads make synthesized `Codable` treat an absent or `null` key as `nil` and omit `nil`.
@propertyWrapper
public struct Indirect<Value: Sendable & Hashable & Codable>: Sendable, Hashable, Codable {
    /// Heap storage for the value.
    private indirect enum Storage: Sendable, Hashable {
        case value(Value)
    }

    private var storage: Storage

    /// Wraps `wrappedValue`.
    public init(wrappedValue: Value) {
        storage = .value(wrappedValue)
    }

    /// The boxed value.
    public var wrappedValue: Value {
        get {
            switch storage {
            case .value(let value): return value
            }
        }
        set { storage = .value(newValue) }
    }

    /// Decodes the value itself: the box is invisible in JSON.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self.init(wrappedValue: try container.decode(Value.self))
    }

    /// Encodes the value itself: the box is invisible in JSON.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue)
    }
}
