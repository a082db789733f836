#!/usr/bin/env bash
# Start the private PostgreSQL cluster (development, tests, CI) in var/postgres/.
#
#   scripts/postgres-up.sh      -> last line printed:
#   DATABASE_URL=postgres://daklakso:daklakso@127.0.0.1:5433/daklakso
#
# Only that last stdout line is printed on stdout (progress goes to stderr), so
# `eval "$(scripts/postgres-up.sh)"` sets DATABASE_URL (export it yourself).
#
# - Server missing and we are root: installs Debian's `postgresql` package (apt-get update
#   once, non-interactive). Not root: says what to install and exits non-zero.
# - First run: initdb as the postgres system user when we are root (as ourselves
#   otherwise), in var/postgres/data, UTF-8, local peer auth, password auth over TCP.
# - Every run: listens on 127.0.0.1:${PGPORT_DAKLAKSO:-5433} only, starts with pg_ctl if it is
#   not running (log: var/postgres/postgres.log), waits until ready, ensures the role
#   daklakso (password daklakso, CREATEDB for the test database) and the database daklakso.
# - Idempotent; exits non-zero with the end of the log on any failure.
# Debian's own cluster (created on 5432 by the package) is left alone and never used.
#
# Environment: PGPORT_DAKLAKSO (port, default 5433), PG_BINDIR (server binaries folder),
# POSTGRES_TIMEOUT (seconds to wait for start-up, default 60).
set -euo pipefail
# shellcheck source=scripts/postgres-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/postgres-common.sh"

TIMEOUT="${POSTGRES_TIMEOUT:-60}"

say() { echo "postgres-up: $*" >&2; }
die() {
    say "ERROR: $*"
    exit 1
}
fail() {
    say "ERROR: $*"
    if [[ -f "$PG_LOG" ]]; then
        say "---- last 40 lines of $PG_LOG ----"
        tail -n 40 "$PG_LOG" >&2 || true
        say "---- end of log ----"
    fi
    exit 1
}

[[ "$PG_PORT" =~ ^[0-9]+$ ]] || die "PGPORT_DAKLAKSO must be a port number, not '$PG_PORT'"

mkdir -p "$PG_REPO_ROOT/var"
# One at a time: two `make test` runs starting the cluster at once must not both initdb.
exec 9>"$PG_REPO_ROOT/var/.postgres.lock"
flock -w 120 9 || die "another postgres-up.sh has held var/.postgres.lock for 2 minutes"

# 1. The server binaries, installed from Debian's packages when missing.
install_server() {
    [[ $EUID -eq 0 ]] || die "PostgreSQL server not found. Install it (Debian: sudo apt-get install postgresql) or set PG_BINDIR"
    command -v apt-get >/dev/null || die "PostgreSQL server not found and this is not Debian (no apt-get); install it or set PG_BINDIR"
    local apt_log="$PG_REPO_ROOT/var/postgres-install.log" started=$SECONDS
    say "PostgreSQL server not found; installing Debian's postgresql package (log: $apt_log)"
    export DEBIAN_FRONTEND=noninteractive
    {
        apt-get -o DPkg::Lock::Timeout=300 update -q &&
            apt-get -o DPkg::Lock::Timeout=300 install -y -q --no-install-recommends postgresql
    } >"$apt_log" 2>&1 || {
        tail -n 30 "$apt_log" >&2
        die "apt-get could not install postgresql (see $apt_log)"
    }
    say "installed in $((SECONDS - started))s"
}
if ! BINDIR="$(pg_bindir)"; then
    install_server
    BINDIR="$(pg_bindir)" || die "postgresql installed but no server binaries found under /usr/lib/postgresql"
fi
[[ -x "$BINDIR/pg_ctl" && -x "$BINDIR/postgres" && -x "$BINDIR/psql" ]] ||
    die "$BINDIR lacks pg_ctl, postgres or psql"

if [[ $EUID -eq 0 ]]; then
    id postgres >/dev/null 2>&1 || die "running as root but there is no 'postgres' system user to own the cluster"
    SUPERUSER="postgres"
else
    SUPERUSER="$(id -un)"
fi

# 2. The folder, owned by the cluster's owner. If that user cannot reach it (a checkout
# under a private folder such as /root), keep the cluster in /var/lib/daklakso-postgres/
# instead, with var/postgres a symlink to it.
if [[ ! -e "$PG_ROOT" ]]; then
    mkdir -p "$PG_ROOT"
fi
if [[ $EUID -eq 0 ]]; then
    chown postgres:postgres "$PG_REAL_ROOT"
    if ! pg_as_owner test -w "$PG_REAL_ROOT" -a -x "$PG_REAL_ROOT"; then
        [[ -L "$PG_ROOT" ]] && die "the postgres user cannot write to $PG_REAL_ROOT"
        rmdir "$PG_ROOT" 2>/dev/null || die "the postgres user cannot reach $PG_ROOT (a parent folder is private) and it is not empty"
        elsewhere="/var/lib/daklakso-postgres/$(printf '%s' "$PG_ROOT" | sha1sum | cut -c1-12)"
        say "the postgres user cannot reach $PG_ROOT (a parent folder is private); using $elsewhere"
        mkdir -p "$elsewhere"
        chown postgres:postgres "$elsewhere"
        ln -s "$elsewhere" "$PG_ROOT"
        pg_set_paths
    fi
fi

# The Unix socket (used only here, for the superuser's peer login): in var/postgres/run,
# or under /tmp when that path is too long for a socket name (107 bytes).
SOCKET_DIR="$PG_REAL_ROOT/run"
if ((${#SOCKET_DIR} + 16 > 100)); then
    SOCKET_DIR="/tmp/daklakso-pg-$(printf '%s' "$PG_REAL_ROOT" | sha1sum | cut -c1-12)"
fi
pg_as_owner mkdir -p -m 0700 "$SOCKET_DIR" 2>/dev/null || {
    mkdir -p "$SOCKET_DIR"
    chmod 0700 "$SOCKET_DIR"
    [[ $EUID -eq 0 ]] && chown postgres:postgres "$SOCKET_DIR"
}

# 3. initdb, once.
if [[ -f "$PG_DATA/PG_VERSION" ]]; then
    data_version="$(cat "$PG_DATA/PG_VERSION")"
    server_version="$("$BINDIR/postgres" --version | sed -E 's/.* ([0-9]+)(\.[0-9]+)*.*/\1/')"
    [[ "$data_version" == "$server_version" ]] ||
        die "$PG_DATA was created by PostgreSQL $data_version but the server here is $server_version ($BINDIR): run scripts/postgres-down.sh and remove var/postgres"
else
    [[ -e "$PG_DATA" && -n "$(ls -A "$PG_DATA" 2>/dev/null)" ]] &&
        die "$PG_DATA exists but is not a cluster (no PG_VERSION); remove it"
    say "creating the cluster in $PG_DATA"
    pg_as_owner "$BINDIR/initdb" -D "$PG_DATA" --username="$SUPERUSER" \
        --encoding=UTF8 --locale=C.UTF-8 --auth-local=peer --auth-host=scram-sha-256 \
        >"$PG_REAL_ROOT/initdb.log" 2>&1 || {
        tail -n 30 "$PG_REAL_ROOT/initdb.log" >&2
        die "initdb failed (see $PG_REAL_ROOT/initdb.log)"
    }
    echo "include_if_exists = 'daklakso.conf'" | pg_as_owner tee -a "$PG_DATA/postgresql.conf" >/dev/null
fi

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# 4. Start it, unless it is already running.
if pg_running; then
    running_port="$(pg_running_port)"
    [[ "$running_port" == "$PG_PORT" ]] ||
        die "the cluster in $PG_DATA already runs on port $running_port, not $PG_PORT: stop it (scripts/postgres-down.sh) or set PGPORT_DAKLAKSO=$running_port"
else
    port_open "$PG_PORT" &&
        die "port $PG_PORT on 127.0.0.1 is already taken by another server (not the cluster in $PG_DATA); set PGPORT_DAKLAKSO to a free port"
    # Our settings, rewritten at every start so that PGPORT_DAKLAKSO applies. Durability is
    # relaxed (no fsync): this cluster holds development and test data only.
    pg_as_owner tee "$PG_DATA/daklakso.conf" >/dev/null <<EOF
# Written by scripts/postgres-up.sh at every start; edits are lost.
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$SOCKET_DIR'
max_connections = 50
fsync = off
synchronous_commit = off
full_page_writes = off
log_min_messages = warning
EOF
    say "starting on 127.0.0.1:$PG_PORT (log: $PG_LOG)"
    pg_as_owner "$BINDIR/pg_ctl" start -D "$PG_DATA" -l "$PG_LOG" -w -t "$TIMEOUT" -s ||
        fail "pg_ctl could not start the cluster in $PG_DATA"
fi

deadline=$((SECONDS + TIMEOUT))
until "$BINDIR/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -t 2; do
    ((SECONDS < deadline)) || fail "not accepting connections on 127.0.0.1:$PG_PORT after ${TIMEOUT}s"
    sleep 0.5
done

# 5. The role and database, as the superuser over the private socket (peer login).
pg_as_owner "$BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -h "$SOCKET_DIR" -p "$PG_PORT" \
    -U "$SUPERUSER" -d postgres >/dev/null 2>"$PG_REAL_ROOT/setup.log" <<SQL || {
SELECT 'CREATE ROLE $PG_DB_USER' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_DB_USER')
\gexec
ALTER ROLE $PG_DB_USER WITH LOGIN CREATEDB PASSWORD '$PG_DB_PASSWORD';
SELECT 'CREATE DATABASE $PG_DB_NAME OWNER $PG_DB_USER ENCODING ''UTF8'' TEMPLATE template0'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$PG_DB_NAME')
\gexec
SQL
    cat "$PG_REAL_ROOT/setup.log" >&2
    fail "could not create the role or database"
}

# 6. Prove the URL works: password login over TCP, as Django will connect.
PGPASSWORD="$PG_DB_PASSWORD" PGCONNECT_TIMEOUT=5 "$BINDIR/psql" -X -q -w -At -h 127.0.0.1 -p "$PG_PORT" \
    -U "$PG_DB_USER" -d "$PG_DB_NAME" -c 'SELECT 1' >/dev/null ||
    fail "the role $PG_DB_USER cannot log in to $PG_DB_NAME on 127.0.0.1:$PG_PORT"

say "ready ($("$BINDIR/postgres" --version), data: $PG_DATA)"
echo "DATABASE_URL=$(pg_database_url)"
