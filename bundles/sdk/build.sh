#!/usr/bin/env bash
# Builds embedded SDK flavours into target/sdk/ (run by Maven's package phase and by ./llrt when they are missing):
#   bundles/sdk/build.sh [flavour...]        default: std-sdk
# Installs bundles/sdk/node_modules from the lockfile first when it is missing. Needs Node.js 18+ and npm.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if ! command -v node >/dev/null 2>&1; then
  echo "sdk: Node.js is needed to build the embedded AWS SDK (bundles/sdk)" >&2
  exit 1
fi
if [ ! -d "$here/../node_modules" ]; then
  (cd "$here/.." && npm ci --no-audit --no-fund --loglevel=error)
fi
if [ -L "$here/node_modules" ]; then
  # a link to another checkout's install: npm ci would empty the folder it points to, so leave it alone
  :
elif [ ! -d "$here/node_modules" ] || [ "$here/package-lock.json" -nt "$here/node_modules/.package-lock.json" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi
exec node "$here/build.mjs" "$@"
