#!/usr/bin/env bash
# Makes sure a Chrome or Chromium is there for salesplan's diagrams and PDFs.
# Installs Debian's chromium only when none is found and we can (root on a Debian-like system).
set -euo pipefail

for candidate in "${CHROME_PATH:-}" "${PUPPETEER_EXECUTABLE_PATH:-}" /usr/lib/chromium/chromium /usr/bin/chromium \
  /usr/bin/chromium-browser /usr/bin/google-chrome /usr/bin/google-chrome-stable; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then
    echo "salesplan: using browser $candidate"
    exit 0
  fi
done

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "salesplan: no Chromium found, installing Debian's chromium package"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
  exit 0
fi

echo "salesplan: no Chrome or Chromium found. Install one (Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium)" >&2
echo "           or set CHROME_PATH to its executable." >&2
exit 2
