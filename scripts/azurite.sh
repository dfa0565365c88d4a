#!/usr/bin/env bash
# Starts or stops the Azurite storage emulator (from node_modules, installed by `npm ci`) in the
# background for local runs and the Functions tests. Data lives in memory only.
#   scripts/azurite.sh start   # returns once blob (10000), queue (10001) and table (10002) answer
#   scripts/azurite.sh stop
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
state_dir="$root/.azurite"
pid_file="$state_dir/azurite.pid"
log_file="$state_dir/azurite.log"
bin="$root/node_modules/.bin/azurite"
ports=(10000 10001 10002)

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

running() { [[ -f "$pid_file" ]] && kill -0 "$(cat "$pid_file")" 2>/dev/null; }

start() {
  if running; then echo "Azurite already running (pid $(cat "$pid_file"))"; return 0; fi
  if [[ ! -x "$bin" ]]; then echo "Azurite is not installed: run 'npm ci' in $root first" >&2; exit 1; fi
  for p in "${ports[@]}"; do
    if port_open "$p"; then echo "port $p is already in use (another Azurite?); stop it or use it as is" >&2; exit 1; fi
  done
  mkdir -p "$state_dir"
  nohup "$bin" --skipApiVersionCheck --inMemoryPersistence \
    --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 \
    --silent >"$log_file" 2>&1 &
  echo $! >"$pid_file"
  for _ in $(seq 1 60); do
    local up=1
    for p in "${ports[@]}"; do port_open "$p" || up=0; done
    if [[ $up == 1 ]]; then echo "Azurite started (pid $(cat "$pid_file")): blob 10000, queue 10001, table 10002"; return 0; fi
    if ! running; then echo "Azurite exited; see $log_file" >&2; cat "$log_file" >&2; rm -f "$pid_file"; exit 1; fi
    sleep 0.5
  done
  echo "Azurite did not answer on ports ${ports[*]} within 30 s; see $log_file" >&2
  stop
  exit 1
}

stop() {
  if ! running; then echo "Azurite is not running"; rm -f "$pid_file"; return 0; fi
  local pid; pid="$(cat "$pid_file")"
  kill "$pid"
  for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  rm -f "$pid_file"
  echo "Azurite stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
