#!/usr/bin/env bash
# Installs Debian's Chromium (and CJK fonts for readable screenshots) for the browser tests.
# Never `playwright install`: it downloads a browser build, which this project does not use.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
