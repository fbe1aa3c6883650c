#!/usr/bin/env bash
# The e2e suite drives Debian's Chromium through playwright-core; no browser is ever downloaded by an installer.
# Installs the `chromium` package when it is missing (CHROMIUM_PATH overrides where it is looked for).
set -euo pipefail
CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
echo "== installing Debian's chromium (not found at $CHROMIUM_PATH)"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends chromium
