// swift-tools-version: 6.0
//
// Opt-in: an AsyncHTTPClient (SwiftNIO) transport for the runtime. A package of its own so that only those who
// depend on it resolve NIO (see ../Package.swift).
import Foundation
import PackageDescription

let package = Package(
    name: "swift-azure-sdk-runtime-async-http-client",
    platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9), .visionOS(.v1)],
    products: [
        .library(name: "AzureSDKRuntimeAsyncHTTPClient", targets: ["AzureSDKRuntimeAsyncHTTPClient"]),
    ],
    dependencies: [
        runtime,
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.21.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.0"),
    ] + documentationPlugin,
    targets: [
        .target(
            name: "AzureSDKRuntimeAsyncHTTPClient",
            dependencies: [
                .product(name: "AzureSDKRuntime", package: runtimeIdentity),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
    ]
)

/// The runtime in the folder above while this package sits in the runtime's repository (the sdkgen checkout); the
/// published runtime once this package is published on its own (docs/RELEASING.md).
var runtimeFolder: URL { URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent() }
var runtimeIsBeside: Bool {
    FileManager.default.fileExists(atPath: runtimeFolder.appendingPathComponent("Sources/AzureSDKRuntime").path)
}
var runtime: Package.Dependency {
    runtimeIsBeside
        ? .package(path: "..")
        : .package(url: "https://github.com/sdkgen-swift/swift-azure-sdk-runtime.git", .upToNextMinor(from: "0.11.0"))
}
/// SwiftPM names a path dependency after its folder and a URL dependency after its repository, lower-cased.
var runtimeIdentity: String { runtimeIsBeside ? runtimeFolder.lastPathComponent.lowercased() : "swift-azure-sdk-runtime" }

/// swift-docc-plugin only for the documentation check (`AZURE_SDK_RUNTIME_DOCS=1`, `Scripts/check-docs.sh`).
var documentationPlugin: [Package.Dependency] {
    guard ProcessInfo.processInfo.environment["AZURE_SDK_RUNTIME_DOCS"] == "1" else { return [] }
    return [.package(url: "https://github.com/swiftlang/swift-docc-plugin.git", from: "1.4.0")]
}
