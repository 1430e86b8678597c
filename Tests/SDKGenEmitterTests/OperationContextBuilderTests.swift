import Testing
import SDKGenIR
@testable import SDKGenEmitter

@Suite struct OperationContextBuilderTests {
    let builders: Builders

    init() throws {
        builders = Builders(try readDescription(petsDescription))
    }

    @Test func argumentsArePathBodyQueryHeader() throws {
        // The description lists header, query, body, path, query: the signature reorders them.
        let context = try builders.context("Pets_Update")
        #expect(context.arguments.map(\.name) == ["petId", "body", "verbose", "kind", "xTrace"])
        #expect(context.arguments.map(\.swiftType) == ["String", "Pet", "Bool?", "Kind", "String?"])
        #expect(context.arguments.map(\.isOptional) == [false, false, true, false, true])
        // api-version is the runtime's, never an argument.
        #expect(!context.arguments.contains { $0.name.lowercased().contains("version") })
    }

    @Test func plainOperationWithOptionalBodyAndHeaders() throws {
        let context = try builders.context("Pets_Update")
        #expect(context.methodName == "update" && context.httpMethod == "put" && context.access == "public")
        #expect(context.isPlain && !context.isLongRunning && !context.returnsPages)
        // 200 has a body, 201 none: an optional body.
        #expect(context.expectedStatuses.map(\.code) == ["200", "201"])
        #expect(!context.returnsVoid && !context.returnsBody && context.returnsOptionalBody)
        #expect(context.decodedType == "Pet")
        #expect(context.returnClause == " -> Pet?")
        #expect(context.resultMember == ".value")
        #expect(context.valueExpression == "try response.decodeBodyIfPresent(Pet.self)")
        let headers = try #require(context.responseHeaders)
        #expect(headers.structName == "UpdateHeaders")
        #expect(context.responseType == "ResponseWithHeaders<Pet?, UpdateHeaders>")
        #expect(headers.methodLink == "updateWithResponse(petId:body:verbose:kind:xTrace:)")
        // `x-ms-` is dropped from Swift names, never from the wire.
        #expect(headers.properties.map(\.swiftName) == ["eTag", "requestId"])
        #expect(headers.properties.map(\.wireName) == ["ETag", "x-ms-request-id"])
        #expect(headers.properties.map(\.swiftType) == ["String", "String"])
        #expect(context.withResponseMethodName == "updateWithResponse")
        #expect(context.callName == "update" && context.callSuffix == "")
        #expect(context.finalStateVia == "nil")
    }

    @Test func wireParameters() throws {
        let context = try builders.context("Pets_Update")
        #expect(context.pathParts.map(\.literal) == ["/v1/pets/", nil])
        #expect(context.pathParts[1].argument == "petId" && context.pathParts[1].encodes && context.pathParts[1].isString)
        #expect(context.queryParameters.map(\.wireName) == ["verbose", "kind"])
        // A closed enum is sent as its raw value.
        #expect(context.queryParameters.map(\.value) == ["verbose", "kind.rawValue"])
        #expect(context.headerParameters.map(\.wireName) == ["x-trace"])
        #expect(context.headerParameters.map(\.value) == ["xTrace"])
        #expect(context.repeatability == nil && context.constantQueryParameters.isEmpty)
        #expect(context.mutatesRequest)
        #expect(context.bodyArgument == "body")
        #expect(context.bodyContentType == "application/json")
        #expect(context.bodyEncoding == "JSON" && context.bodyIsJSON)
        #expect(context.accept == nil)
        #expect(context.docLines.first?.text == "Updates a pet.")
        #expect(context.docLines.contains { $0.text.hasPrefix("  - petId: The `petId` value.") })
    }

    @Test func plainOperationWithBody() throws {
        let context = try builders.context("Pets_Get")
        #expect(context.returnsBody && !context.returnsOptionalBody && !context.returnsVoid)
        #expect(context.returnClause == " -> Pet")
        #expect(context.responseType == "Response<Pet>")
        #expect(context.responseHeaders == nil)
        #expect(context.valueExpression == "try response.decodeBody(Pet.self)")
        // Only a path argument and a JSON response: the request is made once and left alone.
        #expect(!context.mutatesRequest)
        #expect(context.bodyArgument == nil)
    }

    @Test func headersOnlyResultIsTheHeaders() throws {
        let context = try builders.context("Pets_Delete")
        #expect(context.returnsVoid)
        #expect(context.returnClause == " -> DeleteHeaders")
        #expect(context.resultMember == ".headers")
        #expect(context.responseType == "ResponseWithHeaders<Void, DeleteHeaders>")
        #expect(context.valueExpression == "()")
        let header = try #require(context.responseHeaders?.properties.first)
        #expect(header.swiftName == "deletedAt" && header.swiftType == "Date" && header.wireName == "x-ms-deleted-at")
    }

    @Test func pagedGet() throws {
        let context = try builders.context("Pets_List")
        #expect(context.returnsPages && !context.isPlain && !context.returnsBody && !context.returnsVoid)
        #expect(context.decodedType == "Pet")
        #expect(context.itemsKey == "value" && context.nextLinkKey == "nextLink")
        #expect(!context.sendsFirstPageEagerly)
        // Headers of paged operations stay on each page's raw response.
        #expect(context.responseHeaders == nil)
        #expect(context.arguments.map(\.name) == ["top"] && context.arguments[0].swiftType == "Int32?")
    }

    @Test func pagedPostIsSentEagerly() throws {
        let context = try builders.context("Pets_Search")
        #expect(context.returnsPages && context.sendsFirstPageEagerly)
        #expect(context.nextLinkKey == nil)
        #expect(context.arguments.map(\.name) == ["query"] && context.arguments[0].swiftType == "String")
        #expect(context.bodyEncoding == "JSON")
    }

    @Test func binaryRequestBody() throws {
        let context = try builders.context("Pets_SetPhoto")
        #expect(context.bodyEncoding == "Binary" && !context.bodyIsJSON)
        #expect(context.bodyContentType == "image/png")
        #expect(context.arguments.map(\.name) == ["petId", "photo"])
        #expect(context.arguments.map(\.swiftType) == ["String", "Data"])
        #expect(context.bodyArgument == "photo")
        #expect(context.returnsVoid && context.returnClause == "" && context.resultMember == "")
        #expect(context.responseType == "Response<Void>")
    }

    @Test func textResponse() throws {
        let context = try builders.context("Pets_GetNotes")
        #expect(context.returnsBody && context.decodedType == "String")
        #expect(context.accept == "text/plain")
        #expect(context.valueExpression == "response.bodyText")
        #expect(context.pollerDecode == "{ $0.bodyText }")
        // The `Accept` header is set on the request.
        #expect(context.mutatesRequest)
    }

    @Test func longRunning() throws {
        let context = try builders.context("Jobs_Start")
        #expect(context.isLongRunning && !context.isPlain && !context.returnsPages)
        // 202 has no body, but the poller's final response holds the result.
        #expect(context.returnsBody && !context.returnsOptionalBody)
        #expect(context.decodedType == "Job" && context.pollerValueType == "Job")
        #expect(context.pollerDecode == "{ try $0.decodeBody(Job.self) }")
        #expect(context.beginMethodName == "beginStart" && context.resumeMethodName == "resumeStart")
        #expect(context.callName == "beginStart" && context.callSuffix == ".result()")
        #expect(context.finalStateVia == ".location")
        #expect(context.responseHeaders == nil)
        #expect(context.resumeDocLines.first?.text.contains("``beginStart(jobId:)``") == true)
    }

    @Test func finalStateViaCases() {
        #expect(OperationContextBuilder.finalStateViaCase("azure-async-operation") == ".azureAsyncOperation")
        #expect(OperationContextBuilder.finalStateViaCase("location") == ".location")
        #expect(OperationContextBuilder.finalStateViaCase("original-uri") == ".originalURI")
        #expect(OperationContextBuilder.finalStateViaCase("operation-location") == ".operationLocation")
        #expect(OperationContextBuilder.headerWord("x-ms-request-id") == "request-id")
        #expect(OperationContextBuilder.headerWord("X-MS-Date") == "Date")
        #expect(OperationContextBuilder.headerWord("x-ms-") == "x-ms-")
        #expect(OperationContextBuilder.headerWord("ETag") == "ETag")
    }

    @Test func undeclaredPathParameterIsAnError() throws {
        var api = builders.api
        let index = try #require(api.operations.firstIndex { $0.operationID == "Pets_Get" })
        api.operations[index].path = "/pets/{petId}/{missing}"
        #expect(throws: Diagnostic.self) { try Builders(api).context("Pets_Get") }
    }
}
