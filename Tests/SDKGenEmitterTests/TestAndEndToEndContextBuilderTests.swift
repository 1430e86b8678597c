import Testing
import SDKGenIR
@testable import SDKGenEmitter

/// The description with examples attached to some operations (the reader's example files are tested elsewhere).
private func petsWithExamples() throws -> Builders {
    var api = try readDescription(petsDescription)
    func attach(_ operationID: String, _ examples: [Example]) {
        let index = api.operations.firstIndex { $0.operationID == operationID }!
        api.operations[index].examples = examples
    }
    let rex: JSONValue = .object([(key: "name", value: .string("Rex"))])
    let notFound: JSONValue = .object([(key: "error", value: .object([(key: "code", value: .string("PetNotFound")), (key: "message", value: .string("gone"))]))])
    attach("Pets_Update", [Example(
        title: #"Update "Rex""#,
        parameters: ["petId": .string("a b/c"), "body": rex, "verbose": .bool(true), "kind": .string("cat"), "x-trace": .string("t1"),
                     "api-version": .string("2024-05-01")],
        responses: ["200": rex, "201": .null, "404": notFound], file: nil)])
    attach("Pets_Get", [Example(title: "Missing pet", parameters: ["api-version": .string("2024-05-01")], responses: ["404": notFound], file: nil)])
    attach("Pets_GetNotes", [Example(title: "Notes", parameters: ["petId": .string("p")], responses: ["200": .string("hi")], file: nil)])
    attach("Jobs_Start", [Example(title: "Start", parameters: ["jobId": .string("j")], responses: ["202": .null], file: nil)])
    attach("Pets_Search", [Example(title: "Search", parameters: ["query": .string("rex")], responses: ["200": .null], file: nil)])
    attach("Pets_Delete", [Example(title: "Delete", parameters: ["petId": .string("p")], responses: ["204": .null, "404": notFound], file: nil)])
    return Builders(api)
}

@Suite struct TestContextBuilderTests {
    let builders: Builders
    let tests: TestContextBuilder

    init() throws {
        builders = try petsWithExamples()
        tests = TestContextBuilder(api: builders.api, types: builders.types, operations: builders.operations)
    }

    func test(_ operationID: String) throws -> (OperationTestContext?, String?) {
        let (test, reason) = tests.test(try builders.operation(operationID), context: try builders.context(operationID))
        return (test, reason?.text)
    }

    @Test func requestAndResponsesFromTheExample() throws {
        let (made, reason) = try test("Pets_Update")
        let test = try #require(made, "\(reason ?? "")")
        #expect(test.testName == "update" && test.methodName == "update" && test.callSuffix == "")
        #expect(test.exampleTitle == #"Update \"Rex\""#)
        #expect(test.httpMethod == "PUT")
        // The call passes arguments in signature order, each in the form its type needs.
        #expect(test.callArguments.map(\.label) == ["petId", "body", "verbose", "kind", "xTrace"])
        #expect(test.callArguments[0].isString && test.callArguments[0].stringValue == "a b/c")
        #expect(test.callArguments[1].isJSON && test.callArguments[1].json == #"{"name":"Rex"}"# && test.callArguments[1].decodeType == "Pet")
        #expect(test.callArguments[2].isPlain && test.callArguments[2].plainValue == "true")
        #expect(test.callArguments[3].isJSON && test.callArguments[3].json == #""cat""# && test.callArguments[3].decodeType == "Kind")
        #expect(test.callArguments[4].isString && test.callArguments[4].stringValue == "t1")
        // The path value is percent-encoded as the client sends it, `/` included.
        #expect(test.expectedPath == "/v1/pets/a%20b%2Fc")
        #expect(test.expectedQuery.map(\.wireName) == ["verbose", "kind"])
        #expect(test.expectedQuery.map(\.value) == ["true", "cat"])
        #expect(test.expectedHeaders.map(\.wireName) == ["x-trace"] && test.expectedHeaders.map(\.value) == ["t1"])
        #expect(test.requestJSON == #"{"name":"Rex"}"# && test.requestDelimiter == "#")
        #expect(test.bodyContentType == "application/json")
        #expect(test.successCases.map(\.status) == ["200", "201"])
        #expect(test.successCases.map(\.isEmpty) == [false, true])
        #expect(test.successCases[0].json == #"{"name":"Rex"}"# && test.successCases[1].json == nil)
        #expect(test.errorCases.map(\.status) == ["404"])
        #expect(test.errorCases[0].errorCode == "PetNotFound")
        #expect(test.returnsOptionalBody && !test.returnsBody && !test.returnsPages)
    }

    @Test func operationsWithoutAUsableExampleAreSkippedWithAReason() throws {
        let (none, noExample) = try test("Pets_List")
        #expect(none == nil && noExample == "no example")
        let (missing, reason) = try test("Pets_Get")
        #expect(missing == nil && reason == "example 'Missing pet' has no value for 'petId'")
        let (text, textReason) = try test("Pets_GetNotes")
        #expect(text == nil && textReason?.hasPrefix("text or byte bodies") == true)
        // A poller's result is the final response: an example with only the 202 cannot stand for it.
        let (job, jobReason) = try test("Jobs_Start")
        #expect(job == nil && jobReason == "long-running operation: example 'Start' has no success response with the final result")
    }

    @Test func pagedPostAndVoidOperations() throws {
        let search = try #require(try test("Pets_Search").0)
        #expect(search.returnsPages && search.sendsFirstPageEagerly && search.itemsKey == "value")
        #expect(search.requestJSON == #""rex""#)
        let delete = try #require(try test("Pets_Delete").0)
        #expect(delete.returnsVoid && delete.httpMethod == "DELETE" && delete.expectedPath == "/v1/pets/p")
        #expect(delete.requestJSON == nil)
        #expect(delete.successCases.map(\.status) == ["204"] && delete.errorCases.map(\.errorCode) == ["PetNotFound"])
    }
}

@Suite struct EndToEndContextBuilderTests {
    let builders: Builders
    let endToEnd: EndToEndContextBuilder

    init() throws {
        builders = try petsWithExamples()
        endToEnd = EndToEndContextBuilder(api: builders.api, types: builders.types, operations: builders.operations)
    }

    func operation(_ operationID: String) throws -> EndToEndOperationContext {
        endToEnd.operation(try builders.operation(operationID), context: try builders.context(operationID))
    }

    @Test func preparedArguments() throws {
        let update = try operation("Pets_Update")
        #expect(update.arguments.map(\.label) == ["petId", "body", "verbose", "kind", "xTrace"])
        #expect(update.arguments.map(\.wireName) == ["petId", "body", "verbose", "kind", "x-trace"])
        // Types without `?`; optionality apart.
        #expect(update.arguments.map(\.swiftType) == ["String", "Pet", "Bool", "Kind", "String"])
        #expect(update.arguments.map(\.isOptional) == [false, false, true, false, true])
        #expect(update.arguments.map(\.isBody) == [false, true, false, false, false])
        #expect(update.sendsBody && update.returnsOptionalBody && update.operationID == "Pets_Update")
        // PUT creates what is missing: its 404 example is about something else.
        #expect(!update.answersNotFound)
        #expect(update.notFoundCode == "PetNotFound")
    }

    @Test func notFoundFromExamples() throws {
        let get = try operation("Pets_Get")
        #expect(get.answersNotFound && get.notFoundCode == "PetNotFound")
        #expect(!get.sendsBody && get.returnsBody)
        let delete = try operation("Pets_Delete")
        #expect(delete.answersNotFound && delete.returnsVoid)
        // No path parameter: nothing to miss.
        let search = try operation("Pets_Search")
        #expect(!search.answersNotFound && search.returnsPages && search.itemsKey == "value")
        let job = try operation("Jobs_Start")
        #expect(job.methodName == "beginStart" && job.callSuffix == ".result()" && job.testName == "start")
    }

    @Test func usageExample() throws {
        let methods = try builders.api.operations.map { (operation: $0, context: try builders.context($0.operationID), propertyName: "pets") }
        let usage = endToEnd.usage(
            clientName: "PetsClient", moduleName: "Pets", sdkName: "pets", sdkVersion: "1.0.0", emulatorModule: "PetsEmulator",
            authentication: AuthenticationPlan(api: builders.api, options: AuthenticationOptions(accessKey: true), sdkName: "pets"),
            package: nil, groups: [], methods: methods)
        #expect(usage.apiVersion == "2024-05-01")
        #expect(usage.isEmulatorTested && !usage.isStandalone)
        #expect(usage.clientLine == "let client = try PetsClient(connectionString: connectionString)")
        #expect(usage.imports == ["AzureSDKRuntime", "Foundation", "Pets", "PetsEmulator", "Testing"])
        // The creating call: the first POST or PUT without path parameters whose example is literals and that returns
        // a value (the paged POST `search` is `async` and is left out); then the first listing needing no argument.
        #expect(usage.calls.map(\.methodName) == ["list"])
        #expect(usage.calls[0].arguments == "")
        #expect(usage.calls.map(\.resultName) == ["item"])
        #expect(usage.calls.map(\.returnsPages) == [true])
        // The error call: the first GET or DELETE taking one string path argument.
        let errorCall = try #require(usage.errorCall)
        #expect(errorCall.methodName == "get" && errorCall.arguments == #"petId: "does-not-exist""#)
        #expect(errorCall.resultName == "pet" && errorCall.returnsValue)
    }
}
