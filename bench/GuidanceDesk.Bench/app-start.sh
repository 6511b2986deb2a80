# Sourced by the run-*.sh load scripts (from the repository root): starts the app built in Release on loopback,
# stops it when the script exits, waits until it answers /health/live and sets SERVER_PID (the process listening on
# the port, for CPU and memory sampling).
#   start_app PORT LOG [NAME=VALUE ...]   extra environment for the app only (e.g. a log level)
start_app() {
  local port=$1 log=$2
  shift 2
  # --no-launch-profile: launchSettings.json would otherwise switch the app to Development.
  env ASPNETCORE_ENVIRONMENT=Production "$@" \
    dotnet run -c Release --no-build --no-launch-profile --project src/GuidanceDesk.Web --urls "http://127.0.0.1:$port" > "$log" 2>&1 &
  RUN_PID=$!
  SERVER_PID=""
  trap 'stop_app' EXIT
  for _ in $(seq 1 180); do
    curl -sf "http://127.0.0.1:$port/health/live" > /dev/null && break
    sleep 1
  done
  SERVER_PID=$(ss -ltnpH "sport = :$port" | grep -o 'pid=[0-9]*' | head -n 1 | cut -d= -f2)
}

stop_app() {
  [ -n "${SERVER_PID:-}" ] && kill "$SERVER_PID" 2>/dev/null || true
  kill "$RUN_PID" 2>/dev/null || true
}
