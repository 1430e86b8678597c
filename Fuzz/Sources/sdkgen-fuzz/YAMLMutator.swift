/// Line-aware edits of YAML: indentation, keys and scalars are what YAML breaks on.
enum YAMLMutator {
    static let values = [
        "[", "{", "*a", "&a x", "|", ">-", "~", "!!binary AAAA", "!!int x", "? x", "- x", "'", "\"\\ud800\"", "0x1F",
        "1e999999", ".nan", "{$ref: '#/definitions/'}", "{$ref: '#/paths'}", "{$ref: common.yaml}", "[*a, *a, *a]",
        "{x-ms-enum: {name: 5}}", "{type: array}", "{type: object, additionalProperties: 7}", "\"\"",
        ".inf", "-.Inf", "+1.", ".5", "-.5", "1_000", "0o17", "0b101", "1:30",
    ] + ExtremeNumbers.texts

    static func mutate(_ input: [UInt8], random: inout SeededRandom) -> [UInt8] {
        var lines = String(decoding: input, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count > 1 else { return input }
        let index = random.below(lines.count)
        switch random.below(6) {
        case 0:  // delete a block of lines
            lines.removeSubrange(index..<min(lines.count, index + 1 + random.below(8)))
        case 1:  // duplicate a block (duplicate keys, repeated items)
            let block = lines[index..<min(lines.count, index + 1 + random.below(8))]
            lines.insert(contentsOf: block, at: random.below(lines.count + 1))
        case 2:  // shift indentation
            let shift = random.below(5) - 2
            lines[index] = shift > 0 ? String(repeating: " ", count: shift) + lines[index] : String(lines[index].dropFirst(-shift))
        case 3:  // replace a value after "key:"
            if let colon = lines[index].firstIndex(of: ":") {
                lines[index] = String(lines[index][...colon]) + " " + values[random.below(values.count)]
            }
        case 4:  // swap two lines
            lines.swapAt(index, random.below(lines.count))
        default:  // anchor a line's value and alias it elsewhere
            if let colon = lines[index].firstIndex(of: ":") {
                lines[index] = String(lines[index][...colon]) + " &a" + lines[index][lines[index].index(after: colon)...]
                let target = random.below(lines.count)
                if let other = lines[target].firstIndex(of: ":") { lines[target] = String(lines[target][...other]) + " *a" }
            }
        }
        return Array(lines.joined(separator: "\n").utf8)
    }
}
