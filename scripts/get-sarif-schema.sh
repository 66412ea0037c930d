#!/bin/sh
# Fetches the SARIF 2.1.0 JSON schema into a cache outside the repository,
# for the CTest `sarif_schema` (tests/scripts/sarif_schema/run.sh). The schema
# comes from the npm package @microsoft/jest-sarif (MIT, Microsoft's SARIF
# SDK), which ships it as lib/schemas/sarif-2.1.0-rtm.5.json: the 2.1.0
# schema (JSON Schema draft-04) the OASIS standard was published with. The
# file's sha256 is checked; a different file is refused.
# Idempotent; without npm it says so and exits 0 (the test is then skipped).
set -eu

package="@microsoft/jest-sarif@1.0.0-beta.0"
member="package/lib/schemas/sarif-2.1.0-rtm.5.json"
sha256="2d99159ae54a3eea97f81781cff48780548657c35949f4b7f25e99a2ba4de4f8"

cache="${XDG_CACHE_HOME:-$HOME/.cache}/samklang/sarif"
schema="$cache/sarif-schema-2.1.0.json"

verified() {
  [ -f "$1" ] && [ "$(sha256sum "$1" | cut -d' ' -f1)" = "$sha256" ]
}

if verified "$schema"; then
  echo "SARIF schema already in $schema"
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "npm not found; the SARIF schema test will be skipped (install Node.js to run it)"
  exit 0
fi

mkdir -p "$cache"
work=$(mktemp -d "$cache/fetch.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"
tarball=$(npm pack "$package" --silent 2>/dev/null | tail -n 1)
if [ -z "$tarball" ] || [ ! -f "$tarball" ]; then
  echo "npm pack $package failed; the SARIF schema test will be skipped"
  exit 0
fi
tar -xzf "$tarball" "$member"
if ! verified "$member"; then
  echo "error: $member from $package has sha256 $(sha256sum "$member" | cut -d' ' -f1)," \
    "expected $sha256; not installed" >&2
  exit 1
fi
mv "$member" "$schema"
echo "SARIF schema in $schema"
