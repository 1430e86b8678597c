import Foundation
import HTTPTypes

/// Authenticates requests; the pipeline calls it right before every try.
///
/// Called per try rather than once per call because signatures include a timestamp
/// (`x-ms-date`) and tokens may expire between retries.
public protocol RequestCredential: Sendable {
    /// Adds authentication to `request` (already complete: method, scheme, authority, path incl. query) right before each try.
    func authorize(_ request: inout HTTPRequest, body: Data) async throws
}
