/// Small helpers for names synthesised from the description (inline schemas).
enum Naming {
    /// `create identity` / `expires_on` / `teams-user` → `CreateIdentity` / `ExpiresOn` / `TeamsUser`.
    static func pascalCase(_ text: String) -> String {
        var result = ""
        var upperNext = true
        for character in text {
            if character.isLetter || character.isNumber {
                result.append(upperNext ? Character(character.uppercased()) : character)
                upperNext = false
            } else {
                upperNext = true
            }
        }
        return result
    }
}
