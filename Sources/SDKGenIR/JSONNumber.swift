/// A number exactly as a description writes it: `18446744073709551615`, `0.1000000000000000055511151231257827`,
/// `1e400` and `-0` keep every digit.
///
/// Descriptions are JSON documents, whose numbers have any size and precision; converting them to `Int64` or
/// `Double` when reading would lose digits (or trap) before the emitter knows which Swift type a value feeds. The
/// text is kept, and each use asks for the value it can hold (`int64Value`, `doubleValue`, `floatValue`).
///
/// Two numbers are equal when their values are (`1e2`, `100.0` and `100`), whatever the spelling, so a description
/// that only respells a number has not changed.
public struct JSONNumber: Sendable, Hashable, CustomStringConvertible, ExpressibleByIntegerLiteral {
    /// The number in JSON's grammar (`-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`), as written when it was
    /// already in that grammar.
    public let text: String
    /// Whether the value is below zero (never for a zero, so that `-0` equals `0`).
    private let isNegative: Bool
    /// The significant digits, without leading or trailing zeros; empty for zero.
    private let digits: String
    /// Where the decimal point goes: the value is `0.<digits> × 10^pointPosition`.
    private let pointPosition: Int

    /// Exponents beyond this many digits are refused: `1e1000000000` is no number a service or a Swift type can
    /// use, and keeping the arithmetic on `pointPosition` far from `Int`'s limits means it cannot overflow.
    public static let maximumExponentDigits = 9

    /// Reads `text` in JSON's grammar or the looser decimal forms of YAML (`+1`, `1.`, `.5`, leading zeros);
    /// nil when it is not a decimal number or its exponent has more than `maximumExponentDigits` digits.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        var index = 0
        var negative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        let integerStart = index
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        let integerPart = bytes[integerStart..<index]
        var fractionPart = bytes[index..<index]
        var hasPoint = false
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            hasPoint = true
            index += 1
            let fractionStart = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            fractionPart = bytes[fractionStart..<index]
        }
        guard !integerPart.isEmpty || !fractionPart.isEmpty else { return nil }
        var exponent = 0
        var exponentText = ""
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            let exponentStart = index
            index += 1
            var exponentNegative = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            let digitsStart = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            guard index > digitsStart else { return nil }
            let significant = bytes[digitsStart..<index].drop { $0 == UInt8(ascii: "0") }
            guard significant.count <= Self.maximumExponentDigits else { return nil }
            exponent = significant.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
            if exponentNegative { exponent = -exponent }
            exponentText = String(decoding: bytes[exponentStart..<index], as: UTF8.self)
        }
        guard index == bytes.count else { return nil }

        // JSON's spelling: no `+`, no leading zeros, digits on both sides of a point; the exponent as written.
        let integerDigits = integerPart.drop { $0 == UInt8(ascii: "0") }
        var json = negative ? "-" : ""
        json += integerDigits.isEmpty ? "0" : String(decoding: integerDigits, as: UTF8.self)
        if hasPoint, !fractionPart.isEmpty { json += "." + String(decoding: fractionPart, as: UTF8.self) }
        json += exponentText
        self.text = json

        // Normal form: the digits of integer and fraction together, trimmed, and where the point falls.
        let all = Array(integerPart) + Array(fractionPart)
        let leading = all.prefix { $0 == UInt8(ascii: "0") }.count
        let trimmed = all[leading...].reversed().drop { $0 == UInt8(ascii: "0") }.reversed()
        self.digits = String(decoding: trimmed, as: UTF8.self)
        self.pointPosition = trimmed.isEmpty ? 0 : integerPart.count - leading + exponent
        self.isNegative = negative && !trimmed.isEmpty
    }

    /// The number `value`.
    public init(_ value: Int64) {
        self.init(integerLiteral: value)
    }

    /// The finite `value` in its shortest round-tripping spelling (`0.1`, `1e-05`); nil for infinities and NaN.
    public init?(_ value: Double) {
        guard value.isFinite else { return nil }
        self.init(value.description)
    }

    /// The number `value` (for tests and constants).
    public init(integerLiteral value: Int64) {
        let text = String(value)
        let magnitude = text.hasPrefix("-") ? String(text.dropFirst()) : text
        let trimmed = magnitude.reversed().drop { $0 == "0" }.reversed()
        self.text = text
        self.digits = String(trimmed)
        self.pointPosition = trimmed.isEmpty ? 0 : magnitude.count
        self.isNegative = value < 0
    }

    public var description: String { text }

    /// Whether the value is zero (`0`, `-0`, `0.0e5`).
    public var isZero: Bool { digits.isEmpty }

    /// Whether the value is a whole number (`3`, `3.0`, `1e2`, `18446744073709551615`).
    public var isInteger: Bool { digits.isEmpty || pointPosition >= digits.count }

    /// The value when it is a whole number `Int64` holds exactly.
    public var int64Value: Int64? {
        guard isInteger else { return nil }
        if digits.isEmpty { return 0 }
        // Int64 has 19 digits: a longer whole number cannot fit (and building it would take memory).
        guard pointPosition <= 19 else { return nil }
        let whole = digits + String(repeating: "0", count: pointPosition - digits.count)
        return Int64((isNegative ? "-" : "") + whole)
    }

    /// The whole number's decimal digits, with a `-` when negative (`1e2` → `100`); nil for fractions and for whole
    /// numbers longer than `maximumDigits` (`1e400000` would be a string of 400,000 zeros).
    public func integerText(maximumDigits: Int = 400) -> String? {
        guard isInteger else { return nil }
        if digits.isEmpty { return "0" }
        guard pointPosition <= maximumDigits else { return nil }
        return (isNegative ? "-" : "") + digits + String(repeating: "0", count: pointPosition - digits.count)
    }

    /// The nearest `Double` when it is finite and, for a value that is not zero, a normal (not subnormal or zero)
    /// `Double`: a value that underflows loses its digits (and Foundation's JSON decoding refuses it).
    public var doubleValue: Double? {
        guard let value = approximateDouble, value.isFinite else { return nil }
        guard isZero || value.isNormal else { return nil }
        return value
    }

    /// The nearest `Float`, on the same terms as `doubleValue`.
    public var floatValue: Float? {
        guard pointPosition.magnitude < 100 || isZero, let value = Float(text), value.isFinite else { return nil }
        guard isZero || value.isNormal else { return nil }
        return value
    }

    /// The nearest `Double`, which may be infinite or zero for values beyond its range: for comparisons only.
    public var approximateDouble: Double? {
        // Beyond ±10^400 Double is infinite or zero anyway; the text may be long, so avoid parsing it.
        if isZero { return isNegative ? -0.0 : 0.0 }
        if pointPosition > 400 { return isNegative ? -.infinity : .infinity }
        if pointPosition < -400 { return isNegative ? -0.0 : 0.0 }
        return Double(text)
    }

    public static func == (lhs: JSONNumber, rhs: JSONNumber) -> Bool {
        lhs.isNegative == rhs.isNegative && lhs.digits == rhs.digits && lhs.pointPosition == rhs.pointPosition
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(isNegative)
        hasher.combine(digits)
        hasher.combine(pointPosition)
    }
}

extension JSONNumber: Codable {
    /// The key of the object that stands for a number `Double` cannot carry through `JSONEncoder` exactly.
    static let tagKey = "$sdkgen.number"

    private struct TagKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// A whole number `Int64` holds, or a number `Double` writes back to the same value, is written as a JSON
    /// number (so IR JSON and snapshots of ordinary descriptions look as they always did); any other number as
    /// `{"$sdkgen.number": "<text>"}`, so that no digit is lost when the snapshot is read back.
    public func encode(to encoder: any Encoder) throws {
        if let value = int64Value {
            var single = encoder.singleValueContainer()
            try single.encode(value)
        } else if let value = approximateDouble, value.isFinite, JSONNumber(value) == self {
            var single = encoder.singleValueContainer()
            try single.encode(value)
        } else {
            var object = encoder.container(keyedBy: TagKey.self)
            try object.encode(text, forKey: TagKey(stringValue: Self.tagKey))
        }
    }

    public init(from decoder: any Decoder) throws {
        if let object = try? decoder.container(keyedBy: TagKey.self) {
            let text = try object.decode(String.self, forKey: TagKey(stringValue: Self.tagKey))
            guard let number = JSONNumber(text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: TagKey(stringValue: Self.tagKey), in: object, debugDescription: "'\(text)' is not a number")
            }
            self = number
            return
        }
        let single = try decoder.singleValueContainer()
        if let value = try? single.decode(Int64.self) {
            self.init(value)
        } else if let number = JSONNumber(try single.decode(Double.self)) {
            self = number
        } else {
            throw DecodingError.dataCorruptedError(in: single, debugDescription: "not a finite number")
        }
    }
}
