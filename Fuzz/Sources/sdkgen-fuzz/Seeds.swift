import Foundation

/// One seed file and the description that reads it: mutating `common.yaml` or an example
/// is only interesting through the `$ref`s of the description that includes it.
struct Seed {
    /// The folder copied whole into the work area, so relative `$ref`s still resolve.
    let group: String
    /// The mutated file, relative to `group`.
    let file: String
    /// The description read, relative to `group`.
    let entry: String
    let bytes: [UInt8]
}

enum Seeds {
    /// Spec/ (description, common types, examples), the fixture descriptions (Numbers, NamingTorture), the reader's
    /// extreme-number corpus and, when present, every description in ../shared/specs (the published Identity
    /// versions, Chat, Rooms, Sms and their common types) with a few of its examples. The shared descriptions are
    /// read from where they are, never copied into the repository: a clone without ../shared fuzzes the rest.
    static func load(root: String) -> [Seed] {
        var seeds: [Seed] = []
        let spec = root + "/Spec"
        var specFiles = ["CommunicationIdentity.yaml", "common.yaml"]
        specFiles += ((try? FileManager.default.contentsOfDirectory(atPath: spec + "/examples")) ?? [])
            .filter { $0.hasSuffix(".json") }.sorted().map { "examples/" + $0 }
        for file in specFiles { add(&seeds, group: spec, file: file, entry: "CommunicationIdentity.yaml") }
        for (folder, entry) in [("Numbers", "Numbers.yaml"), ("NamingTorture", "NamingTorture.yaml")] {
            let group = spec + "/" + folder
            add(&seeds, group: group, file: entry, entry: entry)
            let examples = ((try? FileManager.default.contentsOfDirectory(atPath: group + "/examples")) ?? []).sorted()
            for example in examples where example.hasSuffix(".json") { add(&seeds, group: group, file: "examples/" + example, entry: entry) }
        }
        let corpus = root + "/Tests/SDKGenReaderTests/Corpus"
        for file in ["extreme-numbers.yaml", "extreme-numbers.json"] { add(&seeds, group: corpus, file: file, entry: file) }

        let shared = (root as NSString).deletingLastPathComponent + "/shared/specs"
        let enumerator = FileManager.default.enumerator(atPath: shared)
        var entries: [String] = []
        while let path = enumerator?.nextObject() as? String {
            // Every description: a JSON file outside `examples/` that says which Swagger or OpenAPI it is.
            guard path.hasSuffix(".json"), !path.contains("/examples/"),
                let head = FileManager.default.contents(atPath: shared + "/" + path)?.prefix(4096),
                String(decoding: head, as: UTF8.self).contains("\"swagger\"") || String(decoding: head, as: UTF8.self).contains("\"openapi\"")
            else { continue }
            entries.append(path)
        }
        for entry in entries.sorted() {
            // The whole shared folder is the group, so `$ref`s to ../../../Common resolve in the copy too.
            let folder = (entry as NSString).deletingLastPathComponent
            add(&seeds, group: shared, file: entry, entry: entry)
            let examples = ((try? FileManager.default.contentsOfDirectory(atPath: shared + "/" + folder + "/examples")) ?? []).sorted()
            for example in examples.prefix(3) { add(&seeds, group: shared, file: folder + "/examples/" + example, entry: entry) }
        }
        return seeds
    }

    private static func add(_ seeds: inout [Seed], group: String, file: String, entry: String) {
        guard let data = FileManager.default.contents(atPath: group + "/" + file) else { return }
        seeds.append(Seed(group: group, file: file, entry: entry, bytes: [UInt8](data)))
    }
}
