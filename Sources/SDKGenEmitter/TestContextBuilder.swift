import SDKGenIR

/// Builds generated tests from each operation's examples: the request the client
/// must send, and the responses it must decode.
struct TestContextBuilder {
    let api: APIDescription
    let types: TypeMapper
    let operations: OperationContextBuilder

    /// The test of `operation`, or nil (with the reason) when its example cannot drive one.
    func test(_ operation: Operation, context: OperationContext) -> (OperationTestContext?, String?) {
        guard let example = operation.examples.first else { return (nil, "no example") }
        var encodings: [BodyEncoding] = []
        if let body = operation.requestBody { encodings.append(BodyEncoding(contentTypes: body.contentTypes, type: body.type)) }
        if let response = operation.successResponses.first(where: { $0.type != nil }) {
            encodings.append(BodyEncoding(contentTypes: response.contentTypes, type: response.type))
        }
        if encodings.contains(where: { $0 != .json }) {
            return (nil, "text or byte bodies: an example's JSON cannot stand for their bytes")
        }
        var callArguments: [CallArgument] = []
        var expectedPath = api.host.basePath
        var expectedQuery: [ConstantParameter] = operation.parameters.filter(\.isConstant).map {
            ConstantParameter(wireName: SwiftLiterals.escapedString($0.name), value: SwiftLiterals.escapedString($0.defaultValue?.stringValue ?? ""))
        }
        var expectedHeaders: [ConstantParameter] = []
        var pathValues: [String: String] = [:]
        for argument in operations.arguments(of: operation) {
            guard let value = example.parameters[argument.wireName], value != .null else {
                if argument.isRequired { return (nil, "example '\(example.title)' has no value for '\(argument.wireName)'") }
                continue
            }
            callArguments.append(callArgument(label: argument.name, value: value, type: argument.type))
            if argument.location == .path {
                let text = Self.text(of: value)
                pathValues[argument.wireName] = argument.skipsURLEncoding ? text : SwiftLiterals.percentEncodedSegment(text)
            } else if argument.location == .query {
                expectedQuery.append(ConstantParameter(wireName: SwiftLiterals.escapedString(argument.wireName), value: SwiftLiterals.escapedString(Self.text(of: value))))
            } else if argument.location == .header, !Self.isDate(argument.type) {
                // Dates are left out: an example writes them in its own form, the client in the description's format.
                expectedHeaders.append(ConstantParameter(wireName: SwiftLiterals.escapedString(argument.wireName), value: SwiftLiterals.escapedString(Self.text(of: value))))
            }
        }
        expectedPath += substitute(operation.path, values: pathValues)
        let requestJSON = operation.requestBody.flatMap { example.parameters[$0.name] }.map(SwiftLiterals.json)

        let successCodes = Set(operation.successResponses.map(\.statusCode))
        var successCases: [ResponseTestCase] = []
        var errorCases: [ResponseTestCase] = []
        for status in example.responses.keys.sorted() {
            let body = example.responses[status] ?? .null
            var json: String? = body == .null ? nil : SwiftLiterals.json(body)
            if context.returnsPages, let paging = operation.paging, successCodes.contains(status) {
                // The test compares the decoded items with the example page's items.
                json = body[paging.itemName].map(SwiftLiterals.json) ?? json
            }
            let testCase = ResponseTestCase(
                status: status, json: body == .null ? nil : SwiftLiterals.json(body),
                delimiter: SwiftLiterals.rawDelimiter(for: SwiftLiterals.json(body)),
                errorCode: body["error"]?["code"]?.stringValue.map(SwiftLiterals.escapedString),
                isEmpty: body == .null, itemsJSON: json)
            if successCodes.contains(status) {
                successCases.append(testCase)
            } else if Int(status).map({ $0 >= 400 }) == true {
                errorCases.append(testCase)
            }
        }
        if context.isLongRunning, context.returnsBody {
            // A poller's result is the final response: only example responses with a body can stand for it.
            successCases.removeAll { $0.isEmpty }
            if successCases.isEmpty {
                return (nil, "long-running operation: example '\(example.title)' has no success response with the final result")
            }
        }
        let test = OperationTestContext(
            testName: context.methodName.replacingOccurrences(of: "`", with: ""),
            methodName: context.callName,
            callSuffix: context.callSuffix,
            exampleTitle: SwiftLiterals.escapedString(example.title),
            callArguments: callArguments,
            httpMethod: operation.method,
            expectedPath: SwiftLiterals.escapedString(expectedPath),
            expectedQuery: expectedQuery,
            expectedHeaders: expectedHeaders,
            requestJSON: requestJSON,
            requestDelimiter: SwiftLiterals.rawDelimiter(for: requestJSON ?? ""),
            bodyContentType: context.bodyContentType,
            successCases: successCases,
            errorCases: errorCases,
            returnsVoid: context.returnsVoid, returnsBody: context.returnsBody,
            returnsOptionalBody: context.returnsOptionalBody, returnsPages: context.returnsPages,
            sendsFirstPageEagerly: context.sendsFirstPageEagerly, itemsKey: context.itemsKey)
        return (test, nil)
    }

    private func callArgument(label: String, value: JSONValue, type: TypeReference) -> CallArgument {
        let json = SwiftLiterals.json(value)
        var argument = CallArgument(
            label: SwiftNaming.argumentLabel(label), isString: false, isPlain: false, isJSON: false,
            stringValue: "", plainValue: "", json: json, delimiter: SwiftLiterals.rawDelimiter(for: json),
            decodeType: types.swiftType(type.nonNullable))
        switch (type.nonNullable, value) {
        case (.string(let format), .string(let text)) where format != "date-time" && format != "byte":
            argument.isString = true
            argument.stringValue = SwiftLiterals.escapedString(text)
        case (.integer, .integer(let number)):
            argument.isPlain = true
            argument.plainValue = String(number)
        case (.boolean, .bool(let flag)):
            argument.isPlain = true
            argument.plainValue = flag ? "true" : "false"
        default:
            argument.isJSON = true
        }
        return argument
    }

    private static func isDate(_ type: TypeReference) -> Bool {
        guard case .string(let format) = type.nonNullable else { return false }
        return format == "date-time" || format == "date-time-rfc1123" || format == "date"
    }

    private static func text(of value: JSONValue) -> String {
        switch value {
        case .string(let text): return text
        case .array(let values): return values.map(text(of:)).joined(separator: ",")
        default: return SwiftLiterals.json(value)
        }
    }

    private func substitute(_ path: String, values: [String: String]) -> String {
        var result = ""
        var rest = Substring(path)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            result += values[String(rest[rest.index(after: open)..<close])] ?? ""
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}
