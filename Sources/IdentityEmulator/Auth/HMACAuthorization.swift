import Foundation

/// The parts of `Authorization: HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=<base64>`.
struct HMACAuthorization: Sendable, Hashable {
    /// The header names whose values were signed, lower-cased, in order.
    var signedHeaders: [String]
    /// The decoded signature bytes.
    var signature: Data

    /// Parses the header value; nil when it is not an HMAC-SHA256 authorization.
    init?(_ value: String) {
        let scheme = "HMAC-SHA256 "
        guard value.count > scheme.count, value.prefix(scheme.count).lowercased() == scheme.lowercased() else {
            return nil
        }
        var parameters: [String: String] = [:]
        for part in value.dropFirst(scheme.count).split(separator: "&") {
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { continue }
            parameters[pair[0].trimmingCharacters(in: .whitespaces).lowercased()] = String(pair[1])
        }
        guard let names = parameters["signedheaders"], let signatureText = parameters["signature"],
            let signature = Data(base64Encoded: signatureText), !signature.isEmpty
        else { return nil }
        self.signedHeaders = names.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        self.signature = signature
    }
}
