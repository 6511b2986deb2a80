#!/usr/bin/env bash
# Issue 9, city-scale mixed load: the app in Release on the generated city, the load from this second process
# (`mixed`: counselor pages / searches / writes / public pages, 60/20/15/5 by default), then, with the app
# stopped, the raw-database floor of the main queries (`mixedfloor`) on the same database. Run from the repository
# root after `generate`, `generate --vacancies` and `generate --cases`. Environment knobs (defaults):
#   KEYS=/tmp/gd-bench3/pg.keys.env   the .env file `generate` wrote (PostgreSQL), or /tmp/gd-bench3/gd.db.keys.env (SQLite)
#   USERS=50          counselors signed in (closed loop: also the number of virtual users)
#   RATE=0            requests/s for an open loop (0: closed loop, each user waits for its answer, THINK ms on average)
#   CONNECTIONS=64    open loop: most requests in flight at once
#   THINK=0 DURATION=60 WARMUP=300 PORT=5093 MIX=60,20,15,5
#                     WARMUP: the runtime's tiered JIT takes 2-5 minutes of this load to finish rejitting the hot code;
#                     with 60-90 s it was still using 13 % of a core in the measured minute (docs/performance.md)
#   ONLY=             e.g. case or worklist,case: only these kinds of request (what one kind costs the server)
#   VACANCY_WORDS=true   false: staff vacancy searches filter by district or occupation only, never by a word
#   FLOOR_CONCURRENCY=16 FLOOR_DURATION=10   (FLOOR_DURATION=0: no floor)
#   SERVER_LOG=0      1: the app logs every request (GuidanceDesk.Requests) and `mixed` reports the app's own time per
#                     kind beside the client's; off by default, as writing two log lines a request costs server CPU
#   RESET=1           0: keep what earlier runs wrote; 1: first delete the records and appointments earlier runs added
#                     (above the ids in ${KEYS%.env}.watermark.txt, one per database, which the first run with
#                     RESET=1 writes: MixedReset.cs)
#   BUILD=1           0: use the binaries as they are (e.g. while a generator runs from the bench's bin folder)
#   BENCH_DLL=bench/GuidanceDesk.Bench/bin/Release/net10.0/GuidanceDesk.Bench.dll
#   APP_ENV=          extra NAME=VALUE settings for the app only, space-separated (e.g. a runtime knob such as
#                     DOTNET_gcServer=0), so that the load generator's own process is not changed with it
# Scheduled jobs are off in the app (Jobs__Enabled=false), as in the other load scripts: the hourly reminder scan
# would otherwise fire inside some runs and not others.
set -euo pipefail
KEYS=${KEYS:-/tmp/gd-bench3/pg.keys.env}
USERS=${USERS:-50}
RATE=${RATE:-0}
CONNECTIONS=${CONNECTIONS:-64}
THINK=${THINK:-0}
DURATION=${DURATION:-60}
WARMUP=${WARMUP:-300}
PORT=${PORT:-5093}
MIX=${MIX:-60,20,15,5}
ONLY=${ONLY:-}
VACANCY_WORDS=${VACANCY_WORDS:-true}
SERVER_LOG=${SERVER_LOG:-0}
FLOOR_CONCURRENCY=${FLOOR_CONCURRENCY:-16}
FLOOR_DURATION=${FLOOR_DURATION:-10}
BUILD=${BUILD:-1}
RESET=${RESET:-1}
BENCH="dotnet ${BENCH_DLL:-bench/GuidanceDesk.Bench/bin/Release/net10.0/GuidanceDesk.Bench.dll}"
OUT="$(dirname "$KEYS")"
LOG="$OUT/app-mixed.log"

[ "$BUILD" = 1 ] && dotnet build -c Release bench/GuidanceDesk.Bench -v q -nologo | tail -n 2
# shellcheck disable=SC1090
source "$KEYS"
if [ "$Database__Provider" = "Postgres" ]; then
  DB_ARGS=(--provider postgres --connection "$Database__ConnectionString" --keys "${KEYS%.env}.json")
else
  DB_ARGS=(--db "${Database__ConnectionString#Data Source=}")
fi
export ASPNETCORE_ENVIRONMENT=Production Jobs__Enabled=false
# shellcheck source=bench/GuidanceDesk.Bench/app-start.sh
source bench/GuidanceDesk.Bench/app-start.sh
LOGGING=()
SERVER_LOG_ARGS=()
if [ "$SERVER_LOG" = 1 ]; then
  LOGGING=('Logging__LogLevel__GuidanceDesk.Requests=Information')
  SERVER_LOG_ARGS=(--server-log "$LOG")
fi
read -r -a APP_SETTINGS <<< "${APP_ENV:-}"
start_app "$PORT" "$LOG" "${LOGGING[@]}" "${APP_SETTINGS[@]}"
# The first public search builds the in-memory index of open vacancies (seconds): not part of the load.
/usr/bin/time -f "first public search (index build): %e s" curl -sf -o /dev/null "http://127.0.0.1:$PORT/api/v1/public/vacancies?Q=%E9%94%80%E5%94%AE"
echo "server pid $SERVER_PID; $(nproc) cores; $Database__Provider; $(uptime)"

# vmstat over the measured window only: `mixed` writes the mark file when its measured phase starts (after the
# setup, the sign-ins and the warm-up). The first vmstat line is the average since boot: one more sample, skipped.
MARK="$OUT/mixed-measuring"
rm -f "$MARK"
samples=$((DURATION / 5))
[ "$samples" -ge 2 ] || samples=2
(while [ ! -e "$MARK" ]; do sleep 1; done; vmstat 5 "$samples" > "$OUT/vmstat-mixed.txt") &
sampler=$!
RESET_ARGS=()
# Named after the keys file, i.e. after the database: a SQLite and a PostgreSQL city beside each other have their own.
[ "$RESET" = 1 ] && RESET_ARGS=(--reset "${KEYS%.env}.watermark.txt")
$BENCH mixed "${DB_ARGS[@]}" "${RESET_ARGS[@]}" --url "http://127.0.0.1:$PORT" --users "$USERS" --rate "$RATE" --connections "$CONNECTIONS" \
  --think-ms "$THINK" --duration "$DURATION" --warmup "$WARMUP" --mix "$MIX" --only "$ONLY" --vacancy-words "$VACANCY_WORDS" \
  --server-pid "$SERVER_PID" --mark-file "$MARK" "${SERVER_LOG_ARGS[@]}" || { kill "$sampler" 2>/dev/null; exit 1; }
wait "$sampler"
awk 'NR>3{r+=$1; us+=$13; sy+=$14; id+=$15; n++} END {printf "vmstat while measuring: run queue %.1f, user %.0f%%, system %.0f%%, idle %.0f%%\n", r/n, us/n, sy/n, id/n}' "$OUT/vmstat-mixed.txt"
echo "app log: $(grep -cE '^(fail|crit):' "$LOG" || true) fail/crit entries ($LOG)"

stop_app
SERVER_PID=""
if [ "$FLOOR_DURATION" -gt 0 ]; then
  sleep 2
  echo "floor; $(uptime)"
  $BENCH mixedfloor "${DB_ARGS[@]}" --concurrency "$FLOOR_CONCURRENCY" --duration "$FLOOR_DURATION"
fi
echo "done; $(uptime)"
