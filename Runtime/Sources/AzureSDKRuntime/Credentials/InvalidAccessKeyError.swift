/// The access key given to `AccessKeyCredential` is not usable.
///
/// The message deliberately never contains the key: errors end up in logs and crash reports.
public struct InvalidAccessKeyError: Error, Sendable, CustomStringConvertible {
    /// A readable explanation that does not repeat the key.
    public var description: String {
        "The access key is not valid: expected the non-empty base64 key from the Azure portal (\"Keys\" blade)."
    }

    /// Creates the error.
    public init() {}
}
