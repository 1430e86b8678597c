#!/usr/bin/env bash
# sdkgen's performance benchmarks: one command from a fresh clone, prints the table (see ../BENCHMARKS.md).
#
#   Benchmarks/run.sh                 # everything (takes a long time: builds, x1000 peers, compiles)
#
# Knobs (environment): SIZES="1 10 100 1000" (copies of the 16-operation Identity description), RUNS=5,
# RUNS_BIG=3 (runs at x1000), SLOW=180 (a tool whose first run at a size takes longer than this many seconds is
# not run again at that size: the table says "1 run"), LIMIT=900 (seconds before a generator run is killed and
# reported as "> LIMIT"), COMPILE_SIZES="1 10" and COMPILE_RUNS=3, FORMAT=yaml|json, E2E_SECONDS=10 and E2E_ROUNDS=5,
# GEN_TOOLS="sdkgen soag oag" (the generators to time), RESULTS=DIR (default .work/results),
# SKIP="..." (any of: oag compile percall e2e), PROFILE=1 (also profile sdkgen with perf at PROFILE_SIZES="100").
#
# Everything it makes goes to Benchmarks/.work/ and Benchmarks/.build/ (both ignored by git).
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
WORK="$HERE/.work"
RES="${RESULTS:-$WORK/results}"
SIZES="${SIZES:-1 10 100 1000}"
RUNS="${RUNS:-5}"
RUNS_BIG="${RUNS_BIG:-3}"
SLOW="${SLOW:-180}"
LIMIT="${LIMIT:-900}"
COMPILE_SIZES="${COMPILE_SIZES:-1 10}"
COMPILE_RUNS="${COMPILE_RUNS:-3}"
FORMAT="${FORMAT:-yaml}"
SKIP="${SKIP:-}"
PROFILE="${PROFILE:-0}"
PROFILE_SIZES="${PROFILE_SIZES:-100}"
E2E_SECONDS="${E2E_SECONDS:-10}"
E2E_ROUNDS="${E2E_ROUNDS:-5}"
skip() { [[ " $SKIP " == *" $1 "* ]]; }
log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

mkdir -p "$WORK" "$RES"
rm -f "$RES"/*.tsv "$RES"/*.txt
{
  echo "date	$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "nproc	$(nproc)"
  echo "memory	$(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
  echo "cpu	$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)"
  echo "swift	$(swift --version 2>&1 | head -1)"
  echo "java	$(java -version 2>&1 | head -1 || echo none)"
  echo "load_start	$(cut -d' ' -f1-3 /proc/loadavg)"
  echo "commit	$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$ROOT" diff --quiet 2>/dev/null || echo '+local changes')"
} > "$RES/machine.tsv"

# ---------------------------------------------------------------- build (release) -----------------------------
log "building sdkgen, swift-openapi-generator 1.14.3 and sdk-bench in release (Benchmarks/.build)"
swift build -c release --package-path "$HERE" --product sdkgen >&2
swift build -c release --package-path "$HERE" --product swift-openapi-generator >&2
BIN="$(swift build -c release --package-path "$HERE" --show-bin-path)"
SDKGEN="$BIN/sdkgen"
SOAG="$BIN/swift-openapi-generator"

OAG=""
if ! skip oag; then
  if java -version >/dev/null 2>&1; then
    if [ ! -x "$WORK/venv/bin/openapi-generator-cli" ]; then
      log "installing openapi-generator-cli 7.26.0 from PyPI into Benchmarks/.work/venv"
      (python3 -m venv "$WORK/venv" && "$WORK/venv/bin/pip" install -q "openapi-generator-cli==7.26.0") >&2 || true
    fi
    [ -x "$WORK/venv/bin/openapi-generator-cli" ] && OAG="$WORK/venv/bin/openapi-generator-cli"
  fi
fi
echo "oag	${OAG:+openapi-generator-cli 7.26.0 (PyPI), $(java -version 2>&1 | head -1)}" >> "$RES/machine.tsv"

# ---------------------------------------------------------------- inputs --------------------------------------
python3 -c 'import yaml' 2>/dev/null || python3 -m pip install -q PyYAML >&2
log "scaling the Identity description: x$SIZES (OpenAPI 3.0, YAML and JSON)"
python3 "$HERE/Scripts/scale_spec.py" "$ROOT/Spec" "$WORK/specs" $SIZES >&2
cat > "$WORK/openapi-generator-config.yaml" <<'EOF'
generate:
  - types
  - client
accessModifier: public
EOF

# ---------------------------------------------------------------- generation ----------------------------------
# One run of TOOL on SPEC into a fresh OUT; appends "tool size run seconds maxrss_kib status" to gen.tsv.
# The previous OUT is moved aside, not deleted, until generation ends: ext4 without a journal (this machine's
# file system) skips inodes freed in the last seconds when it creates files, so creating thousands of files
# right after deleting thousands costs up to 10x more kernel time, which would charge a tool for the cleanup of
# the run before it.
TRASH="$WORK/out/.trash"
gen_once() {
  local tool="$1" size="$2" run="$3" spec="$4" out="$WORK/out/$1-x$2" stats="$WORK/out/$1-x$2.time" status=ok
  mkdir -p "$TRASH"; rm -f "$stats"
  [ -e "$out" ] && mv "$out" "$TRASH/$tool-x$size-$run-$RANDOM"
  case "$tool" in
    sdkgen) cmd=("$SDKGEN" generate "$spec" --output "$out" --module "IdentityX$size") ;;
    soag) mkdir -p "$out"; cmd=("$SOAG" generate --mode types --mode client --config "$WORK/openapi-generator-config.yaml" --output-directory "$out" "$spec") ;;
    # swagger-parser refuses YAML over 3 MiB code points by default (x1000 is 31 MB): lift the limit, as a user would.
    oag) cmd=(env JAVA_OPTS="-DmaxYamlCodePoints=1000000000" "$OAG" generate -g swift6 -i "$spec" -o "$out") ;;
  esac
  if ! /usr/bin/time -f '%e %M' -o "$stats" timeout "$LIMIT" "${cmd[@]}" > "$WORK/out/$tool-x$size.log" 2>&1; then
    status=failed; grep -q 'non-zero status 124' "$stats" 2>/dev/null && status=timeout
  fi
  read -r secs kib < <(grep -E '^[0-9.]+ [0-9]+$' "$stats" | tail -1 || echo "0 0")
  [ "$status" = timeout ] && secs="$LIMIT"
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$size" "$run" "$secs" "$kib" "$status" >> "$RES/gen.tsv"
  log "  $tool x$size run $run: ${secs}s ${kib}KiB $status"
  [ "$status" = ok ]
}

TOOLS="sdkgen soag"; [ -n "$OAG" ] && TOOLS="$TOOLS oag"
[ -n "${GEN_TOOLS:-}" ] && TOOLS="$GEN_TOOLS"
LARGEST="$(echo $SIZES | tr ' ' '\n' | sort -n | tail -1)"
for size in $SIZES; do
  spec="$WORK/specs/identity-x$size.$FORMAT"
  runs="$RUNS"; [ "$size" = "$LARGEST" ] && [ "$size" -ge 1000 ] && runs="$RUNS_BIG"
  log "generation x$size ($((size * 16)) operations), $runs interleaved runs of: $TOOLS"
  declare -A dropped=()
  for run in $(seq 1 "$runs"); do
    for tool in $TOOLS; do
      [ -n "${dropped[$tool]:-}" ] && continue
      if ! gen_once "$tool" "$size" "$run" "$spec"; then dropped[$tool]=1; continue; fi
      # A very slow tool is run once only at this size (said in the table).
      secs="$(tail -1 "$RES/gen.tsv" | cut -f4)"
      if [ "$run" = 1 ] && awk -v s="$secs" -v l="$SLOW" 'BEGIN{exit !(s>l)}'; then dropped[$tool]=1; fi
    done
  done
  unset dropped
done
# Keep one output of each size for the compile step.
rm -rf "$TRASH"
echo "load_after_generation	$(cut -d' ' -f1-3 /proc/loadavg)" >> "$RES/machine.tsv"

# ---------------------------------------------------------------- compile time --------------------------------
if ! skip compile; then
  log "compile time: two throwaway packages under Benchmarks/.work/compile (debug, incremental rebuild of one target)"
  C="$WORK/compile"; mkdir -p "$C/ours/Sources" "$C/peer/Sources"
  ours_targets=""; peer_targets=""
  for size in $COMPILE_SIZES; do
    spec="$WORK/specs/identity-x$size.$FORMAT"
    rm -rf "$C/gen-ours" "$C/ours/Sources/IdentityX$size" "$C/peer/Sources/PeerX$size"
    "$SDKGEN" generate "$spec" --output "$C/gen-ours" --module "IdentityX$size" --runtime-path "$ROOT/Runtime" > /dev/null 2>&1
    cp -R "$C/gen-ours/Sources/IdentityX$size" "$C/ours/Sources/IdentityX$size"
    mkdir -p "$C/peer/Sources/PeerX$size"
    "$SOAG" generate --mode types --mode client --config "$WORK/openapi-generator-config.yaml" \
      --output-directory "$C/peer/Sources/PeerX$size" "$spec" > /dev/null 2>&1
    ours_targets="$ours_targets        .target(name: \"IdentityX$size\", dependencies: [.product(name: \"AzureSDKRuntime\", package: \"Runtime\")]),
"
    peer_targets="$peer_targets        .target(name: \"PeerX$size\", dependencies: [.product(name: \"OpenAPIRuntime\", package: \"swift-openapi-runtime\"), .product(name: \"HTTPTypes\", package: \"swift-http-types\")]),
"
  done
  cat > "$C/ours/Package.swift" <<EOF
// swift-tools-version: 6.0
// Made by Benchmarks/run.sh: sdkgen's client+models (no tests) of each scaled description, one target each.
import PackageDescription
let package = Package(
    name: "ours", platforms: [.macOS(.v13)],
    dependencies: [.package(path: "$ROOT/Runtime")],
    targets: [
$ours_targets    ]
)
EOF
  cat > "$C/peer/Package.swift" <<EOF
// swift-tools-version: 6.0
// Made by Benchmarks/run.sh: swift-openapi-generator 1.14.3's types+client of each scaled description, one target each.
import PackageDescription
let package = Package(
    name: "peer", platforms: [.macOS(.v13)],
    dependencies: [
        .package(url: "https://github.com/apple/swift-openapi-runtime.git", exact: "1.13.4"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.0.0"),
    ],
    targets: [
$peer_targets    ]
)
EOF
  for pkg in ours peer; do
    log "  first (full) debug build of $pkg"
    swift build --package-path "$C/$pkg" >&2
  done
  for size in $COMPILE_SIZES; do
    for run in $(seq 1 "$COMPILE_RUNS"); do
      for pkg in ours peer; do
        target="IdentityX$size"; [ "$pkg" = peer ] && target="PeerX$size"
        # Two no-op builds first: the first re-plans when anything in the package graph changed (the root checkout
        # is shared), the second is SwiftPM's own steady-state overhead, which the touched build also pays.
        swift build --package-path "$C/$pkg" --target "$target" > "$C/$pkg.log" 2>&1
        /usr/bin/time -f '%e %M' -o "$C/time" swift build --package-path "$C/$pkg" --target "$target" > "$C/$pkg.log" 2>&1
        read -r noop _ < "$C/time"
        find "$C/$pkg/Sources/$target" -name '*.swift' -exec touch {} +
        /usr/bin/time -f '%e %M' -o "$C/time" swift build --package-path "$C/$pkg" --target "$target" > "$C/$pkg.log" 2>&1
        read -r secs kib < "$C/time"
        lines="$(find "$C/$pkg/Sources/$target" -name '*.swift' -exec cat {} + | wc -l)"
        files="$(find "$C/$pkg/Sources/$target" -name '*.swift' | wc -l)"
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$pkg" "$size" "$run" "$secs" "$kib" "$lines" "$noop" "$files" >> "$RES/compile.tsv"
        log "  $pkg x$size run $run: ${secs}s touched, ${noop}s no-op ($files files, $lines lines)"
      done
    done
  done
fi

# ---------------------------------------------------------------- per call ------------------------------------
if ! skip percall || ! skip e2e; then
  swift build -c release --package-path "$HERE" --product sdk-bench >&2
fi
if ! skip percall; then
  log "per-call cost (in process, canned transport)"
  "$BIN/sdk-bench" percall --iterations 20000 --rounds 5 | tee "$RES/percall.txt" >&2
fi

# ---------------------------------------------------------------- end to end ----------------------------------
if ! skip e2e; then
  : > "$RES/e2e.txt"
  if swift build -c release --package-path "$HERE" --product identity-emulator > "$WORK/emulator-build.log" 2>&1 \
     && "$BIN/identity-emulator" --help > "$WORK/emulator-help.txt" 2>&1; then
    "$HERE/Scripts/e2e.sh" "$BIN" "$RES/e2e.txt" "$E2E_SECONDS" "$E2E_ROUNDS" || echo "e2e failed" >> "$RES/e2e.txt"
  else
    log "identity-emulator does not build or run: end-to-end row pending (see .work/emulator-build.log)"
    echo "pending" > "$RES/e2e.txt"
  fi
fi

# ---------------------------------------------------------------- profile (optional) --------------------------
# valgrind 3.19 (Debian 12) cannot read the DWARF 5 of Swift 6.3 binaries, and crashes on them once stripped, so the
# profile is perf's sampling (cpu-clock), summarised by Scripts/perf_summary.py.
if [ "$PROFILE" = 1 ]; then
  for size in $PROFILE_SIZES; do
    log "perf profile of sdkgen at x$size"
    rm -rf "$WORK/out/profile-x$size"
    perf record -F 499 -g -o "$WORK/profile-x$size.data" \
      "$SDKGEN" generate "$WORK/specs/identity-x$size.$FORMAT" --output "$WORK/out/profile-x$size" > /dev/null 2>&1
    perf script -i "$WORK/profile-x$size.data" 2>/dev/null | swift demangle --simplified \
      | python3 "$HERE/Scripts/perf_summary.py" --top 60 > "$RES/profile-x$size.txt"
  done
fi

echo "load_end	$(cut -d' ' -f1-3 /proc/loadavg)" >> "$RES/machine.tsv"
python3 "$HERE/Scripts/report.py" "$RES" | tee "$RES/table.md"
