// libFuzzer entry point: coverage-guided fuzzing of the reader and the emitter.
//
// Built only by Scripts/libfuzz-reader.sh with `-sanitize=fuzzer` (libFuzzer supplies `main`);
// each input is one description file (JSON when it starts with "{", else YAML) that is read,
// turned into files and rendered. Errors are expected; a crash, hang or leak is a finding.
import Foundation
import SDKGenerator

private let folder: String = {
    let path = NSTemporaryDirectory() + "sdkgen-libfuzzer-\(ProcessInfo.processInfo.processIdentifier)"
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}()

private let templates: String = {
    // Set by the script: the checkout's templates folder.
    ProcessInfo.processInfo.environment["SDKGEN_TEMPLATES"] ?? "Templates"
}()

private let options = EmitterOptions(moduleName: "Fuzzed", sdkName: "fuzzed", sdkVersion: "1.0.0")

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Data(UnsafeBufferPointer(start: start, count: count))
    let path = folder + (bytes.first == UInt8(ascii: "{") ? "/input.json" : "/input.yaml")
    guard (try? bytes.write(to: URL(fileURLWithPath: path))) != nil else { return 0 }
    if let result = try? Generator.run(spec: path, templatesFolder: templates, options: options) {
        for file in result.files { _ = file.contents }
    }
    return 0
}
