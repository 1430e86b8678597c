import Foundation
import HTTPTypes

extension ServiceError {
    /// Bytes of the body kept in `rawBody`: enough for any Azure error, bounded for huge pages.
    static let rawBodyLimit = 4096

    /// Builds the error from a response: parses `{"error":{…}}` (or a bare `{"code",…}` object)
    /// when possible and always keeps a bounded copy of the body. Without a code in the body, the
    /// `x-ms-error-code` header gives it (Azure services send it, also with empty bodies such as HEAD's).
    public init(response: PipelineResponse) {
        let detail = Self.parseDetail(response.body)
        let headerCode = response.headerFields[HTTPField.Name.xMsErrorCode].flatMap { $0.isEmpty ? nil : $0 }
        self.init(
            statusCode: response.status,
            code: detail?.code ?? headerCode,
            message: detail?.message,
            target: detail?.target,
            details: detail?.details ?? [],
            innerError: detail?.innerError,
            requestID: Self.requestID(in: response.headerFields),
            rawBody: BodyExcerpt.text(response.body, limit: Self.rawBodyLimit))
    }

    /// The Azure error object in `body`, nil when the body is not in that shape.
    private static func parseDetail(_ body: Data) -> ServiceErrorDetail? {
        struct Envelope: Decodable { let error: ServiceErrorDetail? }
        guard !body.isEmpty else { return nil }
        let decoder = JSONCoding.sharedDecoder
        if let envelope = try? decoder.decode(Envelope.self, from: body), let error = envelope.error {
            return error
        }
        if let bare = try? decoder.decode(ServiceErrorDetail.self, from: body), bare.code != nil {
            return bare
        }
        return nil
    }

    /// The first request-id header present, in order of usefulness to support.
    static func requestID(in fields: HTTPFields) -> String? {
        for name in [HTTPField.Name.xMsClientRequestID, .xMsRequestID, .msCV] {
            if let value = fields[name], !value.isEmpty { return value }
        }
        return nil
    }
}
