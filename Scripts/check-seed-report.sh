#!/usr/bin/env bash
# Checks that `sdkgen diff` over the published 2025-03-02-preview description, from nothing, reproduces
# the reference report ../shared/seed/communication-identity-2025-03-02-preview.txt byte for byte.
# Usage: Scripts/check-seed-report.sh [SHARED_ROOT]   (default: ../shared; skipped when it does not exist)
# SDKGEN_SCRATCH_PATH selects the build folder (default: .build).
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${1:-../shared}"
spec="$shared/specs/azure-rest-api-specs/Identity/preview/2025-03-02-preview/CommunicationIdentity.json"
seed="$shared/seed/communication-identity-2025-03-02-preview.txt"
if [ ! -f "$spec" ] || [ ! -f "$seed" ]; then
  echo "no shared spec or seed under $shared; skipping"
  exit 0
fi
scratch="${SDKGEN_SCRATCH_PATH:-.build}"
swift build --scratch-path "$scratch" --product sdkgen >/dev/null
sdkgen="$(swift build --scratch-path "$scratch" --show-bin-path)/sdkgen"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT
# A report with only new operations has no breaking change, so anything but 0 is a failure.
"$sdkgen" diff "$spec" --format text --date 2025-04-30 >"$out"
if cmp -s "$out" "$seed"; then
  echo "seed report reproduced: $(grep -c ' (new)$' "$out") methods, byte for byte"
else
  echo "the report differs from $seed:"
  diff "$seed" "$out" | head -40
  exit 1
fi
