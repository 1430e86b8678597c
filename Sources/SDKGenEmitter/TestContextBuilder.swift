import SDKGenIR

/// Builds generated tests from each operation's examples: the request the client
/// must send, and the responses it must decode.
struct TestContextBuilder {
    let api: APIDescription
    let types: TypeMapper
    let operations: OperationContextBuilder

    /// Why an operation has no generated test, and where the value that prevents one is, when it is one value.
    struct SkipReason: ExpressibleByStringInterpolation {
        var text: String
        /// `file#/json/pointer` of the value; nil: the operation's own location.
        var location: String?

        init(stringLiteral value: String) {
            text = value
        }

        init(_ text: String, location: String?) {
            self.text = text
            self.location = location
        }
    }

    /// The test of `operation`, or nil (with the reason) when its example cannot drive one.
    func test(_ operation: Operation, context: OperationContext) -> (OperationTestContext?, SkipReason?) {
        guard let example = operation.examples.first else { return (nil, "no example") }
        if let problem = numberProblem(in: example, of: operation) {
            // A test with this value would not compile (an Int32 literal too large) or would fail when run (JSON
            // decoding refuses 12345678901234567890 as Int64): no test, and the warning points at the value.
            return (nil, problem)
        }
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
        // A parameter group is one argument, `.init(member: value, …)`, where its first member with a value stands.
        let literals = SwiftValueLiteral(api: api, types: types)
        var groupSlots: [String: Int] = [:]
        var groupParts: [String: [String]] = [:]
        for argument in operations.arguments(of: operation) {
            guard let value = example.parameters[argument.wireName], value != .null else {
                if argument.isRequired { return (nil, "example '\(example.title)' has no value for '\(argument.wireName)'") }
                continue
            }
            if argument.grouping != nil,
                let group = context.parameterGroups.first(where: { $0.memberWireNames.contains(argument.wireName) })
            {
                guard let literal = literals.expression(value, as: argument.type) else {
                    return (nil, "example '\(example.title)': the value of grouped '\(argument.wireName)' cannot be written as a literal")
                }
                if groupSlots[group.argumentName] == nil {
                    groupSlots[group.argumentName] = callArguments.count
                    var slot = callArgument(label: group.argumentName, value: .null, type: .any)
                    slot.isJSON = false
                    slot.isExpression = true
                    callArguments.append(slot)
                }
                groupParts[group.argumentName, default: []].append("\(SwiftNaming.argumentLabel(argument.name)): \(literal)")
            } else {
                callArguments.append(callArgument(label: argument.name, value: value, type: argument.type))
            }
            let text = Self.text(of: value, type: argument.type, collectionFormat: argument.collectionFormat)
            if argument.location == .path {
                // The client writes a date in the description's form, which an example may spell differently.
                if types.dateFormat(argument.type) != nil { return (nil, "example '\(example.title)' has a date in the path") }
                if argument.skipsURLEncoding {
                    pathValues[argument.wireName] = text
                } else if case .array(let element) = argument.type.nonNullable, case .array(let values) = value {
                    // Each element encoded, joined with a literal comma, as the client writes a path array.
                    pathValues[argument.wireName] = values
                        .map { SwiftLiterals.percentEncodedSegment(Self.text(of: $0, type: element, collectionFormat: nil)) }
                        .joined(separator: ",")
                } else {
                    pathValues[argument.wireName] = SwiftLiterals.percentEncodedSegment(text)
                }
            } else if argument.location == .query, !Self.isDate(argument.type), argument.collectionFormat != .multi {
                // Dates as for headers, below; a repeated (`multi`) parameter is more than the one value the test reads.
                // The test reads the query percent-decoded, so a value sent as given (`x-ms-skip-url-encoding`) is
                // expected decoded.
                let expected = argument.skipsURLEncoding ? SwiftLiterals.percentDecoded(text) : text
                expectedQuery.append(ConstantParameter(wireName: SwiftLiterals.escapedString(argument.wireName), value: SwiftLiterals.escapedString(expected)))
            } else if argument.location == .header, let prefix = argument.headerPrefix {
                // A header collection: one header per entry.
                guard case .object(let members) = value else { continue }
                for member in members {
                    expectedHeaders.append(ConstantParameter(
                        wireName: SwiftLiterals.escapedString(prefix + member.key),
                        value: SwiftLiterals.escapedString(member.value.stringValue ?? SwiftLiterals.json(member.value))))
                }
            } else if argument.location == .header, !Self.isDate(argument.type) {
                // Dates are left out: an example writes them in its own form, the client in the description's format.
                expectedHeaders.append(ConstantParameter(wireName: SwiftLiterals.escapedString(argument.wireName), value: SwiftLiterals.escapedString(text)))
            }
        }
        for (name, index) in groupSlots {
            callArguments[index].expression = ".init(" + (groupParts[name] ?? []).joined(separator: ", ") + ")"
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

    /// The first number of `example` that the Swift type it feeds cannot hold: a parameter or request body, or a
    /// response body.
    private func numberProblem(in example: Example, of operation: Operation) -> SkipReason? {
        let checker = NumberChecker(api: api)
        var found: (tokens: [String], message: String)?
        for argument in operations.arguments(of: operation) where found == nil {
            guard let value = example.parameters[argument.wireName] else { continue }
            found = checker.firstProblem(value, as: argument.type).map { (["parameters", argument.wireName] + $0.tokens, $0.message) }
        }
        for status in example.responses.keys.sorted() where found == nil {
            guard let body = example.responses[status] else { continue }
            let declared = operation.responses.first { $0.statusCode == status }
                ?? (operation.successResponses.contains { $0.statusCode == status } ? nil : operation.errorResponse)
            found = checker.firstProblem(body, as: declared?.type ?? .any).map { (["responses", status, "body"] + $0.tokens, $0.message) }
        }
        guard let found else { return nil }
        let pointer = NumberChecker.pointer(found.tokens)
        if let location = example.location {
            return SkipReason("example '\(example.title)': \(found.message)", location: location + pointer)
        }
        return SkipReason("example '\(example.title)' at \(pointer): \(found.message)", location: nil)
    }

    private func callArgument(label: String, value: JSONValue, type: TypeReference) -> CallArgument {
        let json = SwiftLiterals.json(value)
        var argument = CallArgument(
            label: SwiftNaming.argumentLabel(label), isString: false, isPlain: false, isJSON: false, isExpression: false,
            stringValue: "", plainValue: "", expression: "", json: json, delimiter: SwiftLiterals.rawDelimiter(for: json),
            decodeType: types.swiftType(type.nonNullable))
        if let expression = Self.expression(value, as: type.nonNullable) {
            argument.isExpression = true
            argument.expression = expression
            return argument
        }
        switch (type.nonNullable, value) {
        case (.string(let format), .string(let text)) where types.swiftType(.string(format: format)) == "String":
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

    /// A Swift expression for example values of the types JSON decoding cannot make from the example's text: dates
    /// in IMF-fixdate or Unix time (the runtime's decoder reads RFC 3339), and UUIDs; arrays of them. Nil for others.
    /// Parsed at test time (`AzureSDKRuntimeTesting`'s `exampleIMFFixdate`, `exampleUUID`): a malformed example fails
    /// its test with a message naming the text.
    private static func expression(_ value: JSONValue, as type: TypeReference) -> String? {
        switch (type, value) {
        case (.string("date-time-rfc1123"), .string(let text)):
            return "try exampleIMFFixdate(\"\(SwiftLiterals.escapedString(text))\")"
        case (.string("uuid"), .string(let text)):
            return "try exampleUUID(\"\(SwiftLiterals.escapedString(text))\")"
        case (.integer("unixtime"), .integer(let seconds)):
            return "Date(timeIntervalSince1970: \(seconds))"
        case (.array(let element), .array(let values)):
            let parts = values.map { expression($0, as: element.nonNullable) }
            guard !parts.isEmpty, !parts.contains(where: { $0 == nil }) else { return nil }
            return "[" + parts.compactMap { $0 }.joined(separator: ", ") + "]"
        default:
            return nil
        }
    }

    private static func isDate(_ type: TypeReference) -> Bool {
        switch type.nonNullable {
        case .string(let format): return format == "date-time" || format == "date-time-rfc1123" || format == "date"
        case .integer(let format): return format == "unixtime"
        case .array(let element): return isDate(element)
        default: return false
        }
    }

    /// The text the client sends for an example value: strings as given (UUIDs in lower case, as the client writes
    /// them), arrays joined with their collection format's separator (as the test reads the query, percent-decoded).
    private static func text(of value: JSONValue, type: TypeReference, collectionFormat: CollectionFormat?) -> String {
        switch (type.nonNullable, value) {
        case (.string("uuid"), .string(let text)): return text.lowercased()
        case (_, .string(let text)): return text
        case (.integer, .integer), (.integer, .number), (.number, .integer), (.number, .number):
            return wireNumber(value, type: type.nonNullable) ?? SwiftLiterals.json(value)
        case (.array(let element), .array(let values)):
            let separator: String
            switch collectionFormat ?? .csv {
            case .ssv: separator = " "
            case .tsv: separator = "\t"
            case .pipes: separator = "|"
            case .csv, .multi: separator = ","
            }
            return values.map { text(of: $0, type: element, collectionFormat: nil) }.joined(separator: separator)
        default: return SwiftLiterals.json(value)
        }
    }

    /// The text the runtime sends for a number (`QueryValue`, `HeaderValue`): whole numbers as digits, others in
    /// Swift's shortest round-tripping form of the Double or Float the value becomes (`0.1` for
    /// `0.1000000000000000055511151231257827`), which is not always the example's text.
    private static func wireNumber(_ value: JSONValue, type: TypeReference) -> String? {
        let number: JSONNumber
        switch value {
        case .integer(let whole): return String(whole)
        case .number(let exact): number = exact
        default: return nil
        }
        switch type {
        case .integer: return number.int64Value.map { String($0) }
        case .number(let format):
            if format == "float" {
                return number.floatValue.map { float in Int64(exactly: float).map { String($0) } ?? String(float) }
            }
            return number.doubleValue.map { double in Int64(exactly: double).map { String($0) } ?? String(double) }
        default: return nil
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
