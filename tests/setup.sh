#!/usr/bin/env bash
# Installs what the tests need beyond pip, on a Debian/Ubuntu machine:
#  - Debian's Chromium (and CJK fonts, for readable screenshots) for the browser tests.
#    Never `playwright install`: it downloads a browser build, which this project does not use.
#  - Node.js and Gephi Lite's file readers (graphology-graphml, graphology-gexf; exact versions
#    in tests/graphology/package.json) for the Gephi Lite import tests.
set -euo pipefail
cd "$(dirname "$0")"
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium fonts-noto-cjk)
command -v npm >/dev/null || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
cd graphology
npm install --no-package-lock --no-audit --no-fund --loglevel=error
