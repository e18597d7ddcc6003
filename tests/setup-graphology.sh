#!/usr/bin/env bash
# Installs Gephi Lite's file readers (graphology-graphml, graphology-gexf; exact versions in
# tests/graphology/package.json) for test_export.py's Gephi Lite tests.  Needs Node.js
# and npm; without them the script says so and those tests are skipped.
set -euo pipefail
cd "$(dirname "$0")/graphology"
if ! command -v npm >/dev/null; then
  echo "setup-graphology: npm not found, the Gephi Lite reader tests will be skipped" >&2
  exit 0
fi
npm install --no-package-lock --no-audit --no-fund --loglevel=error
