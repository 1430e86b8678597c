// swift-tools-version: 6.0
//
// One package holds the generator (reader → IR → emitter → CLI), the emulator and the committed generated SDKs,
// so that `swift test` compiles and exercises the generated code next to the generator. The runtime that generated
// SDKs import is its own package (`Runtime/`), which is all a generated SDK depends on.
import Foundation
import PackageDescription

/// The SDKs `sdkgen.yaml` generates into `Generated/`, and whether it generates end-to-end tests for them.
///
/// Listed here rather than found by listing `Generated/`: SwiftPM caches what a manifest evaluates to by the
/// manifest's path and text, so a target list read from disk would go stale when sdkgen.yaml gains an SDK. A test
/// (`packageManifestListsTheConfiguredSDKs`) fails when this list and `sdkgen.yaml` disagree. (`generated(_:)`
/// reads the disk too, with the same caching: it serves a clone that has no `Generated/` at all.)
let generatedSDKs: [(module: String, endToEnd: Bool)] = [
    ("AzureCommunicationIdentity", endToEnd: true),
    ("NamingTorture", endToEnd: false),
    ("ResponseContract", endToEnd: false),
    ("WireMatrix", endToEnd: false),
    ("Extensions", endToEnd: false),
    ("Numbers", endToEnd: false),
]

/// Whether a generated folder exists: the generator, runtime and emulator build without `Generated/`
/// (`rm -rf Generated && swift build --product identity-emulator` in a fresh clone).
func generated(_ path: String) -> Bool {
    FileManager.default.fileExists(atPath: Context.packageDirectory + "/Generated/" + path)
}

/// Whether this is a clone being worked on, rather than a dependency of someone's package (SwiftPM reads a
/// dependency's manifest from its repository, where no folder exists, then from a checkout inside its own
/// `workspace-state.json` folder). A dependency is the tool only — `sdkgen`, the `generate-sdk` plugin and
/// `SDKGenerator` — because SwiftPM refuses a versioned dependency that has path dependencies (the runtime here),
/// and because the emulator's Hummingbird and NIO have no business in a user's graph.
let isDevelopmentCheckout: Bool = {
    let directory = URL(fileURLWithPath: Context.packageDirectory)
    let managedBySwiftPM = FileManager.default.fileExists(
        atPath: directory.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("workspace-state.json").path)
    return FileManager.default.fileExists(atPath: directory.appendingPathComponent("Runtime/Package.swift").path) && !managedBySwiftPM
}()

let package = Package(
    name: "sdkgen",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sdkgen", targets: ["sdkgen"]),
        .plugin(name: "GenerateSDK", targets: ["GenerateSDK"]),
        .library(name: "SDKGenerator", targets: ["SDKGenerator"]),
    ] + (isDevelopmentCheckout ? developmentProducts : []),
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.0.0"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin.git", from: "1.4.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.0.0"),
    ] + (isDevelopmentCheckout ? developmentDependencies : []),
    targets: generatorTargets + (isDevelopmentCheckout ? developmentTargets + generatedTargets : [])
)

// MARK: The development checkout: runtime, emulator, tests and the committed generated SDKs

/// The emulator and the generated SDKs as products.
var developmentProducts: [Product] {
    [.executable(name: "identity-emulator", targets: ["identity-emulator"])]
        + generatedSDKs.filter { generated("Sources/\($0.module)") }.map { .library(name: $0.module, targets: [$0.module]) }
}

/// The runtime and what the emulator and the tests use.
var developmentDependencies: [Package.Dependency] {
    [
        // The runtime (AzureSDKRuntime, AzureSDKRuntimeTesting) and its opt-in AsyncHTTPClient transport.
        .package(path: "Runtime"),
        .package(path: "Runtime/AsyncHTTPClientTransport"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.0.0"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.0.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.21.0"),
        // Already in the graph through Hummingbird; named because the emulator imports them directly.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.0.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.0.0"),
        // 1.16 or later: the log-redaction tests capture output through its LogHandler API.
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.0"),
    ]
}

/// The generator: what a dependency of this package gets.
var generatorTargets: [Target] {
    [

        /// The intermediate representation: plain Codable value types, no dependencies.
        .target(name: "SDKGenIR"),
        /// Reads Swagger 2.0 / OpenAPI 3.x (JSON or YAML) into the IR.
        .target(
            name: "SDKGenReader",
            dependencies: ["SDKGenIR", .product(name: "Yams", package: "Yams")]
        ),
        /// Turns the IR into template contexts and renders the Mustache templates (the defaults embedded at build time).
        .target(
            name: "SDKGenEmitter",
            dependencies: ["SDKGenIR", .product(name: "Mustache", package: "swift-mustache")],
            plugins: ["EmbedTemplates"]
        ),
        /// Writes `Templates/*.mustache` into a Swift file for the plugin below.
        .executableTarget(name: "embed-templates"),
        .plugin(name: "EmbedTemplates", capability: .buildTool(), dependencies: ["embed-templates"]),
        /// `swift package --allow-writing-to-package-directory generate-sdk`: runs `sdkgen generate` in a package that
        /// depends on this one.
        .plugin(
            name: "GenerateSDK",
            capability: .command(
                intent: .custom(verb: "generate-sdk", description: "Regenerate the SDKs sdkgen.yaml describes"),
                permissions: [.writeToPackageDirectory(reason: "sdkgen writes the generated SDK into the package")]),
            dependencies: ["sdkgen"]),
        /// The whole job: configuration, read → emit, atomic writes, drift check.
        .target(
            name: "SDKGenerator",
            dependencies: ["SDKGenIR", "SDKGenReader", "SDKGenEmitter", "SDKGenDiff", .product(name: "Yams", package: "Yams")]
        ),
        /// Compares two API descriptions: added, removed, renamed and changed operations, breaking or not.
        .target(name: "SDKGenDiff", dependencies: ["SDKGenIR"]),
        /// The `sdkgen` command-line tool.
        .executableTarget(
            name: "sdkgen",
            dependencies: ["SDKGenerator", "SDKGenDiff", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
    ]
}

/// The emulator and the tests of the generator, the runtime and the emulator.
var developmentTargets: [Target] {
    [
        // MARK: Identity emulator (a local stand-in for the service, for end-to-end tests)

        .target(
            name: "IdentityEmulator",
            dependencies: [
                // Descriptions drive it (SDKGenReader reads them); never the generated SDK, which changes with every api-version.
                runtime, "SDKGenIR", "SDKGenReader",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "identity-emulator",
            dependencies: ["IdentityEmulator", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // MARK: Tests

        .testTarget(
            name: "SDKGenReaderTests",
            dependencies: ["SDKGenReader", "SDKGenIR"],
            exclude: ["Corpus"]  // hostile input files, read by path
        ),
        .testTarget(
            name: "SDKGenDiffTests",
            dependencies: ["SDKGenDiff", "SDKGenReader", "SDKGenIR"],
            exclude: ["Fixtures"]  // description pairs and expected reports, read by path
        ),
        .testTarget(
            name: "IdentityEmulatorTests",
            dependencies: [
                "IdentityEmulator", runtime, .product(name: "AzureSDKRuntimeAsyncHTTPClient", package: "AsyncHTTPClientTransport"), "SDKGenIR",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ],
            exclude: ["Fixtures"]  // API descriptions and examples the emulator is started with, read by path
        ),
        .testTarget(
            name: "SDKGeneratorTests",
            dependencies: ["SDKGenerator", "SDKGenEmitter", "SDKGenReader", "SDKGenIR"]
        ),
        /// Unit tests of the emitter: naming, literals, type mapping, context builders, key-path tables.
        .testTarget(
            name: "SDKGenEmitterTests",
            dependencies: ["SDKGenEmitter", "SDKGenReader", "SDKGenIR"]
        ),
        /// The runtime package's own tests, run here too so that `swift test` runs every test of the repository.
        .testTarget(
            name: "AzureSDKRuntimeTests",
            dependencies: [
                runtime, runtimeTesting,
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Runtime/Tests/AzureSDKRuntimeTests"
        ),
    ]
}

// MARK: The generated SDKs (committed; regenerate with `swift run sdkgen generate`), when present

/// The targets of `Generated/`: each SDK, its generated unit tests and, when generated, its end-to-end tests
/// against the emulator.
var generatedTargets: [Target] {
    var targets: [Target] = []
    for (module, endToEnd) in generatedSDKs where generated("Sources/\(module)") {
        targets.append(.target(name: module, dependencies: [runtime], path: "Generated/Sources/\(module)"))
        targets.append(.testTarget(
            name: "\(module)Tests", dependencies: [.target(name: module), runtime, runtimeTesting],
            path: "Generated/Tests/\(module)Tests"))
        if endToEnd {
            targets.append(.testTarget(
                name: "\(module)EndToEndTests",
                dependencies: [.target(name: module), "IdentityEmulator", runtime, runtimeTesting],
                path: "Generated/Tests/\(module)EndToEndTests"))
        }
    }
    // Hand-written tests of what fixture SDKs (descriptions written for the generator, never the product SDK)
    // do at run time; they exist only where those SDKs are generated.
    if generated("Sources/ResponseContract") {
        targets.append(.testTarget(
            name: "FixtureSDKTests", dependencies: ["ResponseContract", runtime, runtimeTesting],
            path: "Tests/FixtureSDKTests"))
    }
    // The wire matrix calls the fixture SDK `WireMatrix` (Spec/WireMatrix) and checks the exact bytes of every
    // parameter location × type/format.
    if generated("Sources/WireMatrix") {
        targets.append(.testTarget(
            name: "WireFormatMatrixTests", dependencies: ["WireMatrix", runtime, runtimeTesting]))
    }
    // The fixture SDK `Extensions` (Spec/Extensions): what each applied x-ms-* extension (header collections,
    // client request id, client defaults, parameter groups, internal operations) sends and reads.
    if generated("Sources/Extensions") {
        targets.append(.testTarget(
            name: "ExtensionsFixtureTests", dependencies: ["Extensions", runtime, runtimeTesting]))
    }
    return targets
}

/// The runtime's products (SwiftPM names a path dependency after its folder: `Runtime` → `runtime`).
var runtime: Target.Dependency { .product(name: "AzureSDKRuntime", package: "Runtime") }
var runtimeTesting: Target.Dependency { .product(name: "AzureSDKRuntimeTesting", package: "Runtime") }
