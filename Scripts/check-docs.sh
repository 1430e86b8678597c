#!/usr/bin/env bash
# DocC: the runtime and every generated SDK build their documentation with no warning (warnings are errors).
set -euo pipefail
cd "$(dirname "$0")/.."
targets=(AzureSDKRuntime AzureSDKRuntimeTesting AzureSDKRuntimeAsyncHTTPClient)
for folder in Generated/Sources/*/; do targets+=("$(basename "$folder")"); done
for target in "${targets[@]}"; do
  if ! swift package generate-documentation --target "$target" --warnings-as-errors >"/tmp/sdkgen-docc-$target.log" 2>&1; then
    grep -E "^(error|warning)" "/tmp/sdkgen-docc-$target.log" | head -20
    echo "FAILED: DocC for $target"; exit 1
  fi
  echo "docs: $target"
done
