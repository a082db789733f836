#!/usr/bin/env bash
# Start a private Redis (the cache of the production-like stack) in var/redis/.
#
#   scripts/redis-up.sh      -> last line printed: REDIS_URL=redis://127.0.0.1:6380/0
#
# - redis-server missing and we are root: installs Debian's `redis-server` package.
# - Listens on 127.0.0.1:${REDIS_PORT:-6380} only, no persistence (it holds a cache: a restart
#   empties it, which is what a cache may do), at most REDIS_MAXMEMORY (default 256mb),
#   least-recently-used keys evicted first. Debian's own service (6379) is left alone.
# - REDIS_DIR (default var/redis) holds its configuration, pid and log: a second instance
#   needs its own REDIS_DIR and REDIS_PORT.
# - Idempotent: already running, it only prints the URL. Progress goes to stderr.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PORT="${REDIS_PORT:-6380}"
DIR="${REDIS_DIR:-$ROOT/var/redis}"
PID_FILE="$DIR/redis.pid"
LOG_FILE="$DIR/redis.log"
URL="redis://127.0.0.1:$PORT/0"

say() { echo "redis-up: $*" >&2; }
die() {
    say "ERROR: $*"
    [[ -f "$LOG_FILE" ]] && tail -n 20 "$LOG_FILE" >&2
    exit 1
}
[[ "$PORT" =~ ^[0-9]+$ ]] || die "REDIS_PORT must be a port number, not '$PORT'"

if ! command -v redis-server >/dev/null; then
    [[ $EUID -eq 0 ]] || die "redis-server not found. Install it (Debian: sudo apt-get install redis-server)"
    say "installing Debian's redis-server package"
    export DEBIAN_FRONTEND=noninteractive
    apt-get -o DPkg::Lock::Timeout=300 install -y -q --no-install-recommends redis-server >&2 ||
        { apt-get -o DPkg::Lock::Timeout=300 update -q >&2 &&
            apt-get -o DPkg::Lock::Timeout=300 install -y -q --no-install-recommends redis-server >&2; } ||
        die "apt-get could not install redis-server"
fi

ping() { redis-cli -h 127.0.0.1 -p "$PORT" ping 2>/dev/null | grep -q PONG; }

mkdir -p "$DIR"
pid="$(cat "$PID_FILE" 2>/dev/null || true)"
if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null && ping; then
    echo "REDIS_URL=$URL"
    exit 0
fi
ping && die "port $PORT on 127.0.0.1 is taken by another Redis (not ours); set REDIS_PORT to a free port"

# The configuration is written at every start, so that REDIS_PORT applies.
cat >"$DIR/redis.conf" <<CONF
# Written by scripts/redis-up.sh at every start; edits are lost.
bind 127.0.0.1
protected-mode yes
port $PORT
daemonize yes
pidfile $PID_FILE
logfile $LOG_FILE
dir $DIR
save ""
appendonly no
maxmemory ${REDIS_MAXMEMORY:-256mb}
maxmemory-policy allkeys-lru
CONF
say "starting on 127.0.0.1:$PORT (log: $LOG_FILE)"
redis-server "$DIR/redis.conf" || die "redis-server did not start"
for _ in $(seq 50); do
    ping && break
    sleep 0.1
done
ping || die "Redis does not answer on 127.0.0.1:$PORT"
echo "REDIS_URL=$URL"
