#!/usr/bin/env bash
# Moves the product SDK to every published Identity api-version in ../shared/specs (older and newer than the
# committed one) and to a renamed variant (Scripts/fixtures/renamed-identity), each in a scratch copy of this
# checkout, the way a maintainer would: edit only the spec path of the SDK's entry in sdkgen.yaml (for the renamed
# variant, also paste the `names:` block `sdkgen diff --format markdown` prints), then run the README's two commands.
# Each move must generate, build every target including tests, and pass `swift test` (generator, runtime, emulator,
# the moved SDK's generated unit and end-to-end tests); its changelog entry and suggested version must be what
# `sdkgen diff` reports. Last, the emulator must build in a copy without Generated/.
#
# Usage: Scripts/check-version-moves.sh [SPECS_ROOT]   (default ../shared/specs/azure-rest-api-specs; without it,
#        only the renamed fixture moves). VERSION_MOVES_BUILD sets the build folder (default: this checkout's
#        .build, so dependencies compile once; the copies then rebuild only this package's own targets).
set -euo pipefail
cd "$(dirname "$0")/.."
checkout="$(pwd)"
specs="${1:-../shared/specs/azure-rest-api-specs}"
build="${VERSION_MOVES_BUILD:-$checkout/.build}"
module=AzureCommunicationIdentity
committed_spec="Spec/CommunicationIdentity.yaml"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
started=$(date +%s)

swift build --scratch-path "$build" --product sdkgen >/dev/null
sdkgen="$(swift build --scratch-path "$build" --show-bin-path)/sdkgen"

moves=()
if [ -d "$specs/Identity" ]; then
  for spec in "$specs"/Identity/*/*/CommunicationIdentity.json; do
    [ -f "$spec" ] || continue
    moves+=("$(cd "$(dirname "$spec")" && pwd)/$(basename "$spec")")
  done
else
  echo "no shared specs at $specs: only the renamed fixture moves"
fi
renamed="$checkout/Scripts/fixtures/renamed-identity/CommunicationIdentity.yaml"
moves+=("$renamed")
moved=0

# A scratch copy of the checkout as it is (tracked and untracked files, nothing ignored), at one path for all moves
# (or at $1). SwiftPM caches what a manifest evaluates to by its path and text, so a copy whose Generated/ holds
# other folders than an earlier one at the same path must go elsewhere.
copy_checkout() {
  local target="${1:-$work/repo}"
  rm -rf "$target"
  mkdir -p "$target"
  # Files git knows or would add, that exist (a tracked file deleted in the working tree is left out).
  git ls-files -co --exclude-standard -z | python3 -c '
import os, shutil, sys
target = sys.argv[1]
for path in sys.stdin.buffer.read().decode().split("\0"):
    if path and os.path.isfile(path):
        os.makedirs(os.path.join(target, os.path.dirname(path)), exist_ok=True)
        shutil.copy2(path, os.path.join(target, path))
' "$target"
  if [ -f Package.resolved ]; then cp Package.resolved "$target/"; fi
}

# Runs a command in the copy, output to a log; on failure prints the log's tail and fails.
in_copy() {
  local log="$1"; shift
  if ! (cd "$work/repo" && "$@") >"$log" 2>&1; then
    echo "FAILED: $*"
    grep -E "error:|recorded an issue|✘" "$log" | head -40 || true
    tail -20 "$log"
    exit 1
  fi
}

seconds() { echo $(( $(date +%s) - $1 )); }

for spec in "${moves[@]}"; do
  name="$(basename "$(dirname "$spec")")"
  # VERSION_MOVES_ONLY=NAME moves to that one only (e.g. 2023-08-01, renamed-identity), for a quick look.
  if [ -n "${VERSION_MOVES_ONLY:-}" ] && [ "$name" != "$VERSION_MOVES_ONLY" ]; then continue; fi
  copy_checkout
  moved=$((moved + 1))
  log="$work/$name"
  grep -q "^  - spec: $committed_spec\$" "$work/repo/sdkgen.yaml" || { echo "sdkgen.yaml has no entry 'spec: $committed_spec'"; exit 1; }
  # The one edit: the SDK's description (in Python: a path may hold characters sed would read).
  python3 -c 'import sys; p, old, new = sys.argv[1:]; t = open(p).read(); open(p, "w").write(t.replace(f"  - spec: {old}\n", f"  - spec: {new}\n", 1))' \
    "$work/repo/sdkgen.yaml" "$committed_spec" "$spec"
  report_status=0
  "$sdkgen" diff "$committed_spec" "$spec" --format markdown >"$log.report.md" || report_status=$?
  [ "$report_status" -le 1 ] || { echo "$name: sdkgen diff failed ($report_status)"; exit 1; }
  report_status=0
  "$sdkgen" diff "$committed_spec" "$spec" --format json >"$log.report.json" || report_status=$?
  [ "$report_status" -le 1 ] || { echo "$name: sdkgen diff --format json failed ($report_status)"; exit 1; }
  if [ "$spec" = "$renamed" ]; then
    # The pinned names the report prints, pasted under the SDK's entry; and a caller written for the old names.
    python3 - "$log.report.md" "$work/repo/sdkgen.yaml" "$spec" <<'PY'
import sys
report, config, spec = open(sys.argv[1]).read(), sys.argv[2], sys.argv[3]
block = report.split("```yaml\n", 1)[1].split("```", 1)[0]
lines = open(config).read().split("\n")
at = lines.index(f"  - spec: {spec}")
end = at + 1
while end < len(lines) and lines[end].startswith("    "): end += 1
lines[end:end] = ["    " + line for line in block.rstrip("\n").split("\n")]
open(config, "w").write("\n".join(lines))
PY
    cp "$checkout/Scripts/fixtures/renamed-identity/Caller.swift" "$work/repo/Generated/Tests/${module}Tests/VersionMoveCaller.swift"
  fi
  move_started=$(date +%s)
  in_copy "$log.generate" swift run --scratch-path "$build" sdkgen generate
  generated=$(seconds "$move_started")
  if [ "$spec" = "$renamed" ]; then
    # Regeneration removes files it did not write only when they are its own; the caller must still be there.
    [ -f "$work/repo/Generated/Tests/${module}Tests/VersionMoveCaller.swift" ] || { echo "$name: the caller was removed"; exit 1; }
  fi
  build_started=$(date +%s)
  in_copy "$log.build" swift build --scratch-path "$build" --build-tests
  built=$(seconds "$build_started")
  test_started=$(date +%s)
  in_copy "$log.test" swift test --scratch-path "$build" --skip-build
  tested=$(seconds "$test_started")
  tests=$(grep -oE 'Test run with [0-9]+ tests' "$log.test" | grep -oE '[0-9]+' | tail -1 || true)
  endToEnd=$(grep -cE '✔ Test ".* succeeds against the emulator"' "$log.test" || true)
  # The changelog entry must be the report's, with the bump the report suggests.
  python3 - "$log.report.md" "$log.report.json" "$work/repo/Generated/Docs/$module/CHANGELOG.md" "$checkout/Generated/Docs/$module/CHANGELOG.md" "$name" <<'PY'
import json, sys
report_md, report_json, changelog_path, committed_path, name = sys.argv[1:]
changelog, committed = open(changelog_path).read(), open(committed_path).read()
report = json.load(open(report_json))
new_version = report["newVersion"]
if f"api-version {new_version}\n" in committed.split("## ", 2)[1]:
    # The same api-version as the committed SDK: the changelog is carried over unchanged.
    assert changelog == committed, f"{name}: same api-version, but the changelog changed"
    print(f"{name}: same api-version as committed; changelog unchanged")
    sys.exit(0)
body = "\n".join(open(report_md).read().split("\n")[2:])
entry = changelog.split("\n## ")[1]
assert body.strip() in entry, f"{name}: the changelog entry is not the sdkgen diff report:\n{entry[:2000]}"
bump = report["suggestedBump"]
assert f"({bump} bump from " in entry, f"{name}: the changelog does not suggest a {bump} bump:\n{entry[:400]}"
print(f"{name}: changelog entry = sdkgen diff report, {bump} bump")
PY
  printf '%-22s generate %3ss, build %3ss, swift test %3ss: %s tests passed (%s operations end to end against the emulator)\n' \
    "$name" "$generated" "$built" "$tested" "$tests" "$endToEnd"
done

# The emulator builds without the generated SDK (a fresh copy, so SwiftPM reads the manifest anew).
# Its own tests pass there too: they speak HTTP and never touch a generated SDK.
copy_checkout "$work/without-generated"
rm -rf "$work/without-generated/Generated"
without_started=$(date +%s)
for step in "build --product identity-emulator" "build --build-tests" "test --skip-build --filter IdentityEmulatorTests"; do
  # shellcheck disable=SC2086 # the step is words on purpose
  if ! (cd "$work/without-generated" && swift $step --scratch-path "$build") >"$work/no-generated.log" 2>&1; then
    echo "FAILED without Generated/: swift $step"; grep -E "error:|recorded an issue|✘" "$work/no-generated.log" | head -20; exit 1
  fi
done
emulator_tests=$(grep -oE 'Test run with [0-9]+ tests' "$work/no-generated.log" | grep -oE '[0-9]+' | tail -1 || true)
echo "without Generated/: identity-emulator builds and its $emulator_tests tests pass ($(seconds "$without_started") s)"
echo "version moves: $moved moves in $(seconds "$started") s"
