#!/usr/bin/env bash
# Load test of GET /api/v1/workers/{id} against the app in Release, then the no-web-stack floor at the same
# concurrency and duration. Run from the repository root after `generate`. Environment knobs (defaults):
#   DB=/tmp/gd-bench/gd.db CONCURRENCY=32 DURATION=30 WARMUP=10 PORT=5090 PATHS="/api/v1/workers/{id}"
# Client and server share the machine's cores; the load command prints the CPU each used.
set -euo pipefail
DB=${DB:-/tmp/gd-bench/gd.db}
CONCURRENCY=${CONCURRENCY:-32}
DURATION=${DURATION:-30}
WARMUP=${WARMUP:-10}
PORT=${PORT:-5090}
PATHS=${PATHS:-/api/v1/workers/{id\}}
BENCH="dotnet bench/GuidanceDesk.Bench/bin/Release/net10.0/GuidanceDesk.Bench.dll"
LOG="$(dirname "$DB")/app.log"

dotnet build -c Release bench/GuidanceDesk.Bench -v q -nologo | tail -n 2
# shellcheck disable=SC1090
source "$DB.keys.env"
export ASPNETCORE_ENVIRONMENT=Production
# --no-launch-profile: launchSettings.json would otherwise switch the app to Development.
dotnet run -c Release --no-build --no-launch-profile --project src/GuidanceDesk.Web --urls "http://127.0.0.1:$PORT" > "$LOG" 2>&1 &
RUN_PID=$!
SERVER_PID=""
stop() {
  [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
  kill "$RUN_PID" 2>/dev/null || true
}
trap stop EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/health/live" > /dev/null && break
  sleep 1
done
SERVER_PID=$(ss -ltnpH "sport = :$PORT" | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2)
grep -E "Hosting environment|Database:" "$LOG" || true
echo "server pid $SERVER_PID; $(nproc) cores; $(uptime)"
for path in $PATHS; do
  $BENCH load --url "http://127.0.0.1:$PORT" --path "$path" --concurrency "$CONCURRENCY" --duration "$DURATION" \
    --warmup "$WARMUP" --server-pid "$SERVER_PID"
done
stop
SERVER_PID=""
sleep 2
echo "floor; $(uptime)"
$BENCH floor --db "$DB" --concurrency "$CONCURRENCY" --duration "$DURATION" --warmup "$WARMUP"
echo "done; $(uptime)"
