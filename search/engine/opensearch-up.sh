#!/usr/bin/env bash
# Start the embedded single-node OpenSearch (dev / tests / CI) in the background.
#
#   search/engine/opensearch-up.sh        -> last line printed: SEARCH_URL=http://127.0.0.1:9201
#
# Environment:
#   OPENSEARCH_PORT       HTTP port on 127.0.0.1 (default 9201)
#   OPENSEARCH_DATA_DIR   data folder: indices, pid file, log (default <repo>/var/opensearch)
#   OPENSEARCH_JAVA_OPTS  extra JVM options, appended last (e.g. -Xmx1g to override the heap)
#   OPENSEARCH_TIMEOUT    seconds to wait for the node to become healthy (default 120)
#
# Idempotent: if our node is already running and healthy, it only prints the SEARCH_URL line.
# Builds target/embedded-opensearch.jar first when it is missing or older than its sources
# (offline once ~/.m2 holds the dependencies). Stop it with opensearch-down.sh.
set -euo pipefail

ENGINE_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$ENGINE_DIR/../.." && pwd)"
PORT="${OPENSEARCH_PORT:-9201}"
DATA_DIR="${OPENSEARCH_DATA_DIR:-$REPO_ROOT/var/opensearch}"
TIMEOUT="${OPENSEARCH_TIMEOUT:-120}"
JAR="$ENGINE_DIR/target/embedded-opensearch.jar"
PID_FILE="$DATA_DIR/opensearch.pid"
LOG_FILE="$DATA_DIR/opensearch.log"
PORT_FILE="$DATA_DIR/opensearch.port"
CLUSTER_NAME="daklakso-dev"
URL="http://127.0.0.1:$PORT"

say() { echo "opensearch-up: $*" >&2; }

# For errors unrelated to the node's own log.
die() {
    say "ERROR: $*"
    exit 1
}

fail() {
    say "ERROR: $*"
    if [[ -f "$LOG_FILE" ]]; then
        say "---- last 60 lines of $LOG_FILE ----"
        tail -n 60 "$LOG_FILE" >&2 || true
        say "---- end of log ----"
    fi
    exit 1
}

# Our node answers the health call and names our cluster (not some other server on the port).
healthy() {
    local body
    body="$(curl -fsS --max-time 5 "$URL/_cluster/health?wait_for_status=yellow&timeout=2s" 2>/dev/null)" || return 1
    [[ "$body" == *"\"cluster_name\":\"$CLUSTER_NAME\""* && "$body" != *'"timed_out":true'* ]]
}

running_pid() {
    local pid
    [[ -f "$PID_FILE" ]] || return 1
    pid="$(cat "$PID_FILE" 2>/dev/null)" || return 1
    [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
    echo "$pid"
}

command -v java >/dev/null || die "java not found (Java 17 is required)"
command -v curl >/dev/null || die "curl not found"
mkdir -p "$DATA_DIR"

# 1. Already running? Then just report (or wait if it is still starting).
if pid="$(running_pid)"; then
    if healthy; then
        echo "SEARCH_URL=$URL"
        exit 0
    fi
    running_port="$(cat "$PORT_FILE" 2>/dev/null || true)"
    if [[ -n "$running_port" && "$running_port" != "$PORT" ]]; then
        die "the node for $DATA_DIR already runs on port $running_port (pid $pid), not $PORT; stop it first or use another OPENSEARCH_DATA_DIR"
    fi
    say "node already running (pid $pid) but not healthy on $URL yet; waiting"
else
    rm -f "$PID_FILE"
    pid=""
    if curl -fsS --max-time 3 "$URL/" >/dev/null 2>&1; then
        die "port $PORT is already served by another process (not our node in $DATA_DIR); set OPENSEARCH_PORT"
    fi

    # 2. Build the jar when missing or stale (offline first, so a warm ~/.m2 needs no network).
    if [[ ! -f "$JAR" || ! -d "$ENGINE_DIR/target/lib" || "$ENGINE_DIR/pom.xml" -nt "$JAR" ]] \
        || [[ -n "$(find "$ENGINE_DIR/src" -newer "$JAR" -type f -print -quit)" ]]; then
        command -v mvn >/dev/null || die "mvn not found (needed once to build $JAR)"
        say "building $JAR"
        if ! mvn -o -q -B -Dstyle.color=never -f "$ENGINE_DIR/pom.xml" package >/dev/null 2>&1; then
            mvn -q -B -Dstyle.color=never -f "$ENGINE_DIR/pom.xml" package >&2 || die "maven build failed"
        fi
    fi

    # 3. Start in the background, detached from this shell (nohup + own session).
    # Heap: small on purpose (2-core / 24 GB machines shared with the test suite);
    # raise it with OPENSEARCH_JAVA_OPTS=-Xmx1g for big indexes.
    # The -D options mirror OpenSearch's own jvm.options where they matter here.
    JAVA_OPTS=(
        -Xms256m -Xmx768m
        -XX:+UseG1GC
        -XX:MaxDirectMemorySize=256m
        -XX:+ExitOnOutOfMemoryError
        -Xss1m
        -Dfile.encoding=UTF-8
        -Djava.awt.headless=true
        -Djava.locale.providers=SPI,COMPAT
        -Dlog4j.shutdownHookEnabled=false
        -Dlog4j2.disable.jmx=true
        -Dio.netty.noUnsafe=true
        -Dio.netty.noKeySetOptimization=true
        -Dio.netty.recycler.maxCapacityPerThread=0
        -Djava.io.tmpdir="$DATA_DIR/tmp"
    )
    # shellcheck disable=SC2206  # word splitting of user-provided options is intended
    EXTRA_OPTS=(${OPENSEARCH_JAVA_OPTS:-})
    mkdir -p "$DATA_DIR/tmp"
    say "starting on $URL (data: $DATA_DIR, log: $LOG_FILE)"
    : >"$LOG_FILE"
    # Own session (setsid) so a Ctrl-C or hang-up of the calling terminal or CI step
    # does not reach the node. The inner shell writes its own pid and then exec's java,
    # so the pid file holds the java pid whether or not setsid had to fork.
    SETSID=()
    command -v setsid >/dev/null && SETSID=(setsid)
    rm -f "$PID_FILE"
    nohup "${SETSID[@]}" bash -c 'echo $$ >"$0"; exec "$@"' "$PID_FILE" \
        java "${JAVA_OPTS[@]}" "${EXTRA_OPTS[@]}" -jar "$JAR" "$DATA_DIR" "$PORT" \
        >>"$LOG_FILE" 2>&1 </dev/null &
    for ((i = 0; i < 100; i++)); do
        [[ -s "$PID_FILE" ]] && break
        sleep 0.1
    done
    pid="$(cat "$PID_FILE" 2>/dev/null || true)"
    [[ "$pid" =~ ^[0-9]+$ ]] || fail "could not launch java (no pid written to $PID_FILE)"
    echo "$PORT" >"$PORT_FILE"
fi

# 4. Wait until healthy, or fail loudly.
deadline=$((SECONDS + TIMEOUT))
until healthy; do
    if ! kill -0 "$pid" 2>/dev/null; then
        rm -f "$PID_FILE" "$PORT_FILE"
        fail "node (pid $pid) exited during start-up"
    fi
    if ((SECONDS >= deadline)); then
        fail "node (pid $pid) not healthy on $URL after ${TIMEOUT}s (still running; stop it with opensearch-down.sh)"
    fi
    sleep 1
done
# The node sets cluster.default_number_of_replicas=0 right after it starts answering;
# give it a moment so that the very first index a test creates is already green.
for ((i = 0; i < 50; i++)); do
    cluster_settings="$(curl -fsS --max-time 2 "$URL/_cluster/settings?flat_settings=true" 2>/dev/null || true)"
    [[ "$cluster_settings" == *'"cluster.default_number_of_replicas":"0"'* ]] && break
    sleep 0.1
done
say "ready after ${SECONDS}s (pid $pid)"
echo "SEARCH_URL=$URL"
