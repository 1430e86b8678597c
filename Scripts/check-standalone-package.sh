#!/usr/bin/env bash
# What a user of a generated SDK gets: a copied sdkgen, run from an empty folder, generates the Identity SDK as a
# standalone package depending on the runtime by URL and version (the runtime "published" as a local git repository,
# tagged like a release); a scratch app depending on that package resolves, prints what it resolved (only the
# runtime and its own dependencies may appear), and builds with the README's first call as its code.
# Prints the resolve and first-build times. Usage: Scripts/check-standalone-package.sh
set -euo pipefail
cd "$(dirname "$0")/.."
checkout="$PWD"
swift build --product sdkgen >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/empty"
cp "$(swift build --show-bin-path)/sdkgen" "$work/bin/sdkgen"
version="$("$work/bin/sdkgen" --version)"

# The runtime as its release would publish it (docs/RELEASING.md): Runtime/ alone in a repository, tagged.
Scripts/publish-locally.sh Runtime "$work/swift-azure-sdk-runtime" "$version"

(cd "$work/empty" && "$work/bin/sdkgen" generate "$checkout/Spec/CommunicationIdentity.yaml" --output "$work/communication-identity" \
  --module AzureCommunicationIdentity --sdk-version 1.0.0 --runtime-url "file://$work/swift-azure-sdk-runtime" --quiet >/dev/null)
grep -qF ".package(url: \"file://$work/swift-azure-sdk-runtime\", .upToNextMinor(from: \"$version\"))" "$work/communication-identity/Package.swift" \
  || { echo "FAILED: the generated package does not ask for runtime $version by URL"; exit 1; }

mkdir -p "$work/app/Sources/app"
cat >"$work/app/Package.swift" <<'MANIFEST'
// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "app",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "../communication-identity")],
    targets: [
        .executableTarget(
            name: "app",
            dependencies: [.product(name: "AzureCommunicationIdentity", package: "communication-identity")])
    ]
)
MANIFEST
Scripts/readme-example.sh "$work/communication-identity/README.md" "$work/app/Sources/app/ReadmeExample.swift"
echo 'print("built")' >"$work/app/Sources/app/main.swift"

cd "$work/app"
start=$(date +%s)
swift package resolve >"$work/resolve.log" 2>&1 || { cat "$work/resolve.log"; echo "FAILED: resolve"; exit 1; }
resolve_seconds=$(( $(date +%s) - start ))
swift package show-dependencies --format json 2>/dev/null | python3 -c '
import json, sys
def walk(node, seen):
    for child in node["dependencies"]:
        seen.add(child["identity"]); walk(child, seen)
    return seen
print("\n".join(sorted(walk(json.load(sys.stdin), set()))))' >"$work/resolved.txt"
echo "resolved packages ($(wc -l <"$work/resolved.txt")): $(tr '\n' ' ' <"$work/resolved.txt")"
# swift-asn1 comes with swift-crypto.
expected="communication-identity swift-asn1 swift-azure-sdk-runtime swift-crypto swift-http-types swift-log"
if [ "$(tr '\n' ' ' <"$work/resolved.txt" | sed 's/ $//')" != "$expected" ]; then
  echo "FAILED: expected exactly: $expected"; exit 1
fi
start=$(date +%s)
swift build >"$work/build.log" 2>&1 || { tail -40 "$work/build.log"; echo "FAILED: the app does not build"; exit 1; }
build_seconds=$(( $(date +%s) - start ))
[ "$(.build/debug/app)" = "built" ] || { echo "FAILED: the app does not run"; exit 1; }
echo "standalone SDK: resolve ${resolve_seconds} s, first swift build ${build_seconds} s (the README example compiled in the app)"
