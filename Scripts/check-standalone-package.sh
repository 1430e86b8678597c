#!/usr/bin/env bash
# What a user of a generated SDK gets: a copied sdkgen, run from an empty folder, generates the Identity SDK as a
# standalone package depending on the runtime by URL and version (the runtime "published" as a local git repository,
# tagged like a release); a scratch app depending on that package resolves, prints what it resolved (only the
# runtime and its own dependencies may appear), and builds with the README's first call as its code.
# Prints the resolve and first-build times. Then the AsyncHTTPClient transport, published alone, must resolve
# against the published runtime by URL. Usage: Scripts/check-standalone-package.sh
set -euo pipefail
cd "$(dirname "$0")/.."
checkout="$PWD"
swift build --product sdkgen >/dev/null
# Every package the package in the working folder resolves, one identity per line, sorted.
resolved_packages() {
  swift package show-dependencies --format json | python3 -c '
import json, sys
def walk(node, seen):
    for child in node["dependencies"]:
        seen.add(child["identity"]); walk(child, seen)
    return seen
print("\n".join(sorted(walk(json.load(sys.stdin), set()))))'
}
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
resolved_packages 2>"$work/app-deps.log" >"$work/resolved.txt"
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

# The AsyncHTTPClient transport as published alone (docs/RELEASING.md): with no runtime in the folder above, its
# manifest must ask for the published runtime by URL (mirrored here to the local release) and resolve; servers that
# opt in get NIO, nobody gets the generator's or the emulator's packages.
"$checkout/Scripts/publish-locally.sh" "$checkout/Runtime/AsyncHTTPClientTransport" "$work/swift-azure-sdk-runtime-async-http-client" "$version"
mkdir -p "$work/server/Sources/server"
cat >"$work/server/Package.swift" <<MANIFEST
// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "server",
    platforms: [.macOS(.v13)],
    dependencies: [.package(url: "file://$work/swift-azure-sdk-runtime-async-http-client", .upToNextMinor(from: "$version"))],
    targets: [
        .executableTarget(
            name: "server",
            dependencies: [.product(name: "AzureSDKRuntimeAsyncHTTPClient", package: "swift-azure-sdk-runtime-async-http-client")])
    ]
)
MANIFEST
echo 'import AzureSDKRuntimeAsyncHTTPClient' >"$work/server/Sources/server/main.swift"
cd "$work/server"
swift package config set-mirror --original https://github.com/sdkgen-swift/swift-azure-sdk-runtime.git \
  --mirror "file://$work/swift-azure-sdk-runtime"
resolved_packages 2>"$work/server.log" | tr '\n' ' ' | sed 's/ $//' >"$work/server-resolved.txt" \
  || { cat "$work/server.log"; echo "FAILED: the published transport does not resolve"; exit 1; }
echo "transport alone resolves: $(cat "$work/server-resolved.txt")"
case " $(cat "$work/server-resolved.txt") " in
  *" swift-azure-sdk-runtime "*) ;;
  *) echo "FAILED: the published transport does not depend on the published runtime"; exit 1 ;;
esac
case " $(cat "$work/server-resolved.txt") " in
  *" hummingbird "*|*" yams "*|*" swift-mustache "*) echo "FAILED: the transport pulls the generator's or emulator's packages"; exit 1 ;;
esac
