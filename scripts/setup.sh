#!/usr/bin/env bash
# Sets up a fresh checkout and builds the extension: dependencies, Debian's Chromium for the end-to-end
# tests (when missing and apt is available), then dist/chrome, dist/firefox, their zips, and the CLI.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "setup: installing Debian's chromium (used only by the end-to-end tests)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "setup: chromium not found; install it (Debian: apt-get install chromium) to run the end-to-end tests" >&2
  fi
fi

npm ci --no-audit --no-fund
npm run build
