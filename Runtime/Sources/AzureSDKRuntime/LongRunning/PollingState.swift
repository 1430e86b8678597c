import Foundation

/// Everything a poller needs to carry on, also in another process: what `Poller.resumeToken` holds.
///
/// URLs only (no credentials, no headers); the final body only when it cannot be fetched again (it came in
/// the initial response or the last status-monitor response).
struct PollingState: Codable, Sendable, Equatable {
    /// How the operation is polled.
    enum Mode: String, Codable, Sendable {
        /// GET a status monitor (`Operation-Location` / `Azure-AsyncOperation`) and read its `status`.
        case statusMonitor
        /// GET the `Location` link until it stops answering 202.
        case location
        /// Nothing to poll: the initial response was final.
        case done
    }

    /// Token format version; a token of another version is refused.
    var version = 1
    /// The method the operation was started with (`PUT`, `POST`, …).
    var method: String
    /// The URL the operation was started with, for `final-state-via: original-uri`.
    var originalURL: String
    var mode: Mode
    /// The link polled (status monitor or `Location`).
    var pollingURL: String?
    /// The initial response's `Location`, for `final-state-via: location` and POST results.
    var locationURL: String?
    var finalStateVia: FinalStateVia?
    /// The last status seen.
    var status: String
    /// `resourceLocation` from the status monitor, when it gave one.
    var resourceLocation: String?
    /// The final response's status and body when they cannot be fetched again.
    var finalStatus: Int?
    var finalBody: Data?

    private static let prefix = "azsdk-lro1."

    /// The state as an opaque string.
    func token() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // Encoding a struct of strings and data cannot fail.
        let data = (try? encoder.encode(self)) ?? Data()
        return Self.prefix + data.base64EncodedString()
    }

    /// Reads a token `token()` wrote.
    init(token: String) throws {
        let invalid = LongRunningOperationError(kind: .invalidResumeToken, message: "the resume token was not written by this runtime")
        guard token.hasPrefix(Self.prefix), let data = Data(base64Encoded: String(token.dropFirst(Self.prefix.count))),
            let state = try? JSONDecoder().decode(PollingState.self, from: data), state.version == 1
        else { throw invalid }
        self = state
    }

    /// A new state.
    init(method: String, originalURL: String, mode: Mode, pollingURL: String?, locationURL: String?,
         finalStateVia: FinalStateVia?, status: String) {
        self.method = method
        self.originalURL = originalURL
        self.mode = mode
        self.pollingURL = pollingURL
        self.locationURL = locationURL
        self.finalStateVia = finalStateVia
        self.status = status
    }

    /// Where the final result is fetched once a status monitor says `Succeeded`; nil when the last status-monitor
    /// response is the result. azure-core's order: what `final-state-via` names, a POST's monitor when it names the
    /// monitor, then the monitor's `resourceLocation`, the resource itself for PUT and PATCH, `Location` for POST.
    var finalURLAfterStatusMonitor: String? {
        switch finalStateVia {
        case .originalURI: return originalURL
        case .location: if let locationURL { return locationURL }
        case .azureAsyncOperation, .operationLocation: if method == "POST" { return resourceLocation }
        case nil: break
        }
        if let resourceLocation { return resourceLocation }
        if method == "PUT" || method == "PATCH" { return originalURL }
        if method == "POST" { return locationURL }
        return nil
    }
}
