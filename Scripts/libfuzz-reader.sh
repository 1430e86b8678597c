#!/usr/bin/env bash
# Coverage-guided fuzzing of the reader and the emitter with libFuzzer (Fuzz/Sources/sdkgen-libfuzzer).
# Usage: Scripts/libfuzz-reader.sh [SECONDS]   (default 120)
# Seeds: Spec/, the reader's hostile-input corpus and, when present, ../shared/specs. The growing corpus is kept in
# Fuzz/.libfuzzer-corpus (ignored by git); crashes, leaks, timeouts (10 s) and out-of-memory inputs (2 GiB) are
# written to Fuzz/findings/ by libFuzzer. Ends with: runs: N, crashes: C, seconds: T (exit 1 when C is not 0).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
seconds="${1:-120}"
fuzz="$root/Fuzz"
corpus="$fuzz/.libfuzzer-corpus"
findings="$fuzz/findings"
scratch="$fuzz/.build-libfuzzer"
if [ ! -f "$fuzz/Package.resolved" ] && [ -f Package.resolved ]; then cp Package.resolved "$fuzz/Package.resolved"; fi
if ! swift build --package-path "$fuzz" -c release --product sdkgen-libfuzzer --scratch-path "$scratch" --sanitize fuzzer \
    >"$fuzz/.build-libfuzzer-log" 2>&1; then
  tail -40 "$fuzz/.build-libfuzzer-log"
  exit 2
fi
bin="$scratch/release/sdkgen-libfuzzer"
mkdir -p "$corpus" "$findings"
seed() { for file in "$@"; do [ -f "$file" ] && cp "$file" "$corpus/seed-$(basename "$(dirname "$file")")-$(basename "$file")"; done; return 0; }
seed Spec/*.yaml Spec/NamingTorture/*.yaml Spec/Numbers/*.yaml Spec/Numbers/examples/*.json Tests/SDKGenReaderTests/Corpus/*
if [ -d ../shared/specs ]; then
  while IFS= read -r file; do seed "$file"; done < <(find ../shared/specs -name '*.json' -size -200k | sort)
fi
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
start=$(date +%s)
status=0
SDKGEN_TEMPLATES="$root/Templates" "$bin" -max_total_time="$seconds" -max_len=131072 -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix="$findings/" -print_final_stats=1 "$corpus" >"$log" 2>&1 || status=$?
runs="$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)"
crashes=0
[ "$status" -ne 0 ] && crashes=1
if [ "$crashes" -ne 0 ]; then grep -E "ERROR|SUMMARY|Test unit written" "$log" | head -20; fi
echo "runs: $runs, crashes: $crashes, corpus: $(ls "$corpus" | wc -l) files, seconds: $(( $(date +%s) - start ))"
[ "$crashes" -eq 0 ]
