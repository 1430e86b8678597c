// swift-tools-version: 6.0
//
// A seeded mutation fuzzer and a libFuzzer target for the reader and emitter. Its own package because the root
// Package.swift must not grow a development-only executable; it depends on the root by path.
import PackageDescription

let package = Package(
    name: "SDKGenFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "sdkgen", path: "..")],
    targets: [
        .executableTarget(
            name: "sdkgen-fuzz",
            dependencies: [.product(name: "SDKGenerator", package: "sdkgen")]
        ),
        // libFuzzer target: build only with `-sanitize=fuzzer` (Scripts/libfuzz-reader.sh); libFuzzer supplies main.
        .executableTarget(
            name: "sdkgen-libfuzzer",
            dependencies: [.product(name: "SDKGenerator", package: "sdkgen")]
        ),
    ]
)
