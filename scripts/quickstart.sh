#!/usr/bin/env bash
# One command from a fresh clone to output/: browser, dependencies, then the example plan's site and PDFs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-chromium.sh
npm ci --no-audit --no-fund
npm run build
