#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests of `wikikg serve` (test/serve), driven by
# playwright-core: never a browser that a tool downloads itself. A no-op when /usr/bin/chromium is there;
# otherwise apt-get (as root, as on CI and developer machines).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "scripts/chromium/install.sh: /usr/bin/chromium is missing and installing it needs root (apt-get install chromium)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# Fonts with CJK glyphs, so that the pages (and the screenshot) show the Chinese names and not boxes.
apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null
[ -x /usr/bin/chromium ]
