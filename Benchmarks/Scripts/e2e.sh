#!/usr/bin/env bash
# End-to-end row: starts identity-emulator on loopback (a free port), runs `sdk-bench e2e` against it, stops it.
# usage: e2e.sh BIN_DIR OUTPUT_FILE [SECONDS] [ROUNDS]
set -euo pipefail
BIN="$1"; OUT="$2"; SECONDS_PER_ROUND="${3:-5}"
KEY="$(head -c 32 /dev/urandom | base64)"
LOG="$(dirname "$OUT")/emulator.log"
"$BIN/identity-emulator" --host 127.0.0.1 --port 0 --access-key "$KEY" --log-level error > "$LOG" 2>&1 &
EMULATOR=$!
trap 'kill "$EMULATOR" 2>/dev/null || true; wait "$EMULATOR" 2>/dev/null || true' EXIT
ENDPOINT=""
for _ in $(seq 1 100); do
  ENDPOINT="$(grep -o 'listening on [^ ]*' "$LOG" | head -1 | cut -d' ' -f3 || true)"
  [ -n "$ENDPOINT" ] && break
  kill -0 "$EMULATOR" 2>/dev/null || { echo "emulator exited: $(cat "$LOG")" >&2; exit 1; }
  sleep 0.1
done
[ -n "$ENDPOINT" ] || { echo "emulator did not start: $(cat "$LOG")" >&2; exit 1; }
echo "emulator at $ENDPOINT" >&2
"$BIN/sdk-bench" e2e --endpoint "${ENDPOINT%/}" --key "$KEY" --callers 16 --seconds "$SECONDS_PER_ROUND" --rounds "${4:-5}" | tee "$OUT" >&2
