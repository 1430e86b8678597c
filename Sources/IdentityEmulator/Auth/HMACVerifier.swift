import AzureSDKRuntime
import Crypto
import Foundation
import HTTPTypes
import Hummingbird

/// Checks ACS HMAC-SHA256 request signatures the way the service does.
///
/// The string to sign is `METHOD\n<path and query>\n<signed header values joined by ";">`, where
/// `host` is the request's Host. Official SDKs differ in the path they sign: most sign it as sent,
/// the Python `aio` client signs it percent-decoded, so both are accepted.
struct HMACVerifier: Sendable {
    /// The resource's access keys (primary, secondary).
    let keys: [SymmetricKey]
    /// The service's clock.
    let clock: @Sendable () -> Date
    /// How far `x-ms-date` may be from the clock, either way.
    let allowedSkew: TimeInterval = 15 * 60

    /// A verifier for base64 access keys; nil when one is not valid base64.
    init?(base64Keys: [String], clock: @escaping @Sendable () -> Date) {
        var keys: [SymmetricKey] = []
        for text in base64Keys {
            guard let bytes = Data(base64Encoded: text), !bytes.isEmpty else { return nil }
            keys.append(SymmetricKey(data: bytes))
        }
        self.init(keys: keys, clock: clock)
    }

    /// A verifier for `keys`, reading the time from `clock`.
    init(keys: [SymmetricKey], clock: @escaping @Sendable () -> Date) {
        self.keys = keys
        self.clock = clock
    }

    /// Why a request was refused; logged, never sent (the service answers every one with the same 401).
    enum Rejection: Error, Equatable {
        case malformedAuthorization
        case missingSignedHeader(String)
        case missingHeader(String)
        case contentHashMismatch
        case invalidDate
        case dateOutOfRange
        case badSignature
    }

    /// Throws a `Rejection` unless `authorization` is a valid signature of the request.
    func verify(
        method: String, pathAndQuery: String, host: String, headers: HTTPFields, body: some DataProtocol,
        authorization: String
    ) throws(Rejection) {
        guard let parsed = HMACAuthorization(authorization) else { throw .malformedAuthorization }
        for required in ["host", "x-ms-content-sha256"] where !parsed.signedHeaders.contains(required) {
            throw .missingSignedHeader(required)
        }
        guard parsed.signedHeaders.contains("x-ms-date") || parsed.signedHeaders.contains("date") else {
            throw .missingSignedHeader("x-ms-date")
        }

        var values: [String] = []
        for name in parsed.signedHeaders {
            if name == "host" {
                values.append(host)
            } else if let fieldName = HTTPField.Name(name), let value = headers[fieldName] {
                values.append(value)
            } else {
                throw .missingHeader(name)
            }
        }

        let contentHash = Data(SHA256.hash(data: Data(body))).base64EncodedString()
        guard headers[HTTPField.Name("x-ms-content-sha256")!] == contentHash else { throw .contentHashMismatch }

        let dateText = headers[HTTPField.Name("x-ms-date")!] ?? headers[.date] ?? ""
        guard let date = RFC1123Date.date(from: dateText.trimmingCharacters(in: .whitespaces)) else { throw .invalidDate }
        guard abs(date.timeIntervalSince(clock())) <= allowedSkew else { throw .dateOutOfRange }

        let signed = values.joined(separator: ";")
        var paths = [pathAndQuery]
        if let decoded = pathAndQuery.removingPercentEncoding, decoded != pathAndQuery { paths.append(decoded) }
        for path in paths {
            let stringToSign = Data((method.uppercased() + "\n" + path + "\n" + signed).utf8)
            for key in keys where HMAC<SHA256>.isValidAuthenticationCode(parsed.signature, authenticating: stringToSign, using: key) {
                return
            }
        }
        throw .badSignature
    }
}
