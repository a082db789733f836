#!/usr/bin/env bash
# Stop the local stack started by stack-up.sh: nginx and gunicorn, then the data services
# that stack-up.sh itself started (var/stack/started-services); services that were already
# running when it started are left running. Idempotent. Data stays in var/.
set -uo pipefail
STACK_SCRIPT=stack-down
# shellcheck source=scripts/stack-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/stack-common.sh"
cd "$STACK_ROOT" || exit 1
status=0

if pid="$(live_pid "$NGINX_PID_FILE")"; then
    kill -QUIT "$pid" # graceful: open requests finish
    for _ in $(seq 100); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -0 "$pid" 2>/dev/null && kill -TERM "$pid"
    stack_say "nginx stopped"
fi
if live_pid "$GUNICORN_PID_FILE" >/dev/null; then
    stop_gunicorn
    stack_say "gunicorn stopped"
fi

stop_service() {
    case "$1" in
        postgres) bash scripts/postgres-down.sh ;;
        redis) bash scripts/redis-down.sh ;;
        opensearch) bash search/engine/opensearch-down.sh ;;
        *) stack_say "unknown service '$1' in $STACK_STARTED_FILE" ;;
    esac
}
if [[ -f "$STACK_STARTED_FILE" ]]; then
    while read -r service; do
        [[ -n "$service" ]] || continue
        stop_service "$service" || status=1
    done <"$STACK_STARTED_FILE"
    rm -f "$STACK_STARTED_FILE"
fi
exit $status
