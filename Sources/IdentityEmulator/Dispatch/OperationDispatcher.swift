import Foundation
import HTTPTypes
import Hummingbird
import Logging
import SDKGenIR

/// The last middleware: finds the operation a request reaches in the api-version it asks for, applies that
/// version's description (required parameters, body shape, repeatability), runs the operation's semantics or
/// answers from the description, and shapes the answer as the version declares it.
///
/// Routing is by the descriptions rather than fixed routes, so a version with other operations or renamed
/// ones is served without a code change.
struct OperationDispatcher: RouterMiddleware {
    typealias Context = EmulatorRequestContext

    /// The versions served.
    let catalog: VersionCatalog
    /// What the known operations do.
    let semantics: Semantics
    /// The state (resources `prepareCall` declared missing, for operations without semantics).
    let store: EmulatorStore
    /// Where answered requests are kept for tests.
    let recorder: ExchangeRecorder
    /// Answers of repeatable requests.
    let repeatability: RepeatabilityCache
    /// `http` or `https`.
    let scheme: String
    /// The service's clock.
    let clock: @Sendable () -> Date

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let path = request.uri.path
        let origin = scheme + "://" + (request.head.authority ?? "localhost")
        guard let apiVersion = request.uri.queryParameters.get("api-version"), !apiVersion.isEmpty else {
            throw ServiceFailure.apiVersionUnspecified
        }
        guard let version = catalog.version(apiVersion) else {
            throw ServiceFailure.unsupportedAPIVersion(uri: origin + path, version: apiVersion)
        }
        guard let (operation, pathValues) = version.operation(method: request.method.rawValue, path: path) else {
            // ASP.NET API versioning: a resource, or a method on it, that other versions only have is a version error
            // (a 404 for `GET /identities/{id}` in 2023-10-01 would read as "no such identity").
            if catalog.anyVersionHasOperation(method: request.method.rawValue, path: path)
                || (!version.hasPath(path) && catalog.anyVersionHasPath(path)) {
                throw ServiceFailure.unsupportedAPIVersion(uri: origin + path, version: apiVersion)
            }
            throw ServiceFailure.http(.notFound)
        }
        let received = try await request.body.collect(upTo: context.maxUploadSize)
        let rawBody = Data(received.readableBytesView)
        var query: [String: String] = [:]
        for (name, value) in request.uri.queryParameters where query[String(name)] == nil {
            query[String(name)] = String(value)
        }
        var body = rawBody
        if let definition = operation.definition, let api = version.api {
            try Self.checkParameters(definition, query: query, headers: request.headers)
            // Known operations check bodies themselves, in the service's words (one detail per bad entry of a bulk update).
            body = try Self.shapeRequestBody(rawBody, definition: definition, api: api, validate: operation.known == nil)
        }
        let call = OperationRequest(
            apiVersion: apiVersion, pathValues: pathValues, query: query, body: body,
            principal: context.principal, origin: origin)

        var repeatKey: String?
        if operation.acceptsRepeatability {
            // The same id from another caller, for another resource or with another body is another request.
            let scope = "\(request.method.rawValue) \(path) \(context.principal.repeatabilityScope) \(RepeatabilityCache.digest(rawBody))"
            repeatKey = try RepeatabilityCache.key(operationID: operation.operationID, scope: scope, headers: request.headers)
        }
        var result: OperationResult
        if let repeatKey {
            let logger = context.logger
            let (answer, repeated) = try await repeatability.answer(for: repeatKey) {
                try await run(operation, call, version: version, logger: logger)
            }
            if repeated { context.logger.info("\(operation.operationID): repeated request, answered as the first time") }
            result = answer
        } else {
            result = try await run(operation, call, version: version, logger: context.logger)
        }
        if repeatKey != nil { result.headers[RepeatabilityCache.result] = "accepted" }
        if let definition = operation.definition, let api = version.api, let data = result.body {
            result.body = try Self.shapeResponseBody(data, status: result.status.code, definition: definition, api: api)
        }
        await recorder.record(RecordedExchange(
            method: request.method.rawValue, path: path, operationID: operation.operationID, status: result.status.code,
            requestBody: rawBody, responseBody: result.body ?? Data()))
        return Self.response(result)
    }

    /// The operation's semantics when the emulator knows it, else the description's answer (logged as such).
    private func run(
        _ operation: ServedOperation, _ call: OperationRequest, version: ServedVersion, logger: Logger
    ) async throws -> OperationResult {
        if let known = operation.known {
            return try await semantics.handle(known, call)
        }
        guard let definition = operation.definition, let api = version.api else { throw ServiceFailure.http(.notFound) }
        let responder = DescriptionResponder(api: api)
        if await store.isMarkedMissing(MissingResourceKey.make(operationID: operation.operationID, pathValues: call.pathValues)) {
            logger.info("\(operation.operationID) (\(version.apiVersion)) has no emulated semantics: answered 404 for a resource declared missing")
            return try responder.notFound(definition)
        }
        let (result, source) = try responder.answer(definition, now: clock())
        logger.info("\(operation.operationID) (\(version.apiVersion)) has no emulated semantics: \(source)")
        return result
    }

    /// 400 when a required query or header parameter of the version is missing (api-version is checked before).
    static func checkParameters(_ definition: SDKGenIR.Operation, query: [String: String], headers: HTTPFields) throws {
        for parameter in definition.parameters where parameter.isRequired && !parameter.isAPIVersion && !parameter.isConstant {
            let present: Bool
            switch parameter.location {
            case .query: present = query[parameter.name] != nil
            case .header: present = HTTPField.Name(parameter.name).map { headers[$0] != nil } ?? true
            case .path, .host: present = true
            }
            guard present else {
                throw ServiceFailure.validation("The \(parameter.name) field is required.", target: parameter.name)
            }
        }
    }

    /// The body with only the members the version declares, after checking it has what the version requires.
    static func shapeRequestBody(_ data: Data, definition: SDKGenIR.Operation, api: APIDescription, validate: Bool) throws -> Data {
        guard let body = definition.requestBody else { return data }
        guard !data.isEmpty else {
            if body.isRequired { throw ServiceFailure.validation("A non-empty request body is required.") }
            return data
        }
        guard let json = try? WireJSON.decode(data) else { throw ServiceFailure.validation("The request body is not valid JSON.") }
        let shape = SchemaShape(api: api)
        if validate, let problem = shape.problems(json, as: body.type).first {
            throw ServiceFailure.validation(problem.message, target: problem.target.isEmpty ? nil : problem.target)
        }
        return try shape.prune(json, as: body.type).encoded()
    }

    /// The answer's body with only the members the version declares for its status.
    static func shapeResponseBody(_ data: Data, status: Int, definition: SDKGenIR.Operation, api: APIDescription) throws -> Data {
        guard let type = definition.responses.first(where: { $0.statusCode == String(status) })?.type,
            let json = try? WireJSON.decode(data)
        else { return data }
        return try SchemaShape(api: api).prune(json, as: type).encoded()
    }

    /// The Hummingbird response, with the service's JSON content type when there is a body.
    static func response(_ result: OperationResult) -> Response {
        var headers = result.headers
        guard let body = result.body else { return Response(status: result.status, headers: headers) }
        headers[.contentType] = ServiceResponse.jsonContentType
        return Response(status: result.status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }
}
