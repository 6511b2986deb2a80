#!/usr/bin/env bash
# Public job search load test (4.2d): anonymous clients against the app in Release, on a database with vacancies
# (`generate --vacancies`). Run from the repository root. Environment knobs (defaults):
#   KEYS=/tmp/gd-bench3/pg.keys.env  CONCURRENCY=16 DURATION=30 WARMUP=30 PORT=5091 TARGETS="api page"
set -euo pipefail
KEYS=${KEYS:-/tmp/gd-bench3/pg.keys.env}
CONCURRENCY=${CONCURRENCY:-16}
DURATION=${DURATION:-30}
WARMUP=${WARMUP:-30}
PORT=${PORT:-5091}
TARGETS=${TARGETS:-api page}
BENCH="dotnet bench/GuidanceDesk.Bench/bin/Release/net10.0/GuidanceDesk.Bench.dll"
OUT="$(dirname "$KEYS")"
dotnet build -c Release bench/GuidanceDesk.Bench -v q -nologo | tail -n 2
# shellcheck disable=SC1090
source "$KEYS"
export ASPNETCORE_ENVIRONMENT=Production Jobs__Enabled=false
# shellcheck source=bench/GuidanceDesk.Bench/app-start.sh
source bench/GuidanceDesk.Bench/app-start.sh
start_app "$PORT" "$OUT/app-public.log"
# The first search builds the in-memory index of open vacancies; time it on its own.
/usr/bin/time -f "first search (index build): %e s" curl -sf -o /dev/null "http://127.0.0.1:$PORT/api/v1/public/vacancies?Q=%E9%94%80%E5%94%AE"
echo "server pid $SERVER_PID; $(nproc) cores; $(uptime)"
for target in $TARGETS; do
  (sleep $((WARMUP + 3)); vmstat 5 $((DURATION / 5 - 1)) > "$OUT/vmstat-public.txt") &
  sampler=$!
  $BENCH publicsearch --url "http://127.0.0.1:$PORT" --target "$target" --concurrency "$CONCURRENCY" --duration "$DURATION" --warmup "$WARMUP" --server-pid "$SERVER_PID"
  wait "$sampler"
  awk 'NR>3{r+=$1; us+=$13; sy+=$14; id+=$15; n++} END {printf "vmstat while measuring: run queue %.1f, user %.0f%%, system %.0f%%, idle %.0f%%\n", r/n, us/n, sy/n, id/n}' "$OUT/vmstat-public.txt"
done
echo "done; $(uptime)"
