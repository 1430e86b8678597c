/// Where a long-running operation's final result is read once its status says it succeeded:
/// `x-ms-long-running-operation-options.final-state-via`.
public enum FinalStateVia: String, Sendable, Hashable, Codable {
    /// The status monitor at `Azure-AsyncOperation`; its `resourceLocation`, if any, holds the result.
    case azureAsyncOperation = "azure-async-operation"
    /// A GET of the initial response's `Location` header.
    case location
    /// A GET of the URL the operation was started with (PUT/PATCH creating or updating that resource).
    case originalURI = "original-uri"
    /// The status monitor at `Operation-Location`; its `resourceLocation`, if any, holds the result.
    case operationLocation = "operation-location"
}
