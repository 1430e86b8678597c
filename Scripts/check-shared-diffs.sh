#!/usr/bin/env bash
# Compares `sdkgen diff` over each consecutive pair of the published Identity api-versions in ../shared
# with the goldens in Tests/SDKGenDiffTests/Fixtures/Goldens/shared-OLD--NEW.{txt,md,json}.
# Usage: Scripts/check-shared-diffs.sh [SPECS_ROOT]   (default: ../shared/specs/azure-rest-api-specs; skipped when absent)
# SDKGEN_RECORD=1 re-records the goldens instead of comparing; SDKGEN_SCRATCH_PATH selects the build folder.
set -euo pipefail
cd "$(dirname "$0")/.."
root="${1:-../shared/specs/azure-rest-api-specs}/Identity"
if [ ! -d "$root" ]; then
  echo "no shared specs at $root; skipping"
  exit 0
fi
scratch="${SDKGEN_SCRATCH_PATH:-.build}"
swift build --scratch-path "$scratch" --product sdkgen >/dev/null
sdkgen="$(swift build --scratch-path "$scratch" --show-bin-path)/sdkgen"
goldens="Tests/SDKGenDiffTests/Fixtures/Goldens"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Oldest first; the date keeps the reports reproducible.
versions=(stable/2022-10-01 stable/2023-08-01 stable/2023-10-01 preview/2025-03-02-preview)
failed=0
for ((i = 1; i < ${#versions[@]}; i++)); do
  old="$root/${versions[i-1]}/CommunicationIdentity.json"
  new="$root/${versions[i]}/CommunicationIdentity.json"
  name="shared-$(basename "${versions[i-1]}")--$(basename "${versions[i]}")"
  for format in text:txt markdown:md json:json; do
    status=0
    "$sdkgen" diff "$old" "$new" --format "${format%%:*}" --date 2025-04-30 >"$work/$name.${format##*:}" || status=$?
    # 0: no breaking change, 1: breaking changes; 2 is an error.
    if [ "$status" -gt 1 ]; then echo "$name: sdkgen diff failed with status $status"; exit 1; fi
  done
  verdict=$([ "$status" -eq 1 ] && echo breaking || echo non-breaking)
  for suffix in txt md json; do
    golden="$goldens/$name.$suffix"
    if [ "${SDKGEN_RECORD:-}" = 1 ]; then
      cp "$work/$name.$suffix" "$golden"
    elif ! cmp -s "$work/$name.$suffix" "$golden"; then
      echo "$name.$suffix differs from $golden (re-record with SDKGEN_RECORD=1 if intended):"
      diff "$golden" "$work/$name.$suffix" | head -20 || true
      failed=1
    fi
  done
  printf '%-40s %s\n' "$name" "$verdict"
done
[ "${SDKGEN_RECORD:-}" = 1 ] && echo "goldens recorded in $goldens"
exit "$failed"
