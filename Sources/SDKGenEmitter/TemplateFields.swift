import Mustache

/// How a view-model type hands its fields to the templates: a table from template key to key path.
///
/// swift-mustache falls back to `Mirror` for values that are not a `MustacheParent`; reflecting a
/// context on every `{{name}}` lookup (and on every miss while climbing the context stack) was the
/// largest cost of generation. The tables list each type's stored properties once; a debug build
/// traps when a template asks for a property a table forgot.
public protocol TemplateFields: MustacheParent {
    /// Template key → stored property.
    static var templateFields: [String: PartialKeyPath<Self> & Sendable] { get }
}

extension TemplateFields {
    /// The value of the field a template names, or nil (the lookup then climbs the context stack).
    public func child(named name: String) -> Any? {
        guard let path = Self.templateFields[name] else {
            assert(!Mirror(reflecting: self).children.contains { $0.label == name },
                   "\(Self.self).templateFields has no entry for the stored property '\(name)'")
            return nil
        }
        // Like swift-mustache's reflection path: an optional field gives its value, or nil when unset.
        let value = self[keyPath: path]
        if let optional = value as? OptionalField { return optional.wrappedField }
        return value
    }
}

/// Lets `child(named:)` unwrap an optional field held as `Any`.
private protocol OptionalField {
    var wrappedField: Any? { get }
}

extension Optional: OptionalField {
    fileprivate var wrappedField: Any? { self.map { $0 } }
}

extension DocLine: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "text": \.text,
    ]
}

extension ClientContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "moduleName": \.moduleName,
        "clientName": \.clientName,
        "docLines": \.docLines,
        "apiVersion": \.apiVersion,
        "sdkName": \.sdkName,
        "sdkVersion": \.sdkVersion,
        "defaultEndpoint": \.defaultEndpoint,
        "groups": \.groups,
        "accessKey": \.accessKey,
        "token": \.token,
        "tokenScopes": \.tokenScopes,
        "apiKeyHeader": \.apiKeyHeader,
        "isAnonymous": \.isAnonymous,
        "exampleEndpoint": \.exampleEndpoint,
        "testCredential": \.testCredential,
    ]
}

extension GroupReference: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "propertyName": \.propertyName,
        "typeName": \.typeName,
        "docLines": \.docLines,
    ]
}

extension GroupContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "clientName": \.clientName,
        "typeName": \.typeName,
        "docLines": \.docLines,
        "operations": \.operations,
        "isOnClient": \.isOnClient,
    ]
}

extension OperationContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "operationID": \.operationID,
        "access": \.access,
        "methodName": \.methodName,
        "docLines": \.docLines,
        "isDeprecated": \.isDeprecated,
        "arguments": \.arguments,
        "parameterList": \.parameterList,
        "forwardedArguments": \.forwardedArguments,
        "statusList": \.statusList,
        "httpMethod": \.httpMethod,
        "pathParts": \.pathParts,
        "queryParameters": \.queryParameters,
        "headerParameters": \.headerParameters,
        "repeatability": \.repeatability,
        "constantQueryParameters": \.constantQueryParameters,
        "mutatesRequest": \.mutatesRequest,
        "bodyArgument": \.bodyArgument,
        "bodyContentType": \.bodyContentType,
        "bodyEncoding": \.bodyEncoding,
        "bodyIsJSON": \.bodyIsJSON,
        "accept": \.accept,
        "expectedStatuses": \.expectedStatuses,
        "returnsVoid": \.returnsVoid,
        "returnsBody": \.returnsBody,
        "returnsOptionalBody": \.returnsOptionalBody,
        "returnsPages": \.returnsPages,
        "decodedType": \.decodedType,
        "itemsKey": \.itemsKey,
        "nextLinkKey": \.nextLinkKey,
        "sendsFirstPageEagerly": \.sendsFirstPageEagerly,
        "isPlain": \.isPlain,
        "flattenedBody": \.flattenedBody,
        "withResponseMethodName": \.withResponseMethodName,
        "withResponseDocLines": \.withResponseDocLines,
        "returnClause": \.returnClause,
        "responseType": \.responseType,
        "valueExpression": \.valueExpression,
        "resultMember": \.resultMember,
        "responseHeaders": \.responseHeaders,
        "isLongRunning": \.isLongRunning,
        "beginMethodName": \.beginMethodName,
        "resumeMethodName": \.resumeMethodName,
        "resumeDocLines": \.resumeDocLines,
        "pollerValueType": \.pollerValueType,
        "pollerDecode": \.pollerDecode,
        "finalStateVia": \.finalStateVia,
        "callName": \.callName,
        "callSuffix": \.callSuffix,
        "parameterGroups": \.parameterGroups,
    ]
}

extension ParameterGroupContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "structName": \.structName,
        "argumentName": \.argumentName,
        "isOptional": \.isOptional,
        "isNew": \.isNew,
        "memberWireNames": \.memberWireNames,
        "docLines": \.docLines,
        "properties": \.properties,
    ]
}

extension ParameterGroupProperty: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "name": \.name,
        "swiftType": \.swiftType,
        "isOptional": \.isOptional,
        "docLines": \.docLines,
    ]
}

extension FlattenedBodyContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "arguments": \.arguments,
        "parameterList": \.parameterList,
        "forwardedArguments": \.forwardedArguments,
        "docLines": \.docLines,
    ]
}

extension ResponseHeadersContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "structName": \.structName,
        "methodLink": \.methodLink,
        "properties": \.properties,
    ]
}

extension ResponseHeaderProperty: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "swiftName": \.swiftName,
        "swiftType": \.swiftType,
        "wireName": \.wireName,
        "isClosedEnum": \.isClosedEnum,
        "docLines": \.docLines,
        "prefix": \.prefix,
    ]
}

extension ArgumentContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "name": \.name,
        "callLabel": \.callLabel,
        "swiftType": \.swiftType,
        "isOptional": \.isOptional,
    ]
}

extension PathPart: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "literal": \.literal,
        "argument": \.argument,
        "encodes": \.encodes,
        "isString": \.isString,
        "value": \.value,
        "dateFormat": \.dateFormat,
    ]
}

extension WireParameter: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "wireName": \.wireName,
        "value": \.value,
        "dateFormat": \.dateFormat,
        "collectionFormat": \.collectionFormat,
        "skipsURLEncoding": \.skipsURLEncoding,
        "headerPrefix": \.headerPrefix,
    ]
}

extension ConstantParameter: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "wireName": \.wireName,
        "value": \.value,
    ]
}

extension StatusCode: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "code": \.code,
    ]
}

extension ModelContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "typeName": \.typeName,
        "docLines": \.docLines,
        "properties": \.properties,
        "hasOptionalProperties": \.hasOptionalProperties,
    ]
}

extension PropertyContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "swiftName": \.swiftName,
        "wireName": \.wireName,
        "swiftType": \.swiftType,
        "isOptional": \.isOptional,
        "docLines": \.docLines,
        "isIndirect": \.isIndirect,
        "wireCoding": \.wireCoding,
    ]
}

extension EnumContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "typeName": \.typeName,
        "docLines": \.docLines,
        "isExtensible": \.isExtensible,
        "cases": \.cases,
    ]
}

extension EnumCaseContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "caseName": \.caseName,
        "rawValue": \.rawValue,
        "docLines": \.docLines,
    ]
}

extension AliasContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "typeName": \.typeName,
        "docLines": \.docLines,
        "aliasedType": \.aliasedType,
    ]
}

extension GroupTestsContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "moduleName": \.moduleName,
        "clientName": \.clientName,
        "typeName": \.typeName,
        "callTarget": \.callTarget,
        "apiVersion": \.apiVersion,
        "tests": \.tests,
        "authAssertions": \.authAssertions,
    ]
}

extension OperationTestContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "testName": \.testName,
        "methodName": \.methodName,
        "callSuffix": \.callSuffix,
        "exampleTitle": \.exampleTitle,
        "callArguments": \.callArguments,
        "httpMethod": \.httpMethod,
        "expectedPath": \.expectedPath,
        "expectedQuery": \.expectedQuery,
        "expectedHeaders": \.expectedHeaders,
        "requestJSON": \.requestJSON,
        "requestDelimiter": \.requestDelimiter,
        "bodyContentType": \.bodyContentType,
        "successCases": \.successCases,
        "errorCases": \.errorCases,
        "returnsVoid": \.returnsVoid,
        "returnsBody": \.returnsBody,
        "returnsOptionalBody": \.returnsOptionalBody,
        "returnsPages": \.returnsPages,
        "sendsFirstPageEagerly": \.sendsFirstPageEagerly,
        "itemsKey": \.itemsKey,
    ]
}

extension CallArgument: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "label": \.label,
        "isString": \.isString,
        "isPlain": \.isPlain,
        "isJSON": \.isJSON,
        "isExpression": \.isExpression,
        "stringValue": \.stringValue,
        "plainValue": \.plainValue,
        "expression": \.expression,
        "json": \.json,
        "delimiter": \.delimiter,
        "decodeType": \.decodeType,
    ]
}

extension ResponseTestCase: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "status": \.status,
        "json": \.json,
        "delimiter": \.delimiter,
        "errorCode": \.errorCode,
        "isEmpty": \.isEmpty,
        "itemsJSON": \.itemsJSON,
    ]
}

extension PackageContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "moduleName": \.moduleName,
        "runtimeIsPath": \.runtimeIsPath,
        "runtimeLocation": \.runtimeLocation,
        "runtimeVersion": \.runtimeVersion,
        "runtimePackageName": \.runtimePackageName,
    ]
}

extension EndToEndSupportContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "moduleName": \.moduleName,
        "clientName": \.clientName,
        "emulatorModule": \.emulatorModule,
        "descriptionPath": \.descriptionPath,
        "apiVersion": \.apiVersion,
    ]
}

extension GroupEndToEndContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "moduleName": \.moduleName,
        "emulatorModule": \.emulatorModule,
        "clientName": \.clientName,
        "typeName": \.typeName,
        "callTarget": \.callTarget,
        "operations": \.operations,
    ]
}

extension EndToEndOperationContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "testName": \.testName,
        "methodName": \.methodName,
        "callSuffix": \.callSuffix,
        "operationID": \.operationID,
        "arguments": \.arguments,
        "sendsBody": \.sendsBody,
        "returnsVoid": \.returnsVoid,
        "returnsBody": \.returnsBody,
        "returnsOptionalBody": \.returnsOptionalBody,
        "returnsPages": \.returnsPages,
        "itemsKey": \.itemsKey,
        "answersNotFound": \.answersNotFound,
        "notFoundCode": \.notFoundCode,
    ]
}

extension PreparedArgument: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "label": \.label,
        "wireName": \.wireName,
        "swiftType": \.swiftType,
        "isOptional": \.isOptional,
        "isBody": \.isBody,
    ]
}

extension UsageExampleContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "moduleName": \.moduleName,
        "clientName": \.clientName,
        "apiVersion": \.apiVersion,
        "sdkName": \.sdkName,
        "sdkVersion": \.sdkVersion,
        "emulatorModule": \.emulatorModule,
        "calls": \.calls,
        "errorCall": \.errorCall,
        "groups": \.groups,
        "imports": \.imports,
    ]
}

extension UsageCall: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "comment": \.comment,
        "callTarget": \.callTarget,
        "methodName": \.methodName,
        "callSuffix": \.callSuffix,
        "arguments": \.arguments,
        "resultName": \.resultName,
        "returnsVoid": \.returnsVoid,
        "returnsValue": \.returnsValue,
        "returnsPages": \.returnsPages,
    ]
}

extension RepeatabilityContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "requestIDArgument": \.requestIDArgument,
        "firstSentArgument": \.firstSentArgument,
        "firstSentIsText": \.firstSentIsText,
    ]
}

extension PolymorphicContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "typeName": \.typeName,
        "docLines": \.docLines,
        "discriminatorKey": \.discriminatorKey,
        "cases": \.cases,
    ]
}

extension PolymorphicCase: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "caseName": \.caseName,
        "value": \.value,
        "typeName": \.typeName,
    ]
}

extension UnionContext: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "typeName": \.typeName,
        "docLines": \.docLines,
        "discriminatorKey": \.discriminatorKey,
        "cases": \.cases,
    ]
}

extension UnionCase: TemplateFields {
    public static let templateFields: [String: PartialKeyPath<Self> & Sendable] = [
        "caseName": \.caseName,
        "typeName": \.typeName,
        "value": \.value,
    ]
}
