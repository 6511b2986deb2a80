#!/usr/bin/env bash
# Answer-saving load test (issue 5): N workers answering at once, one answer each every 5 s, against the app in
# Release on PostgreSQL. Run from the repository root. Environment knobs (defaults):
#   KEYS=/tmp/gd-bench3/pg.keys  CONNECTION="Host=127.0.0.1;Username=gd;Password=gd;Database=gdcases"
#   WORKERS=500 EVERY=5 DURATION=60 WARMUP=20 PORT=5092
set -euo pipefail
KEYS=${KEYS:-/tmp/gd-bench3/pg.keys}
CONNECTION=${CONNECTION:-Host=127.0.0.1;Username=gd;Password=gd;Database=gdcases}
WORKERS=${WORKERS:-500}
EVERY=${EVERY:-5}
DURATION=${DURATION:-60}
WARMUP=${WARMUP:-20}
PORT=${PORT:-5092}
BENCH="dotnet bench/GuidanceDesk.Bench/bin/Release/net10.0/GuidanceDesk.Bench.dll"
OUT="$(dirname "$KEYS")"
dotnet build -c Release bench/GuidanceDesk.Bench -v q -nologo | tail -n 2
$BENCH answerload --setup --provider postgres --connection "$CONNECTION" --keys "$KEYS.json" --workers "$WORKERS" --plan-file "$OUT/answerload.tsv"
# shellcheck disable=SC1090
source "$KEYS.env"
export ASPNETCORE_ENVIRONMENT=Production Jobs__Enabled=false
# shellcheck source=bench/GuidanceDesk.Bench/app-start.sh
source bench/GuidanceDesk.Bench/app-start.sh
start_app "$PORT" "$OUT/app-answers.log"
echo "server pid $SERVER_PID; $(nproc) cores; $(uptime)"
$BENCH answerload --url "http://127.0.0.1:$PORT" --plan-file "$OUT/answerload.tsv" --every "$EVERY" --duration "$DURATION" --warmup "$WARMUP" --server-pid "$SERVER_PID"
