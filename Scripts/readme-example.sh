#!/usr/bin/env bash
# Writes the Swift code of a generated README's "A first call" section as a compilable file: its imports, then the
# rest inside a function (never run; building it proves the README's example matches the generated API).
# Usage: Scripts/readme-example.sh README.md OUT.swift
set -euo pipefail
readme="$1" out="$2"
code="$(awk '/^## A first call/ { section = 1 } section && /^```swift$/ { inside = 1; next } inside && /^```$/ { exit } inside { print }' "$readme")"
if [ -z "$code" ]; then echo "error: $readme: no \`\`\`swift block under '## A first call'" >&2; exit 1; fi
{
  echo "// The example of $(basename "$readme"), compiled by Scripts/readme-example.sh."
  grep -E '^import ' <<<"$code"
  echo
  echo "func readmeExample() async throws {"
  grep -vE '^import ' <<<"$code" | sed 's/^/    /; s/^    $//'
  echo "}"
} >"$out"
