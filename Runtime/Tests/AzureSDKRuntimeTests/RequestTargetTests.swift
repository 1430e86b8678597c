import Foundation
@_spi(Generated) @testable import AzureSDKRuntime
import Testing

/// The byte-level helpers every request goes through.
@Suite("Request target")
struct RequestTargetTests {
    func target(_ pathAndQuery: String) -> RequestTarget {
        RequestTarget(scheme: "https", authority: "example.com", pathAndQuery: pathAndQuery)
    }

    @Test("queryContains matches whole parameter names only")
    func queryContains() {
        #expect(!target("/identities").queryContains("api-version"))
        #expect(target("/identities?api-version=1").queryContains("api-version"))
        #expect(target("/x?a=1&api-version=2").queryContains("api-version"))
        #expect(target("/x?a=1&api-version").queryContains("api-version"))
        #expect(!target("/x?api-versions=1").queryContains("api-version"))
        #expect(!target("/x?a=api-version").queryContains("api-version"))
        #expect(!target("/api-version?a=1").queryContains("api-version"))
        #expect(!target("/x?&&").queryContains("api-version"))
    }

    @Test("appendQuery joins with the right separator")
    func appendQuery() {
        var plain = target("/x")
        plain.appendQuery([.init(name: "a", value: "1"), .init(name: "b", value: "2")])
        #expect(plain.pathAndQuery == "/x?a=1&b=2")
        var existing = target("/x?z=0")
        existing.appendQuery([.init(name: "a", value: "1")])
        #expect(existing.pathAndQuery == "/x?z=0&a=1")
        var trailing = target("/x?")
        trailing.appendQuery([.init(name: "a", value: "1")])
        #expect(trailing.pathAndQuery == "/x?a=1")
    }

    @Test("absolute links parse; paths starting with / are never absolute")
    func absolute() {
        #expect(RequestTarget.absolute("/x?next=https://evil.example/y") == nil)
        let link = RequestTarget.absolute("HTTPS://Example.com:8443/a?b=c")
        #expect(link == RequestTarget(scheme: "https", authority: "Example.com:8443", pathAndQuery: "/a?b=c"))
        #expect(RequestTarget.absolute("no-scheme/here") == nil)
    }

    @Test("host comparison ignores ASCII case only")
    func hostCase() {
        #expect(HTTPPipeline.equalIgnoringASCIICase("Example.COM:443", "example.com:443"))
        #expect(!HTTPPipeline.equalIgnoringASCIICase("example.com", "example.co"))
        #expect(!HTTPPipeline.equalIgnoringASCIICase("[", "{"))
        #expect(!HTTPPipeline.equalIgnoringASCIICase("a-b", "a\rb"))
        #expect(!HTTPPipeline.equalIgnoringASCIICase("example.com", "exämple.com"))
    }
}
