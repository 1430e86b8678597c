import SDKGenIR

/// Builds the context of each generated method.
struct OperationContextBuilder {
    let api: APIDescription
    let types: TypeMapper
    /// Bodies with at most this many writable properties also get an overload taking them as arguments.
    var flattenThreshold = 2

    /// A method argument and where its value goes.
    struct Argument {
        var name: String
        var wireName: String
        var type: TypeReference
        var isRequired: Bool
        var location: ParameterLocation?
        var skipsURLEncoding: Bool
        var description: String?
        /// How an array is written (query: every format; path and header: csv); nil for other types.
        var collectionFormat: CollectionFormat? = nil
        /// The description's `default`.
        var defaultValue: JSONValue? = nil
        /// For a required parameter with a `default`, or any with an `x-ms-client-default`: the Swift literal sent
        /// when the caller passes nil. The argument is then optional in Swift (`isRequired` is false), but the
        /// service still gets a value.
        var sentDefault: String? = nil
        /// Whether `sentDefault` is the description's `x-ms-client-default` (the client's choice, not the service's).
        var sentDefaultIsClients = false
        /// `x-ms-header-collection-prefix`: a `[String: String]` map sent as one `prefix + key` header per entry.
        var headerPrefix: String? = nil
        /// `x-ms-client-request-id`: an optional override of the id the pipeline fills.
        var isClientRequestID = false
        /// `x-ms-parameter-grouping`: the struct argument the value is a member of.
        var grouping: ParameterGrouping? = nil
        /// `x-ms-odata`: the model a `$filter` refers to.
        var odataModel: String? = nil
        /// How the method body reaches the value when it is a group member (`options?.top`); nil: the argument itself.
        var accessPath: String? = nil
    }

    /// The caller-given arguments, in signature order: path, body, query, header.
    func arguments(of operation: Operation) -> [Argument] {
        var used: Set<String> = []
        var result: [Argument] = []
        let callerParameters = operation.parameters.filter { !$0.isAPIVersion && !$0.isConstant }
        let literals = SwiftValueLiteral(api: api, types: types)
        func add(_ parameter: Parameter) {
            // A required query or header parameter with a `default` (Azure's "required, but the client may fill it"):
            // the argument may be omitted and the default is then sent, since the service insists on a value. An
            // optional one with a `default` stays nil → absent: the service applies its own default, which the doc
            // comment names. (Path parameters always take the caller's value.)
            var sentDefault: String?
            if parameter.isRequired, parameter.location == .query || parameter.location == .header,
                let value = parameter.defaultValue, value != .null
            {
                sentDefault = literals.expression(value, as: parameter.type.nonNullable)
            }
            // `x-ms-client-default` (the reader keeps it on query and header values only) is sent for nil whether
            // or not the service requires the parameter; it wins over `default`, which is the service's.
            let clientDefault = parameter.clientDefaultValue.flatMap { literals.expression($0, as: parameter.type.nonNullable) }
            if let clientDefault { sentDefault = clientDefault }
            // A prefixed header map and a client request id are never required: the map may be empty, the id is
            // the pipeline's unless the caller names the call.
            let optional = sentDefault != nil || parameter.headerCollectionPrefix != nil || parameter.isClientRequestID
            result.append(Argument(
                name: SwiftNaming.unique(SwiftNaming.memberName(parameter.clientName ?? parameter.name), in: &used),
                wireName: parameter.name, type: parameter.type, isRequired: parameter.isRequired && !optional,
                location: parameter.location, skipsURLEncoding: parameter.skipsURLEncoding, description: parameter.description,
                collectionFormat: parameter.collectionFormat, defaultValue: parameter.defaultValue, sentDefault: sentDefault,
                sentDefaultIsClients: clientDefault != nil, headerPrefix: parameter.headerCollectionPrefix,
                isClientRequestID: parameter.isClientRequestID, grouping: parameter.grouping, odataModel: parameter.odataModel))
        }
        callerParameters.filter { $0.location == .path }.forEach(add)
        if let body = operation.requestBody {
            // Text and byte bodies are a `String` or `Data` whatever schema the description gives them.
            var type = body.type
            switch BodyEncoding(contentTypes: body.contentTypes, type: body.type) {
            case .json: break
            case .text: type = .string(format: nil)
            case .binary: type = .string(format: "binary")
            }
            result.append(Argument(
                name: SwiftNaming.unique(SwiftNaming.memberName(body.name), in: &used), wireName: body.name,
                type: type, isRequired: body.isRequired, location: nil, skipsURLEncoding: false, description: body.description))
        }
        callerParameters.filter { $0.location == .query || $0.location == .host }.forEach(add)
        callerParameters.filter { $0.location == .header }.forEach(add)
        return result
    }

    /// The Swift names one operation takes, made unique within its group by the caller.
    struct Names {
        /// The method (plain and paged operations).
        var method: String
        /// The `…WithResponse` twin.
        var withResponse: String
        /// `begin…` and `resume…` (long-running operations).
        var begin: String
        var resume: String
        /// The nested struct of declared response headers.
        var headersType: String
    }

    /// The context of one method. `nestedTypeNames` holds the names nested in the group so far (header structs,
    /// models it must not shadow); `groupTypes` the parameter-group structs already declared in the group, by
    /// shape, so operations sharing a group of the same members share one struct.
    func operation(
        _ operation: Operation, names: Names, nestedTypeNames: inout Set<String>, groupTypes: inout [String: String]
    ) throws -> OperationContext {
        let methodName = names.method
        var arguments = self.arguments(of: operation)
        let (argumentContexts, parameterGroups) = groupedArguments(
            &arguments, operation: operation, typeWord: SwiftNaming.typeName(methodName),
            nestedTypeNames: &nestedTypeNames, groupTypes: &groupTypes)
        let successes = operation.successResponses
        let statuses = successes.compactMap { Int($0.statusCode) }.map { StatusCode(code: String($0)) }
        let typed = successes.filter { $0.type != nil }
        let responseEncoding = BodyEncoding(contentTypes: typed.first?.contentTypes ?? [], type: typed.first?.type)
        let requestEncoding = operation.requestBody.map { BodyEncoding(contentTypes: $0.contentTypes, type: $0.type) } ?? .json

        var returnsVoid = false, returnsBody = false, returnsOptionalBody = false, returnsPages = false
        var decodedType = "Void"
        var itemsKey = ""
        var nextLinkKey: String?
        if let paging = operation.paging, let pageType = typed.first?.type, let item = itemType(of: pageType, itemName: paging.itemName) {
            returnsPages = true
            decodedType = item
            itemsKey = SwiftLiterals.escapedString(paging.itemName)
            nextLinkKey = paging.nextLinkName.map(SwiftLiterals.escapedString)
        } else if let first = typed.first {
            decodedType = responseEncoding.swiftType ?? types.swiftType(first.type!.nonNullable)
            if typed.count == successes.count {
                returnsBody = true
            } else {
                returnsOptionalBody = true
            }
        } else {
            returnsVoid = true
        }

        let isLongRunning = operation.isLongRunning && !returnsPages
        let isPlain = !returnsPages && !isLongRunning
        // A long-running operation whose final response may lack a body (200 with one, 204 without) gives `T?`;
        // its tests call `.result()` on examples with a body, as for a body always present.
        // (A bodiless 202 is the "accepted, still running" answer, not a final one.)
        let pollerResultIsOptional = isLongRunning && returnsOptionalBody
            && successes.contains { $0.type == nil && $0.statusCode != "202" }
        if isLongRunning, returnsOptionalBody {
            returnsOptionalBody = false
            returnsBody = true
        }
        let argumentLabels = argumentContexts.map { SwiftNaming.plain($0.name) + ":" }.joined()
        let headers = isPlain
            ? responseHeaders(operation, typeName: names.headersType, methodLink: "\(SwiftNaming.plain(names.withResponse))(\(argumentLabels))")
            : nil
        let valueType = returnsVoid ? "Void" : returnsOptionalBody ? decodedType + "?" : decodedType
        var returnClause = returnsVoid ? "" : " -> " + valueType
        var resultMember = returnsVoid ? "" : ".value"
        let returnsHeadersOnly = returnsVoid && headers != nil
        if returnsHeadersOnly, let headers {
            // Nothing but headers come back: they are the result.
            returnClause = " -> " + headers.structName
            resultMember = ".headers"
        }
        let valueExpression: String
        switch (responseEncoding, returnsVoid, returnsOptionalBody) {
        case (_, true, _): valueExpression = "()"
        case (.json, _, true): valueExpression = "try response.decodeBodyIfPresent(\(decodedType).self)"
        case (.json, _, false): valueExpression = "try response.decodeBody(\(decodedType).self)"
        case (.text, _, true): valueExpression = "response.body.isEmpty ? nil : response.bodyText"
        case (.text, _, false): valueExpression = "response.bodyText"
        case (.binary, _, true): valueExpression = "response.body.isEmpty ? nil : response.body"
        case (.binary, _, false): valueExpression = "response.body"
        }
        let pollerDecode = switch responseEncoding {
        case _ where returnsVoid: "{ _ in () }"
        case .json where pollerResultIsOptional: "{ try $0.decodeBodyIfPresent(\(decodedType).self) }"
        case .json: "{ try $0.decodeBody(\(decodedType).self) }"
        case .text where pollerResultIsOptional: "{ $0.body.isEmpty ? nil : $0.bodyText }"
        case .text: "{ $0.bodyText }"
        case .binary where pollerResultIsOptional: "{ $0.body.isEmpty ? nil : $0.body }"
        case .binary: "{ $0.body }"
        }
        let pollerValueType = returnsVoid ? "Void" : decodedType + (pollerResultIsOptional ? "?" : "")
        let signature = "\(SwiftNaming.plain(methodName))(\(argumentLabels))"

        let mutatesRequest = arguments.contains { $0.location != .path } || operation.parameters.contains(where: \.isConstant)
            || responseEncoding != .json
        let repeatability = repeatabilityContext(arguments)
        return OperationContext(
            operationID: operation.operationID,
            access: operation.isInternal ? "internal" : "public",
            methodName: SwiftNaming.escaped(methodName),
            docLines: docLines(operation, arguments: arguments, groups: parameterGroups, clientFillsRepeatability: repeatability != nil),
            isDeprecated: operation.isDeprecated,
            arguments: argumentContexts,
            parameterList: Self.parameterList(argumentContexts),
            forwardedArguments: argumentContexts.map { "\($0.callLabel): \($0.name)" }.joined(separator: ", "),
            statusList: "[" + statuses.map(\.code).joined(separator: ", ") + "]",
            httpMethod: operation.method.lowercased(),
            pathParts: try pathParts(operation, arguments: arguments),
            queryParameters: arguments.filter { $0.location == .query }.map(queryParameter),
            headerParameters: arguments.filter { $0.location == .header && (repeatability == nil || !Self.isRepeatabilityHeader($0)) }
                .map(headerParameter),
            repeatability: repeatability,
            constantQueryParameters: operation.parameters.filter(\.isConstant).map {
                ConstantParameter(wireName: SwiftLiterals.escapedString($0.name), value: SwiftLiterals.escapedString($0.defaultValue?.stringValue ?? ""))
            },
            mutatesRequest: mutatesRequest,
            bodyArgument: arguments.first { $0.location == nil }.map { SwiftNaming.escaped($0.name) },
            bodyContentType: SwiftLiterals.escapedString(
                operation.requestBody.map { body in
                    body.contentTypes.first { requestEncoding != .json || $0.lowercased().contains("json") } ?? body.contentTypes.first
                }.flatMap(\.self) ?? "application/json"),
            bodyEncoding: requestEncoding == .json ? "JSON" : requestEncoding == .text ? "Text" : "Binary",
            bodyIsJSON: requestEncoding == .json,
            accept: responseEncoding == .json ? nil : SwiftLiterals.escapedString(typed.first?.contentTypes.joined(separator: ", ") ?? ""),
            expectedStatuses: statuses,
            returnsVoid: returnsVoid, returnsBody: returnsBody, returnsOptionalBody: returnsOptionalBody, returnsPages: returnsPages,
            decodedType: decodedType, itemsKey: itemsKey, nextLinkKey: nextLinkKey,
            sendsFirstPageEagerly: returnsPages && operation.method.uppercased() != "GET",
            isPlain: isPlain,
            flattenedBody: isPlain && requestEncoding == .json
                ? flattenedBody(operation, arguments: arguments, contexts: argumentContexts, methodName: methodName) : nil,
            withResponseMethodName: SwiftNaming.escaped(names.withResponse),
            withResponseDocLines: [
                DocLine(text: "Calls `\(operation.method) \(operation.path)` as ``\(signature)`` does, and also returns the HTTP"),
                DocLine(text: "response (status, headers, request id)\(headers == nil ? "" : " and the declared response headers, typed").")
            ],
            returnClause: returnClause,
            responseType: headers.map { "ResponseWithHeaders<\(valueType), \($0.structName)>" } ?? "Response<\(valueType)>",
            valueExpression: valueExpression, resultMember: resultMember,
            returnsHeadersOnly: returnsHeadersOnly, discardPrefix: returnsVoid && !returnsHeadersOnly ? "_ = " : "",
            responseHeaders: headers,
            isLongRunning: isLongRunning, beginMethodName: SwiftNaming.escaped(names.begin),
            resumeMethodName: SwiftNaming.escaped(names.resume),
            resumeDocLines: [
                DocLine(text: "Continues polling an operation that ``\(SwiftNaming.plain(names.begin))(\(argumentLabels))`` started,"),
                DocLine(text: "from its poller's `resumeToken` (also in another process). Nothing is sent until you poll."),
                DocLine(text: ""),
                DocLine(text: "- Throws: `LongRunningOperationError` for a token this runtime did not write or whose links are"),
                DocLine(text: "  not on this client's endpoint."),
            ],
            pollerValueType: pollerValueType,
            pollerDecode: pollerDecode,
            finalStateVia: operation.finalStateVia.map(Self.finalStateViaCase) ?? "nil",
            callName: SwiftNaming.escaped(isLongRunning ? names.begin : methodName),
            callSuffix: isLongRunning ? ".result()" : "",
            parameterGroups: parameterGroups)
    }

    /// The method's arguments with `x-ms-parameter-grouping` members folded into one struct argument per group (at
    /// the place of its first member), and the groups. A group's struct is named by the extension's `name`, else
    /// `<Method><postfix>` (`postfix` defaulting to `Parameters`); it is optional, with a nil default, when every
    /// member is. Grouped arguments get the `accessPath` the method body reads them through.
    private func groupedArguments(
        _ arguments: inout [Argument], operation: Operation, typeWord: String,
        nestedTypeNames: inout Set<String>, groupTypes: inout [String: String]
    ) -> ([ArgumentContext], [ParameterGroupContext]) {
        func context(_ argument: Argument) -> ArgumentContext {
            let swiftType = types.swiftType(argument.type, required: argument.isRequired)
            return ArgumentContext(
                name: SwiftNaming.escaped(argument.name), callLabel: SwiftNaming.argumentLabel(argument.name), swiftType: swiftType,
                isOptional: swiftType.hasSuffix("?"))
        }
        // Groups by base name, in order of first member.
        var order: [String] = []
        var members: [String: [Int]] = [:]
        for (index, argument) in arguments.enumerated() {
            guard let grouping = argument.grouping else { continue }
            let base = SwiftNaming.typeName(grouping.name ?? typeWord + (grouping.postfix ?? "Parameters"))
            if members[base] == nil { order.append(base) }
            members[base, default: []].append(index)
        }
        guard !order.isEmpty else { return (arguments.map(context), []) }
        var usedArguments = Set(arguments.filter { $0.grouping == nil }.map { $0.name.lowercased() })
        var groups: [ParameterGroupContext] = []
        var groupAt: [Int: Int] = [:]
        for base in order {
            let indices = members[base]!
            let isOptional = indices.allSatisfy { !arguments[$0].isRequired }
            let properties = indices.map { index in
                let argument = arguments[index]
                return ParameterGroupProperty(
                    name: SwiftNaming.escaped(argument.name), swiftType: context(argument).swiftType,
                    isOptional: context(argument).isOptional, docLines: DocLines.from(argumentText(argument)))
            }
            // Same name, same members, same access: one struct; anything else gets a name of its own.
            let shape = ([base, operation.isInternal ? "internal" : "public"] + properties.map { "\($0.name):\($0.swiftType)" })
                .joined(separator: "|")
            let existing = groupTypes[shape]
            let structName = existing ?? SwiftNaming.unique(base, in: &nestedTypeNames)
            groupTypes[shape] = structName
            let argumentName = SwiftNaming.unique(SwiftNaming.memberName(structName), in: &usedArguments)
            for index in indices {
                arguments[index].accessPath = SwiftNaming.escaped(argumentName) + (isOptional ? "?." : ".") + SwiftNaming.escaped(arguments[index].name)
            }
            groupAt[indices[0]] = groups.count
            groups.append(ParameterGroupContext(
                structName: structName, argumentName: argumentName, isOptional: isOptional, isNew: existing == nil,
                memberWireNames: indices.map { arguments[$0].wireName },
                docLines: DocLines.from("Parameters the description groups (`x-ms-parameter-grouping`): \(names(of: arguments, indices))."),
                properties: properties))
        }
        var contexts: [ArgumentContext] = []
        for (index, argument) in arguments.enumerated() {
            if let group = groupAt[index].map({ groups[$0] }) {
                contexts.append(ArgumentContext(
                    name: SwiftNaming.escaped(group.argumentName), callLabel: SwiftNaming.argumentLabel(group.argumentName),
                    swiftType: group.structName + (group.isOptional ? "?" : ""), isOptional: group.isOptional))
            } else if argument.grouping == nil {
                contexts.append(context(argument))
            }
        }
        return (contexts, groups)
    }

    /// The overload taking the body's properties, when the body is a plain model with few writable properties (or
    /// `x-ms-client-flatten`) and the overload can neither clash with another argument's name nor make a call ambiguous.
    private func flattenedBody(
        _ operation: Operation, arguments: [Argument], contexts: [ArgumentContext], methodName: String
    ) -> FlattenedBodyContext? {
        guard let body = operation.requestBody, case .named(let modelName) = body.type.nonNullable,
            let schema = api.schema(named: modelName), case .object(let object) = schema.kind,
            object.discriminator == nil, object.discriminatorValue == nil, object.additionalProperties == nil,
            let bodyArgument = arguments.first(where: { $0.location == nil }),
            let bodyIndex = contexts.firstIndex(where: { $0.name == SwiftNaming.escaped(bodyArgument.name) })
        else { return nil }
        // A required read-only property cannot be left out, and the caller should not be asked for it.
        guard !object.properties.contains(where: { $0.isReadOnly && $0.isRequired }) else { return nil }
        let names = ModelContextBuilder.propertyNames(of: object)
        let writable = zip(object.properties, names).filter { !$0.0.isReadOnly }
        guard !writable.isEmpty, body.isFlattened || writable.count <= flattenThreshold else { return nil }
        let others = Set(contexts.enumerated().filter { $0.offset != bodyIndex }.map { SwiftNaming.plain($0.element.name).lowercased() })
        guard !writable.contains(where: { others.contains(SwiftNaming.plain($0.1).lowercased()) }) else { return nil }
        let propertyContexts = writable.map { property, name -> ArgumentContext in
            let swiftType = types.swiftType(property.type, required: property.isRequired)
            return ArgumentContext(
                name: name, callLabel: SwiftNaming.argumentLabel(SwiftNaming.plain(name)), swiftType: swiftType,
                isOptional: swiftType.hasSuffix("?"))
        }
        // With an optional body and only optional properties, a call naming neither would match both methods.
        guard !(contexts[bodyIndex].isOptional && propertyContexts.allSatisfy(\.isOptional)) else { return nil }
        let modelType = types.swiftType(.named(modelName))
        let construction = modelType + "(" + propertyContexts.map { "\($0.callLabel): \($0.name)" }.joined(separator: ", ") + ")"
        let forwarded = contexts.enumerated().map { index, context in
            "\(context.callLabel): " + (index == bodyIndex ? construction : context.name)
        }.joined(separator: ", ")
        var signature = contexts
        signature.replaceSubrange(bodyIndex...bodyIndex, with: propertyContexts)
        let modelLink = "``\(SwiftNaming.plain(methodName))(\(contexts.map { SwiftNaming.plain($0.name) + ":" }.joined()))``"
        var docLines = DocLines.from(operation.summary ?? operation.description)
        if !docLines.isEmpty { docLines.append(DocLine(text: "")) }
        docLines.append(DocLine(text: "Calls \(modelLink) with a `\(modelType)` made of the values below."))
        docLines.append(DocLine(text: ""))
        docLines.append(DocLine(text: "- Parameters:"))
        var descriptions: [String: String] = [:]
        for argument in arguments where argument.location != nil { descriptions[SwiftNaming.escaped(argument.name)] = argumentText(argument) }
        for (property, name) in writable {
            descriptions[name] = (property.description ?? "").split(whereSeparator: \.isNewline).joined(separator: " ")
        }
        for argument in signature {
            let text = descriptions[argument.name].flatMap { $0.isEmpty ? nil : $0 } ?? "The `\(SwiftNaming.plain(argument.name))` value."
            docLines.append(DocLine(text: "  - \(SwiftNaming.plain(argument.name)): \(text)"))
        }
        docLines.append(DocLine(text: "- Throws: `ServiceError` when the service answers with an error status."))
        return FlattenedBodyContext(
            arguments: signature, parameterList: Self.parameterList(signature), forwardedArguments: forwarded, docLines: docLines)
    }

    /// `name: Type` pairs for a Swift parameter list; optional ones default to nil.
    static func parameterList(_ arguments: [ArgumentContext]) -> String {
        arguments.map { "\($0.name): \($0.swiftType)" + ($0.isOptional ? " = nil" : "") }.joined(separator: ", ")
    }

    /// The members' names, for a group's doc comment.
    private func names(of arguments: [Argument], _ indices: [Int]) -> String {
        indices.map { "`\(SwiftNaming.plain(arguments[$0].name))`" }.joined(separator: ", ")
    }

    /// The runtime's `FinalStateVia` case for an autorest `final-state-via` value.
    static func finalStateViaCase(_ value: String) -> String {
        switch value {
        case "azure-async-operation": return ".azureAsyncOperation"
        case "location": return ".location"
        case "original-uri": return ".originalURI"
        default: return ".operationLocation"
        }
    }

    /// The response headers the success responses declare (first declaration of each name wins), typed.
    private func responseHeaders(_ operation: Operation, typeName: String, methodLink: String) -> ResponseHeadersContext? {
        var seen: Set<String> = []
        // `raw` is the initializer's parameter.
        var used: Set<String> = ["raw"]
        var properties: [ResponseHeaderProperty] = []
        for header in operation.successResponses.flatMap(\.headers) where seen.insert(header.name.lowercased()).inserted {
            let type = header.type.nonNullable
            var swiftType = types.swiftType(type)
            if !isReadableHeaderType(type) { swiftType = "String" }
            var docLines = DocLines.from(header.description)
            if !docLines.isEmpty { docLines.append(DocLine(text: "")) }
            if let prefix = header.headerCollectionPrefix {
                // A collection is never absent: no header with the prefix is an empty map.
                swiftType = "[String: String]"
                docLines.append(DocLine(text: "Every `\(prefix)…` header, keyed by the rest of its name; empty when there is none."))
            } else {
                docLines.append(DocLine(text: "The `\(header.name)` header; nil when absent or not a `\(swiftType)`."))
            }
            properties.append(ResponseHeaderProperty(
                swiftName: SwiftNaming.escaped(SwiftNaming.unique(SwiftNaming.memberName(header.clientName ?? Self.headerWord(header.name)), in: &used)),
                swiftType: swiftType, wireName: SwiftLiterals.escapedString(header.name), isClosedEnum: isClosedEnum(type),
                docLines: docLines, prefix: header.headerCollectionPrefix.map(SwiftLiterals.escapedString)))
        }
        guard !properties.isEmpty else { return nil }
        return ResponseHeadersContext(structName: typeName, methodLink: methodLink, properties: properties)
    }

    /// A header's name without Azure's `x-ms-` prefix (`x-ms-request-id` → `request-id`), which every Azure header
    /// has and no Swift name needs.
    static func headerWord(_ name: String) -> String {
        let prefix = "x-ms-"
        guard name.count > prefix.count, name.lowercased().hasPrefix(prefix) else { return name }
        return String(name.dropFirst(prefix.count))
    }

    /// Whether the runtime can read a header as `type` (scalars, enums, arrays of scalars and extensible enums);
    /// anything else is kept as text.
    private func isReadableHeaderType(_ type: TypeReference, inArray: Bool = false) -> Bool {
        switch type.nonNullable {
        case .string, .integer, .number, .boolean: return true
        case .array(let element): return !inArray && isReadableHeaderType(element, inArray: true)
        case .named(let name):
            guard let schema = api.schema(named: name), case .enumeration = schema.kind else { return false }
            // `enumHeader` reads one closed enum; arrays of them have no reader.
            return !(inArray && isClosedEnum(type.nonNullable))
        case .map, .any, .nullable: return false
        }
    }

    /// The element type of the array property `itemName` of a page model.
    func itemType(of pageType: TypeReference, itemName: String) -> String? {
        guard case .named(let name) = pageType.nonNullable, let schema = api.schema(named: name),
              case .object(let object) = schema.kind,
              let items = object.properties.first(where: { $0.name == itemName }),
              case .array(let element) = items.type.nonNullable else { return nil }
        return types.swiftType(element)
    }

    /// Azure's repeatability headers, when the operation declares both: the client fills them, the arguments override.
    private func repeatabilityContext(_ arguments: [Argument]) -> RepeatabilityContext? {
        let headers = arguments.filter { $0.location == .header }
        guard let id = headers.first(where: { $0.wireName.lowercased() == "repeatability-request-id" }),
            let sent = headers.first(where: { $0.wireName.lowercased() == "repeatability-first-sent" })
        else { return nil }
        // `date-time`, `date-time-rfc1123` and `unixtime` are Swift `Date`s (sent as an IMF-fixdate whatever the format);
        // a plain string header stays text the caller writes.
        let firstSentIsText = types.swiftType(sent.type.nonNullable) != "Date"
        return RepeatabilityContext(
            requestIDArgument: id.accessPath ?? SwiftNaming.escaped(id.name), firstSentArgument: sent.accessPath ?? SwiftNaming.escaped(sent.name),
            firstSentIsText: firstSentIsText)
    }

    static func isRepeatabilityHeader(_ argument: Argument) -> Bool {
        let name = argument.wireName.lowercased()
        return name == "repeatability-request-id" || name == "repeatability-first-sent"
    }

    /// How a query argument is written: its value (a closed enum's raw value, the default when one is sent), the
    /// form of its dates, its collection format when it is an array, and whether it skips percent-encoding.
    private func queryParameter(_ argument: Argument) -> WireParameter {
        var collectionFormat: String?
        if case .array = argument.type.nonNullable { collectionFormat = (argument.collectionFormat ?? .csv).rawValue }
        return WireParameter(
            wireName: SwiftLiterals.escapedString(argument.wireName), value: valueExpression(argument),
            dateFormat: types.dateFormat(argument.type), collectionFormat: collectionFormat,
            skipsURLEncoding: argument.skipsURLEncoding, headerPrefix: nil)
    }

    /// How a header argument is written: its value and the form of its dates (arrays are always comma-separated:
    /// the reader warns about any other collection format in a header).
    private func headerParameter(_ argument: Argument) -> WireParameter {
        var dateFormat = types.dateFormat(argument.type)
        if dateFormat != nil, argument.wireName.lowercased() == "repeatability-first-sent" {
            // Azure's repeatability guideline defines Repeatability-First-Sent as an HTTP date; descriptions
            // (Identity 2023-08-01) declare it `date-time` while their own text says IMF-fixdate.
            dateFormat = "imfFixdate"
        }
        return WireParameter(
            wireName: SwiftLiterals.escapedString(argument.wireName), value: valueExpression(argument),
            dateFormat: dateFormat, collectionFormat: nil, skipsURLEncoding: false,
            headerPrefix: argument.headerPrefix.map(SwiftLiterals.escapedString))
    }

    /// The Swift expression handed to the runtime: the argument, with a closed enum's (or closed enum array's) raw
    /// value taken, and `?? default` where a required parameter's default is sent for nil.
    private func valueExpression(_ argument: Argument) -> String {
        let name = argument.accessPath ?? SwiftNaming.escaped(argument.name)
        let type = argument.type.nonNullable
        var base = name
        var isOptional = !argument.isRequired || argument.type.isNullable
        if let literal = argument.sentDefault {
            base = "(\(name) ?? \(literal))"
            isOptional = false
        }
        let chain = isOptional ? "?" : ""
        if isClosedEnum(type) { return base + chain + ".rawValue" }
        if case .array(let element) = type, isClosedEnum(element.nonNullable) { return base + chain + ".map(\\.rawValue)" }
        return base
    }

    /// A named string enum that rejects unknown values: a Swift `enum`, which is neither `QueryValue` nor `HeaderValue`.
    private func isClosedEnum(_ type: TypeReference) -> Bool {
        guard case .named(let name) = type, let schema = api.schema(named: name), case .enumeration(let enumeration) = schema.kind
        else { return false }
        return !enumeration.isExtensible
    }

    /// Whether the argument is a Swift `String` (not a `Date`, `UUID` or `Data` the description spells as a string).
    private func isString(_ type: TypeReference) -> Bool {
        types.swiftType(type) == "String"
    }

    private func pathParts(_ operation: Operation, arguments: [Argument]) throws -> [PathPart] {
        var parts: [PathPart] = []
        var literal = api.host.basePath
        var rest = Substring(operation.path)
        while let open = rest.firstIndex(of: "{") {
            literal += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else {
                throw Diagnostic(location: operation.location, message: "unclosed '{' in path '\(operation.path)'")
            }
            let name = String(rest[rest.index(after: open)..<close])
            guard let argument = arguments.first(where: { $0.location == .path && $0.wireName == name }) else {
                throw Diagnostic(location: operation.location, message: "path '\(operation.path)' uses '{\(name)}' but the operation declares no path parameter '\(name)'")
            }
            if !literal.isEmpty { parts.append(PathPart(literal: SwiftLiterals.escapedString(literal), argument: nil, encodes: false, isString: true, value: "", dateFormat: nil)) }
            literal = ""
            parts.append(PathPart(
                literal: nil, argument: SwiftNaming.escaped(argument.name), encodes: !argument.skipsURLEncoding,
                isString: isString(argument.type), value: valueExpression(argument), dateFormat: types.dateFormat(argument.type)))
            rest = rest[rest.index(after: close)...]
        }
        literal += rest
        if !literal.isEmpty { parts.append(PathPart(literal: SwiftLiterals.escapedString(literal), argument: nil, encodes: false, isString: true, value: "", dateFormat: nil)) }
        return parts
    }

    /// An argument's doc text: its description (or a stand-in), with its format, its default, and what the client
    /// does with it.
    private func argumentText(_ argument: Argument) -> String {
        var text = (argument.description ?? "").split(whereSeparator: \.isNewline).joined(separator: " ")
        if text.isEmpty { text = "The `\(argument.wireName)` value." }
        func append(_ sentence: String) {
            if let last = text.last, !".!?".contains(last) { text += "." }
            text += " " + sentence
        }
        if let note = types.textFormatNote(argument.type) { append(note) }
        if let literal = argument.sentDefault, argument.sentDefaultIsClients {
            append("Default: `\(literal)`, sent by the client when nil.")
        } else if let literal = argument.sentDefault {
            append("Default: `\(literal)`, sent when nil (the service requires a value).")
        } else if let value = argument.defaultValue, value != .null, argument.location != .path {
            append("The service's default when nil: `\(SwiftLiterals.json(value))`.")
        }
        if let prefix = argument.headerPrefix {
            append("Each entry is sent as the header `\(prefix)<key>`.")
        }
        if argument.isClientRequestID {
            append(argument.wireName.lowercased() == "x-ms-client-request-id"
                ? "Nil: the client sends a new UUID (the same on every retry); a value is sent instead."
                : "The call's client request id, sent when given.")
        }
        if let model = argument.odataModel {
            let link = api.schema(named: model) != nil ? "``\(types.swiftType(.named(model)))``" : "`\(model)`"
            append("An OData expression over \(link).")
        }
        return text
    }

    private func docLines(
        _ operation: Operation, arguments: [Argument], groups: [ParameterGroupContext], clientFillsRepeatability: Bool
    ) -> [DocLine] {
        var lines = DocLines.from(operation.summary, operation.description)
        if lines.isEmpty { lines = [DocLine(text: "Calls `\(operation.method) \(operation.path)`.")] }
        lines.append(DocLine(text: ""))
        // How many requests a call sends: callers of a PATCH or POST need to know it is not repeated.
        let method = operation.method.uppercased()
        let requests = switch (operation.paging != nil, operation.isLongRunning) {
        case (true, _) where method == "GET": "one GET per page, as you iterate"
        case (true, _): "sent once, when called; then one GET per further page, as you iterate"
        case (false, true): "sent once; then one GET per poll, and one for the result when it is elsewhere"
        case (false, false): "one request (a transient failure is retried with the same request id)"
        }
        lines.append(DocLine(text: "`\(operation.method) \(operation.path)` (`\(operation.operationID)`): \(requests)."))
        if !arguments.isEmpty {
            lines.append(DocLine(text: ""))
            lines.append(DocLine(text: "- Parameters:"))
            var documentedGroups: Set<String> = []
            for argument in arguments {
                if argument.grouping != nil, let path = argument.accessPath,
                    let group = groups.first(where: { path.hasPrefix(SwiftNaming.escaped($0.argumentName)) })
                {
                    // One line for the struct argument, where its first member stood; the members' own lines are
                    // on the struct's properties.
                    guard documentedGroups.insert(group.argumentName).inserted else { continue }
                    let members = group.properties.map { "`\(SwiftNaming.plain($0.name))`" }.joined(separator: ", ")
                    lines.append(DocLine(text: "  - \(group.argumentName): \(members), grouped (``\(group.structName)``)."))
                    continue
                }
                var text = argumentText(argument)
                if clientFillsRepeatability, Self.isRepeatabilityHeader(argument), !argument.isRequired {
                    if let last = text.last, !".!?".contains(last) { text += "." }
                    text += argument.wireName.lowercased() == "repeatability-request-id"
                        ? " Filled by the client with a new UUID when nil; give one to repeat a request sent before."
                        : " Filled by the client with the time of the first try when nil."
                }
                lines.append(DocLine(text: "  - \(argument.name): \(text)"))
            }
        }
        if operation.paging != nil, operation.method.uppercased() != "GET" {
            lines.append(DocLine(text: "- Returns: The items of every page, the first from the \(method) itself; iterating again reuses it."))
            lines.append(DocLine(text: "  `.pages` walks page by page."))
        } else if operation.paging != nil {
            lines.append(DocLine(text: "- Returns: The items of every page; nothing is sent until you iterate, and iterating again starts"))
            lines.append(DocLine(text: "  over. `.pages` walks page by page."))
        } else if operation.isLongRunning {
            lines.append(DocLine(text: "- Returns: A poller, once the service has accepted the request; `try await poller.result()` polls"))
            lines.append(DocLine(text: "  until the operation ends and returns its result, `poller.resumeToken` lets you continue later."))
        }
        lines.append(DocLine(text: "- Throws: `ServiceError` when the service answers with an error status."))
        return lines
    }
}
