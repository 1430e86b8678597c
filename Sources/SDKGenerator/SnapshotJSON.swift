import Foundation

/// Writes the changelog snapshot as JSON with sorted keys and one line per operation and per schema.
///
/// A line per element keeps the committed file diffable (a changed operation is a changed line)
/// without pretty-printing's indentation, which made the file three times larger. Each element is
/// encoded on its own and appended, so the text is the only large value built: one `JSONEncoder`
/// pass over a large description first builds a tree of the whole document, which was the peak of
/// a generation's memory.
enum SnapshotJSON {
    /// The snapshot's JSON text, ending with a newline.
    static func text(_ snapshot: Changelog.Snapshot) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var skeleton = snapshot
        skeleton.api.operations = []
        skeleton.api.schemas = []
        let frame = String(decoding: try encoder.encode(skeleton), as: UTF8.self)
        // The skeleton's empty arrays mark where the elements go; a frame where they are not found
        // exactly once (a key of the same name elsewhere) is written in one pass instead.
        let marks = ["\"operations\":[]", "\"schemas\":[]"]
        let ranges = marks.map { frame.ranges(of: $0) }
        guard ranges.allSatisfy({ $0.count == 1 }), ranges[0][0].upperBound <= ranges[1][0].lowerBound else {
            return String(decoding: try encoder.encode(snapshot), as: UTF8.self) + "\n"
        }
        let operations = try array("operations", snapshot.api.operations)
        let schemas = try array("schemas", snapshot.api.schemas)
        var text = ""
        text.reserveCapacity(frame.utf8.count + (operations + schemas).reduce(1) { $0 + $1.utf8.count })
        text += frame[..<ranges[0][0].lowerBound]
        for part in operations { text += part }
        text += frame[ranges[0][0].upperBound..<ranges[1][0].lowerBound]
        for part in schemas { text += part }
        text += frame[ranges[1][0].upperBound...]
        text += "\n"
        return text
    }

    /// `"key":[`, the elements each on its own line, and `]`, in parts; chunks of elements are encoded on all cores.
    private static func array<Element: Encodable>(_ key: String, _ elements: [Element]) throws -> [String] {
        let chunk = 128
        let chunks = (elements.count + chunk - 1) / chunk
        let parts = try concurrentMap(chunks) { index in
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            var part = ""
            for position in index * chunk..<min(elements.count, (index + 1) * chunk) {
                part += position == 0 ? "\n" : ",\n"
                part += String(decoding: try encoder.encode(elements[position]), as: UTF8.self)
            }
            return part
        }
        return ["\"\(key)\":["] + parts + [elements.isEmpty ? "]" : "\n]"]
    }
}
