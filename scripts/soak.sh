#!/usr/bin/env bash
# Runs test files N times in a row, each run under a parallel CPU load (stress-ng, one worker per core, installed
# when missing), and stops at the first failure: the check that tests driven by events, not by the machine's
# speed, hold on a loaded machine.
#   bash scripts/soak.sh 10                       # the fault, interrupt and hostile files
#   bash scripts/soak.sh 3 test/dev test/browser  # any vitest filters
#   SOAK_LOAD=0 bash scripts/soak.sh 10           # without stress-ng (the machine is loaded already)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"; shift || true
files=("$@")
[ ${#files[@]} -gt 0 ] || files=(test/hostile test/reliability test/browser test/dev test/write test/security)
load="${SOAK_LOAD:-1}"
if [ "$load" = 1 ] && ! command -v stress-ng >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq stress-ng >/dev/null
fi
stress_pid=
stop_load() { [ -z "$stress_pid" ] || kill "$stress_pid" 2>/dev/null || true; wait 2>/dev/null || true; }
trap stop_load EXIT
if [ "$load" = 1 ]; then
  stress-ng --cpu "$(nproc)" --quiet &
  stress_pid=$!
fi
for i in $(seq 1 "$runs"); do
  start=$(date +%s)
  if ! npx vitest run "${files[@]}" >"/tmp/soak-run-$i.log" 2>&1; then
    echo "soak: run $i of $runs failed (load $(cut -d' ' -f1 /proc/loadavg)); its output: /tmp/soak-run-$i.log"
    exit 1
  fi
  echo "soak: run $i of $runs passed in $(( $(date +%s) - start )) s, load $(cut -d' ' -f1 /proc/loadavg), $(sed 's/\x1b\[[0-9;]*m//g' "/tmp/soak-run-$i.log" | grep -Eo 'Tests +[0-9]+ passed' | head -1)"
done
echo "soak: $runs runs in a row passed"
