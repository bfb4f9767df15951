#!/usr/bin/env bash
# Installs Debian's Virtuoso (virtuoso-t and isql-vt) for the tests that push to a real SPARQL server.
# A no-op when virtuoso-t is already there; otherwise apt-get (as root, as on CI and developer machines).
set -euo pipefail
if command -v virtuoso-t >/dev/null 2>&1 && command -v isql-vt >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "scripts/virtuoso/install.sh: virtuoso-t is missing and installing it needs root (apt-get install virtuoso-opensource)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
# The package's postinst asks for a DBA password; an empty answer keeps the stock one, and the tests run
# their own server with their own database anyway.
apt-get update -qq
apt-get install -y -qq --no-install-recommends virtuoso-opensource >/dev/null
# The package starts a system-wide server on the stock ports; the tests start their own, so stop it.
if command -v service >/dev/null 2>&1; then
  service virtuoso-opensource-7 stop >/dev/null 2>&1 || true
fi
command -v virtuoso-t >/dev/null 2>&1 && command -v isql-vt >/dev/null 2>&1
