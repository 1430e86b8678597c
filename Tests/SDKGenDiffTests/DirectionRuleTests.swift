import SDKGenIR
import Testing

@testable import SDKGenDiff

/// Rules whose verdict depends on the direction of the data, checked on small IR values.
@Suite("Rules by direction")
struct DirectionRuleTests {
    @Test("a new value of a closed enum breaks readers, not writers")
    func closedEnum() {
        #expect(ChangeRules.severity(of: .enumValueAdded, direction: .output, isExtensible: false) == .breaking)
        #expect(ChangeRules.severity(of: .enumValueAdded, direction: .input, isExtensible: false) == .nonBreaking)
        #expect(ChangeRules.severity(of: .enumValueAdded, direction: .output, isExtensible: true) == .nonBreaking)
    }

    @Test("required fields break writers; optional output fields break readers")
    func requiredness() {
        #expect(ChangeRules.severity(of: .fieldAdded, direction: .input, isRequired: true) == .breaking)
        #expect(ChangeRules.severity(of: .fieldAdded, direction: .output, isRequired: true) == .nonBreaking)
        #expect(ChangeRules.severity(of: .fieldMadeRequired, direction: .input) == .breaking)
        #expect(ChangeRules.severity(of: .fieldMadeOptional, direction: .output) == .breaking)
        #expect(ChangeRules.severity(of: .fieldMadeOptional, direction: .input) == .nonBreaking)
    }

    @Test("a new required field in a request body is breaking")
    func requiredRequestField() {
        let old = api(update: [Property.plain("name", required: false)])
        let new = api(update: [Property.plain("name", required: false), Property.plain("owner", required: true)])
        let report = APIDiff.compare(old: old, new: new)
        #expect(report.allChanges.map(\.kind) == [.fieldAdded])
        #expect(report.allChanges.first?.location == "body.owner")
        #expect(report.isBreaking)
    }

    @Test("recursive schemas terminate and are compared once per root")
    func recursion() {
        let node = Schema(name: "Node", description: nil, kind: .object(ObjectSchema(
            properties: [Property.plain("next", type: .named("Node"), required: false), Property.plain("value", required: false)],
            additionalProperties: nil, parents: [])), location: "")
        var retyped = node
        retyped.kind = .object(ObjectSchema(
            properties: [Property.plain("next", type: .named("Node"), required: false), Property.plain("value", type: .integer(format: nil), required: false)],
            additionalProperties: nil, parents: []))
        let same = APIDiff.compare(old: api(update: [], extra: [node], body: .named("Node")), new: api(update: [], extra: [retyped], body: .named("Node")))
        #expect(same.allChanges.map(\.summary) == ["body.value: type changed from string to integer"])
    }

    @Test("long-running added or removed is breaking; final-state-via is not; response headers: removed breaks, added does not")
    func longRunningAndHeaders() {
        func header(_ name: String, _ type: TypeReference) -> Parameter {
            Parameter(name: name, clientName: nil, location: .header, isRequired: false, type: type, description: nil,
                      isClientParameter: false, skipsURLEncoding: false, defaultValue: nil, constraints: Constraints(), isConstant: false)
        }
        var old = api(update: [])
        var new = old
        new.operations[0].isLongRunning = true
        var report = APIDiff.compare(old: old, new: new)
        #expect(report.allChanges.map(\.kind) == [.longRunningChanged])
        #expect(report.isBreaking)

        old = new
        new.operations[0].finalStateVia = "location"
        report = APIDiff.compare(old: old, new: new)
        #expect(report.allChanges.map(\.summary) == ["final-state-via default → location"])
        #expect(!report.isBreaking)

        old.operations[0].responses[0].headers = [header("ETag", .string(format: nil)), header("x-ms-count", .string(format: nil))]
        new.operations[0].responses[0].headers = [header("etag", .string(format: nil)), header("x-ms-count", .integer(format: nil)),
                                                  header("x-ms-new", .string(format: nil))]
        new.operations[0].finalStateVia = nil
        report = APIDiff.compare(old: old, new: new)
        #expect(report.allChanges.map(\.kind) == [.fieldRetyped, .responseHeaderAdded])
        #expect(report.isBreaking)
        new.operations[0].responses[0].headers = []
        report = APIDiff.compare(old: old, new: new)
        #expect(report.allChanges.map(\.kind) == [.responseHeaderRemoved, .responseHeaderRemoved])
        #expect(report.allChanges.first?.location == "response 204 header ETag")
    }

    /// An API with one `POST /things` operation whose body is the `Update` model (or `body`).
    @Test("x-ms-internal: an operation made internal leaves the public surface (breaking); made public, it is added")
    func internalOperations() {
        let old = api(update: [Property.plain("name", required: false)])
        var new = old
        new.operations[0].isInternal = true
        let hidden = APIDiff.compare(old: old, new: new)
        #expect(hidden.allChanges.map(\.kind) == [.operationRemoved])
        #expect(hidden.allChanges.first?.message == "operation removed from the public API (now x-ms-internal)")
        #expect(hidden.isBreaking)
        let shown = APIDiff.compare(old: new, new: old)
        #expect(shown.allChanges.map(\.kind) == [.operationAdded])
        #expect(!shown.isBreaking)
        // Changes to an operation that stays internal are nobody's concern outside the SDK.
        var changed = new
        changed.schemas = api(update: [Property.plain("name", required: false), Property.plain("owner", required: true)]).schemas
        #expect(APIDiff.compare(old: new, new: changed).allChanges.isEmpty)
    }

    private func api(update properties: [Property], extra: [Schema] = [], body: TypeReference = .named("Update")) -> APIDescription {
        let update = Schema(name: "Update", description: nil,
                            kind: .object(ObjectSchema(properties: properties, additionalProperties: nil, parents: [])), location: "")
        let operation = Operation(
            operationID: "Things_Create", group: "Things", name: "Create", method: "POST", path: "/things",
            summary: nil, description: nil, tags: [], parameters: [],
            requestBody: RequestBody(name: "body", description: nil, isRequired: true, contentTypes: ["application/json"], type: body),
            responses: [Response(statusCode: "204", description: nil, type: nil, contentTypes: [], headers: [])],
            errorResponse: nil, paging: nil, isLongRunning: false, isDeprecated: false, examples: [], location: "")
        return APIDescription(
            title: "ThingClient", summary: nil, apiVersion: "1",
            host: HostTemplate(template: "{endpoint}", parameters: [], useSchemePrefix: false, basePath: ""),
            operations: [operation], schemas: ([update] + extra).sorted { $0.name < $1.name }, securitySchemes: [])
    }
}

extension Property {
    /// A property with only a name, a type and whether it is required.
    static func plain(_ name: String, type: TypeReference = .string(format: nil), required: Bool) -> Property {
        Property(name: name, clientName: nil, type: type, isRequired: required, isReadOnly: false,
                 description: nil, defaultValue: nil, constraints: Constraints())
    }
}
