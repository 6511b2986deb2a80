#!/usr/bin/env bash
# Generates the whole synthetic city of issue 9 (2,000,000 workers, 100,000 employers, 500,000 vacancies, 1,000,000
# cases, 5,000,000 guidance records, 1,000,000 survey responses) — what run-mixed.sh and the other
# city-scale benches read. Run from the repository root, as root (PostgreSQL: uses `su postgres` for the grants).
#   PROVIDER=postgres|sqlite (default postgres)   DIR=/tmp/gd-bench3 (keys, logs, the SQLite file)
#   DATABASE=gdcases (PostgreSQL)   FORCE=1: replace an existing city
# Times on the shared 2-core machine, 27 Nov: PostgreSQL ≈ 40 min, SQLite ≈ 38 min (docs/performance.md, issue 9).
# The steps need --force after the first because `generate` loads the demo data (41 vacancies, 8 cases).
set -euo pipefail
PROVIDER=${PROVIDER:-postgres}
DIR=${DIR:-/tmp/gd-bench3}
DATABASE=${DATABASE:-gdcases}
FORCE=${FORCE:-0}
B="dotnet bench/GuidanceDesk.Bench/bin/Release/net10.0/GuidanceDesk.Bench.dll"
mkdir -p "$DIR"
dotnet build -c Release bench/GuidanceDesk.Bench -v q -nologo | tail -n 2
step() { echo "=== $1 $(date -u +%T)"; }

if [ "$PROVIDER" = sqlite ]; then
  ARGS=(--provider sqlite --db "$DIR/gd.db")
  if [ -e "$DIR/gd.db" ] && [ "$FORCE" != 1 ]; then echo "$DIR/gd.db exists (FORCE=1 replaces it)"; exit 1; fi
  step generate; $B generate "${ARGS[@]}" --workers 2000000 --force
  step vacancies; $B generate --vacancies --force "${ARGS[@]}"
  step cases; $B generate --cases --force "${ARGS[@]}"
  step surveys; $B surveyindex --setup "${ARGS[@]}"
  step done
  exit 0
fi

[ -e /etc/postgresql/15/main/conf.d/postgresql-city.conf ] \
  || echo "warning: bench/GuidanceDesk.Bench/postgresql-city.conf is not installed (cp it to /etc/postgresql/15/main/conf.d/ and restart the cluster); the figures in docs/performance.md are with it"
psql_as_postgres() { su postgres -c "psql -qtAc \"$1\""; }
psql_as_postgres "SELECT 1 FROM pg_roles WHERE rolname='gd'" | grep -q 1 || psql_as_postgres "CREATE ROLE gd LOGIN CREATEDB PASSWORD 'gd'"
# The case loader skips foreign-key triggers for its session (session_replication_role = replica); gd is no superuser.
psql_as_postgres "GRANT SET ON PARAMETER session_replication_role TO gd"
if psql_as_postgres "SELECT 1 FROM pg_database WHERE datname='$DATABASE'" | grep -q 1; then
  [ "$FORCE" = 1 ] || { echo "database $DATABASE exists (FORCE=1 replaces its schema)"; exit 1; }
else
  psql_as_postgres "CREATE DATABASE $DATABASE OWNER gd"
fi
C="Host=127.0.0.1;Username=gd;Password=gd;Database=$DATABASE"
ARGS=(--provider postgres --connection "$C" --keys "$DIR/pg.keys.json")
step generate; $B generate "${ARGS[@]}" --workers 2000000 --force
step vacancies; $B generate --vacancies --force "${ARGS[@]}"
step cases; $B generate --cases --force "${ARGS[@]}"
step surveys; $B surveyindex --setup --provider postgres --connection "$C;Command Timeout=0" --keys "$DIR/pg.keys.json"
step done
