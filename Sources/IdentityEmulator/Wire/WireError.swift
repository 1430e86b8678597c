/// The ACS error object (`CommunicationError`): every failure the emulator answers carries one.
struct WireError: Codable, Sendable, Hashable {
    var code: String
    var message: String
    var target: String?
    var details: [WireError]?
}

/// The ACS error body, `{"error": {...}}` (`CommunicationErrorResponse`).
struct WireErrorResponse: Codable, Sendable, Hashable {
    var error: WireError
}
