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
    /// Spec/ (description, common types, examples) and, when present, every published
    /// Identity version in ../shared/specs.
    static func load(root: String) -> [Seed] {
        var seeds: [Seed] = []
        let spec = root + "/Spec"
        var specFiles = ["CommunicationIdentity.yaml", "common.yaml"]
        specFiles += ((try? FileManager.default.contentsOfDirectory(atPath: spec + "/examples")) ?? [])
            .filter { $0.hasSuffix(".json") }.sorted().map { "examples/" + $0 }
        for file in specFiles { add(&seeds, group: spec, file: file, entry: "CommunicationIdentity.yaml") }

        let shared = (root as NSString).deletingLastPathComponent + "/shared/specs"
        let enumerator = FileManager.default.enumerator(atPath: shared)
        var entries: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix("/CommunicationIdentity.json") { entries.append(path) }
        }
        for entry in entries.sorted() {
            let group = shared + "/" + (entry as NSString).deletingLastPathComponent
            add(&seeds, group: group, file: "CommunicationIdentity.json", entry: "CommunicationIdentity.json")
            let examples = ((try? FileManager.default.contentsOfDirectory(atPath: group + "/examples")) ?? []).sorted()
            for example in examples.prefix(3) { add(&seeds, group: group, file: "examples/" + example, entry: "CommunicationIdentity.json") }
        }
        return seeds
    }

    private static func add(_ seeds: inout [Seed], group: String, file: String, entry: String) {
        guard let data = FileManager.default.contents(atPath: group + "/" + file) else { return }
        seeds.append(Seed(group: group, file: file, entry: entry, bytes: [UInt8](data)))
    }
}
