import Foundation
import Hummingbird

/// Reading request bodies into the SDK's models, with the service's 400 for a bad body.
extension Request {
    /// The body as `T`; an empty body decodes as `{}`.
    func decodeBody<T: Decodable>(_ type: T.Type, context: EmulatorRequestContext) async throws -> T {
        let data = try await bodyData(context: context)
        do {
            return try ServiceJSON.makeDecoder().decode(T.self, from: data.isEmpty ? Data("{}".utf8) : data)
        } catch {
            throw DecodingFailure.validationFailure(for: error)
        }
    }

    /// The raw body bytes (already collected by authentication).
    func bodyData(context: EmulatorRequestContext) async throws -> Data {
        let buffer = try await body.collect(upTo: context.maxUploadSize)
        return Data(buffer.readableBytesView)
    }
}

/// Path parameters arrive percent-encoded (`8%3Aacs%3A…`); operations want them decoded.
extension EmulatorRequestContext {
    /// The decoded value of route parameter `name`.
    func pathParameter(_ name: String) throws -> String {
        let raw = try parameters.require(name)
        return raw.removingPercentEncoding ?? raw
    }
}
