import SDKGenDiff
import Testing

/// One hand-written description per rule of docs/API-CHANGE-RULES.md, each compared with `Fixtures/Rules/base.yaml`.
@Suite("Breaking / non-breaking rules")
struct RuleTests {
    /// A fixture, the change kind it must produce, and the verdict the rules give it.
    struct Case: CustomTestStringConvertible, Sendable {
        let fixture: String
        let kind: ChangeKind
        let severity: Severity
        var testDescription: String { fixture }
    }

    static let cases: [Case] = [
        Case(fixture: "added-operation", kind: .operationAdded, severity: .nonBreaking),
        Case(fixture: "removed-operation", kind: .operationRemoved, severity: .breaking),
        Case(fixture: "renamed-operation", kind: .operationRenamed, severity: .breaking),
        Case(fixture: "new-required-parameter", kind: .parameterAdded, severity: .breaking),
        Case(fixture: "new-optional-parameter", kind: .parameterAdded, severity: .nonBreaking),
        Case(fixture: "removed-response-field", kind: .fieldRemoved, severity: .breaking),
        Case(fixture: "added-response-field", kind: .fieldAdded, severity: .nonBreaking),
        Case(fixture: "retyped-field", kind: .fieldRetyped, severity: .breaking),
        Case(fixture: "removed-enum-value", kind: .enumValueRemoved, severity: .breaking),
        Case(fixture: "added-extensible-enum-value", kind: .enumValueAdded, severity: .nonBreaking),
        Case(fixture: "added-closed-enum-value", kind: .enumValueAdded, severity: .breaking),
        Case(fixture: "status-code-removed", kind: .statusCodeRemoved, severity: .breaking),
        Case(fixture: "content-type-changed", kind: .contentTypeRemoved, severity: .breaking),
        Case(fixture: "body-made-required", kind: .bodyMadeRequired, severity: .breaking),
    ]

    @Test("each rule fixture gives its change and verdict", arguments: cases)
    func rule(_ rule: Case) throws {
        let report = try Fixtures.diff(Fixtures.rule("base"), Fixtures.rule(rule.fixture))
        let matching = report.allChanges.filter { $0.kind == rule.kind }
        #expect(!matching.isEmpty, "no \(rule.kind) change in \(report.allChanges.map(\.summary))")
        #expect(matching.allSatisfy { $0.severity == rule.severity })
        #expect(report.isBreaking == (rule.severity == .breaking))
        #expect(report.suggestedBump == (rule.severity == .breaking ? .major : .minor))
    }

    @Test("a renamed operationId is one renamed operation, not a removal and an addition")
    func renamedIsMatched() throws {
        let report = try Fixtures.diff(Fixtures.rule("base"), Fixtures.rule("renamed-operation"))
        #expect(report.operations.map(\.status) == [.renamed])
        let renamed = try #require(report.renamed.first)
        #expect(renamed.operationID == "PetOperations_Get")
        #expect(renamed.previousOperationID == "Pets_Get")
        #expect(renamed.path == "/pets/{id}")
        // The path parameter's new name changes the generated argument label.
        #expect(renamed.changes.map(\.kind) == [.operationRenamed, .parameterRenamed])
    }

    /// The case: a description renamed only `api-version`'s `x-ms-client-name`; the pipeline sets it, no method
    /// takes it, so nothing changed for callers (it used to be reported as a breaking parameter rename).
    @Test("a new x-ms-client-name of api-version is no change for callers")
    func apiVersionClientNameIsNoChange() throws {
        let report = try Fixtures.diff(Fixtures.rule("base"), Fixtures.rule("api-version-client-name"))
        #expect(report.allChanges.isEmpty, "\(report.allChanges.map(\.summary))")
        #expect(!report.isBreaking)
    }

    @Test("comparing a description with itself reports nothing")
    func unchanged() throws {
        let report = try Fixtures.diff(Fixtures.rule("base"), Fixtures.rule("base"))
        #expect(report.operations.isEmpty)
        #expect(!report.isBreaking)
        #expect(report.suggestedBump == .patch)
    }

    @Test("with no old description every operation is new and nothing breaks")
    func everythingNew() throws {
        let report = try Fixtures.diff(nil, Fixtures.rule("base"))
        #expect(report.operations.map(\.status) == [.added, .added])
        #expect(report.oldVersion == nil)
        #expect(!report.isBreaking)
    }
}
