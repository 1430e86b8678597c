/// `x-ms-client-request-id` values: random (version 4) UUIDs in lower case.
///
/// Made from `SystemRandomNumberGenerator` (`getrandom` on Linux) rather than Foundation's `UUID()`,
/// which on Linux opens and reads `/dev/urandom` on every call: a file open per request showed in
/// the per-call cost.
enum RequestID {
    /// A new random UUID, e.g. `3f2504e0-4f89-41d3-9a0c-0305e82c3301`.
    static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        var bytes = [UInt8](repeating: 0, count: 16)
        for half in 0..<2 {
            let word = generator.next() as UInt64
            for index in 0..<8 { bytes[half * 8 + index] = UInt8(truncatingIfNeeded: word >> (index * 8)) }
        }
        bytes[6] = (bytes[6] & 0x0F) | 0x40  // version 4
        bytes[8] = (bytes[8] & 0x3F) | 0x80  // RFC 4122 variant
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(36)
        for (index, byte) in bytes.enumerated() {
            if index == 4 || index == 6 || index == 8 || index == 10 { text.append(UInt8(ascii: "-")) }
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
