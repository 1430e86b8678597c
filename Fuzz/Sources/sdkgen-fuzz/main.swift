import Foundation
import SDKGenerator

/// One batch of the fuzzer, run as a child process by Scripts/fuzz-reader.sh so that a crash
/// ends only the batch: the script then saves `work/current.*` (the input that crashed).
///
///     sdkgen-fuzz ROOT WORK FINDINGS SEED COUNT DEADLINE_EPOCH_SECONDS
///
/// Prints `batch runs: N slow: S errors: E ok: K` when it ends normally.
let arguments = CommandLine.arguments
guard arguments.count == 7, let seed = UInt64(arguments[4]), let count = Int(arguments[5]), let deadline = Double(arguments[6]) else {
    FileHandle.standardError.write(Data("usage: sdkgen-fuzz ROOT WORK FINDINGS SEED COUNT DEADLINE\n".utf8))
    exit(2)
}
let (root, work, findings) = (arguments[1], arguments[2], arguments[3])
let files = FileManager.default
let seeds = Seeds.load(root: root)
guard !seeds.isEmpty else { fatalError("no seeds under \(root)/Spec") }

/// Each seed group is copied once into WORK/tree, where one file at a time is replaced.
let groups = Array(Set(seeds.map(\.group))).sorted()
func treeFolder(_ group: String) -> String { work + "/tree/g\(groups.firstIndex(of: group)!)" }
for group in groups where !files.fileExists(atPath: treeFolder(group)) {
    try files.createDirectory(atPath: work + "/tree", withIntermediateDirectories: true)
    try files.copyItem(atPath: group, toPath: treeFolder(group))
}

/// Saves the current input (and what to read) as a finding.
@Sendable func save(kind: String, index: Int) {
    let folder = findings + "/\(kind)-seed\(seed)-run\(index)"
    try? files.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try? files.removeItem(atPath: folder + "/input")
    try? files.copyItem(atPath: work + "/current.input", toPath: folder + "/input")
    try? files.removeItem(atPath: folder + "/meta")
    try? files.copyItem(atPath: work + "/current.meta", toPath: folder + "/meta")
}

let progress = ProgressBox()
let watchdog = Watchdog { save(kind: "slow", index: progress.index) }
let templates = root + "/Templates"
let options = EmitterOptions(moduleName: "Fuzzed", sdkName: "fuzzed", sdkVersion: "1.0.0")
var random = SeededRandom(seed: seed)
var (runs, slow, errors, ok) = (0, 0, 0, 0)

while runs < count, Date().timeIntervalSince1970 < deadline {
    let seedFile = seeds[random.below(seeds.count)]
    let donor = seeds[random.below(seeds.count)].bytes
    var bytes = seedFile.bytes
    for _ in 0..<(1 + random.below(4)) {
        let structured = random.below(2) == 0
        if structured, seedFile.file.hasSuffix(".json"), let edited = JSONMutator.mutate(bytes, random: &random) {
            bytes = edited
        } else if structured, seedFile.file.hasSuffix(".yaml") {
            bytes = YAMLMutator.mutate(bytes, random: &random)
        } else {
            bytes = ByteMutator.mutate(bytes, random: &random, donor: donor)
        }
    }
    let folder = treeFolder(seedFile.group)
    let target = folder + "/" + seedFile.file
    let entry = folder + "/" + seedFile.entry
    progress.index = runs
    try Data(bytes).write(to: URL(fileURLWithPath: work + "/current.input"))
    try Data("seed \(seed) run \(runs)\ngroup \(seedFile.group)\nfile \(seedFile.file)\nentry \(seedFile.entry)\n".utf8)
        .write(to: URL(fileURLWithPath: work + "/current.meta"))
    try Data(bytes).write(to: URL(fileURLWithPath: target))

    watchdog.begin()
    do {
        _ = try SpecReader.read(path: entry)
        // Reading `contents` renders each file (rendering is deferred to the writer).
        _ = try Generator.run(spec: entry, templatesFolder: templates, options: options).files.map(\.contents)
        ok += 1
    } catch {
        errors += 1
    }
    if watchdog.end() { slow += 1 }
    try Data(seedFile.bytes).write(to: URL(fileURLWithPath: target))
    runs += 1
}
print("batch runs: \(runs) slow: \(slow) errors: \(errors) ok: \(ok)")

/// The index of the execution in progress, read by the watchdog thread.
final class ProgressBox: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    var index: Int {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}
