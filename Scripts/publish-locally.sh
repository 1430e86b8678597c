#!/usr/bin/env bash
# "Publishes" a folder of this checkout as a release would (docs/RELEASING.md): its files that git knows or would
# add, as they are in the working tree, committed alone in a new git repository and tagged, so that checks can
# depend on it by URL (file://) and version, exactly as users depend on the published repository.
# Usage: Scripts/publish-locally.sh FOLDER REPOSITORY VERSION
set -euo pipefail
folder="$1" repository="$2" version="$3"
mkdir -p "$repository"
# Files deleted in the working tree but still tracked are left out.
(cd "$folder" && git ls-files -co --exclude-standard | while IFS= read -r file; do [ -e "$file" ] && printf '%s\n' "$file"; done \
  | tar -cf - -T -) | tar -xf - -C "$repository"
git -C "$repository" init -q -b main
git -C "$repository" add -A
git -C "$repository" -c user.name=release -c user.email=release@localhost commit -q -m "release $version"
git -C "$repository" tag "$version"
