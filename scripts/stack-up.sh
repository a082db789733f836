#!/usr/bin/env bash
# Start the production-like stack on this machine: PostgreSQL + Redis (+ OpenSearch) +
# gunicorn running daklakso.settings.production + Debian's nginx in front, on 127.0.0.1.
#
#   scripts/stack-up.sh      -> last lines printed (stdout; progress goes to stderr):
#   DATABASE_URL=postgres://daklakso:daklakso@127.0.0.1:5433/daklakso_stack
#   REDIS_URL=redis://127.0.0.1:6380/0
#   STACK_URL=http://127.0.0.1:8480
#
# Environment:
#   STACK_SEARCH=opensearch   also start the embedded OpenSearch and use it (SEARCH_URL printed)
#   STACK_CONTENT=demo        load the demo content (manage.py load_demo_content)
#   STACK_HTTP_PORT (8480), STACK_GUNICORN_PORT (8481), PGPORT_DAKLAKSO, REDIS_PORT, OPENSEARCH_PORT
#   STACK_DIR (var/stack), STACK_DATABASE (daklakso_stack), REDIS_DIR: a second stack beside
#   the first (bench.sh) sets its own
#   PAGE_CACHE_SECONDS, CACHE_KEY_PREFIX, SEARCH_INDEX_PREFIX, GUNICORN_WORKERS: passed to gunicorn
#
# nginx serves deploy/nginx.conf, rendered with this stack's ports and paths (var/stack/).
# Services that were not running are recorded in var/stack/started-services, so that
# stack-down.sh stops those and leaves alone what was running before. Idempotent: run
# again, it starts what is missing, migrates, collects static files and reloads nginx.
set -euo pipefail
STACK_SCRIPT=stack-up
# shellcheck source=scripts/stack-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/stack-common.sh"
cd "$STACK_ROOT"
started=$SECONDS

die() {
    stack_say "ERROR: $*"
    exit 1
}

mkdir -p "$STACK_DIR/static" "$STACK_DIR/media"
touch "$STACK_STARTED_FILE"

# 1. The data services, each started by its own script, whose last line is VAR=url.
remember_started() {
    grep -qx "$1" "$STACK_STARTED_FILE" || echo "$1" >>"$STACK_STARTED_FILE"
}
service_url() { # name, script, "is it running?" command
    local name="$1" script="$2" output
    shift 2
    local was_running=0
    "$@" && was_running=1
    output="$(bash "$script")" || {
        ((was_running)) || remember_started "$name"
        die "$script failed"
    }
    ((was_running)) || remember_started "$name"
    echo "${output##*$'\n'}"
}
postgres_running() { (source scripts/postgres-common.sh && pg_running); }
redis_running() { live_pid "${REDIS_DIR:-var/redis}/redis.pid" >/dev/null; }
opensearch_running() { live_pid "${OPENSEARCH_DATA_DIR:-var/opensearch}/opensearch.pid" >/dev/null; }

database_line="$(service_url postgres scripts/postgres-up.sh postgres_running)"
redis_line="$(service_url redis scripts/redis-up.sh redis_running)"
search_line="SEARCH_URL="
case "${STACK_SEARCH:-}" in
    "") ;;
    opensearch) search_line="$(service_url opensearch search/engine/opensearch-up.sh opensearch_running)" ;;
    *) die "STACK_SEARCH must be empty or 'opensearch', not '$STACK_SEARCH'" ;;
esac
[[ "$database_line" == DATABASE_URL=* && "$redis_line" == REDIS_URL=* && "$search_line" == SEARCH_URL=* ]] ||
    die "unexpected output from the service scripts: '$database_line' '$redis_line' '$search_line'"

# The stack's own database beside the development one (same cluster and role), so that its
# content always matches its media folder (var/stack/media).
stack_database() {
    local url="${database_line#DATABASE_URL=}" psql
    psql="$(source scripts/postgres-common.sh && pg_bindir)/psql"
    "$psql" -X -q -At "$url" -c "SELECT 1 FROM pg_database WHERE datname = '$STACK_DATABASE'" | grep -q 1 ||
        "$psql" -X -q "$url" -c "CREATE DATABASE $STACK_DATABASE ENCODING 'UTF8' TEMPLATE template0" >&2 ||
        die "could not create the database $STACK_DATABASE"
    echo "DATABASE_URL=${url%/*}/$STACK_DATABASE"
}
database_line="$(stack_database)"

# 2. A SECRET_KEY of this machine's stack, made once and kept (sessions survive restarts).
if [[ ! -s "$STACK_DIR/secret_key" ]]; then
    (umask 077 && "$VENV_BIN/python" -c 'import secrets; print(secrets.token_urlsafe(64))' >"$STACK_DIR/secret_key")
fi

# 3. The environment of manage.py and gunicorn: what a server's env file holds (README).
(
    umask 077
    cat >"$STACK_ENV_FILE" <<ENV
# Written by scripts/stack-up.sh at every start; edits are lost.
DJANGO_SETTINGS_MODULE=daklakso.settings.production
SECRET_KEY=$(cat "$STACK_DIR/secret_key")
ALLOWED_HOSTS=127.0.0.1,localhost
CSRF_TRUSTED_ORIGINS=$STACK_URL,http://localhost:$STACK_HTTP_PORT
SITE_URL=$STACK_URL
# Plain http on 127.0.0.1 only: a real server redirects to https (the default).
SECURE_SSL_REDIRECT=false
# The visitor's address as nginx passes it (lock-out and rate limit per visitor).
SEARCH_CLIENT_IP_HEADER=HTTP_X_REAL_IP
VAR_DIR=$STACK_DIR
$database_line
$redis_line
$search_line
ENV
    # Passed on when set: the page cache's lifetime, and the key prefixes that keep two
    # stacks (this one and bench.sh's) apart in a shared Redis or OpenSearch.
    for name in PAGE_CACHE_SECONDS CACHE_KEY_PREFIX SEARCH_INDEX_PREFIX; do
        [[ -z "${!name:-}" ]] || echo "$name=${!name}"
    done >>"$STACK_ENV_FILE"
)

# 4. Database, translations, static files (hashed names + .gz), and the demo content if asked.
stack_say "migrate, compile_translations, collectstatic"
stack_manage migrate --noinput -v 0 || die "migrate failed"
stack_manage compile_translations >/dev/null || die "compile_translations failed"
stack_manage collectstatic --noinput -v 0 || die "collectstatic failed"
case "${STACK_CONTENT:-}" in
    "") ;;
    demo)
        stack_say "loading the demo content"
        stack_manage load_demo_content >&2 || die "load_demo_content failed"
        ;;
    *) die "STACK_CONTENT must be empty or 'demo', not '$STACK_CONTENT'" ;;
esac

# 5. gunicorn (already running: restarted, so that new code and settings apply).
stop_gunicorn
start_gunicorn || die "gunicorn did not start"

# 6. nginx: deploy/nginx.conf with this stack's ports and paths, inside a main file that
# plays the part of Debian's /etc/nginx/nginx.conf.
command -v nginx >/dev/null || {
    [[ $EUID -eq 0 ]] || die "nginx not found. Install it (Debian: sudo apt-get install nginx-light)"
    stack_say "installing Debian's nginx-light package"
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -q --no-install-recommends nginx-light >&2 ||
        die "apt-get could not install nginx-light"
}
mkdir -p "$NGINX_PREFIX/logs" "$NGINX_PREFIX/temp"
sed -e "s|listen 443 ssl http2;|listen 127.0.0.1:$STACK_HTTP_PORT;|" \
    -e '/# http-only begin/,/# http-only end/d' \
    -e '/ssl/d' \
    -e "s|server_name daklakso.example;|server_name 127.0.0.1 localhost;|" \
    -e "s|server 127.0.0.1:8001 |server 127.0.0.1:$STACK_GUNICORN_PORT |" \
    -e "s|/srv/daklakso/data/|$STACK_DIR/|g" \
    -e "s|/srv/daklakso/app/|$STACK_ROOT/|g" \
    -e '/^[[:space:]]*#/d' \
    deploy/nginx.conf >"$NGINX_PREFIX/site.conf"
if grep -nE '/srv/daklakso|daklakso\.example|:8001|listen +(80|443|\[)' "$NGINX_PREFIX/site.conf" >&2; then
    die "deploy/nginx.conf changed in a way this script does not render (lines above)"
fi
cat >"$NGINX_CONF" <<CONF
# Written by scripts/stack-up.sh; the site itself is deploy/nginx.conf, rendered in site.conf.
worker_processes auto;
pid $NGINX_PID_FILE;
error_log $NGINX_PREFIX/logs/error.log warn;
events {
    worker_connections 1024;
}
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    tcp_nopush on;
    access_log $NGINX_PREFIX/logs/access.log;
    client_body_temp_path $NGINX_PREFIX/temp/body;
    proxy_temp_path $NGINX_PREFIX/temp/proxy;
    fastcgi_temp_path $NGINX_PREFIX/temp/fastcgi;
    uwsgi_temp_path $NGINX_PREFIX/temp/uwsgi;
    scgi_temp_path $NGINX_PREFIX/temp/scgi;
    include $NGINX_PREFIX/site.conf;
}
CONF
nginx -q -t -p "$NGINX_PREFIX" -c "$NGINX_CONF" || die "nginx rejects the rendered configuration ($NGINX_CONF)"
if pid="$(live_pid "$NGINX_PID_FILE")"; then
    kill -HUP "$pid"
else
    port_open "$STACK_HTTP_PORT" && die "port $STACK_HTTP_PORT is taken by another program; set STACK_HTTP_PORT"
    nginx -p "$NGINX_PREFIX" -c "$NGINX_CONF" || die "nginx did not start (see $NGINX_PREFIX/logs/error.log)"
fi
wait_http "$STACK_URL/" 30 || die "nothing answers on $STACK_URL"
status="$(curl -s -o /dev/null -w '%{http_code}' "$STACK_URL/")"
[[ "$status" == 200 ]] || die "$STACK_URL/ answers HTTP $status (gunicorn log: $GUNICORN_LOG)"

stack_say "ready in $((SECONDS - started))s (nginx $STACK_URL -> gunicorn 127.0.0.1:$STACK_GUNICORN_PORT; logs in $STACK_DIR)"
echo "$database_line"
echo "$redis_line"
[[ "$search_line" == "SEARCH_URL=" ]] || echo "$search_line"
echo "STACK_URL=$STACK_URL"
