#!/usr/bin/env bash
# Sets up a fresh checkout and builds the extension: dependencies, Debian's Chromium and Firefox ESR for the
# end-to-end tests (when missing and apt is available), then dist/chrome, dist/firefox, their zips, and the CLI.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "setup: installing Debian's ${missing[*]} (used only by the end-to-end tests)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "setup: ${missing[*]} not found; install them (Debian: apt-get install ${missing[*]}) to run the end-to-end tests" >&2
  fi
fi

npm ci --no-audit --no-fund
npm run build
