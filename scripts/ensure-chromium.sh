#!/usr/bin/env bash
# The browser tests and benchmarks drive Debian's Chromium (test tools cannot download their own browser
# here). Install it when it is missing and we may: as root with apt-get. Otherwise say what to do.
set -euo pipefail
CHROME="${CHROME_PATH:-/usr/bin/chromium}"
[ -x "$CHROME" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-noto-core >/dev/null
  exit 0
fi
echo "No Chromium at $CHROME. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH." >&2
exit 1
