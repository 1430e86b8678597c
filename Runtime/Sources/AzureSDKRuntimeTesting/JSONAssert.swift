import AzureSDKRuntime
import Foundation

/// Compares JSON documents semantically, for asserting request bodies and fixtures.
///
/// Byte comparison is too strict for JSON (key order, `1` vs `1.0`, date precision), so this
/// treats objects as unordered, compares numbers numerically and date-time strings as instants.
public enum JSONAssert {
    /// nil when `actual` and `expected` are JSON-equivalent; otherwise a short description of the
    /// first difference with its JSON pointer (e.g. `/items/0/name: expected "a", got "b"`).
    ///
    /// Two strings that both parse as RFC 3339 date-times are equal when within 1 ms of each other.
    public static func difference(_ actual: Data, _ expected: Data) -> String? {
        let decoder = JSONDecoder()
        let actualValue: JSONValue
        let expectedValue: JSONValue
        do { actualValue = try decoder.decode(JSONValue.self, from: actual) } catch {
            return "actual is not valid JSON: \(String(decoding: actual.prefix(200), as: UTF8.self))"
        }
        do { expectedValue = try decoder.decode(JSONValue.self, from: expected) } catch {
            return "expected is not valid JSON: \(String(decoding: expected.prefix(200), as: UTF8.self))"
        }
        return difference(actualValue, expectedValue, pointer: "")
    }

    /// Like `difference(_:_:)` for JSON text.
    public static func difference(_ actual: String, _ expected: String) -> String? {
        difference(Data(actual.utf8), Data(expected.utf8))
    }

    private static func difference(_ actual: JSONValue, _ expected: JSONValue, pointer: String) -> String? {
        let location = pointer.isEmpty ? "/" : pointer
        switch (actual, expected) {
        case (.null, .null):
            return nil
        case (.bool(let a), .bool(let e)):
            return a == e ? nil : "\(location): expected \(e), got \(a)"
        case (.number(let a), .number(let e)):
            return a == e ? nil : "\(location): expected \(render(expected)), got \(render(actual))"
        case (.string(let a), .string(let e)):
            if a == e { return nil }
            if let ad = JSONCoding.date(from: a), let ed = JSONCoding.date(from: e),
                abs(ad.timeIntervalSince(ed)) <= 0.001
            {
                return nil
            }
            return "\(location): expected \(render(expected)), got \(render(actual))"
        case (.array(let a), .array(let e)):
            for index in 0..<min(a.count, e.count) {
                if let diff = difference(a[index], e[index], pointer: pointer + "/\(index)") { return diff }
            }
            return a.count == e.count ? nil : "\(location): expected \(e.count) elements, got \(a.count)"
        case (.object(let a), .object(let e)):
            for key in e.keys.sorted() {
                guard let actualMember = a[key] else { return "\(pointer)/\(escape(key)): missing" }
                if let diff = difference(actualMember, e[key]!, pointer: pointer + "/" + escape(key)) { return diff }
            }
            if let extra = a.keys.sorted().first(where: { e[$0] == nil }) {
                return "\(pointer)/\(escape(extra)): unexpected member"
            }
            return nil
        default:
            return "\(location): expected \(render(expected)), got \(render(actual))"
        }
    }

    /// JSON pointer escaping (RFC 6901): `~` → `~0`, `/` → `~1`.
    private static func escape(_ key: String) -> String {
        key.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    /// A short JSON rendering of a value for messages.
    private static func render(_ value: JSONValue) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let text = (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "?"
        return text.count > 120 ? String(text.prefix(120)) + "…" : text
    }
}
