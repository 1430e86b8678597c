// swift-tools-version: 6.0
//
// The runtime every generated SDK imports, as a package of its own so that depending on an SDK resolves only this
// and what it needs (swift-http-types, swift-crypto, swift-log) — never the generator's or the emulator's packages.
// The AsyncHTTPClient (SwiftNIO) transport is a separate package in `AsyncHTTPClientTransport/`: SwiftPM resolves
// every package a dependency's targets use, so a product here would pull NIO into every SDK user's graph.
import Foundation
import PackageDescription

let package = Package(
    name: "swift-azure-sdk-runtime",
    platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9), .visionOS(.v1)],
    products: [
        /// Pipeline, credentials, errors, paging, long-running operations and the JSON helpers generated code uses.
        .library(name: "AzureSDKRuntime", targets: ["AzureSDKRuntime"]),
        /// Test helpers for code that uses the runtime: a scripted transport and JSON comparison.
        .library(name: "AzureSDKRuntimeTesting", targets: ["AzureSDKRuntimeTesting"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-crypto.git", "3.0.0"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.0.0"),
        // 1.16 or later: the log-redaction tests capture output through its LogHandler API.
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.0"),
    ] + documentationPlugin,
    targets: [
        .target(
            name: "AzureSDKRuntime",
            dependencies: [
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "HTTPTypesFoundation", package: "swift-http-types"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "AzureSDKRuntimeTesting",
            dependencies: ["AzureSDKRuntime", .product(name: "HTTPTypes", package: "swift-http-types")]
        ),
        .testTarget(
            name: "AzureSDKRuntimeTests",
            dependencies: [
                "AzureSDKRuntime", "AzureSDKRuntimeTesting",
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
    ]
)

/// swift-docc-plugin only when the documentation check asks for it (`AZURE_SDK_RUNTIME_DOCS=1`,
/// `Scripts/check-docs.sh`): declared always, it would be resolved by every package that depends on an SDK.
var documentationPlugin: [Package.Dependency] {
    guard ProcessInfo.processInfo.environment["AZURE_SDK_RUNTIME_DOCS"] == "1" else { return [] }
    return [.package(url: "https://github.com/swiftlang/swift-docc-plugin.git", from: "1.4.0")]
}
