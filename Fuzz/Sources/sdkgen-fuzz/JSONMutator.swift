import Foundation

/// Structure-aware edits of JSON: the document stays well-formed, so the reader's semantic
/// checks (types, `$ref`s, Azure extensions) are reached instead of the parser's.
enum JSONMutator {
    static func mutate(_ input: [UInt8], random: inout SeededRandom) -> [UInt8]? {
        guard var root = try? JSONSerialization.jsonObject(with: Data(input), options: [.fragmentsAllowed]) else { return nil }
        var paths: [[String]] = []
        collect(root, path: [], into: &paths)
        guard !paths.isEmpty else { return nil }
        let path = paths[random.below(paths.count)]
        let other = paths[random.below(paths.count)]
        let replacement: Any?
        // JSONSerialization would round an extreme number: a marker string is put in its place and replaced by the
        // number's exact text after serializing.
        let marker = "@@sdkgen-fuzz-number@@"
        switch random.below(9) {
        case 0: replacement = nil  // delete the member
        case 1: replacement = [1, "two", NSNull(), true, ["nested": [:]]][random.below(5)]  // wrong type
        case 2: replacement = ["$ref": "#/" + other.map(escape).joined(separator: "/")]  // often a cycle
        case 3: replacement = value(at: other, in: root)  // a subtree where it does not belong
        case 4: replacement = ["$ref": ["../" + String(repeating: "../", count: random.below(12)) + "x.json", "#", "#/", "#/nope/1"][random.below(4)]]
        case 5: replacement = (0..<(1 + random.below(600))).reduce(value(at: path, in: root) ?? 0) { inner, _ in [inner] }  // deepen
        case 6: replacement = String(repeating: "\u{202E}x{{", count: 1 + random.below(2000))
        case 7: replacement = marker
        default: replacement = [String(repeating: "k", count: 1 + random.below(300)): value(at: path, in: root) ?? NSNull()]
        }
        root = set(replacement, at: path[...], in: root)
        guard let data = try? JSONSerialization.data(withJSONObject: root, options: [.fragmentsAllowed, .sortedKeys]) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
            .replacingOccurrences(of: "\"" + marker + "\"", with: ExtremeNumbers.texts[random.below(ExtremeNumbers.texts.count)])
        return [UInt8](text.utf8)
    }

    private static func escape(_ token: String) -> String {
        token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    private static func collect(_ value: Any, path: [String], into paths: inout [[String]]) {
        guard paths.count < 5000 else { return }
        if let object = value as? [String: Any] {
            for (key, member) in object { paths.append(path + [key]); collect(member, path: path + [key], into: &paths) }
        } else if let array = value as? [Any] {
            for (index, element) in array.enumerated() { paths.append(path + [String(index)]); collect(element, path: path + [String(index)], into: &paths) }
        }
    }

    private static func value(at path: [String], in root: Any) -> Any? {
        var current: Any = root
        for token in path {
            if let object = current as? [String: Any], let next = object[token] { current = next }
            else if let array = current as? [Any], let index = Int(token), array.indices.contains(index) { current = array[index] }
            else { return nil }
        }
        return current
    }

    private static func set(_ replacement: Any?, at path: ArraySlice<String>, in value: Any) -> Any {
        guard let token = path.first else { return replacement ?? NSNull() }
        if var object = value as? [String: Any] {
            if path.count == 1, replacement == nil { object[token] = nil } else {
                object[token] = set(replacement, at: path.dropFirst(), in: object[token] ?? NSNull())
            }
            return object
        }
        if var array = value as? [Any], let index = Int(token), array.indices.contains(index) {
            if path.count == 1, replacement == nil { array.remove(at: index) } else {
                array[index] = set(replacement, at: path.dropFirst(), in: array[index])
            }
            return array
        }
        return value
    }
}
