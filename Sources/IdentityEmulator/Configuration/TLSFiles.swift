/// The PEM files that turn on HTTPS.
public struct TLSFiles: Sendable, Hashable {
    /// Path of the PEM certificate (chain).
    public var certificatePath: String
    /// Path of the PEM private key.
    public var privateKeyPath: String

    /// Creates the pair from two file paths.
    public init(certificatePath: String, privateKeyPath: String) {
        self.certificatePath = certificatePath
        self.privateKeyPath = privateKeyPath
    }
}
