#!/usr/bin/env bash
# Counselor load test (worklist and case pages) against the app in Release, after `generate` and `generate --cases`.
# Run from the repository root. Environment knobs (defaults):
#   KEYS=/tmp/gd-bench3/pg.keys.env   the .env file `generate` wrote (database + personal-data keys for the app)
#   USERS=50 DURATION=60 WARMUP=60 PORT=5090 THINK="0"  (THINK: mean think times in ms to run, e.g. "0 5000")
#   SCENARIOS="worklist case mix"
#   SERVER_LOG=1   log the app's own "Request finished … ms" (GuidanceDesk.Requests) and report it as server time
# The bench reads the database (counselors and their cases) with the same keys file, so it needs no other option.
set -euo pipefail
KEYS=${KEYS:-/tmp/gd-bench3/pg.keys.env}
USERS=${USERS:-50}
DURATION=${DURATION:-60}
WARMUP=${WARMUP:-60}
PORT=${PORT:-5090}
THINK=${THINK:-0}
SCENARIOS=${SCENARIOS:-worklist case mix}
SERVER_LOG=${SERVER_LOG:-1}
BENCH="dotnet bench/GuidanceDesk.Bench/bin/Release/net10.0/GuidanceDesk.Bench.dll"
OUT="$(dirname "$KEYS")"
LOG="$OUT/app-cases.log"

dotnet build -c Release bench/GuidanceDesk.Bench -v q -nologo | tail -n 2
# shellcheck disable=SC1090
source "$KEYS"
# The bench's own options for the same database (it reads counselors and case ids before the load).
if [ "$Database__Provider" = "Postgres" ]; then
  DB_ARGS=(--provider postgres --connection "$Database__ConnectionString" --keys "${KEYS%.env}.json")
else
  DB_ARGS=(--db "${Database__ConnectionString#Data Source=}")
fi
export ASPNETCORE_ENVIRONMENT=Production
LOGGING=()
[ "$SERVER_LOG" = 1 ] && LOGGING=('Logging__LogLevel__GuidanceDesk.Requests=Information')
# shellcheck source=bench/GuidanceDesk.Bench/app-start.sh
source bench/GuidanceDesk.Bench/app-start.sh
start_app "$PORT" "$LOG" "${LOGGING[@]}"
echo "server pid $SERVER_PID; $(nproc) cores; $(uptime)"
SERVER_LOG_ARGS=()
[ "$SERVER_LOG" = 1 ] && SERVER_LOG_ARGS=(--server-log "$LOG")

for think in $THINK; do
  for scenario in $SCENARIOS; do
    samples=$((DURATION / 5 - 1))
    [ "$samples" -ge 1 ] || samples=1
    (sleep $((WARMUP + 8)); vmstat 5 "$samples" > "$OUT/vmstat-cases.txt") &
    sampler=$!
    $BENCH caseload "${DB_ARGS[@]}" --token-cache "$OUT/tokens.json" --url "http://127.0.0.1:$PORT" --scenario "$scenario" --users "$USERS" --think-ms "$think" \
      --duration "$DURATION" --warmup "$WARMUP" --server-pid "$SERVER_PID" "${SERVER_LOG_ARGS[@]}"
    wait "$sampler"
    awk 'NR>3{r+=$1; us+=$13; sy+=$14; id+=$15; n++} END {printf "vmstat while measuring: run queue %.1f, user %.0f%%, system %.0f%%, idle %.0f%%\n", r/n, us/n, sy/n, id/n}' "$OUT/vmstat-cases.txt"
  done
done
echo "done; $(uptime)"
