import Testing
@testable import SDKGenEmitter

@Suite struct SwiftNamingTests {
    @Test func wordsSplitAtCaseChangesDigitsAndPunctuation() {
        #expect(SwiftNaming.words("CommunicationIdentity_Create") == ["Communication", "Identity", "Create"])
        #expect(SwiftNaming.words("chat.join.limited") == ["chat", "join", "limited"])
        #expect(SwiftNaming.words("api-version") == ["api", "version"])
        // An acronym ends where a capitalised word starts.
        #expect(SwiftNaming.words("HTTPRequest") == ["HTTP", "Request"])
        #expect(SwiftNaming.words("v2Beta") == ["v2", "Beta"])
        #expect(SwiftNaming.words("@odata.nextLink") == ["odata", "next", "Link"])
        #expect(SwiftNaming.words("  ") == [])
    }

    @Test func typeNames() {
        #expect(SwiftNaming.typeName("entra id assignment") == "EntraIdAssignment")
        #expect(SwiftNaming.typeName("CommunicationIdentity_Create") == "CommunicationIdentityCreate")
        #expect(SwiftNaming.typeName("HTTPRequest") == "HTTPRequest")
        #expect(SwiftNaming.typeName("café au lait") == "CaféAuLait")
        // Leading digits: an identifier cannot start with one.
        #expect(SwiftNaming.typeName("2fa settings") == "_2faSettings")
        #expect(SwiftNaming.typeName("123") == "_123")
        // Nothing usable left: a placeholder.
        #expect(SwiftNaming.typeName("") == "Model")
        #expect(SwiftNaming.typeName("$-.") == "Model")
        // Names the standard library or the runtime already use.
        #expect(SwiftNaming.typeName("string") == "StringModel")
        #expect(SwiftNaming.typeName("error") == "ErrorModel")
        #expect(SwiftNaming.typeName("Type") == "TypeModel")
        #expect(SwiftNaming.typeName("ServiceError") == "ServiceErrorModel")
        #expect(SwiftNaming.typeName("paged items") == "PagedItemsModel")
        // Keywords are fine once capitalised.
        #expect(SwiftNaming.typeName("class") == "Class")
    }

    @Test func memberNames() {
        #expect(SwiftNaming.memberName("RevokeAccessTokens") == "revokeAccessTokens")
        #expect(SwiftNaming.memberName("api-version") == "apiVersion")
        #expect(SwiftNaming.memberName("URL") == "url")
        #expect(SwiftNaming.memberName("HTTPMethod") == "httpMethod")
        #expect(SwiftNaming.memberName("x-ms-client-request-id") == "xMsClientRequestId")
        #expect(SwiftNaming.memberName("$filter") == "filter")
        #expect(SwiftNaming.memberName("3d") == "_3d")
        #expect(SwiftNaming.memberName("") == "value")
        #expect(SwiftNaming.memberName("!!") == "value")
        // Keywords stay as they are (`escaped` adds the backticks); names backticks cannot save get a suffix.
        #expect(SwiftNaming.memberName("class") == "class")
        #expect(SwiftNaming.memberName("self") == "selfValue")
        #expect(SwiftNaming.memberName("Init") == "initValue")
        #expect(SwiftNaming.memberName("super") == "superValue")
        #expect(SwiftNaming.memberName("Type") == "type")
    }

    @Test func escaping() {
        #expect(SwiftNaming.escaped("class") == "`class`")
        #expect(SwiftNaming.escaped("Self") == "`Self`")
        #expect(SwiftNaming.escaped("in") == "`in`")
        #expect(SwiftNaming.escaped("name") == "name")
        // Contextual keywords are usable as they are.
        #expect(SwiftNaming.escaped("get") == "get")
        #expect(SwiftNaming.plain("`class`") == "class")
        #expect(SwiftNaming.plain("name") == "name")
        // Every keyword round-trips through escaped and plain.
        for keyword in SwiftNaming.keywords {
            #expect(SwiftNaming.escaped(keyword) == "`\(keyword)`")
            #expect(SwiftNaming.plain(SwiftNaming.escaped(keyword)) == keyword)
        }
    }

    @Test func argumentLabels() {
        #expect(SwiftNaming.argumentLabel("let") == "`let`")
        #expect(SwiftNaming.argumentLabel("var") == "`var`")
        #expect(SwiftNaming.argumentLabel("inout") == "`inout`")
        // Other keywords are valid labels at a call site.
        #expect(SwiftNaming.argumentLabel("class") == "class")
        #expect(SwiftNaming.argumentLabel("in") == "in")
        #expect(SwiftNaming.argumentLabel("name") == "name")
    }

    @Test func uniqueNamesIgnoreCase() {
        var used: Set<String> = []
        #expect(SwiftNaming.unique("name", in: &used) == "name")
        // Case-only collisions would clash in a case-insensitive file system or read as the same name.
        #expect(SwiftNaming.unique("Name", in: &used) == "Name2")
        #expect(SwiftNaming.unique("name", in: &used) == "name3")
        #expect(SwiftNaming.unique("other", in: &used) == "other")
        #expect(used == ["name", "name2", "name3", "other"])
        var taken: Set<String> = ["pet2"]
        #expect(SwiftNaming.unique("Pet", in: &taken) == "Pet")
        #expect(SwiftNaming.unique("Pet", in: &taken) == "Pet3")
    }

    @Test func publicIdentifierHelpers() {
        #expect(SwiftIdentifier.typeName("communication identity") == "CommunicationIdentity")
        #expect(SwiftIdentifier.kebabCase("CommunicationIdentity") == "communication-identity")
        #expect(SwiftIdentifier.kebabCase("HTTPRequest_v2") == "http-request-v2")
    }
}
