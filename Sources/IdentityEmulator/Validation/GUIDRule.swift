import Foundation

/// Object, tenant and client ids are GUIDs at the service.
enum GUIDRule {
    /// Whether `value` is a GUID (`xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`, any case).
    static func isGUID(_ value: String) -> Bool {
        UUID(uuidString: value) != nil
    }

    /// Throws the service's 400 unless `value` is a GUID.
    static func require(_ value: String, target: String) throws {
        guard isGUID(value) else {
            throw ServiceFailure.validation("\(target) contains an invalid value: it must be a GUID.", target: target)
        }
    }

    /// Throws the service's 400 unless every value is a GUID.
    static func requireAll(_ values: [String], target: String) throws {
        for value in values { try require(value, target: target) }
    }
}
