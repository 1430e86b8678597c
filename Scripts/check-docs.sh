#!/usr/bin/env bash
# DocC: the runtime and every generated SDK build their documentation with no warning (warnings are errors).
set -euo pipefail
cd "$(dirname "$0")/.."
# The runtime packages declare swift-docc-plugin only when asked (their users would resolve it otherwise); both
# share one scratch folder so that what they have in common compiles once.
export AZURE_SDK_RUNTIME_DOCS=1
document() {  # package folder, target
  local log="/tmp/sdkgen-docc-$2.log"
  if ! swift package --package-path "$1" --scratch-path "$PWD/.build/docs" --manifest-cache none \
      generate-documentation --target "$2" --warnings-as-errors >"$log" 2>&1; then
    grep -E "(error|warning):" "$log" | head -20 || true
    echo "FAILED: DocC for $2"; exit 1
  fi
  echo "docs: $2"
}
document Runtime AzureSDKRuntime
document Runtime AzureSDKRuntimeTesting
document Runtime/AsyncHTTPClientTransport AzureSDKRuntimeAsyncHTTPClient
unset AZURE_SDK_RUNTIME_DOCS
# The generated SDKs are targets of this package, each with its generated catalog (Sources/<Module>/<Module>.docc).
for folder in Generated/Sources/*/; do
  target="$(basename "$folder")"
  if ! swift package generate-documentation --target "$target" --warnings-as-errors >"/tmp/sdkgen-docc-$target.log" 2>&1; then
    grep -E "(error|warning):" "/tmp/sdkgen-docc-$target.log" | head -20 || true
    echo "FAILED: DocC for $target"; exit 1
  fi
  echo "docs: $target"
done
