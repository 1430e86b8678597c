import SDKGenIR

/// Emits the Swift SDK (client, operation groups, models) and its tests for an API.
public struct SwiftEmitter {
    private let templates: TemplateSet
    private let options: EmitterOptions

    /// Creates an emitter that renders `templates` with `options`.
    public init(templates: TemplateSet, options: EmitterOptions) {
        self.templates = templates
        self.options = options
    }

    /// What an emission produced.
    public struct Output: Sendable {
        /// The files, sorted by path.
        public var files: [GeneratedFile]
        /// Things the emitter could not generate, with the place they concern.
        public var warnings: [Diagnostic]
    }

    /// Every file for `api`, each rendered when its contents are read. Paths are relative to the output folder:
    /// `Sources/<Module>/…`, `Tests/<Module>Tests/…`, and `Package.swift` for a standalone package.
    public func emit(_ api: APIDescription) throws -> Output {
        let types = TypeMapper(schemas: api.schemas, pinned: options.pinnedTypeNames)
        // Pinned operationIds give the Swift group and method names; the wire stays as described.
        var naming: [String: (group: String, name: String)] = [:]
        for operation in api.operations {
            naming[operation.operationID] = options.pinnedOperationIDs[operation.operationID].map {
                Operation.groupAndName(operationID: $0, tags: operation.tags)
            } ?? (operation.group, operation.name)
        }
        // `EntraIdAssignments_List` and `EntraIdAssignment_Get` are one group to a caller: renamed first, then
        // singular and plural forms merged under the plural.
        let described = Set(naming.values.map(\.group))
        let unmatchedRenames = options.groupNames.keys.sorted().filter { !described.contains($0) }
        let renamed = naming.mapValues { (group: options.groupNames[$0.group] ?? $0.group, name: $0.name) }
        let merged = Self.mergedGroups(api.operations.map { renamed[$0.operationID]!.group })
        naming = renamed.mapValues { (group: merged[$0.group] ?? $0.group, name: $0.name) }
        let models = ModelContextBuilder(api: api, types: types)
        let operations = OperationContextBuilder(api: api, types: types, flattenThreshold: options.flattenThreshold)
        let tests = TestContextBuilder(api: api, types: types, operations: operations)
        let endToEnd = EndToEndContextBuilder(api: api, types: types, operations: operations)
        var methods: [(operation: Operation, context: OperationContext, propertyName: String)] = []
        let module = options.moduleName
        let sources = "Sources/\(module)/"
        let testFolder = "Tests/\(module)Tests/"
        let endToEndFolder = "Tests/\(module)EndToEndTests/"
        var files: [GeneratedFile] = []
        var warnings: [Diagnostic] = unmatchedRenames.map {
            Diagnostic(severity: .warning, location: "sdkgen.yaml", message: "names.groups renames '\($0)', which no operation of the description has")
        }

        let families = ModelContextBuilder.polymorphicFamilies(api)
        for schema in api.schemas {
            let (template, context): (String, any Sendable)
            switch schema.kind {
            case .object(let object) where object.discriminator != nil && families[schema.name] != nil:
                (template, context) = ("Polymorphic.swift", models.polymorphic(schema, object, members: families[schema.name]!))
            case .object(let object): (template, context) = ("Model.swift", models.model(schema, object))
            case .enumeration(let enumeration): (template, context) = ("Enum.swift", models.enumeration(schema, enumeration))
            case .alias(let type): (template, context) = ("Alias.swift", models.alias(schema, type))
            case .union(let union): (template, context) = ("Union.swift", models.union(schema, union))
            }
            let typeName = types.swiftType(.named(schema.name))
            files.append(GeneratedFile(path: sources + "Models/\(typeName).swift", template: template, context: context, templates: templates))
        }

        let clientName = options.clientName ?? SwiftNaming.typeName(api.title.hasSuffix("Client") ? api.title : api.title + "Client")
        // One pass: groups in order of first appearance, each with its operations in document order.
        var groupNames: [String] = []
        var membersByGroup: [String: [Operation]] = [:]
        for operation in api.operations {
            let group = naming[operation.operationID]!.group
            if membersByGroup[group] == nil { groupNames.append(group) }
            membersByGroup[group, default: []].append(operation)
        }
        let authentication = AuthenticationPlan(api: api, options: options.authentication, sdkName: options.sdkName)
        for scheme in authentication.unsupported {
            warnings.append(Diagnostic(severity: .warning, location: scheme.location,
                message: "security scheme '\(scheme.name)' (\(scheme.type)\(scheme.keyPlacement.map { " in " + $0 } ?? "")) is not applied by "
                    + "the client: pass a RequestCredential of your own to init(endpoint:credential:options:)"))
        }
        if options.endToEnd != nil, !authentication.accessKey {
            throw Diagnostic(location: "sdkgen.yaml", message: "endToEnd tests sign with the emulator's access key: "
                + "the SDK needs access-key authentication (authentication: {accessKey: true})")
        }
        for name in options.groupsOnClient.sorted()
        where !groupNames.contains(where: { $0 == name || Self.groupWord($0) == name }) {
            warnings.append(Diagnostic(severity: .warning, location: "sdkgen.yaml",
                message: "names.onClient names '\(name)', which is no group after renaming and merging (groups: "
                    + groupNames.map { Self.groupWord($0) }.joined(separator: ", ") + ")"))
        }
        var usedTypeNames = Set(types.typeNames.values.map { $0.lowercased() } + [clientName.lowercased()])
        var groupReferences: [GroupReference] = []
        var usedProperties: Set<String> = []
        // `names.onClient` names a group as its operationIds do, or `Default` for operations without one.
        func isOnClient(_ group: String) -> Bool {
            options.groupsOnClient.contains(group) || options.groupsOnClient.contains(Self.groupWord(group))
        }
        // Methods put on the client must not take the name of a client member or of a group's property.
        let clientMembers = Set(["endpoint", "apiversion", "pipeline", "generatedapiversion", "defaultendpoint"]
            + groupNames.filter { !isOnClient($0) }.map { SwiftNaming.memberName(Self.groupWord($0)).lowercased() })
        var clientMethodNames = clientMembers
        var clientNestedTypeNames: Set<String>?
        var clientParameterGroupTypes: [String: String] = [:]
        for group in groupNames {
            let members = membersByGroup[group] ?? []
            let isOnClient = isOnClient(group)
            // TypeSpec emits `IdentityOperations_Create`: the group is `Identity`, not `IdentityOperationsOperations`.
            let groupWord = Self.groupWord(group)
            let base = SwiftNaming.typeName(groupWord + "Operations")
            // A group on the client is an extension of it: its file and tests are named after both.
            let typeName = SwiftNaming.unique(isOnClient ? clientName + groupWord : base, in: &usedTypeNames)
            let propertyName = isOnClient ? "" : SwiftNaming.unique(SwiftNaming.memberName(groupWord), in: &usedProperties)
            let callTarget = isOnClient ? "client" : "client." + SwiftNaming.escaped(propertyName)
            var methodNames: Set<String> = isOnClient ? clientMethodNames : []
            // Nested header structs must not shadow a model or group type the group's methods use; groups on the
            // client nest theirs in the one client type, so they share the names taken.
            var nestedTypeNames = isOnClient ? clientNestedTypeNames ?? usedTypeNames : usedTypeNames
            var parameterGroupTypes: [String: String] = isOnClient ? clientParameterGroupTypes : [:]
            defer {
                if isOnClient {
                    clientMethodNames = methodNames
                    clientNestedTypeNames = nestedTypeNames
                    clientParameterGroupTypes = parameterGroupTypes
                }
            }
            var operationContexts: [OperationContext] = []
            var testContexts: [OperationTestContext] = []
            var endToEndContexts: [EndToEndOperationContext] = []
            for operation in members {
                let methodName = SwiftNaming.unique(SwiftNaming.memberName(naming[operation.operationID]!.name), in: &methodNames)
                let typeWord = SwiftNaming.typeName(methodName)
                let names = OperationContextBuilder.Names(
                    method: methodName,
                    withResponse: SwiftNaming.unique(methodName + "WithResponse", in: &methodNames),
                    begin: operation.isLongRunning ? SwiftNaming.unique("begin" + typeWord, in: &methodNames) : "",
                    resume: operation.isLongRunning ? SwiftNaming.unique("resume" + typeWord, in: &methodNames) : "",
                    headersType: SwiftNaming.unique(typeWord + "Headers", in: &nestedTypeNames))
                let context = try operations.operation(
                    operation, names: names, nestedTypeNames: &nestedTypeNames, groupTypes: &parameterGroupTypes)
                operationContexts.append(context)
                // Every SDK's README or documentation shows a first call chosen among these.
                methods.append((operation, context, callTarget))
                if options.endToEnd != nil {
                    endToEndContexts.append(endToEnd.operation(operation, context: context))
                }
                warnings += Self.unreturnedParts(of: operation, types: types)
                if operation.paging != nil, !context.returnsPages {
                    warnings.append(Diagnostic(severity: .warning, location: operation.location,
                        message: "x-ms-pageable: the response has no array property '\(operation.paging!.itemName)'; the page is returned as one value"))
                }
                let (test, reason) = tests.test(operation, context: context)
                if let test {
                    testContexts.append(test)
                } else if let reason {
                    warnings.append(Diagnostic(
                        severity: .warning, location: reason.location ?? operation.location, message: "no generated test: \(reason.text)"))
                }
            }
            let methodList = operationContexts.map { "`\(SwiftNaming.plain($0.isLongRunning ? $0.beginMethodName : $0.methodName))`" }
            let docLines = DocLines.from(
                "\(SwiftEmitter.groupWord(group)) operations: \(methodList.joined(separator: ", ")).")
            if !isOnClient {
                groupReferences.append(GroupReference(propertyName: SwiftNaming.escaped(propertyName), typeName: typeName, docLines: docLines))
            }
            let groupContext = GroupContext(
                clientName: clientName, typeName: isOnClient ? clientName : typeName, docLines: docLines, operations: operationContexts,
                isOnClient: isOnClient)
            files.append(GeneratedFile(path: sources + "\(typeName).swift", template: "OperationGroup.swift", context: groupContext, templates: templates))
            let testsContext = GroupTestsContext(
                moduleName: module, clientName: clientName, typeName: typeName, callTarget: callTarget,
                apiVersion: SwiftLiterals.escapedString(api.apiVersion), tests: testContexts, authAssertions: authentication.testAssertions)
            files.append(GeneratedFile(path: testFolder + "\(typeName)Tests.swift", template: "OperationGroupTests.swift", context: testsContext, templates: templates))
            if let options = options.endToEnd {
                let context = GroupEndToEndContext(
                    moduleName: module, emulatorModule: options.emulatorModule, clientName: clientName, typeName: typeName,
                    callTarget: callTarget, operations: endToEndContexts)
                files.append(GeneratedFile(
                    path: endToEndFolder + "\(typeName)EndToEndTests.swift", template: "OperationGroupEndToEndTests.swift",
                    context: context, templates: templates))
            }
        }

        let client = ClientContext(
            moduleName: module, clientName: clientName,
            docLines: DocLines.from(api.summary, "Generated for api-version `\(api.apiVersion)`."),
            apiVersion: SwiftLiterals.escapedString(api.apiVersion), sdkName: SwiftLiterals.escapedString(options.sdkName),
            sdkVersion: SwiftLiterals.escapedString(options.sdkVersion),
            defaultEndpoint: Self.defaultEndpoint(api.host).map(SwiftLiterals.escapedString), groups: groupReferences,
            accessKey: authentication.accessKey, token: authentication.token,
            tokenScopes: authentication.tokenScopes.isEmpty
                ? nil : "[" + authentication.tokenScopes.map { "\"\(SwiftLiterals.escapedString($0))\"" }.joined(separator: ", ") + "]",
            apiKeyHeader: authentication.apiKeyHeader.map(SwiftLiterals.escapedString), isAnonymous: authentication.isAnonymous,
            exampleEndpoint: SwiftLiterals.escapedString(authentication.exampleEndpoint), testCredential: authentication.testCredential)
        files.append(GeneratedFile(path: sources + "\(clientName).swift", template: "Client.swift", context: client, templates: templates))
        files.append(GeneratedFile(path: sources + "Exports.swift", template: "Exports.swift", context: client, templates: templates))
        files.append(GeneratedFile(path: testFolder + "TestSupport.swift", template: "TestSupport.swift", context: client, templates: templates))
        // The first call shown by the README and the documentation's landing page, from the description's examples.
        let usage = endToEnd.usage(
            clientName: clientName, moduleName: module, sdkName: self.options.sdkName, sdkVersion: self.options.sdkVersion,
            emulatorModule: options.endToEnd?.emulatorModule, authentication: authentication,
            package: options.package, groups: groupReferences, methods: methods)
        files.append(GeneratedFile(path: sources + "\(module).docc/\(module).md", template: "Documentation.md", context: usage, templates: templates))
        if let options = options.endToEnd {
            let support = EndToEndSupportContext(
                moduleName: module, clientName: clientName, emulatorModule: options.emulatorModule,
                descriptionPath: SwiftLiterals.escapedString(options.descriptionPath),
                apiVersion: SwiftLiterals.escapedString(api.apiVersion))
            files.append(GeneratedFile(path: endToEndFolder + "EndToEndSupport.swift", template: "EndToEndSupport.swift", context: support, templates: templates))
            files.append(GeneratedFile(path: endToEndFolder + "UsageExampleTests.swift", template: "UsageExampleTests.swift", context: usage, templates: templates))
        } else {
            // Without an emulator to run it against, the example is at least compiled with the tests.
            files.append(GeneratedFile(path: testFolder + "UsageExampleCompiles.swift", template: "UsageExampleCompiles.swift", context: usage, templates: templates))
        }

        // The README: at the root of a standalone package, beside the changelog in a configured output.
        let readmePath = options.package != nil ? "README.md" : "Docs/\(module)/README.md"
        files.append(GeneratedFile(path: readmePath, template: "README.md", context: usage, templates: templates))
        if let package = options.package {
            let context = PackageContext(
                moduleName: module, runtimeIsPath: package.runtimeIsPath,
                runtimeLocation: SwiftLiterals.escapedString(package.runtimeLocation),
                runtimeVersion: SwiftLiterals.escapedString(package.runtimeVersion),
                runtimePackageName: SwiftLiterals.escapedString(package.runtimeIdentity))
            files.append(GeneratedFile(path: "Package.swift", template: "Package.swift", context: context, templates: templates))
        }
        return Output(files: files.sorted { $0.path < $1.path }, warnings: warnings)
    }

    /// Groups whose words differ only as singular and plural (`EntraIdAssignment`, `EntraIdAssignments`) mapped
    /// to the plural one; groups without such a twin are left out.
    static func mergedGroups(_ groups: [String]) -> [String: String] {
        func singular(_ word: String) -> String {
            let lowered = word.lowercased()
            if lowered.hasSuffix("ies"), lowered.count > 3 { return String(lowered.dropLast(3)) + "y" }
            if lowered.hasSuffix("s"), !lowered.hasSuffix("ss"), lowered.count > 1 { return String(lowered.dropLast()) }
            return lowered
        }
        var byStem: [String: [String]] = [:]
        var order: [String] = []
        // Operations without a group stay apart: `Default` is no singular of a real `Defaults` group.
        for group in groups where !group.isEmpty && !(byStem[singular(groupWord(group))]?.contains(group) ?? false) {
            let stem = singular(groupWord(group))
            if byStem[stem] == nil { order.append(stem) }
            byStem[stem, default: []].append(group)
        }
        var result: [String: String] = [:]
        for stem in order {
            let members = byStem[stem]!
            guard members.count > 1 else { continue }
            let plural = members.first { groupWord($0).lowercased() != stem } ?? members[0]
            for member in members { result[member] = plural }
        }
        return result
    }

    /// The word a group's type (`<Word>Operations`) and client property (`word`) are made of: the group, without an
    /// `Operations` suffix of its own; `Default` for operations without a group.
    static func groupWord(_ group: String) -> String {
        let suffix = "Operations"
        if group.count > suffix.count, group.hasSuffix(suffix) { return String(group.dropLast(suffix.count)) }
        return group.isEmpty ? "Default" : group
    }

    /// What a generated method cannot hand back: bodies of a second success status whose type differs from the
    /// first (the method decodes one type). Declared headers come back typed from `…WithResponse` (paged and
    /// long-running operations: on each page's and the poller's raw response).
    static func unreturnedParts(of operation: Operation, types: TypeMapper) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        let successes = operation.successResponses
        let bodyTypes = successes.compactMap(\.type).map { types.swiftType($0.nonNullable) }
        if let first = bodyTypes.first, let other = bodyTypes.first(where: { $0 != first }) {
            warnings.append(Diagnostic(severity: .warning, location: operation.location,
                message: "success responses have different body types (\(first), \(other)); the method decodes \(first)"))
        }
        return warnings
    }

    /// The endpoint the description fixes, if any: a literal URL, or a lone variable with a default.
    static func defaultEndpoint(_ host: HostTemplate) -> String? {
        var url: String?
        if !host.template.contains("{") {
            url = host.template
        } else if host.template.hasPrefix("{"), host.template.hasSuffix("}"), host.parameters.count == 1,
                  host.template.dropFirst().dropLast() == Substring(host.parameters[0].name) {
            url = host.parameters[0].defaultValue?.stringValue
        }
        guard let base = url, base.hasPrefix("https://") || base.hasPrefix("http://") else { return nil }
        return base + host.basePath
    }
}
