#!/usr/bin/env bash
# Browser tests drive Debian's Chromium through Playwright; Playwright never downloads a browser.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
else
  echo "Browser tests need /usr/bin/chromium: install Debian's 'chromium' package." >&2
  exit 1
fi
