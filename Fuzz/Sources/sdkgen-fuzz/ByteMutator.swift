/// Format-blind edits: what a truncated download, a bad merge or a careless editor does.
enum ByteMutator {
    /// Tokens that mean something to JSON, YAML or the reader, spliced in at random.
    static let tokens: [String] = [
        "{", "}", "[", "]", "\"", ":", ",", "\n", "\n  ", "\t", "\\u0000", "\\ud800", "-", "? ", "&a ", "*a", "<<: *a",
        "!!binary ", "|", ">", "#", "~", "null", "true", "1e999999", "-0", "9223372036854775808",
        "\"$ref\": \"#/definitions/A\"", "$ref: '#/'", "\"$ref\": \"#\"", "$ref: ../../../../../../tmp/x.yaml",
        "\"$ref\": \"https://example.com/x\"", "\"x-ms-enum\": {}", "x-ms-pageable: {nextLinkName: }", "type: [string]",
        "\u{FEFF}", "\u{FFFF}", "\u{1F600}", "%", "\\", "'", "''", "\"\"", "{{", "}}", "{{#", "{{/",
    ] + ExtremeNumbers.texts

    static func mutate(_ input: [UInt8], random: inout SeededRandom, donor: [UInt8]) -> [UInt8] {
        var bytes = input
        guard !bytes.isEmpty else { return Array(tokens[random.below(tokens.count)].utf8) }
        switch random.below(7) {
        case 0:  // flip a bit
            let index = random.below(bytes.count)
            bytes[index] ^= UInt8(1 << random.below(8))
        case 1:  // set a byte to anything, including invalid UTF-8
            bytes[random.below(bytes.count)] = UInt8(random.below(256))
        case 2:  // delete a range
            let start = random.below(bytes.count)
            bytes.removeSubrange(start..<min(bytes.count, start + 1 + random.below(64)))
        case 3:  // duplicate a range somewhere else
            let start = random.below(bytes.count)
            let chunk = bytes[start..<min(bytes.count, start + 1 + random.below(256))]
            bytes.insert(contentsOf: chunk, at: random.below(bytes.count + 1))
        case 4:  // splice a piece of another seed in
            let start = random.below(donor.count)
            let chunk = donor[start..<min(donor.count, start + 1 + random.below(512))]
            let at = random.below(bytes.count)
            bytes.replaceSubrange(at..<min(bytes.count, at + random.below(128)), with: chunk)
        case 5:  // insert a meaningful token
            bytes.insert(contentsOf: Array(tokens[random.below(tokens.count)].utf8), at: random.below(bytes.count + 1))
        default:  // truncate
            bytes.removeSubrange(random.below(bytes.count)...)
        }
        return bytes
    }
}
