#!/usr/bin/env bash
# Makes sure the machine's Chromium is at /usr/bin/chromium for the browser tests (playwright-core
# drives it; Settle downloads no browser of its own). Idempotent: exits 0 at once when present.
set -euo pipefail

CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then exit 0; fi

if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null

if [ ! -x "$CHROMIUM" ]; then
  echo "chromium was installed but $CHROMIUM is missing" >&2
  exit 1
fi
