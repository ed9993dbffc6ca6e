#!/usr/bin/env bash
# Fetches Microsoft's Web Chat browser bundle (npm botframework-webchat, pinned and checked) for
# the Direct Line browser tests: adapters/target/npm/botframework-webchat-VERSION/webchat.js.
# Without it those tests are skipped with a message. Needs npm and the npm registry.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=4.18.1
SHA256=0a68ad0a64fc04d621197da10c3eec0f843e16f7d03f6bcbed29b47517cf9bff
DEST="adapters/target/npm/botframework-webchat-$VERSION"

if [ -f "$DEST/webchat.js" ] && echo "$SHA256  $DEST/webchat.js" | sha256sum -c --status; then
  exit 0
fi
if ! command -v npm >/dev/null; then
  echo "npm is missing: the Direct Line browser tests will be skipped" >&2
  exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "botframework-webchat@$VERSION" >/dev/null)
tar -xzf "$work/botframework-webchat-$VERSION.tgz" -C "$work" package/dist/webchat.js package/dist/webchat.js.LICENSE.txt
echo "$SHA256  $work/package/dist/webchat.js" | sha256sum -c --status \
  || { echo "botframework-webchat $VERSION: webchat.js does not have the expected SHA-256" >&2; exit 1; }
mkdir -p "$DEST"
cp "$work/package/dist/webchat.js" "$work/package/dist/webchat.js.LICENSE.txt" "$DEST/"
echo "Web Chat $VERSION bundle in $DEST"
