#!/usr/bin/env bash
# Stop the private Redis started by redis-up.sh (REDIS_DIR, default var/redis/). Idempotent.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PID_FILE="${REDIS_DIR:-$ROOT/var/redis}/redis.pid"

say() { echo "redis-down: $*" >&2; }

pid="$(cat "$PID_FILE" 2>/dev/null || true)"
if ! [[ "$pid" =~ ^[0-9]+$ ]] || ! kill -0 "$pid" 2>/dev/null; then
    say "not running"
    exit 0
fi
kill "$pid"
for _ in $(seq 100); do
    kill -0 "$pid" 2>/dev/null || {
        say "stopped"
        exit 0
    }
    sleep 0.1
done
say "still running after 10s; killing it"
kill -9 "$pid" 2>/dev/null || true
