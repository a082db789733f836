#!/usr/bin/env bash
# Stop the private PostgreSQL cluster started by postgres-up.sh (var/postgres/data):
# pg_ctl's fast shutdown (open sessions are ended), then immediate after 60 s.
# Idempotent: a cluster that does not exist or is not running is not an error.
# The data stays; `rm -rf var/postgres` after this resets everything.
set -euo pipefail
# shellcheck source=scripts/postgres-common.sh
source "$(dirname "${BASH_SOURCE[0]}")/postgres-common.sh"

say() { echo "postgres-down: $*" >&2; }

if [[ ! -f "$PG_DATA/PG_VERSION" ]]; then
    say "no cluster in $PG_DATA"
    exit 0
fi
if ! pg_running; then
    say "not running"
    exit 0
fi
BINDIR="$(pg_bindir)"
if ! pg_as_owner "$BINDIR/pg_ctl" stop -D "$PG_DATA" -m fast -w -t 60 -s; then
    say "fast shutdown did not finish in 60s; shutting down immediately"
    pg_as_owner "$BINDIR/pg_ctl" stop -D "$PG_DATA" -m immediate -w -t 30 -s || {
        say "ERROR: could not stop the cluster in $PG_DATA"
        tail -n 20 "$PG_LOG" >&2 || true
        exit 1
    }
fi
say "stopped"
