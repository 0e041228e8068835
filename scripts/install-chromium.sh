#!/usr/bin/env bash
# Installs Debian's chromium when it is missing, for the end-to-end report test
# (test/cli/browser.test.ts drives /usr/bin/chromium through playwright-core).
# Never fails the caller: when Chromium cannot be installed it says so loudly and exits 0, and the
# browser test then skips with its own warning.
set -uo pipefail
CHROMIUM="${TIESCOPE_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  echo "chromium: $("$CHROMIUM" --version 2>/dev/null || echo present) at $CHROMIUM"
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo -n"; fi
fi
if command -v apt-get >/dev/null 2>&1; then
  echo "chromium: not found; installing Debian's chromium package"
  export DEBIAN_FRONTEND=noninteractive
  if $SUDO apt-get update -qq && $SUDO apt-get install -y -qq chromium >/dev/null; then
    echo "chromium: installed $("$CHROMIUM" --version 2>/dev/null)"
    exit 0
  fi
fi
echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
echo "!! WARNING: chromium could not be installed; the report browser test will be SKIPPED !!"
echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
exit 0
