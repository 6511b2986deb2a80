#!/usr/bin/env bash
# Load test of GET /api/v1/workers/{id} against the app in Release, then the no-web-stack floor at the same
# concurrency and duration. Run from the repository root after `generate`. Environment knobs (defaults):
#   DB=/tmp/gd-bench/gd.db CONCURRENCY=16 DURATION=30 WARMUP=60 PORT=5090
#   REF_PATHS="/health/live /api/v1/auth/me"  (reference points: HTTP stack only, + bearer authentication)
# WARMUP is long on purpose: on 2 busy cores tiered JIT needs most of a minute to settle (see docs/performance.md).
# Client and server share the machine's cores; the load command prints the CPU each used, vmstat the rest.
set -euo pipefail
DB=${DB:-/tmp/gd-bench/gd.db}
CONCURRENCY=${CONCURRENCY:-16}
DURATION=${DURATION:-30}
WARMUP=${WARMUP:-60}
PORT=${PORT:-5090}
REF_PATHS=${REF_PATHS-/health/live /api/v1/auth/me}
BENCH="dotnet bench/GuidanceDesk.Bench/bin/Release/net10.0/GuidanceDesk.Bench.dll"
OUT="$(dirname "$DB")"

dotnet build -c Release bench/GuidanceDesk.Bench -v q -nologo | tail -n 2
# shellcheck disable=SC1090
source "$DB.keys.env"
export ASPNETCORE_ENVIRONMENT=Production
# shellcheck source=bench/GuidanceDesk.Bench/app-start.sh
source bench/GuidanceDesk.Bench/app-start.sh
start_app "$PORT" "$OUT/app.log"
grep -E "Hosting environment|Database:" "$OUT/app.log" || true

# vmstat over the measured window only: how busy the machine was (our server and client included; a build
# running next to us shows up as a long run queue and little idle time).
measure() { # path warmup
  local samples=$((DURATION / 5 - 1))
  [ "$samples" -ge 1 ] || samples=1 # vmstat with a count of 0 would never stop
  (sleep $(($2 + 2)); vmstat 5 "$samples" > "$OUT/vmstat.txt") &
  local sampler=$!
  $BENCH load --url "http://127.0.0.1:$PORT" --path "$1" --concurrency "$CONCURRENCY" --duration "$DURATION" \
    --warmup "$2" --server-pid "$SERVER_PID"
  wait "$sampler"
  awk 'NR>3{r+=$1; us+=$13; sy+=$14; id+=$15; n++} END {printf "vmstat while measuring: run queue %.1f, user %.0f%%, system %.0f%%, idle %.0f%%\n", r/n, us/n, sy/n, id/n}' "$OUT/vmstat.txt"
}
echo "server pid $SERVER_PID; $(nproc) cores; $(uptime)"
measure "/api/v1/workers/{id}" "$WARMUP"
for path in $REF_PATHS; do
  measure "$path" 10
done
stop_app
SERVER_PID=""
sleep 2
echo "floor; $(uptime)"
$BENCH floor --db "$DB" --concurrency "$CONCURRENCY" --duration "$DURATION" --warmup 10
echo "done; $(uptime)"
