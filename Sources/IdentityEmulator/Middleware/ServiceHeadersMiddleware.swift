import Foundation
import HTTPTypes
import Hummingbird

/// Outermost middleware: writes every failure in the ACS error shape and adds the headers the live
/// service sends on every answer (`MS-CV`, `api-supported-versions`, the echoed `x-ms-client-request-id`).
struct ServiceHeadersMiddleware: RouterMiddleware {
    typealias Context = EmulatorRequestContext

    /// The `api-supported-versions` value.
    let supportedVersions: String

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let failure as ServiceFailure {
            response = try failure.response(from: request, context: context)
        } catch let error as HTTPError {
            response = try ServiceFailure.http(error.status).response(from: request, context: context)
        } catch let error as any HTTPResponseError {
            response = try ServiceFailure.http(error.status).response(from: request, context: context)
        } catch is ConnectionDropped {
            throw ConnectionDropped()
        } catch {
            context.logger.error("Unexpected error: \(error)")
            response = try ServiceFailure.http(.internalServerError).response(from: request, context: context)
        }
        let requestID = HTTPField.Name("x-ms-client-request-id")!
        if let clientRequestID = request.headers[requestID] {
            response.headers[requestID] = clientRequestID
        }
        response.headers[HTTPField.Name("MS-CV")!] = Self.correlationVector()
        response.headers[HTTPField.Name("api-supported-versions")!] = supportedVersions
        return response
    }

    /// A fresh correlation vector like the service's: 22 base64 characters of randomness and `.0`.
    static func correlationVector() -> String {
        let bytes = (0..<16).map { _ in UInt8.random(in: .min ... .max) }
        return String(Data(bytes).base64EncodedString().prefix(22)) + ".0"
    }
}
