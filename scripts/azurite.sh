#!/usr/bin/env bash
# Starts or stops the Azurite storage emulator (from node_modules, installed by `npm ci`) in the
# background for local runs and the tests. Data lives in memory only.
#   scripts/azurite.sh start               # the usual ports, blob 10000, queue 10001, table 10002
#                                          # (what UseDevelopmentStorage=true and `func start` expect)
#   scripts/azurite.sh start --free-ports  # three free ports chosen for this run (scripts/test.sh),
#                                          # so test runs on one machine never share an emulator
#   scripts/azurite.sh stop
# Either way the connection string is written to .azurite/connection; the tests read it from there
# (or from CLAIMAUDIT_TEST_STORAGE).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
state_dir="$root/.azurite"
pid_file="$state_dir/azurite.pid"
log_file="$state_dir/azurite.log"
bin="$root/node_modules/.bin/azurite"
conn_file="$state_dir/connection"
ports=(10000 10001 10002)

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

running() { [[ -f "$pid_file" ]] && kill -0 "$(cat "$pid_file")" 2>/dev/null; }

# A port nothing listens on now, from the range above the usual ones and below the kernel's
# ephemeral range; distinct from those already chosen.
free_port() {
  local p
  for _ in $(seq 1 200); do
    p=$((20000 + RANDOM % 12000))
    [[ " ${ports[*]} " == *" $p "* ]] && continue
    port_open "$p" || { echo "$p"; return 0; }
  done
  echo "no free port found" >&2; exit 1
}

# The well-known development account of Azurite (public, the same in every emulator).
dev_key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="

start() {
  if running; then echo "Azurite already running (pid $(cat "$pid_file")): $(cat "$conn_file" 2>/dev/null)"; return 0; fi
  if [[ ! -x "$bin" ]]; then echo "Azurite is not installed: run 'npm ci' in $root first" >&2; exit 1; fi
  if [[ "${1:-}" == --free-ports ]]; then
    ports=()
    for _ in 1 2 3; do ports+=("$(free_port)"); done
  else
    for p in "${ports[@]}"; do
      if port_open "$p"; then echo "port $p is already in use (another Azurite?); stop it, use it as is, or start with --free-ports" >&2; exit 1; fi
    done
  fi
  mkdir -p "$state_dir"
  nohup "$bin" --skipApiVersionCheck --inMemoryPersistence \
    --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 \
    --blobPort "${ports[0]}" --queuePort "${ports[1]}" --tablePort "${ports[2]}" \
    --silent >"$log_file" 2>&1 &
  echo $! >"$pid_file"
  local endpoint="http://127.0.0.1"
  echo "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$dev_key;BlobEndpoint=$endpoint:${ports[0]}/devstoreaccount1;QueueEndpoint=$endpoint:${ports[1]}/devstoreaccount1;TableEndpoint=$endpoint:${ports[2]}/devstoreaccount1;" >"$conn_file"
  for _ in $(seq 1 60); do
    local up=1
    for p in "${ports[@]}"; do port_open "$p" || up=0; done
    if [[ $up == 1 ]]; then echo "Azurite started (pid $(cat "$pid_file")): blob ${ports[0]}, queue ${ports[1]}, table ${ports[2]}"; return 0; fi
    if ! running; then echo "Azurite exited; see $log_file" >&2; cat "$log_file" >&2; rm -f "$pid_file"; exit 1; fi
    sleep 0.5
  done
  echo "Azurite did not answer on ports ${ports[*]} within 30 s; see $log_file" >&2
  stop
  exit 1
}

stop() {
  if ! running; then echo "Azurite is not running"; rm -f "$pid_file" "$conn_file"; return 0; fi
  local pid; pid="$(cat "$pid_file")"
  kill "$pid"
  for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  rm -f "$pid_file" "$conn_file"
  echo "Azurite stopped"
}

case "${1:-}" in
  start) start "${2:-}" ;;
  stop) stop ;;
  *) echo "usage: $0 start [--free-ports] | stop" >&2; exit 2 ;;
esac
