#!/usr/bin/env bash
# The SwiftPM command plugin as a user gets it: a scratch package depends on sdkgen and on the runtime by URL and
# version (both "published" as tagged local git repositories, docs/RELEASING.md); `swift package generate-sdk` writes
# the SDK its own sdkgen.yaml describes, and the package then builds with it. As a dependency sdkgen is the tool
# alone: the scratch package must not resolve the emulator's Hummingbird or SwiftNIO.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product sdkgen >/dev/null
version="$("$(swift build --show-bin-path)/sdkgen" --version)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
Scripts/publish-locally.sh . "$work/sdkgen" "$version"
Scripts/publish-locally.sh Runtime "$work/swift-azure-sdk-runtime" "$version"
mkdir -p "$work/Scratch/Spec" "$work/Scratch/Sources/Scratch"
cat > "$work/Scratch/Spec/pets.yaml" <<'YAML'
swagger: "2.0"
info: {title: Pets, version: "2025-01-01"}
securityDefinitions: {key: {type: apiKey, name: x-pets-key, in: header}}
paths:
  /pets/{name}:
    get:
      operationId: Pets_Get
      parameters:
        - {name: name, in: path, required: true, type: string}
        - {name: api-version, in: query, required: true, type: string}
      responses:
        "200": {description: ok, schema: {type: object, properties: {name: {type: string}}}}
YAML
cat > "$work/Scratch/sdkgen.yaml" <<'YAML'
output: Generated
sdks:
  - spec: Spec/pets.yaml
    module: Pets
    sdkName: pets
    sdkVersion: 0.1.0
YAML
cat > "$work/Scratch/Package.swift" <<SWIFT
// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Scratch",
    platforms: [.macOS(.v13)],
    // sdkgen for the plugin; the runtime, which the generated SDK needs, is a package of its own.
    dependencies: [
        .package(url: "file://$work/sdkgen", .upToNextMinor(from: "$version")),
        .package(url: "file://$work/swift-azure-sdk-runtime", .upToNextMinor(from: "$version")),
    ],
    targets: [
        .target(
            name: "Pets", dependencies: [.product(name: "AzureSDKRuntime", package: "swift-azure-sdk-runtime")],
            path: "Generated/Sources/Pets"),
        .target(name: "Scratch", dependencies: ["Pets"]),
    ]
)
SWIFT
cat > "$work/Scratch/Sources/Scratch/Use.swift" <<'SWIFT'
import Foundation
import Pets

/// Compiles against the generated client: the plugin wrote it.
func makeClient() throws -> PetsClient {
    try PetsClient(endpoint: URL(string: "https://pets.example")!, apiKey: "key")
}
SWIFT
# SwiftPM reads the manifest before the plugin runs: the generated target's folder must exist (a fresh package
# starts with a placeholder file; sdkgen never touches files it did not write).
mkdir -p "$work/Scratch/Generated/Sources/Pets"
echo "// Until \`swift package generate-sdk\` writes the client." > "$work/Scratch/Generated/Sources/Pets/Placeholder.swift"
cd "$work/Scratch"
start=$(date +%s)
swift package --allow-writing-to-package-directory generate-sdk --quiet
resolved="$(ls .build/checkouts | tr '\n' ' ')"
echo "resolved: $resolved"
case " $resolved " in *" swift-nio "*|*" hummingbird "*|*" async-http-client "*)
  echo "FAILED: depending on sdkgen for its plugin pulls the emulator's packages"; exit 1 ;;
esac
test -f Generated/Sources/Pets/PetsClient.swift || { echo "FAILED: the plugin wrote no client"; exit 1; }
swift build --target Scratch >"$work/build.log" 2>&1 || { tail -30 "$work/build.log"; echo "FAILED: the scratch package does not build"; exit 1; }
swift package --allow-writing-to-package-directory generate-sdk --check >/dev/null
echo "generate-sdk plugin: a scratch package regenerates its SDK and builds ($(( $(date +%s) - start )) s)"
