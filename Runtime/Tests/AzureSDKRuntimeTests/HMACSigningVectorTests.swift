// Vectors computed by the official Python SDK (azure-communication-identity 1.5.0,
// azure-core 1.41.0, HMACCredentialsPolicy), inlined so a fresh clone needs nothing else.
// Key bytes 00 01 … 1f; clock 2025-03-02T08:05:09Z.
import AzureSDKRuntimeTesting
import Foundation
import HTTPTypes
import Testing

@_spi(Generated) @testable import AzureSDKRuntime

/// One request and the headers the Python SDK's HMAC policy produced for it.
struct HMACSigningVector: Sendable, CustomTestStringConvertible {
    let name: String
    let method: String
    let url: String
    let bodyHex: String
    let stringToSign: String
    let date: String
    let contentHash: String
    let authorization: String
    var connectionString: String? = nil
    var cannedStatus: Int? = nil

    var testDescription: String { name }

    /// The body bytes.
    var body: Data { Data(hex: bodyHex) }

    /// The request as it goes on the wire: scheme, authority and path-with-query split verbatim.
    var request: HTTPRequest {
        let schemeEnd = url.range(of: "://")!
        let rest = url[schemeEnd.upperBound...]
        let slash = rest.firstIndex(of: "/")!
        return HTTPRequest(
            method: HTTPRequest.Method(method)!, scheme: String(url[..<schemeEnd.lowerBound]),
            authority: String(rest[..<slash]), path: String(rest[slash...]))
    }
}

extension Data {
    /// Bytes from lower-case hex text.
    init(hex: String) {
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            bytes.append(UInt8(hex[index..<next], radix: 16)!)
            index = next
        }
        self.init(bytes)
    }
}

enum HMACVectors {
    static let accessKey = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="
    /// 2025-03-02T08:05:09Z.
    static let signingInstant = Date(timeIntervalSince1970: 1_740_902_709)

    /// Every policy case of the sync Python client (which signs the path exactly as sent).
    static let syncPolicy: [HMACSigningVector] = [
        HMACSigningVector(
            name: "brief_a_post_create_with_scopes",
            method: "POST",
            url: "https://contoso.communication.azure.com/identities?api-version=2025-03-02-preview",
            bodyHex: "7b22637265617465546f6b656e5769746853636f706573223a5b2263686174225d2c2265787069726573496e4d696e75746573223a36307d",
            stringToSign: "POST\n/identities?api-version=2025-03-02-preview\nSun, 02 Mar 2025 08:05:09 GMT;contoso.communication.azure.com;kET9vD/6sAVRB6ISkrpOL44L0M1olvugZ/QYxlSQK9k=",
            date: "Sun, 02 Mar 2025 08:05:09 GMT",
            contentHash: "kET9vD/6sAVRB6ISkrpOL44L0M1olvugZ/QYxlSQK9k=",
            authorization: "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=pePeVcY0Um5bIm1yqOvpxykPjauXTehPEyRpBK4K2Jk="),
        HMACSigningVector(
            name: "brief_b_post_empty_body",
            method: "POST",
            url: "https://contoso.communication.azure.com/identities?api-version=2025-03-02-preview",
            bodyHex: "",
            stringToSign: "POST\n/identities?api-version=2025-03-02-preview\nSun, 02 Mar 2025 08:05:09 GMT;contoso.communication.azure.com;47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
            date: "Sun, 02 Mar 2025 08:05:09 GMT",
            contentHash: "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
            authorization: "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=jcBqWA7VnUb17SUDtCe/fVRTuVfM4vZIpDpJKhpumec="),
        HMACSigningVector(
            name: "brief_c_get_identity_raw_colons",
            method: "GET",
            url: "https://contoso.communication.azure.com/identities/8:acs:00000000-0000-0000-0000-000000000000_00000000-0000-0000-0000-000000000001?api-version=2025-03-02-preview",
            bodyHex: "",
            stringToSign: "GET\n/identities/8:acs:00000000-0000-0000-0000-000000000000_00000000-0000-0000-0000-000000000001?api-version=2025-03-02-preview\nSun, 02 Mar 2025 08:05:09 GMT;contoso.communication.azure.com;47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
            date: "Sun, 02 Mar 2025 08:05:09 GMT",
            contentHash: "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
            authorization: "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=D3MUGH7cbtgyTp2enp4y5SVzVlHGemZw0hkl5gjYKjM="),
        HMACSigningVector(
            name: "brief_d_delete_identity_raw_colons",
            method: "DELETE",
            url: "https://contoso.communication.azure.com/identities/8:acs:00000000-0000-0000-0000-000000000000_00000000-0000-0000-0000-000000000001?api-version=2025-03-02-preview",
            bodyHex: "",
            stringToSign: "DELETE\n/identities/8:acs:00000000-0000-0000-0000-000000000000_00000000-0000-0000-0000-000000000001?api-version=2025-03-02-preview\nSun, 02 Mar 2025 08:05:09 GMT;contoso.communication.azure.com;47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
            date: "Sun, 02 Mar 2025 08:05:09 GMT",
            contentHash: "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
            authorization: "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=oRirpgM0jHBTXJVjd+a6rM/VaXanzYdP2+/snU6KK6I="),
        HMACSigningVector(
            name: "brief_e_issue_access_token_raw_colons",
            method: "POST",
            url: "https://contoso.communication.azure.com/identities/8:acs:00000000-0000-0000-0000-000000000000_00000000-0000-0000-0000-000000000001/:issueAccessToken?api-version=2025-03-02-preview",
            bodyHex: "7b2273636f706573223a5b2263686174222c22766f6970225d7d",
            stringToSign: "POST\n/identities/8:acs:00000000-0000-0000-0000-000000000000_00000000-0000-0000-0000-000000000001/:issueAccessToken?api-version=2025-03-02-preview\nSun, 02 Mar 2025 08:05:09 GMT;contoso.communication.azure.com;EqW/vFkRi/EMVlRLG6+kt0X27SowO7NytIh/miHOZlY=",
            date: "Sun, 02 Mar 2025 08:05:09 GMT",
            contentHash: "EqW/vFkRi/EMVlRLG6+kt0X27SowO7NytIh/miHOZlY=",
            authorization: "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=77y9xC0BMbk+sNJFREgHAW5PXn0d3HKQroiaf/d5Hvk="),
        HMACSigningVector(
            name: "brief_f_put_escaped_path_non_ascii_body",
            method: "PUT",
            url: "https://contoso.communication.azure.com/access/entra/assignments/some%20object?api-version=2025-03-02-preview",
            bodyHex: "7b2274656e616e744964223a22c3bc2de282ac222c227072696e636970616c54797065223a2275736572222c22636c69656e74496473223a5b2261225d7d",
            stringToSign: "PUT\n/access/entra/assignments/some%20object?api-version=2025-03-02-preview\nSun, 02 Mar 2025 08:05:09 GMT;contoso.communication.azure.com;uqmeafXxfv/EPCXfkT08AbUXLQPmTWX8Y0sWhbchzbA=",
            date: "Sun, 02 Mar 2025 08:05:09 GMT",
            contentHash: "uqmeafXxfv/EPCXfkT08AbUXLQPmTWX8Y0sWhbchzbA=",
            authorization: "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=3YaQWLBPPYUoDvXcUG68LSNjNtBBAaLgdbFfLPY34H4="),
        HMACSigningVector(
            name: "brief_g_get_host_with_port",
            method: "GET",
            url: "https://contoso.communication.azure.com:8443/access/entra/assignments?api-version=2025-03-02-preview&maxpagesize=2",
            bodyHex: "",
            stringToSign: "GET\n/access/entra/assignments?api-version=2025-03-02-preview&maxpagesize=2\nSun, 02 Mar 2025 08:05:09 GMT;contoso.communication.azure.com:8443;47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
            date: "Sun, 02 Mar 2025 08:05:09 GMT",
            contentHash: "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
            authorization: "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=S3eIzrrG6K8fzuijp541rymB8Fr8ydvGP7sIUg8JqQ8="),
        HMACSigningVector(
            name: "brief_h_patch_merge_patch",
            method: "PATCH",
            url: "https://contoso.communication.azure.com/access/entra/assignments?api-version=2025-03-02-preview",
            bodyHex: "7b2262323762363462392d333964322d343461332d383639642d363737303062373465383035223a7b2274656e616e744964223a2263373064303638632d326633322d343834642d393435352d373330373063643561616464222c227072696e636970616c54797065223a2275736572222c22636c69656e74496473223a5b2236313764303862352d663335622d343237302d383764362d353638333364326465653162225d7d2c2265616634626463612d393334332d343932422d613565322d393331306662653339336238223a6e756c6c7d",
            stringToSign: "PATCH\n/access/entra/assignments?api-version=2025-03-02-preview\nSun, 02 Mar 2025 08:05:09 GMT;contoso.communication.azure.com;hGMOwGRO1mGZl/QgbIOAK8g4p3TCAnI8ZJ9MRiisWkg=",
            date: "Sun, 02 Mar 2025 08:05:09 GMT",
            contentHash: "hGMOwGRO1mGZl/QgbIOAK8g4p3TCAnI8ZJ9MRiisWkg=",
            authorization: "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=71IISaWpyjsamDOPGGyNv9e0XuLxfghRbNolV6/wj5Y="),
        HMACSigningVector(
            name: "get_with_query",
            method: "GET",
            url: "https://contoso.communication.azure.com/identities/8%3Aacs%3A1b5cc06b-f352-4571-b1e6-d9b259b7c776_00000026-5b3a-4b7c-9a43-0d3a0d000001?api-version=2025-03-02-preview",
            bodyHex: "",
            stringToSign: "GET\n/identities/8%3Aacs%3A1b5cc06b-f352-4571-b1e6-d9b259b7c776_00000026-5b3a-4b7c-9a43-0d3a0d000001?api-version=2025-03-02-preview\nSun, 02 Mar 2025 08:05:09 GMT;contoso.communication.azure.com;47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
            date: "Sun, 02 Mar 2025 08:05:09 GMT",
            contentHash: "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
            authorization: "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=Y+5NJd4lsTBFFVb7hF04TmY+P/wSviHYb/WY9wiZ7Tg="),
        HMACSigningVector(
            name: "post_json_body",
            method: "POST",
            url: "https://contoso.communication.azure.com/identities?api-version=2025-03-02-preview",
            bodyHex: "7b22637573746f6d4964223a22616c69636540636f6e746f736f2e636f6d222c22637265617465546f6b656e5769746853636f706573223a5b2263686174222c22766f6970225d2c2265787069726573496e4d696e75746573223a36307d",
            stringToSign: "POST\n/identities?api-version=2025-03-02-preview\nSun, 02 Mar 2025 08:05:09 GMT;contoso.communication.azure.com;vbb1Mruz4asXWs0cpDfndAKfJA/cjGHlygFr0RWbD4U=",
            date: "Sun, 02 Mar 2025 08:05:09 GMT",
            contentHash: "vbb1Mruz4asXWs0cpDfndAKfJA/cjGHlygFr0RWbD4U=",
            authorization: "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=YwsYpdf3KyUJkh14N6lj9JWlnhaQ7Nlg94+P1K0MJ0w="),
        HMACSigningVector(
            name: "post_empty_body",
            method: "POST",
            url: "https://contoso.communication.azure.com/identities/8%3Aacs%3A1b5cc06b-f352-4571-b1e6-d9b259b7c776_00000026-5b3a-4b7c-9a43-0d3a0d000001/:revokeAccessTokens?api-version=2025-03-02-preview",
            bodyHex: "",
            stringToSign: "POST\n/identities/8%3Aacs%3A1b5cc06b-f352-4571-b1e6-d9b259b7c776_00000026-5b3a-4b7c-9a43-0d3a0d000001/:revokeAccessTokens?api-version=2025-03-02-preview\nSun, 02 Mar 2025 08:05:09 GMT;contoso.communication.azure.com;47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
            date: "Sun, 02 Mar 2025 08:05:09 GMT",
            contentHash: "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
            authorization: "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=zf0IB0AzKjTp9tjha5UwiXtvaWSlKtfkFIdtdWgxMzQ="),
        HMACSigningVector(
            name: "post_empty_string_body",
            method: "POST",
            url: "https://contoso.communication.azure.com/access/teamsExtension/:exchangeAccessToken?api-version=2025-03-02-preview",
            bodyHex: "",
            stringToSign: "POST\n/access/teamsExtension/:exchangeAccessToken?api-version=2025-03-02-preview\nSun, 02 Mar 2025 08:05:09 GMT;contoso.communication.azure.com;47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
            date: "Sun, 02 Mar 2025 08:05:09 GMT",
            contentHash: "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
            authorization: "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=EaZHDWUeMsNs4AkUXm9d8hcYru1LwUIfBLa0vZizueo="),
        HMACSigningVector(
            name: "delete",
            method: "DELETE",
            url: "https://contoso.communication.azure.com/identities/8%3Aacs%3A1b5cc06b-f352-4571-b1e6-d9b259b7c776_00000026-5b3a-4b7c-9a43-0d3a0d000001?api-version=2025-03-02-preview",
            bodyHex: "",
            stringToSign: "DELETE\n/identities/8%3Aacs%3A1b5cc06b-f352-4571-b1e6-d9b259b7c776_00000026-5b3a-4b7c-9a43-0d3a0d000001?api-version=2025-03-02-preview\nSun, 02 Mar 2025 08:05:09 GMT;contoso.communication.azure.com;47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
            date: "Sun, 02 Mar 2025 08:05:09 GMT",
            contentHash: "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
            authorization: "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=KvuwOXHadD5RTsd6EM4f3kchjJL4EdV3VXiz8OvJbLY="),
        HMACSigningVector(
            name: "put_non_ascii_body",
            method: "PUT",
            url: "https://contoso.communication.azure.com/access/teamsExtension/tenants/3f14cf17-84d5-42c2-8689-a6365c474b4e/assignments/350adb03-7be9-4846-b078-35adb0d0e119?api-version=2025-03-02-preview",
            bodyHex: "7b227072696e636970616c54797065223a2275736572222c22636c69656e74496473223a5b225a6fc3ab2dc39c6ec3af63c3b864c3a92de697a5e69cace8aa9e2df09f9a80225d7d",
            stringToSign: "PUT\n/access/teamsExtension/tenants/3f14cf17-84d5-42c2-8689-a6365c474b4e/assignments/350adb03-7be9-4846-b078-35adb0d0e119?api-version=2025-03-02-preview\nSun, 02 Mar 2025 08:05:09 GMT;contoso.communication.azure.com;KrhiU/cAMag1OUocjCRYj3Li5At0JrQ6AxuVVQieqf0=",
            date: "Sun, 02 Mar 2025 08:05:09 GMT",
            contentHash: "KrhiU/cAMag1OUocjCRYj3Li5At0JrQ6AxuVVQieqf0=",
            authorization: "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=tBOWkyZMD/LvJ+bny/s8mWz8fd776mDApmpT8l2Nyzc="),
        HMACSigningVector(
            name: "path_needs_escaping",
            method: "GET",
            url: "https://contoso.communication.azure.com/access/entra/assignments/a%20b%2Fc%3Fd%23e%25f%C3%A9%2B?api-version=2025-03-02-preview",
            bodyHex: "",
            stringToSign: "GET\n/access/entra/assignments/a%20b%2Fc%3Fd%23e%25f%C3%A9%2B?api-version=2025-03-02-preview\nSun, 02 Mar 2025 08:05:09 GMT;contoso.communication.azure.com;47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
            date: "Sun, 02 Mar 2025 08:05:09 GMT",
            contentHash: "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
            authorization: "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=ILb1Vr8QqMtt+KROi7x8bxzBvcXtu9Nc8ndCYTg8SnU="),
        HMACSigningVector(
            name: "host_with_port",
            method: "POST",
            url: "https://localhost:8443/identities?api-version=2025-03-02-preview",
            bodyHex: "7b7d",
            stringToSign: "POST\n/identities?api-version=2025-03-02-preview\nSun, 02 Mar 2025 08:05:09 GMT;localhost:8443;RBNvo1WzZ4oRRq0W9+hknpT7T8If536DEMBg9hyq/4o=",
            date: "Sun, 02 Mar 2025 08:05:09 GMT",
            contentHash: "RBNvo1WzZ4oRRq0W9+hknpT7T8If536DEMBg9hyq/4o=",
            authorization: "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=KSwHNZ3D+pzj+ufCTUNSlNJsC2/qm4I0nyYjT/eozBE="),
        HMACSigningVector(
            name: "colon_path_issue_access_token",
            method: "POST",
            url: "https://contoso.communication.azure.com/identities/abc/:issueAccessToken?api-version=2025-03-02-preview",
            bodyHex: "7b2273636f706573223a5b2263686174225d2c2265787069726573496e4d696e75746573223a313434307d",
            stringToSign: "POST\n/identities/abc/:issueAccessToken?api-version=2025-03-02-preview\nSun, 02 Mar 2025 08:05:09 GMT;contoso.communication.azure.com;dioGSJOuqxCwYy6G5sacqxAMnZ33OJ262ovndkkrQYM=",
            date: "Sun, 02 Mar 2025 08:05:09 GMT",
            contentHash: "dioGSJOuqxCwYy6G5sacqxAMnZ33OJ262ovndkkrQYM=",
            authorization: "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=ikAsK/3CYXU+DofXfuIKjoy5lcIG9AQcoYuEUe4fUBQ="),
        HMACSigningVector(
            name: "colon_path_escaped_id_sync",
            method: "POST",
            url: "https://contoso.communication.azure.com/identities/8%3Aacs%3A1b5cc06b-f352-4571-b1e6-d9b259b7c776_00000026-5b3a-4b7c-9a43-0d3a0d000001/:issueAccessToken?api-version=2025-03-02-preview",
            bodyHex: "7b2273636f706573223a205b2263686174225d7d",
            stringToSign: "POST\n/identities/8%3Aacs%3A1b5cc06b-f352-4571-b1e6-d9b259b7c776_00000026-5b3a-4b7c-9a43-0d3a0d000001/:issueAccessToken?api-version=2025-03-02-preview\nSun, 02 Mar 2025 08:05:09 GMT;contoso.communication.azure.com;sZHRO4JkAmw3HcI1PyxrC5twHvkHIWjyMLVIkauXKRA=",
            date: "Sun, 02 Mar 2025 08:05:09 GMT",
            contentHash: "sZHRO4JkAmw3HcI1PyxrC5twHvkHIWjyMLVIkauXKRA=",
            authorization: "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=drkREAnvddqDAWmBf3QAtubGjw++vvezSbGjKrYgwWY="),
        HMACSigningVector(
            name: "patch_merge_patch",
            method: "PATCH",
            url: "https://contoso.communication.azure.com/access/entra/assignments?api-version=2025-03-02-preview",
            bodyHex: "7b2233353061646230332d376265392d343834362d623037382d333561646230643065313139223a7b227072696e636970616c54797065223a2275736572222c2274656e616e744964223a2233663134636631372d383464352d343263322d383638392d613633363563343734623465222c22636c69656e74496473223a5b2230373437346138362d363235612d343532662d393737622d646234653133663231323630225d7d2c2264373233336537362d643236312d343663362d393462332d333930373331303361653831223a6e756c6c7d",
            stringToSign: "PATCH\n/access/entra/assignments?api-version=2025-03-02-preview\nSun, 02 Mar 2025 08:05:09 GMT;contoso.communication.azure.com;hDVDaNmtYvA2iR1P6jWZ3dz4Ng0uK2xPGQVStdopNGg=",
            date: "Sun, 02 Mar 2025 08:05:09 GMT",
            contentHash: "hDVDaNmtYvA2iR1P6jWZ3dz4Ng0uK2xPGQVStdopNGg=",
            authorization: "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=TE90Jgh59cGir/gzAQOTyB+1OG7x5+hDg0qDcmh3qk8="),
        HMACSigningVector(
            name: "get_multi_query",
            method: "GET",
            url: "https://contoso.communication.azure.com/access/entra/assignments?api-version=2025-03-02-preview&maxpagesize=10&skipToken=a%2Bb%3D%3D",
            bodyHex: "",
            stringToSign: "GET\n/access/entra/assignments?api-version=2025-03-02-preview&maxpagesize=10&skipToken=a%2Bb%3D%3D\nSun, 02 Mar 2025 08:05:09 GMT;contoso.communication.azure.com;47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
            date: "Sun, 02 Mar 2025 08:05:09 GMT",
            contentHash: "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
            authorization: "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=HzFXxAia6DA1ilXU5Myed5i5R5XD8gCWVHAcQuwGqAY="),
        HMACSigningVector(
            name: "lowercase_method",
            method: "post",
            url: "https://contoso.communication.azure.com/identities?api-version=2025-03-02-preview",
            bodyHex: "7b7d",
            stringToSign: "POST\n/identities?api-version=2025-03-02-preview\nSun, 02 Mar 2025 08:05:09 GMT;contoso.communication.azure.com;RBNvo1WzZ4oRRq0W9+hknpT7T8If536DEMBg9hyq/4o=",
            date: "Sun, 02 Mar 2025 08:05:09 GMT",
            contentHash: "RBNvo1WzZ4oRRq0W9+hknpT7T8If536DEMBg9hyq/4o=",
            authorization: "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=tlzd/lR7M+v27+i0byO1NqVKkdGKIEpRLeo2quf3vpo="),
        HMACSigningVector(
            name: "azure_key_credential",
            method: "POST",
            url: "https://contoso.communication.azure.com/identities?api-version=2025-03-02-preview",
            bodyHex: "7b22637573746f6d4964223a22616c69636540636f6e746f736f2e636f6d222c22637265617465546f6b656e5769746853636f706573223a5b2263686174222c22766f6970225d2c2265787069726573496e4d696e75746573223a36307d",
            stringToSign: "POST\n/identities?api-version=2025-03-02-preview\nSun, 02 Mar 2025 08:05:09 GMT;contoso.communication.azure.com;vbb1Mruz4asXWs0cpDfndAKfJA/cjGHlygFr0RWbD4U=",
            date: "Sun, 02 Mar 2025 08:05:09 GMT",
            contentHash: "vbb1Mruz4asXWs0cpDfndAKfJA/cjGHlygFr0RWbD4U=",
            authorization: "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=YwsYpdf3KyUJkh14N6lj9JWlnhaQ7Nlg94+P1K0MJ0w="),
        HMACSigningVector(
            name: "http_scheme_endpoint",
            method: "GET",
            url: "http://127.0.0.1:5000/identities/abc?api-version=2025-03-02-preview",
            bodyHex: "",
            stringToSign: "GET\n/identities/abc?api-version=2025-03-02-preview\nSun, 02 Mar 2025 08:05:09 GMT;127.0.0.1:5000;47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
            date: "Sun, 02 Mar 2025 08:05:09 GMT",
            contentHash: "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
            authorization: "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=F/5aCoOmyCdv/p9azi8O3ucJ3Vo53LzwY++te7lH7LA="),
    ]

    /// Whole-client cases: `CommunicationIdentityClient.from_connection_string` through its pipeline.
    static let client: [HMACSigningVector] = [
        HMACSigningVector(
            name: "client_create_user",
            method: "POST",
            url: "https://contoso.communication.azure.com/identities?api-version=2025-03-02-preview",
            bodyHex: "",
            stringToSign: "POST\n/identities?api-version=2025-03-02-preview\nSun, 02 Mar 2025 08:05:09 GMT;contoso.communication.azure.com;47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
            date: "Sun, 02 Mar 2025 08:05:09 GMT",
            contentHash: "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
            authorization: "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=jcBqWA7VnUb17SUDtCe/fVRTuVfM4vZIpDpJKhpumec=",
            connectionString: "endpoint=https://contoso.communication.azure.com/;accesskey=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
            cannedStatus: 201),
        HMACSigningVector(
            name: "client_create_user_and_token",
            method: "POST",
            url: "https://contoso.communication.azure.com/identities?api-version=2025-03-02-preview",
            bodyHex: "7b22637265617465546f6b656e5769746853636f706573223a205b2263686174222c2022766f6970225d2c202265787069726573496e4d696e75746573223a2036307d",
            stringToSign: "POST\n/identities?api-version=2025-03-02-preview\nSun, 02 Mar 2025 08:05:09 GMT;contoso.communication.azure.com;wvygNN5WpIfLXWP9MkgLzBwgE8R//ITGxsX6PuaRBUU=",
            date: "Sun, 02 Mar 2025 08:05:09 GMT",
            contentHash: "wvygNN5WpIfLXWP9MkgLzBwgE8R//ITGxsX6PuaRBUU=",
            authorization: "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=luBVQ9xpNTFDrr3OzKKsezNv5Ry9Cto7QB97YcO1s5c=",
            connectionString: "endpoint=https://contoso.communication.azure.com/;accesskey=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
            cannedStatus: 201),
        HMACSigningVector(
            name: "client_get_token",
            method: "POST",
            url: "https://contoso.communication.azure.com/identities/8%3Aacs%3A1b5cc06b-f352-4571-b1e6-d9b259b7c776_00000026-5b3a-4b7c-9a43-0d3a0d000001/:issueAccessToken?api-version=2025-03-02-preview",
            bodyHex: "7b2273636f706573223a205b22636861742e6a6f696e225d7d",
            stringToSign: "POST\n/identities/8%3Aacs%3A1b5cc06b-f352-4571-b1e6-d9b259b7c776_00000026-5b3a-4b7c-9a43-0d3a0d000001/:issueAccessToken?api-version=2025-03-02-preview\nSun, 02 Mar 2025 08:05:09 GMT;contoso.communication.azure.com;gWyDbot9h/kWBwD3ZIBNeAoI57wQcgV5uRVl4BR0bhQ=",
            date: "Sun, 02 Mar 2025 08:05:09 GMT",
            contentHash: "gWyDbot9h/kWBwD3ZIBNeAoI57wQcgV5uRVl4BR0bhQ=",
            authorization: "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=TteJ7iDJrlFtupVpuTchnScH0AefNldClkw3TbiLYEs=",
            connectionString: "endpoint=https://contoso.communication.azure.com/;accesskey=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
            cannedStatus: 200),
        HMACSigningVector(
            name: "client_revoke_tokens",
            method: "POST",
            url: "https://contoso.communication.azure.com/identities/8%3Aacs%3A1b5cc06b-f352-4571-b1e6-d9b259b7c776_00000026-5b3a-4b7c-9a43-0d3a0d000001/:revokeAccessTokens?api-version=2025-03-02-preview",
            bodyHex: "",
            stringToSign: "POST\n/identities/8%3Aacs%3A1b5cc06b-f352-4571-b1e6-d9b259b7c776_00000026-5b3a-4b7c-9a43-0d3a0d000001/:revokeAccessTokens?api-version=2025-03-02-preview\nSun, 02 Mar 2025 08:05:09 GMT;contoso.communication.azure.com;47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
            date: "Sun, 02 Mar 2025 08:05:09 GMT",
            contentHash: "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
            authorization: "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=zf0IB0AzKjTp9tjha5UwiXtvaWSlKtfkFIdtdWgxMzQ=",
            connectionString: "endpoint=https://contoso.communication.azure.com/;accesskey=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
            cannedStatus: 204),
        HMACSigningVector(
            name: "client_delete_user",
            method: "DELETE",
            url: "https://contoso.communication.azure.com/identities/8%3Aacs%3A1b5cc06b-f352-4571-b1e6-d9b259b7c776_00000026-5b3a-4b7c-9a43-0d3a0d000001?api-version=2025-03-02-preview",
            bodyHex: "",
            stringToSign: "DELETE\n/identities/8%3Aacs%3A1b5cc06b-f352-4571-b1e6-d9b259b7c776_00000026-5b3a-4b7c-9a43-0d3a0d000001?api-version=2025-03-02-preview\nSun, 02 Mar 2025 08:05:09 GMT;contoso.communication.azure.com;47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
            date: "Sun, 02 Mar 2025 08:05:09 GMT",
            contentHash: "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
            authorization: "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=KvuwOXHadD5RTsd6EM4f3kchjJL4EdV3VXiz8OvJbLY=",
            connectionString: "endpoint=https://contoso.communication.azure.com/;accesskey=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
            cannedStatus: 204),
        HMACSigningVector(
            name: "client_get_token_for_teams_user",
            method: "POST",
            url: "https://contoso.communication.azure.com/teamsUser/:exchangeAccessToken?api-version=2025-03-02-preview",
            bodyHex: "7b22746f6b656e223a20226161642e6a77742e746f6b656e222c20226170704964223a202230303030303030302d303030302d303030302d303030302d303030303030303063316430222c2022757365724964223a202230303030303030302d303030302d303030302d303030302d303030303030303030306531227d",
            stringToSign: "POST\n/teamsUser/:exchangeAccessToken?api-version=2025-03-02-preview\nSun, 02 Mar 2025 08:05:09 GMT;contoso.communication.azure.com;cQEUbR4nHlYu/xhTBjqWYF/mAJpuf1CsPjqm5j2Yp/A=",
            date: "Sun, 02 Mar 2025 08:05:09 GMT",
            contentHash: "cQEUbR4nHlYu/xhTBjqWYF/mAJpuf1CsPjqm5j2Yp/A=",
            authorization: "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=CTX0i4LbnLKAre0FYM9euiL3Ac4C/Za8Zo0ZlddOlfU=",
            connectionString: "endpoint=https://contoso.communication.azure.com/;accesskey=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
            cannedStatus: 200),
    ]

    /// The async Python client signs a percent-decoded path while sending the encoded one;
    /// the service verifies what is sent, so we deliberately differ from these.
    static let aioDecodedPath: [HMACSigningVector] = [
        HMACSigningVector(
            name: "path_needs_escaping_aio_decode_url",
            method: "GET",
            url: "https://contoso.communication.azure.com/access/entra/assignments/a%20b%2Fc%3Fd%23e%25f%C3%A9%2B?api-version=2025-03-02-preview",
            bodyHex: "",
            stringToSign: "GET\n/access/entra/assignments/a b/c?d#e%f\u{e9}+?api-version=2025-03-02-preview\nSun, 02 Mar 2025 08:05:09 GMT;contoso.communication.azure.com;47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
            date: "Sun, 02 Mar 2025 08:05:09 GMT",
            contentHash: "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
            authorization: "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=YvQrlITKnNE6sX6oo1eFE1/XNl1QVPiIgU7gu1F37Tw="),
        HMACSigningVector(
            name: "colon_path_escaped_id_aio_decode_url",
            method: "POST",
            url: "https://contoso.communication.azure.com/identities/8%3Aacs%3A1b5cc06b-f352-4571-b1e6-d9b259b7c776_00000026-5b3a-4b7c-9a43-0d3a0d000001/:issueAccessToken?api-version=2025-03-02-preview",
            bodyHex: "7b2273636f706573223a205b2263686174225d7d",
            stringToSign: "POST\n/identities/8:acs:1b5cc06b-f352-4571-b1e6-d9b259b7c776_00000026-5b3a-4b7c-9a43-0d3a0d000001/:issueAccessToken?api-version=2025-03-02-preview\nSun, 02 Mar 2025 08:05:09 GMT;contoso.communication.azure.com;sZHRO4JkAmw3HcI1PyxrC5twHvkHIWjyMLVIkauXKRA=",
            date: "Sun, 02 Mar 2025 08:05:09 GMT",
            contentHash: "sZHRO4JkAmw3HcI1PyxrC5twHvkHIWjyMLVIkauXKRA=",
            authorization: "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=azUc9riOHfsjSc1IYfgb5UiQY+YXiPjF1CsGuqaRPRI="),
    ]

    /// A Python SDK bug: an endpoint given with a trailing "/" is signed as host + "/". Not copied.
    static let trailingSlashQuirk =
        HMACSigningVector(
            name: "quirk_trailing_slash_endpoint",
            method: "GET",
            url: "https://contoso.communication.azure.com/identities/abc?api-version=2025-03-02-preview",
            bodyHex: "",
            stringToSign: "GET\n/identities/abc?api-version=2025-03-02-preview\nSun, 02 Mar 2025 08:05:09 GMT;contoso.communication.azure.com/;47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
            date: "Sun, 02 Mar 2025 08:05:09 GMT",
            contentHash: "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
            authorization: "HMAC-SHA256 SignedHeaders=x-ms-date;host;x-ms-content-sha256&Signature=rRHv4WLPSR0Tj6kc80fPBf8fDNQdxQZv4rnuZgv4Js8=")
}

@Suite("HMAC-SHA256 signing matches the Python SDK")
struct HMACSigningVectorTests {
    private func credential() throws -> AccessKeyCredential {
        try AccessKeyCredential(accessKey: HMACVectors.accessKey, clock: { HMACVectors.signingInstant })
    }

    @Test("sync policy vector", arguments: HMACVectors.syncPolicy)
    func syncPolicyVector(_ vector: HMACSigningVector) async throws {
        var request = vector.request
        try await credential().authorize(&request, body: vector.body)

        #expect(request.headerFields[HTTPField.Name("x-ms-date")!] == vector.date)
        #expect(request.headerFields[HTTPField.Name("x-ms-content-sha256")!] == vector.contentHash)
        #expect(request.headerFields[.authorization] == vector.authorization)
        let stringToSign = AccessKeyCredential.stringToSign(
            method: vector.method, pathAndQuery: request.path!, date: vector.date,
            host: request.authority!, contentHash: vector.contentHash)
        #expect(stringToSign == vector.stringToSign)
    }

    @Test("client vector through ConnectionString and HTTPPipeline", arguments: HMACVectors.client)
    func clientVector(_ vector: HMACSigningVector) async throws {
        let connection = try ConnectionString(parsing: vector.connectionString!)
        let credential = try AccessKeyCredential(accessKey: connection.accessKey, clock: { HMACVectors.signingInstant })
        let transport = StubTransport([.empty(vector.cannedStatus!)])
        let pipeline = HTTPPipeline(
            endpoint: connection.endpoint, credential: credential, options: ClientOptions(transport: transport),
            defaultAPIVersion: "2025-03-02-preview", sdkName: "communication-identity", sdkVersion: "1.0.0")
        let wire = vector.request
        var request = PipelineRequest(method: wire.method, path: String(wire.path!.split(separator: "?")[0]))
        if !vector.body.isEmpty { request.setBody(vector.body, contentType: "application/json") }

        _ = try await pipeline.send(request, expecting: [vector.cannedStatus!])

        let sent = try #require(transport.requests.first)
        #expect(sent.scheme == "https")
        #expect(sent.authority == wire.authority)
        #expect(sent.pathAndQuery == wire.path)
        #expect(sent.header("x-ms-date") == vector.date)
        #expect(sent.header("x-ms-content-sha256") == vector.contentHash)
        #expect(sent.header("Authorization") == vector.authorization)
        #expect(sent.header("x-ms-return-client-request-id") == "true")
        #expect(sent.header("Accept") == "application/json")
    }

    @Test("aio vectors: we sign the encoded path that is sent, not the decoded one", arguments: HMACVectors.aioDecodedPath)
    func aioVectorDeliberatelyDiffers(_ vector: HMACSigningVector) async throws {
        var request = vector.request
        try await credential().authorize(&request, body: vector.body)

        #expect(request.headerFields[HTTPField.Name("x-ms-content-sha256")!] == vector.contentHash)
        #expect(request.headerFields[.authorization] != vector.authorization)
        let signedPath = vector.stringToSign.split(separator: "\n", omittingEmptySubsequences: false)[1]
        #expect(request.path! != signedPath)
        #expect(request.path!.removingPercentEncoding == String(signedPath))
        // The sync twin of each aio case (same URL and body) is matched exactly.
        let twin = try #require(
            HMACVectors.syncPolicy.first { $0.url == vector.url && $0.bodyHex == vector.bodyHex && $0.method == vector.method })
        #expect(request.headerFields[.authorization] == twin.authorization)
    }

    @Test("the trailing-slash host quirk is not copied")
    func trailingSlashQuirkNotCopied() async throws {
        let quirk = HMACVectors.trailingSlashQuirk
        var request = quirk.request
        try await credential().authorize(&request, body: quirk.body)
        #expect(request.authority == "contoso.communication.azure.com")
        #expect(request.headerFields[.authorization] != quirk.authorization)
    }
}
