# shellcheck shell=bash disable=SC2034  # variables used by the scripts that source this
# Shared by postgres-up.sh, postgres-down.sh and test.sh (sourced, not run).
#
# The private cluster: var/postgres/data, listening on 127.0.0.1 only, port
# PGPORT_DAKLAKSO (default 5433), its Unix socket in var/postgres/run and its log in
# var/postgres/postgres.log. Debian's own cluster (5432, if the package created one) is
# never used, started or stopped by these scripts.

PG_REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PG_PORT="${PGPORT_DAKLAKSO:-5433}"
PG_ROOT="$PG_REPO_ROOT/var/postgres"

# The paths handed to the server: var/postgres may be a symlink (see postgres-up.sh) to a
# folder the postgres user can reach, while the path through the checkout is not.
pg_set_paths() {
    PG_REAL_ROOT="$PG_ROOT"
    [[ -L "$PG_ROOT" ]] && PG_REAL_ROOT="$(readlink -f "$PG_ROOT")"
    PG_DATA="$PG_REAL_ROOT/data"
    PG_LOG="$PG_REAL_ROOT/postgres.log"
}
pg_set_paths
PG_DB_USER="daklakso"
PG_DB_PASSWORD="daklakso"
PG_DB_NAME="daklakso"

# The folder holding postgres, initdb and pg_ctl, or nothing (exit 1) when the server is not
# installed. The version that created var/postgres/data wins; otherwise Debian's newest
# (/usr/lib/postgresql/<major>/bin, which is not on PATH), then whatever pg_ctl is on PATH.
# PG_BINDIR overrides.
pg_bindir() {
    local dir want=""
    if [[ -n "${PG_BINDIR:-}" ]]; then
        echo "$PG_BINDIR"
        return 0
    fi
    [[ -f "$PG_DATA/PG_VERSION" ]] && want="$(cat "$PG_DATA/PG_VERSION" 2>/dev/null || true)"
    if [[ -n "$want" && -x "/usr/lib/postgresql/$want/bin/postgres" ]]; then
        echo "/usr/lib/postgresql/$want/bin"
        return 0
    fi
    while read -r dir; do
        if [[ -x "$dir/postgres" && -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
            echo "$dir"
            return 0
        fi
    done < <(compgen -G "/usr/lib/postgresql/*/bin" | sort -V -r)
    if command -v pg_ctl >/dev/null && command -v initdb >/dev/null; then
        dir="$(dirname "$(readlink -f "$(command -v pg_ctl)")")"
        if [[ -x "$dir/postgres" ]]; then
            echo "$dir"
            return 0
        fi
    fi
    return 1
}

# Run a command as the cluster's owner: the postgres system user when we are root (the
# server refuses to run as root), ourselves otherwise. Runs from / so that the postgres
# user never trips over a current folder it may not read, and without postgres-up.sh's
# lock (fd 9), which the server started by pg_ctl would otherwise hold for its lifetime.
pg_as_owner() {
    if [[ $EUID -eq 0 ]]; then
        (cd / && runuser -u postgres -- "$@" 9>&-)
    else
        (cd / && "$@" 9>&-)
    fi
}

# True when the private cluster's postmaster is running (whatever its port).
pg_running() {
    local bindir
    [[ -f "$PG_DATA/postmaster.pid" ]] || return 1
    bindir="$(pg_bindir)" || return 1
    pg_as_owner "$bindir/pg_ctl" status -D "$PG_DATA" >/dev/null 2>&1
}

# The port the running postmaster listens on (4th line of postmaster.pid).
pg_running_port() {
    sed -n 4p "$PG_DATA/postmaster.pid" 2>/dev/null
}

pg_database_url() {
    echo "postgres://$PG_DB_USER:$PG_DB_PASSWORD@127.0.0.1:$PG_PORT/$PG_DB_NAME"
}
