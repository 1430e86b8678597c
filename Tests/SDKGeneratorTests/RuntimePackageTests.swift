import Foundation
import SDKGenerator
import Testing

/// The runtime is a package of its own (`Runtime/`) that generated packages depend on by URL and version: what
/// sdkgen writes into them must match what the runtime package is and where it is released.
@Suite("runtime package")
struct RuntimePackageTests {
    @Test("sdkgen and the runtime are released together: generated packages ask for the runtime of this sdkgen")
    func versionsMatch() {
        #expect(PackageOptions.publishedRuntime.runtimeVersion == Generator.version)
    }

    @Test("the AsyncHTTPClient transport, published alone, depends on the same runtime release")
    func transportManifestNamesThePublishedRuntime() throws {
        let manifest = try String(contentsOfFile: Checkout.path("Runtime/AsyncHTTPClientTransport/Package.swift"), encoding: .utf8)
        let published = PackageOptions.publishedRuntime
        #expect(manifest.contains(".package(url: \"\(published.runtimeLocation)\", .upToNextMinor(from: \"\(published.runtimeVersion)\"))"))
        #expect(manifest.contains(": \"\(published.runtimeIdentity)\" }"))
    }

    @Test("the README shows the runtime dependency generated packages get")
    func readmeNamesThePublishedRuntime() throws {
        let readme = try String(contentsOfFile: Checkout.path("README.md"), encoding: .utf8)
        let published = PackageOptions.publishedRuntime
        #expect(readme.contains(".package(url: \"\(published.runtimeLocation)\", .upToNextMinor(from: \"\(published.runtimeVersion)\"))"))
    }

    @Test("the runtime depends on swift-crypto, swift-http-types and swift-log only (documentation plugin aside)")
    func runtimeDependenciesStayFew() throws {
        let manifest = try String(contentsOfFile: Checkout.path("Runtime/Package.swift"), encoding: .utf8)
        let declared = manifest.split(separator: "\n")
            .filter { $0.contains(".package(url:") && !$0.contains("swift-docc-plugin") }
            .compactMap { line in line.split(separator: "\"").dropFirst().first.map(String.init) }
        #expect(declared.sorted() == [
            "https://github.com/apple/swift-crypto.git", "https://github.com/apple/swift-http-types.git",
            "https://github.com/apple/swift-log.git",
        ])
    }

    @Test("SwiftPM's name for the runtime package: its repository or folder, lower-cased")
    func runtimeIdentity() {
        #expect(PackageOptions.publishedRuntime.runtimeIdentity == "swift-azure-sdk-runtime")
        #expect(PackageOptions(runtimeLocation: "../sdkgen/Runtime/", runtimeIsPath: true, runtimeVersion: "").runtimeIdentity == "runtime")
        #expect(PackageOptions(runtimeLocation: "git@github.com:o/My.Runtime.git", runtimeIsPath: false, runtimeVersion: "1.0.0").runtimeIdentity == "my.runtime")
    }
}
