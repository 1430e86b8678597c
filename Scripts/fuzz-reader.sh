#!/usr/bin/env bash
# Seeded mutation fuzzer for the reader and the emitter (Fuzz/, its own SwiftPM package).
# Usage: Scripts/fuzz-reader.sh [SECONDS]   (default 120; FUZZ_SEED=N picks another deterministic run)
# Each batch of inputs runs in a child process, so a crash ends only its batch: the input that
# crashed is saved under Fuzz/findings/crash-*, inputs slower than 5 s under Fuzz/findings/slow-*.
# Ends with: runs: N, crashes: C, slow: S, seconds: T (exit 1 when C or S is not 0).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
seconds="${1:-120}"
fuzz="$root/Fuzz"
findings="$fuzz/findings"
# Offline builds resolve from SwiftPM's cache at the versions the root package already uses.
if [ ! -f "$fuzz/Package.resolved" ] && [ -f Package.resolved ]; then cp Package.resolved "$fuzz/Package.resolved"; fi
config="${FUZZ_CONFIG:-debug}"  # debug keeps Swift's assertions and preconditions on
if ! swift build --package-path "$fuzz" -c "$config" --product sdkgen-fuzz >"$fuzz/.build-log" 2>&1; then
  tail -40 "$fuzz/.build-log"
  exit 2
fi
bin="$(swift build --package-path "$fuzz" -c "$config" --show-bin-path)/sdkgen-fuzz"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$findings"
touch "$work/started"
start=$(date +%s)
deadline=$((start + seconds))
runs=0
crashes=0
batch=0
base="${FUZZ_SEED:-1}"
while [ "$(date +%s)" -lt "$deadline" ]; do
  seed=$((base * 1000000 + batch))
  batch=$((batch + 1))
  set +e
  out="$(timeout --signal=KILL $((deadline - $(date +%s) + 60)) "$bin" "$root" "$work" "$findings" "$seed" 400 "$deadline" 2>"$work/stderr")"
  status=$?
  set -e
  if [ "$status" -eq 0 ]; then
    runs=$((runs + $(sed -n 's/^batch runs: \([0-9]*\).*/\1/p' <<<"$out")))
    continue
  fi
  # The child died on an input: count what it ran, keep the input, start the next batch on a clean copy.
  done_runs="$(sed -n 's/^seed [0-9]* run \([0-9]*\)$/\1/p' "$work/current.meta" 2>/dev/null || echo 0)"
  runs=$((runs + ${done_runs:-0} + 1))
  if [ "$status" -ne 3 ]; then
    crashes=$((crashes + 1))
    dir="$findings/crash-seed$seed-run${done_runs:-0}"
    mkdir -p "$dir"
    cp "$work/current.input" "$dir/input" 2>/dev/null || true
    cp "$work/current.meta" "$dir/meta" 2>/dev/null || true
    tail -60 "$work/stderr" >"$dir/stderr"
    echo "crash (exit $status) saved in ${dir#"$root"/}" >&2
  fi
  rm -rf "$work/tree"
done
slow=$(find "$findings" -maxdepth 1 -name 'slow-*' -newer "$work/started" | wc -l)
echo "runs: $runs, crashes: $crashes, slow: $slow, seconds: $(( $(date +%s) - start ))"
[ "$crashes" -eq 0 ] && [ "$slow" -eq 0 ]
