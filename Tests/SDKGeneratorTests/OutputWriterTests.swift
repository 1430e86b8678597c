import Foundation
import SDKGenerator
import Testing

/// The output folder is either the old or the new tree; foreign files are never touched.
@Suite("Output writer")
struct OutputWriterTests {
    let folder = NSTemporaryDirectory() + "sdkgen-out-\(UUID().uuidString)/Generated"

    func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent(path)).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test("writes files and a manifest; a second run removes files no longer produced")
    func staleFilesRemoved() throws {
        let writer = OutputWriter(folder: folder)
        try writer.write([GeneratedFile(path: "Sources/A.swift", contents: "a"), GeneratedFile(path: "Sources/B.swift", contents: "b")])
        #expect(read("Sources/A.swift") == "a")
        #expect(read(OutputWriter.manifestName)?.contains("Sources/B.swift") == true)
        let changed = try writer.write([GeneratedFile(path: "Sources/A.swift", contents: "a2")])
        #expect(changed == 2)
        #expect(read("Sources/A.swift") == "a2")
        #expect(read("Sources/B.swift") == nil)
        #expect(writer.drift([GeneratedFile(path: "Sources/A.swift", contents: "a2")]).isEmpty)
    }

    @Test("files sdkgen did not write are left alone")
    func foreignFilesKept() throws {
        let writer = OutputWriter(folder: folder)
        try writer.write([GeneratedFile(path: "A.swift", contents: "a")])
        try Data("mine".utf8).write(to: URL(fileURLWithPath: (folder as NSString).appendingPathComponent("Notes.md")))
        try writer.write([GeneratedFile(path: "C.swift", contents: "c")])
        #expect(read("Notes.md") == "mine")
        #expect(read("A.swift") == nil)
        #expect(read("C.swift") == "c")
    }

    @Test("drift lists missing, changed and stale files")
    func driftKinds() throws {
        let writer = OutputWriter(folder: folder)
        try writer.write([GeneratedFile(path: "A.swift", contents: "a"), GeneratedFile(path: "B.swift", contents: "b")])
        let drift = writer.drift([GeneratedFile(path: "A.swift", contents: "changed"), GeneratedFile(path: "N.swift", contents: "n")])
        #expect(drift.contains(.init(kind: .changed, path: "A.swift")))
        #expect(drift.contains(.init(kind: .missing, path: "N.swift")))
        #expect(drift.contains(.init(kind: .stale, path: "B.swift")))
    }

    @Test("unchanged files keep their modification date")
    func unchangedFilesKeepDates() throws {
        let writer = OutputWriter(folder: folder)
        try writer.write([GeneratedFile(path: "A.swift", contents: "a"), GeneratedFile(path: "B.swift", contents: "b")])
        let path = (folder as NSString).appendingPathComponent("A.swift")
        let past = Date(timeIntervalSince1970: 1_000_000)
        try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: path)
        try writer.write([GeneratedFile(path: "A.swift", contents: "a"), GeneratedFile(path: "B.swift", contents: "b2")])
        let date = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        #expect(date == past)
    }
}
