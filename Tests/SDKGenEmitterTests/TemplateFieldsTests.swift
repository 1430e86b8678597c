import Foundation
import Testing
@testable import SDKGenEmitter

/// Every view model's key-path table (`TemplateFields.swift`) lists exactly its stored properties, each under its own
/// name: templates look fields up only through the tables, so a forgotten entry would render as nothing (release
/// builds have no `assert`).
@Suite struct TemplateFieldsTests {
    /// A sample value of one conforming type, checked against its table.
    struct Sample: Sendable, CustomTestStringConvertible {
        let typeName: String
        let problems: [String]
        var testDescription: String { typeName }

        init<T: TemplateFields>(_ value: T) {
            typeName = String(describing: T.self)
            problems = TemplateFieldsTests.problems(of: value)
        }
    }

    /// What is wrong with `T`'s table for `value`: stored properties it lacks, keys that are no stored property,
    /// key paths reading another field than their key names.
    static func problems<T: TemplateFields>(of value: T) -> [String] {
        let children = Mirror(reflecting: value).children
        let labels = Set(children.compactMap(\.label))
        let keys = Set(T.templateFields.keys)
        var problems: [String] = []
        for missing in labels.subtracting(keys).sorted() { problems.append("\(T.self).templateFields lacks '\(missing)'") }
        for extra in keys.subtracting(labels).sorted() { problems.append("\(T.self).templateFields has '\(extra)', no stored property") }
        for child in children {
            guard let label = child.label, let path = T.templateFields[label] else { continue }
            let read = String(describing: value[keyPath: path])
            let stored = String(describing: child.value)
            if read != stored { problems.append("\(T.self).templateFields['\(label)'] reads \(read), the property holds \(stored)") }
            // Key paths print as `\Type.property` where the runtime keeps their names; then the name must be the key.
            let pathText = String(describing: path)
            if pathText.contains("."), !pathText.hasSuffix("." + label) {
                problems.append("\(T.self).templateFields['\(label)'] is \(pathText)")
            }
        }
        return problems
    }

    // Sample values: every string distinct and named after its field, so a key path reading a neighbour shows;
    // optionals set (a nil would print alike for two fields), Booleans mixed.
    static let line = DocLine(text: "doc line")
    static let group = GroupReference(propertyName: "propertyName", typeName: "typeName", docLines: [line])
    static let argument = ArgumentContext(name: "name", callLabel: "callLabel", swiftType: "swiftType", isOptional: true)
    static let pathPart = PathPart(literal: "literal", argument: "argument", encodes: true, isString: false, value: "value", dateFormat: "dateFormat")
    static let wire = WireParameter(
        wireName: "wireName", value: "value", dateFormat: "dateFormat", collectionFormat: "collectionFormat",
        skipsURLEncoding: true, headerPrefix: "headerPrefix")
    static let constant = ConstantParameter(wireName: "wireName", value: "value")
    static let status = StatusCode(code: "201")
    static let repeatability = RepeatabilityContext(requestIDArgument: "requestIDArgument", firstSentArgument: "firstSentArgument", firstSentIsText: true)
    static let headerProperty = ResponseHeaderProperty(
        swiftName: "swiftName", swiftType: "swiftType", wireName: "wireName", isClosedEnum: true, docLines: [line], prefix: "prefix")
    static let flattened = FlattenedBodyContext(
        arguments: [argument], parameterList: "parameterList", forwardedArguments: "forwardedArguments", docLines: [DocLine(text: "flattenedDocLines")])
    static let headers = ResponseHeadersContext(structName: "structName", methodLink: "methodLink", properties: [headerProperty])
    static let groupProperty = ParameterGroupProperty(name: "name", swiftType: "swiftType", isOptional: true, docLines: [line])
    static let parameterGroup = ParameterGroupContext(
        structName: "structName", argumentName: "argumentName", isOptional: true, isNew: false,
        memberWireNames: ["memberWireNames"], docLines: [line], properties: [groupProperty])
    static let operation = OperationContext(
        operationID: "operationID", access: "access", methodName: "methodName", docLines: [line], isDeprecated: true,
        arguments: [argument], parameterList: "parameterList", forwardedArguments: "forwardedArguments", statusList: "statusList",
        httpMethod: "httpMethod", pathParts: [pathPart], queryParameters: [wire], headerParameters: [wire],
        repeatability: repeatability, constantQueryParameters: [constant], mutatesRequest: true, bodyArgument: "bodyArgument",
        bodyContentType: "bodyContentType", bodyEncoding: "bodyEncoding", bodyIsJSON: false, accept: "accept",
        expectedStatuses: [status], returnsVoid: false, returnsBody: true, returnsOptionalBody: false, returnsPages: false,
        decodedType: "decodedType", itemsKey: "itemsKey", nextLinkKey: "nextLinkKey", sendsFirstPageEagerly: true, isPlain: false,
        flattenedBody: flattened, withResponseMethodName: "withResponseMethodName", withResponseDocLines: [DocLine(text: "withResponseDocLines")],
        returnClause: "returnClause", responseType: "responseType", valueExpression: "valueExpression", resultMember: "resultMember",
        returnsHeadersOnly: true, discardPrefix: "discardPrefix",
        responseHeaders: headers, isLongRunning: true, beginMethodName: "beginMethodName", resumeMethodName: "resumeMethodName",
        resumeDocLines: [DocLine(text: "resumeDocLines")], pollerValueType: "pollerValueType", pollerDecode: "pollerDecode",
        finalStateVia: "finalStateVia", callName: "callName", callSuffix: "callSuffix", parameterGroups: [parameterGroup])
    static let property = PropertyContext(
        swiftName: "swiftName", wireName: "wireName", swiftType: "swiftType", isOptional: true, docLines: [line], isIndirect: false,
        wireCoding: "wireCoding")
    static let callArgument = CallArgument(
        label: "label", isString: true, isPlain: false, isJSON: true, isExpression: false, stringValue: "stringValue",
        plainValue: "plainValue", expression: "expression", json: "json", delimiter: "delimiter", decodeType: "decodeType")
    static let responseCase = ResponseTestCase(
        status: "status", json: "json", delimiter: "delimiter", errorCode: "errorCode", isEmpty: true, itemsJSON: "itemsJSON")
    static let operationTest = OperationTestContext(
        testName: "testName", methodName: "methodName", callSuffix: "callSuffix", exampleTitle: "exampleTitle",
        callArguments: [callArgument], httpMethod: "httpMethod", expectedPath: "expectedPath", expectedQuery: [constant],
        expectedHeaders: [ConstantParameter(wireName: "expectedHeaders", value: "v")], requestJSON: "requestJSON",
        requestDelimiter: "requestDelimiter", bodyContentType: "bodyContentType", successCases: [responseCase],
        errorCases: [], returnsVoid: false, returnsBody: true, returnsOptionalBody: false, returnsPages: true,
        sendsFirstPageEagerly: false, itemsKey: "itemsKey")
    static let prepared = PreparedArgument(label: "label", wireName: "wireName", swiftType: "swiftType", isOptional: true, isBody: false)
    static let endToEndOperation = EndToEndOperationContext(
        testName: "testName", methodName: "methodName", callSuffix: "callSuffix", operationID: "operationID", arguments: [prepared],
        sendsBody: true, returnsVoid: false, returnsBody: true, returnsOptionalBody: false, returnsPages: false, itemsKey: "itemsKey",
        answersNotFound: true, notFoundCode: "notFoundCode")
    static let usageCall = UsageCall(
        comment: "comment", callTarget: "callTarget", methodName: "methodName", callSuffix: "callSuffix", arguments: "arguments",
        resultName: "resultName", returnsVoid: false, returnsValue: true, returnsPages: false)

    /// One sample per conforming type; `everyConformingTypeIsSampled` fails when a type is added without one.
    static let samples: [Sample] = [
        Sample(line),
        Sample(ClientContext(
            moduleName: "moduleName", clientName: "clientName", docLines: [line], apiVersion: "apiVersion", sdkName: "sdkName",
            sdkVersion: "sdkVersion", defaultEndpoint: "defaultEndpoint", groups: [group], accessKey: true, token: false,
            tokenScopes: "tokenScopes", apiKeyHeader: "apiKeyHeader", isAnonymous: true, exampleEndpoint: "exampleEndpoint",
            testCredential: "testCredential")),
        Sample(group),
        Sample(GroupContext(clientName: "clientName", typeName: "typeName", docLines: [line], operations: [operation], isOnClient: true)),
        Sample(operation),
        Sample(parameterGroup),
        Sample(groupProperty),
        Sample(headers),
        Sample(flattened),
        Sample(headerProperty),
        Sample(argument),
        Sample(pathPart),
        Sample(wire),
        Sample(constant),
        Sample(status),
        Sample(ModelContext(typeName: "typeName", docLines: [line], properties: [property], hasOptionalProperties: false)),
        Sample(property),
        Sample(EnumContext(
            typeName: "typeName", docLines: [line], isExtensible: true,
            cases: [EnumCaseContext(caseName: "caseName", rawValue: "rawValue", docLines: [])])),
        Sample(EnumCaseContext(caseName: "caseName", rawValue: "rawValue", docLines: [line])),
        Sample(AliasContext(typeName: "typeName", docLines: [line], aliasedType: "aliasedType")),
        Sample(GroupTestsContext(
            moduleName: "moduleName", clientName: "clientName", typeName: "typeName", callTarget: "callTarget",
            apiVersion: "apiVersion", tests: [operationTest], authAssertions: ["authAssertions"])),
        Sample(operationTest),
        Sample(callArgument),
        Sample(responseCase),
        Sample(PackageContext(
            moduleName: "moduleName", runtimeIsPath: true, runtimeLocation: "runtimeLocation", runtimeVersion: "runtimeVersion",
            runtimePackageName: "runtimePackageName")),
        Sample(EndToEndSupportContext(
            moduleName: "moduleName", clientName: "clientName", emulatorModule: "emulatorModule", descriptionPath: "descriptionPath",
            apiVersion: "apiVersion")),
        Sample(GroupEndToEndContext(
            moduleName: "moduleName", emulatorModule: "emulatorModule", clientName: "clientName", typeName: "typeName",
            callTarget: "callTarget", operations: [endToEndOperation])),
        Sample(endToEndOperation),
        Sample(prepared),
        Sample(UsageExampleContext(
            moduleName: "moduleName", clientName: "clientName", apiVersion: "apiVersion", summary: "summary", sdkName: "sdkName",
            sdkVersion: "sdkVersion", emulatorModule: "emulatorModule", isEmulatorTested: true, isStandalone: true,
            installURL: "installURL", installPackage: "installPackage", changelogLink: "changelogLink",
            setupLines: ["setupLines"], clientLine: "clientLine", calls: [usageCall], errorCall: usageCall, groups: [group],
            imports: ["imports"], exampleImports: ["exampleImports"])),
        Sample(usageCall),
        Sample(repeatability),
        Sample(PolymorphicContext(
            typeName: "typeName", docLines: [line], discriminatorKey: "discriminatorKey",
            cases: [PolymorphicCase(caseName: "caseName", value: "value", typeName: "caseType")])),
        Sample(PolymorphicCase(caseName: "caseName", value: "value", typeName: "typeName")),
        Sample(UnionContext(
            typeName: "typeName", docLines: [line], discriminatorKey: "discriminatorKey",
            cases: [UnionCase(caseName: "caseName", typeName: "caseType", value: nil)])),
        Sample(UnionCase(caseName: "caseName", typeName: "typeName", value: "value")),
    ]

    @Test(arguments: samples)
    func tableListsEveryStoredProperty(_ sample: Sample) {
        #expect(sample.problems.isEmpty, "\(sample.problems.joined(separator: "\n"))")
    }

    /// The check itself: a table missing a field, or holding one too many, is reported.
    @Test func incompleteTablesAreReported() {
        #expect(Self.problems(of: Missing()) == ["Missing.templateFields lacks 'forgotten'"])
        let crossed = Self.problems(of: Crossed())
        #expect(crossed.contains("Crossed.templateFields has 'third', no stored property"))
        #expect(crossed.contains { $0.hasPrefix("Crossed.templateFields['first'] reads b") })
    }

    /// Every `extension X: TemplateFields` (or type declared with it) in the emitter's sources has a sample above.
    @Test func everyConformingTypeIsSampled() throws {
        let sources = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/SDKGenEmitter")
        let files = try FileManager.default.contentsOfDirectory(atPath: sources.path).filter { $0.hasSuffix(".swift") }
        #expect(!files.isEmpty)
        let pattern = try NSRegularExpression(pattern: #"(?:extension|struct|class|enum)\s+(\w+)\s*:[^{]*\bTemplateFields\b"#)
        var declared: Set<String> = []
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                declared.insert(String(text[Range(match.range(at: 1), in: text)!]))
            }
        }
        let sampled = Set(Self.samples.map(\.typeName))
        #expect(declared.count >= 35)
        #expect(declared.subtracting(sampled).sorted() == [], "conforming types without a sample in TemplateFieldsTests.samples")
        #expect(sampled.subtracting(declared).sorted() == [])
        #expect(sampled.count == Self.samples.count, "a type is sampled twice")
    }
}

/// A table that forgot a field.
private struct Missing: TemplateFields {
    var kept = "a", forgotten = "b"
    static let templateFields: [String: PartialKeyPath<Self> & Sendable] = ["kept": \.kept]
}

/// A table with a key reading the wrong field and a key that is no field.
private struct Crossed: TemplateFields {
    var first = "a", second = "b"
    static let templateFields: [String: PartialKeyPath<Self> & Sendable] = ["first": \.second, "second": \.second, "third": \.first]
}
