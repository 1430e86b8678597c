#!/usr/bin/env bash
# Generates a standalone package for every Identity api-version and for the other ACS descriptions (Chat, Rooms, Sms)
# in ../shared/specs, builds it and runs its generated tests (the others come without example files, so theirs are
# compile checks).
# Usage: Scripts/build-shared-specs.sh [SPECS_ROOT]   (default: ../shared/specs/azure-rest-api-specs)
# All packages share one scratch folder, so the runtime and its dependencies compile once.
set -euo pipefail
cd "$(dirname "$0")/.."
root="${1:-../shared/specs/azure-rest-api-specs}"
if [ ! -d "$root/Identity" ]; then
  echo "no shared specs at $root; skipping"
  exit 0
fi
swift build --product sdkgen >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Run as an installed sdkgen would be: a copy of the binary, from an empty folder (templates are built in).
mkdir -p "$work/bin" "$work/empty"
cp "$(swift build --show-bin-path)/sdkgen" "$work/bin/sdkgen"
sdkgen="$work/bin/sdkgen"
root="$(cd "$root" && pwd)"
runtime="$PWD/Runtime"  # by path: the published runtime's URL is not reachable here
count=0
for spec in "$root"/Identity/*/*/CommunicationIdentity.json "$root"/Chat/*/*/*.json "$root"/Rooms/*/*/*.json "$root"/Sms/*/*/*.json; do
  [ -f "$spec" ] || continue
  case "$spec" in */Identity/*) version="$(basename "$(dirname "$spec")")" ;; *) version="$(basename "$spec" .json)-$(basename "$(dirname "$spec")")" ;; esac
  out="$work/$version"
  start=$(date +%s%N)
  (cd "$work/empty" && "$sdkgen" generate "$spec" --output "$out" --runtime-path "$runtime" --verbose 2>"$work/$version.warnings" >/dev/null)
  end=$(date +%s%N)
  printf '%-22s generated in %d ms (%d warnings); building and testing… ' "$version" "$(( (end - start) / 1000000 ))" "$(grep -c '^warning' "$work/$version.warnings" || true)"
  # Nothing of a real description's contract may be dropped: only missing example files and untested operations warn.
  if grep -E '^warning.*(not supported|not returned)' "$work/$version.warnings"; then echo "FAILED: part of the contract is dropped"; exit 1; fi
  # The README's first call (made from the description's authentication and examples) must compile: it goes into the
  # test target. The generated tests check requests and responses against the spec's own examples.
  module="$(basename "$(dirname "$(ls "$out"/Sources/*/Exports.swift)")")"
  Scripts/readme-example.sh "$out/README.md" "$out/Tests/${module}Tests/ReadmeExample.swift"
  swift test --package-path "$out" --scratch-path "$work/.build" >"$work/$version.build.log" 2>&1 || { echo "FAILED"; tail -40 "$work/$version.build.log"; exit 1; }
  echo "ok ($(grep -oE 'Test run with [0-9]+ tests' "$work/$version.build.log" | grep -oE '[0-9]+' || echo 0) generated tests passed)"
  count=$((count + 1))
done
echo "built $count generated packages"
