@testable import IdentityEmulator
import Testing

/// `PathTemplate` routes every request of a description-served version and recognises renamed operations, so its
/// matching must follow what clients send: one percent-encoded segment per parameter, literals in any case,
/// parameters sharing a segment with text.
@Suite struct PathTemplateTests {
    @Test func matchesAndDecodesParameters() {
        let template = PathTemplate("/identities/{id}/:issueAccessToken")
        #expect(template.match("/identities/8%3Aacs%3Ar_u/:issueAccessToken") == ["8:acs:r_u"])
        // An encoded slash is part of the one value, not a separator.
        #expect(template.match("/identities/a%2Fb%20c/:issueAccessToken") == ["a/b c"])
        #expect(template.match("/identities/x/:revokeAccessTokens") == nil)
        #expect(template.match("/identities/:issueAccessToken") == nil, "too few segments")
        #expect(template.match("/identities/x/y/:issueAccessToken") == nil, "too many segments")
        #expect(PathTemplate("/identities/{id}").match("/identities/") == nil, "an empty segment is no value")
    }

    @Test func literalsMatchInAnyCase() {
        let template = PathTemplate("/access/teamsExtension/tenants/{tenantId}/assignments/{objectId}")
        #expect(template.match("/ACCESS/TeamsExtension/tenants/t/ASSIGNMENTS/o") == ["t", "o"])
        #expect(PathTemplate("/identities/{id}/:issueAccessToken").match("/Identities/x/%3AISSUEaccesstoken") == ["x"])
    }

    @Test func mixedSegmentsCaptureBetweenLiterals() {
        let report = PathTemplate("/reports/{name}.json")
        #expect(report.match("/reports/q3-summary.json") == ["q3-summary"])
        #expect(report.match("/reports/q3.JSON") == ["q3"])
        #expect(report.match("/reports/.json") == nil, "the name is never empty")
        #expect(report.match("/reports/q3.xml") == nil)
        #expect(report.match("/reports/q3.json.bak") == nil, "the literal must end the segment")
        // The literal also occurs inside the name: the name runs to the occurrence that lets the segment end.
        #expect(report.match("/reports/notes.json.json") == ["notes.json"])
        #expect(PathTemplate("/files/{name}.tar.gz").match("/files/a.tar.tar.gz") == ["a.tar"])

        let file = PathTemplate("/files/{name}.{extension}")
        #expect(file.match("/files/archive.tar.gz") == ["archive", "tar.gz"], "each parameter takes the shortest text")
        #expect(PathTemplate("/v{major}/items").match("/v2/items") == ["2"])
        // Identity ids hold colons: `{id}:revoke` must still find the `:revoke` that ends the segment.
        #expect(PathTemplate("/items/{id}:revoke").match("/items/8%3Aacs%3Ar_u:revoke") == ["8:acs:r_u"])
        #expect(file.parameterNames == ["name", "extension"])
    }

    /// The shape leaves parameter names out and lower-cases literals, so a renamed operation matches the known one.
    @Test func shapeIgnoresParameterNamesAndCase() {
        let published = PathTemplate("/identities/{id}/:issueAccessToken")
        let renamed = PathTemplate("/Identities/{communicationUserId}/:IssueAccessToken")
        #expect(published.shape == "/identities/{}/:issueaccesstoken")
        #expect(renamed.shape == published.shape)
        #expect(PathTemplate("/identities/{id}").shape != published.shape)
        #expect(PathTemplate("/reports/{name}.json").shape == "/reports/{}.json")
        #expect(KnownOperation.matching(method: "post", template: renamed) == .issueAccessToken)
        #expect(KnownOperation.matching(method: "GET", template: renamed) == nil)
        #expect(KnownOperation.matching(method: "GET", template: PathTemplate("/identities/{who}")) == .getIdentity)
    }

    @Test func expandEncodesEachValueAsOneSegment() {
        let template = PathTemplate("/identities/{id}/:issueAccessToken")
        #expect(template.expand(["8:acs:r_u"]) == "/identities/8%3Aacs%3Ar_u/:issueAccessToken")
        #expect(PathTemplate("/files/{name}.{extension}").expand(["report", "pdf"]) == "/files/report.pdf")
        // Whatever a value holds, expanding and matching gives it back.
        let awkward = "a b/c?d#e%f é+~"
        let assignment = PathTemplate("/access/teamsExtension/tenants/{tenantId}/assignments/{objectId}")
        #expect(assignment.match(assignment.expand([awkward, "8:acs:x"])) == [awkward, "8:acs:x"])
    }
}
