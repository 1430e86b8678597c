import Foundation

/// The `$skipToken` of a `nextLink`: the last object id of the page before, opaque to clients.
///
/// Keyed on the object id rather than an offset, so assignments added or removed between pages
/// neither repeat nor skip the others.
enum SkipToken {
    /// The token that continues after `objectId`.
    static func encode(after objectId: String) -> String {
        Base64URL.encode(Data(objectId.utf8))
    }

    /// The object id a token continues after; 400 when the token is not one of ours.
    static func decode(_ token: String) throws -> String {
        guard let data = Base64URL.decode(token), let objectId = String(data: data, encoding: .utf8) else {
            throw ServiceFailure.validation("The skip token is invalid.", target: "$skipToken")
        }
        return objectId
    }
}
