import Hummingbird

/// Builds answers the way the service writes them.
enum ServiceResponse {
    /// The service's JSON content type, charset included.
    static let jsonContentType = "application/json; charset=utf-8"

    /// `value` as a JSON body with `status`.
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) throws -> Response {
        let data = try ServiceJSON.makeEncoder().encode(value)
        var fields = headers
        fields[.contentType] = jsonContentType
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

}
