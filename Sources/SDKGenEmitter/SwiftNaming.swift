/// Turns names from API descriptions into Swift identifiers.
///
/// Wire names are never changed: models keep them in `CodingKeys`, requests in
/// query and header names; only the Swift-side spelling is converted here.
enum SwiftNaming {
    /// Words Swift reserves; used as identifiers they are written in backticks.
    static let keywords: Set<String> = [
        "associatedtype", "class", "deinit", "enum", "extension", "fileprivate", "func", "import", "init",
        "inout", "internal", "let", "open", "operator", "private", "precedencegroup", "protocol", "public",
        "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "catch", "continue",
        "default", "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return",
        "throw", "switch", "where", "while", "Any", "as", "await", "false", "is", "nil", "self", "Self",
        "super", "throws", "true", "try", "Type", "Protocol", "some", "any",
    ]

    /// Type names the generated code or the standard library already uses.
    static let reservedTypeNames: Set<String> = [
        "String", "Int", "Int32", "Int64", "Double", "Float", "Bool", "Data", "Date", "URL", "UUID", "Error",
        "Array", "Dictionary", "Set", "Optional", "Result", "Codable", "Decodable", "Encodable", "Hashable",
        "Sendable", "JSONValue", "Indirect", "PagedItems", "Page", "ServiceError", "HTTPPipeline",
        "PipelineRequest", "PipelineResponse", "ClientOptions", "Type", "Protocol", "Self", "Any",
        // Runtime types generated code names unqualified.
        "Response", "ResponseWithHeaders", "Poller", "PollingStatus", "FinalStateVia", "PathEncoding", "WireCoded",
        "AnonymousCredential", "APIKeyCredential", "AccessKeyCredential", "BearerTokenCredential", "TokenCredential",
        "StaticTokenCredential", "RequestCredential", "Discriminator", "ExtensibleEnum",
    ]

    /// Splits `CommunicationIdentity_Create`, `chat.join.limited`, `api-version`, `HTTPRequest` into words.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            guard character.isLetter || character.isNumber else {
                if !current.isEmpty { words.append(current); current = "" }
                continue
            }
            if let last = current.last {
                let next = index + 1 < characters.count ? characters[index + 1] : nil
                let startsWord = character.isUppercase && (last.isLowercase || last.isNumber
                    || (last.isUppercase && next?.isLowercase == true))
                if startsWord { words.append(current); current = "" }
            }
            current.append(character)
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// `entra id assignment` → `EntraIdAssignment`; safe as a type name.
    static func typeName(_ text: String) -> String {
        var name = words(text).map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        if name.isEmpty { name = "Model" }
        if name.first!.isNumber { name = "_" + name }
        if reservedTypeNames.contains(name) { name += "Model" }
        return name
    }

    /// Names that even backticks do not make usable as members or arguments
    /// (an argument called `self` hides `self` in the initializer).
    static let unusableMemberNames: Set<String> = ["self", "super", "init", "deinit", "subscript", "Type", "Protocol"]

    /// `RevokeAccessTokens` → `revokeAccessTokens`; `api-version` → `apiVersion`; keywords in backticks.
    static func memberName(_ text: String) -> String {
        let parts = words(text)
        guard let first = parts.first else { return "value" }
        var name = lowercasedLeadingWord(first) + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        if name.first!.isNumber { name = "_" + name }
        if unusableMemberNames.contains(name) { name += "Value" }
        return name
    }

    /// An argument label at a call site: only `inout`, `var` and `let` need backticks there.
    static func argumentLabel(_ name: String) -> String {
        ["inout", "var", "let"].contains(name) ? "`\(name)`" : name
    }

    /// A name without backticks, as DocC symbol links and test names spell it.
    static func plain(_ name: String) -> String {
        name.replacingOccurrences(of: "`", with: "")
    }

    /// A member name ready to write in code: keywords get backticks.
    static func escaped(_ name: String) -> String {
        keywords.contains(name) ? "`\(name)`" : name
    }

    /// `URL` → `url`, `HTTPMethod` → `httpMethod`, `Create` → `create`.
    private static func lowercasedLeadingWord(_ word: String) -> String {
        if word == word.uppercased() { return word.lowercased() }
        return word.prefix(1).lowercased() + word.dropFirst()
    }

    /// Makes `name` unique among `used` by appending a number.
    static func unique(_ name: String, in used: inout Set<String>) -> String {
        var candidate = name
        var counter = 2
        while used.contains(candidate.lowercased()) {
            candidate = "\(name)\(counter)"
            counter += 1
        }
        used.insert(candidate.lowercased())
        return candidate
    }
}
