# shellcheck shell=bash disable=SC2034  # variables used by the scripts that source this
# Shared by stack-up.sh, stack-down.sh and bench.sh (sourced, not run).
#
# The local production-like stack lives in var/stack/: the SECRET_KEY (kept between runs),
# stack.env (the environment of manage.py and gunicorn), static/ and media/ (VAR_DIR of the
# stack), gunicorn's pid and log, nginx/ (its prefix: rendered config, pid, logs, temp files).

STACK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STACK_DIR="${STACK_DIR:-$STACK_ROOT/var/stack}"  # bench.sh runs a second stack beside it
STACK_HTTP_PORT="${STACK_HTTP_PORT:-8480}"
STACK_GUNICORN_PORT="${STACK_GUNICORN_PORT:-8481}"
STACK_URL="http://127.0.0.1:$STACK_HTTP_PORT"
STACK_DATABASE="${STACK_DATABASE:-daklakso_stack}"
STACK_ENV_FILE="$STACK_DIR/stack.env"
STACK_STARTED_FILE="$STACK_DIR/started-services"
GUNICORN_PID_FILE="$STACK_DIR/gunicorn.pid"
GUNICORN_LOG="$STACK_DIR/gunicorn.log"
NGINX_PREFIX="$STACK_DIR/nginx"
NGINX_CONF="$NGINX_PREFIX/nginx.conf"
NGINX_PID_FILE="$NGINX_PREFIX/nginx.pid"
VENV_BIN="$STACK_ROOT/.venv/bin"

stack_say() { echo "${STACK_SCRIPT:-stack}: $*" >&2; }

# The pid in FILE if that process is alive, else nothing (exit 1).
live_pid() {
    local pid
    pid="$(cat "$1" 2>/dev/null || true)"
    [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Waits up to $2 seconds (default 30) for `curl URL` to answer with any HTTP status.
wait_http() {
    local deadline=$((SECONDS + ${2:-30}))
    until curl -s -o /dev/null --max-time 5 "$1"; do
        ((SECONDS < deadline)) || return 1
        sleep 0.2
    done
}

# manage.py with the stack's environment (stack.env).
stack_manage() {
    (
        set -a
        # shellcheck source=/dev/null
        source "$STACK_ENV_FILE"
        set +a
        cd "$STACK_ROOT" && "$VENV_BIN/python" manage.py "$@"
    )
}

# gunicorn with the stack's environment plus any VAR=value given, running WSGI_MODULE
# (default: the site). Waits until it answers through its own port.
start_gunicorn() {
    local module="daklakso.wsgi:application"
    if [[ "${1:-}" == --module ]]; then
        module="$2"
        shift 2
    fi
    live_pid "$GUNICORN_PID_FILE" >/dev/null && {
        stack_say "gunicorn is already running (pid $(cat "$GUNICORN_PID_FILE"))"
        return 0
    }
    port_open "$STACK_GUNICORN_PORT" && {
        stack_say "ERROR: port $STACK_GUNICORN_PORT is taken by another program; set STACK_GUNICORN_PORT"
        return 1
    }
    (
        set -a
        # shellcheck source=/dev/null
        source "$STACK_ENV_FILE"
        set +a
        cd "$STACK_ROOT" &&
            exec env "$@" GUNICORN_BIND="127.0.0.1:$STACK_GUNICORN_PORT" GUNICORN_PID_FILE="$GUNICORN_PID_FILE" \
                setsid "$VENV_BIN/gunicorn" -c deploy/gunicorn.conf.py "$module" >>"$GUNICORN_LOG" 2>&1 </dev/null
    ) &
    if ! wait_http "http://127.0.0.1:$STACK_GUNICORN_PORT/" 60; then
        stack_say "ERROR: gunicorn does not answer on 127.0.0.1:$STACK_GUNICORN_PORT; end of $GUNICORN_LOG:"
        tail -n 30 "$GUNICORN_LOG" >&2
        return 1
    fi
    stack_say "gunicorn ($module) on 127.0.0.1:$STACK_GUNICORN_PORT, pid $(cat "$GUNICORN_PID_FILE")"
}

# Graceful stop (in-flight requests finish), then a kill after 30 s.
stop_gunicorn() {
    local pid
    pid="$(live_pid "$GUNICORN_PID_FILE")" || return 0
    kill -TERM "$pid"
    for _ in $(seq 300); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.1
    done
    stack_say "gunicorn still running after 30s; killing it"
    kill -KILL "$pid" 2>/dev/null || true
}
