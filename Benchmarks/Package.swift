// swift-tools-version: 6.0
//
// The performance benchmarks of sdkgen (see ../BENCHMARKS.md). A package of its own, so that
// `swift test` at the root never builds the peers. `run.sh` builds, in release, from this package:
//   - `sdkgen` (the root package's product, by path),
//   - `swift-openapi-generator` 1.14.3 (the peer),
//   - `identity-emulator` (the root package's product, for the end-to-end row),
//   - `sdk-bench` (per-call and end-to-end micro-benchmarks of the generated Identity SDK).
import PackageDescription

let package = Package(
    name: "sdkgen-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "sdkgen", path: ".."),
        .package(path: "../Runtime"),
        .package(url: "https://github.com/apple/swift-openapi-generator.git", exact: "1.14.3"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.0.0"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.0.0"),
    ],
    targets: [
        .executableTarget(
            name: "sdk-bench",
            dependencies: [
                .product(name: "AzureSDKRuntime", package: "Runtime"),
                .product(name: "AzureSDKRuntimeTesting", package: "Runtime"),
                .product(name: "AzureCommunicationIdentity", package: "sdkgen"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
    ]
)
