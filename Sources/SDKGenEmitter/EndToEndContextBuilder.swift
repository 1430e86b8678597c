import SDKGenIR

/// Builds the end-to-end tests (every operation against a running emulator) and the usage example.
///
/// End-to-end tests get their arguments from the emulator at run time (`prepareCall`), not from literals:
/// the emulator knows which identity or assignment must exist for a call to succeed, the generator does not.
struct EndToEndContextBuilder {
    let api: APIDescription
    let types: TypeMapper
    let operations: OperationContextBuilder

    /// The end-to-end tests of one operation.
    func operation(_ operation: Operation, context: OperationContext) -> EndToEndOperationContext {
        let arguments = operations.arguments(of: operation).map { argument in
            let swiftType = types.swiftType(argument.type, required: argument.isRequired)
            let isOptional = swiftType.hasSuffix("?")
            return PreparedArgument(
                label: SwiftNaming.argumentLabel(argument.name), wireName: SwiftLiterals.escapedString(argument.wireName),
                swiftType: isOptional ? String(swiftType.dropLast()) : swiftType, isOptional: isOptional,
                isBody: argument.location == nil)
        }
        // The description says which operations answer 404 for a missing resource: an example shows it. PUT and PATCH
        // create what is missing, so a 404 example there is about something else and is not tested this way.
        let namesResource = operation.parameters.contains { $0.location == .path }
            && !["PUT", "PATCH"].contains(operation.method.uppercased())
        let notFoundExample = operation.examples.compactMap { $0.responses["404"] }.first
        return EndToEndOperationContext(
            testName: context.methodName.replacingOccurrences(of: "`", with: ""), methodName: context.callName,
            callSuffix: context.callSuffix, operationID: SwiftLiterals.escapedString(operation.operationID), arguments: arguments,
            sendsBody: operation.requestBody != nil,
            returnsVoid: context.returnsVoid, returnsBody: context.returnsBody,
            returnsOptionalBody: context.returnsOptionalBody, returnsPages: context.returnsPages, itemsKey: context.itemsKey,
            answersNotFound: namesResource && notFoundExample != nil,
            notFoundCode: notFoundExample?["error"]?["code"]?.stringValue.map(SwiftLiterals.escapedString))
    }

    /// The usage example: a creating call (the first POST or PUT without path parameters whose example can be
    /// written as literals), a paged listing (the first pageable operation needing no arguments), and a call
    /// whose `ServiceError` is caught (the first GET or DELETE taking just one string path parameter).
    func usage(
        clientName: String, moduleName: String, sdkName: String, sdkVersion: String, emulatorModule: String?,
        authentication: AuthenticationPlan, package: PackageOptions?,
        groups: [GroupReference], methods: [(operation: Operation, context: OperationContext, propertyName: String)]
    ) -> UsageExampleContext {
        let literals = SwiftValueLiteral(api: api, types: types)
        // The example shows the public surface, written argument by argument: no `x-ms-internal` operation, none
        // taking a parameter group.
        let methods = methods.filter { method in
            !method.operation.isInternal && !method.operation.parameters.contains { $0.grouping != nil }
        }
        var calls: [UsageCall] = []
        // A creating call returns a value: not pages (an eager paged POST is `async`, the loop below is not).
        for (operation, context, property) in methods
        where ["POST", "PUT"].contains(operation.method.uppercased()) && !context.returnsPages {
            let arguments = operations.arguments(of: operation)
            guard !arguments.contains(where: { $0.location == .path }), let example = operation.examples.first else { continue }
            var parts: [String] = []
            var writable = true
            for argument in arguments {
                guard let value = example.parameters[argument.wireName], value != .null else {
                    if argument.isRequired { writable = false }
                    continue
                }
                guard let text = literals.expression(value, as: argument.type) else { writable = false; break }
                parts.append("\(SwiftNaming.argumentLabel(argument.name)): \(text)")
            }
            guard writable else { continue }
            calls.append(call(operation, context, property, arguments: parts.joined(separator: ", ")))
            break
        }
        if let (operation, context, property) = methods.first(where: { method in
            method.context.returnsPages && !method.context.sendsFirstPageEagerly
                && !operations.arguments(of: method.operation).contains(where: \.isRequired)
        }) {
            calls.append(call(operation, context, property, arguments: ""))
        }
        var errorCall: UsageCall?
        if let (operation, context, property) = methods.first(where: { method in
            let arguments = operations.arguments(of: method.operation).filter(\.isRequired)
            // A paged GET sends nothing until iterated: it would catch nothing.
            guard ["GET", "DELETE"].contains(method.operation.method.uppercased()), !method.context.returnsPages, arguments.count == 1,
                arguments[0].location == .path, case .string(let format) = arguments[0].type.nonNullable, format == nil
            else { return false }
            return true
        }) {
            let argument = operations.arguments(of: operation).first(where: \.isRequired)!
            errorCall = call(operation, context, property, arguments: "\(SwiftNaming.argumentLabel(argument.name)): \"does-not-exist\"")
        }
        let installURL = package?.repositoryURL ?? "https://github.com/<owner>/\(sdkName).git"
        let summary = (api.summary ?? "").split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        return UsageExampleContext(
            moduleName: moduleName, clientName: clientName, apiVersion: SwiftLiterals.escapedString(api.apiVersion),
            summary: summary, sdkName: sdkName, sdkVersion: sdkVersion,
            emulatorModule: emulatorModule ?? "", isEmulatorTested: emulatorModule != nil, isStandalone: package != nil,
            installURL: installURL, installPackage: PackageOptions.identity(of: installURL, isPath: false),
            changelogLink: package != nil ? "Docs/\(moduleName)/CHANGELOG.md" : "CHANGELOG.md",
            setupLines: authentication.exampleSetupLines, clientLine: authentication.exampleClientLine(clientName: clientName),
            calls: calls, errorCall: errorCall, groups: groups,
            imports: ([moduleName, "AzureSDKRuntime", "Foundation", "Testing"] + (emulatorModule.map { [$0] } ?? [])).sorted(),
            exampleImports: [moduleName, "Foundation"].sorted())
    }

    private func call(_ operation: Operation, _ context: OperationContext, _ property: String, arguments: String) -> UsageCall {
        let summary = (operation.summary ?? operation.description ?? "\(operation.method) \(operation.path)")
            .split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        var resultName = SwiftNaming.memberName(context.decodedType)
        if resultName.isEmpty || SwiftNaming.escaped(resultName) != resultName { resultName = "result" }
        return UsageCall(
            comment: summary, callTarget: property, methodName: context.callName, callSuffix: context.callSuffix,
            arguments: arguments,
            resultName: context.returnsPages ? "item" : resultName,
            returnsVoid: context.returnsVoid, returnsValue: context.returnsBody || context.returnsOptionalBody,
            returnsPages: context.returnsPages)
    }
}
