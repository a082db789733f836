#!/usr/bin/env bash
# Stop the embedded OpenSearch started by opensearch-up.sh: SIGTERM (the node closes
# cleanly), wait up to OPENSEARCH_STOP_TIMEOUT seconds (default 30), then SIGKILL.
# Idempotent: no pid file or a dead pid is not an error.
#
# Environment: OPENSEARCH_DATA_DIR (default <repo>/var/opensearch), as for opensearch-up.sh.
set -euo pipefail

ENGINE_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$ENGINE_DIR/../.." && pwd)"
DATA_DIR="${OPENSEARCH_DATA_DIR:-$REPO_ROOT/var/opensearch}"
PID_FILE="$DATA_DIR/opensearch.pid"
STOP_TIMEOUT="${OPENSEARCH_STOP_TIMEOUT:-30}"

say() { echo "opensearch-down: $*" >&2; }

if [[ ! -f "$PID_FILE" ]]; then
    say "not running (no $PID_FILE)"
    exit 0
fi
pid="$(cat "$PID_FILE" 2>/dev/null || true)"
if [[ ! "$pid" =~ ^[0-9]+$ ]] || ! kill -0 "$pid" 2>/dev/null; then
    say "not running (stale pid file removed)"
    rm -f "$PID_FILE" "$DATA_DIR/opensearch.port"
    exit 0
fi
# Only signal the pid if it is really our launcher's java process (pids get reused).
if ! tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q 'embedded-opensearch.jar'; then
    say "pid $pid is not the embedded OpenSearch (stale pid file removed)"
    rm -f "$PID_FILE" "$DATA_DIR/opensearch.port"
    exit 0
fi

kill -TERM "$pid" 2>/dev/null || true
for ((i = 0; i < STOP_TIMEOUT * 10; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
done
if kill -0 "$pid" 2>/dev/null; then
    say "pid $pid still alive after ${STOP_TIMEOUT}s; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    for ((i = 0; i < 50; i++)); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
fi
rm -f "$PID_FILE" "$DATA_DIR/opensearch.port"
say "stopped (pid $pid)"
