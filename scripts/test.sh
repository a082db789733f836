#!/usr/bin/env bash
# `make test`: the whole suite on the embedded defaults, then the search tests on every engine.
#
#   1. sqlite      the whole suite except the browser tests: SQLite + Wagtail's database search backend
#      browser     pytest -m browser: Playwright driving Debian's Chromium (/usr/bin/chromium,
#                  installed with apt-get as root when missing; required under CI)
#   2. postgresql  pytest -m "search_engine or postgresql" with DATABASE_URL = the private cluster
#                  (scripts/postgres-up.sh), database search backend on PostgreSQL
#   3. opensearch  pytest -m "search_engine and not postgresql" with SEARCH_URL = the embedded node
#                  (search/engine/opensearch-up.sh), SQLite database
#   4. stack       pytest -m stack against the production-like stack (scripts/stack-up.sh with
#                  the demo content: PostgreSQL + Redis + gunicorn + nginx), with its STACK_URL
#                  and DATABASE_URL; stopped afterwards by scripts/stack-down.sh
#
# PostgreSQL runs when its server is installed here, OpenSearch when java and mvn (or an
# already built jar) are, the stack when nginx and redis-server are too; otherwise they are
# reported as skipped. Under CI (CI=true) all are required: installed if need be (PostgreSQL,
# nginx, Redis, as root), and a missing or failing engine fails the run. Services this script
# starts are stopped at the end; services that were already running are left running.
#
# Arguments are passed to every pytest run (`make test PYTEST_ARGS="-k guide -x"`). Exit code:
# non-zero if any engine that ran failed, or (under CI) could not run. pytest's exit code 5
# (no test collected) counts as a failure unless arguments were given.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 2
ROOT="$PWD"
PYTHON="$ROOT/.venv/bin/python"
PYTEST="$ROOT/.venv/bin/pytest"
[[ -x "$PYTEST" ]] || {
    echo "test.sh: $PYTEST not found; run 'make test'" >&2
    exit 2
}
# shellcheck source=scripts/postgres-common.sh
source "$ROOT/scripts/postgres-common.sh"

case "${CI:-}" in
    [Tt][Rr][Uu][Ee] | 1 | [Yy][Ee][Ss]) CI_MODE=1 ;;
    *) CI_MODE=0 ;;
esac
EXTRA_ARGS=("$@")
TESTS_EXPECTED=$((${#EXTRA_ARGS[@]} == 0)) # with a -k/-m filter an empty phase is fine
OPENSEARCH_DATA_DIR="${OPENSEARCH_DATA_DIR:-$ROOT/var/opensearch}"
RESULTS="$(mktemp -d "${TMPDIR:-/tmp}/daklakso-test.XXXXXX")"

declare -A STATUS=([sqlite]="not-run" [browser]="not-run" [postgresql]="not-run" [opensearch]="not-run" [stack]="not-run")
declare -A DETAIL=()
ENGINES=(sqlite browser postgresql opensearch stack)
STARTED_POSTGRES=0
STARTED_OPENSEARCH=0
STARTED_STACK=0
RUN_STARTED=$SECONDS

say() { printf '\n==> %s\n' "$*"; }

# shellcheck disable=SC2317  # called by the EXIT trap
cleanup() {
    if ((STARTED_STACK)); then
        bash "$ROOT/scripts/stack-down.sh" || true
    fi
    if ((STARTED_OPENSEARCH)); then
        bash "$ROOT/search/engine/opensearch-down.sh" || true
    fi
    if ((STARTED_POSTGRES)); then
        bash "$ROOT/scripts/postgres-down.sh" || true
    fi
    rm -rf "$RESULTS"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# "N passed, N failed, N skipped" from a JUnit XML report.
counts() {
    "$PYTHON" - "$1" <<'EOF' 2>/dev/null || echo "0 0 0"
import sys
import xml.etree.ElementTree as ET

root = ET.parse(sys.argv[1]).getroot()
suites = [root] if root.tag == "testsuite" else list(root)
tests = failed = skipped = 0
for suite in suites:
    tests += int(suite.get("tests", 0))
    failed += int(suite.get("failures", 0)) + int(suite.get("errors", 0))
    skipped += int(suite.get("skipped", 0))
print(tests - failed - skipped, failed, skipped)
EOF
}

# run_pytest ENGINE [VAR=value…] -- [pytest args…]: runs pytest with the default database and
# search backend unless VARs say otherwise, and records ENGINE's status.
run_pytest() {
    local engine="$1" rc started=$SECONDS
    shift
    local env_args=(-u DATABASE_URL -u SEARCH_URL)
    while [[ "$1" != "--" ]]; do
        env_args+=("$1")
        shift
    done
    shift
    env "${env_args[@]}" "$PYTEST" "${EXTRA_ARGS[@]}" "$@" --junitxml="$RESULTS/$engine.xml"
    rc=$?
    local passed failed skipped
    read -r passed failed skipped < <(counts "$RESULTS/$engine.xml")
    DETAIL[$engine]="$passed passed, $failed failed, $skipped skipped in $((SECONDS - started))s"
    case $rc in
        0) STATUS[$engine]="passed" ;;
        5)
            if ((TESTS_EXPECTED)); then
                STATUS[$engine]="failed"
                DETAIL[$engine]="no test collected (pytest exit 5)"
            else
                STATUS[$engine]="no-tests"
            fi
            ;;
        *) STATUS[$engine]="failed" ;;
    esac
}

# The engine could not start: a failure under CI, a note otherwise.
not_available() {
    local engine="$1" why="$2"
    if ((CI_MODE)); then
        STATUS[$engine]="failed"
        DETAIL[$engine]="$why (required under CI)"
    else
        STATUS[$engine]="skipped"
        DETAIL[$engine]="$why"
    fi
}

# A Debian package, as root, when its command is missing (apt-get update only if needed).
apt_install() {
    local command="$1" package="$2"
    if ! command -v "$command" >/dev/null && ((EUID == 0)) && command -v apt-get >/dev/null; then
        say "installing Debian's $package (apt-get install -y $package)"
        apt-get install -y "$package" || { apt-get update && apt-get install -y "$package"; }
    fi
}

# 1. SQLite: the whole suite, except the browser tests (they run once, in their own phase).
# The page-cache tests start a redis-server of their own: required under CI, like every engine.
((CI_MODE)) && apt_install redis-server redis-server
say "[1/5] sqlite: the whole suite but -m browser, -m stack and -m postgresql (SQLite + database search backend)"
run_pytest sqlite -- -m "not browser and not stack and not postgresql"

# 2. Browser: Playwright drives Debian's Chromium (never a downloaded browser).
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
[[ -x "$CHROMIUM" ]] || apt_install "$CHROMIUM" chromium
if [[ -x "$CHROMIUM" ]]; then
    say "[2/5] browser: pytest -m browser (Playwright + $CHROMIUM)"
    run_pytest browser "CHROMIUM=$CHROMIUM" -- -m browser
else
    not_available browser "no Chromium at $CHROMIUM (apt-get install -y chromium, as root)"
fi

# 2. PostgreSQL.
if ((CI_MODE)) || pg_bindir >/dev/null; then
    say "[3/5] postgresql: starting the private cluster (scripts/postgres-up.sh)"
    pg_was_running=0
    pg_running && pg_was_running=1
    started=$SECONDS
    if up="$(bash "$ROOT/scripts/postgres-up.sh")" && [[ "${up##*$'\n'}" == DATABASE_URL=* ]]; then
        ((pg_was_running)) || STARTED_POSTGRES=1
        database_url="${up##*$'\n'}"
        database_url="${database_url#DATABASE_URL=}"
        echo "postgresql ready in $((SECONDS - started))s: $database_url"
        say "[3/5] postgresql: pytest -m \"search_engine or postgresql\" (database search backend on PostgreSQL)"
        run_pytest postgresql "DATABASE_URL=$database_url" -- -m "search_engine or postgresql"
    else
        # postgres-up.sh may have got as far as starting it: stop what we started.
        ((pg_was_running)) || STARTED_POSTGRES=1
        not_available postgresql "scripts/postgres-up.sh failed (see above)"
    fi
else
    not_available postgresql "no PostgreSQL server installed (make postgres-up installs it, as root)"
fi

# 3. OpenSearch.
opensearch_jar="$ROOT/search/engine/target/embedded-opensearch.jar"
if ((CI_MODE)) || { command -v java >/dev/null && { command -v mvn >/dev/null || [[ -f "$opensearch_jar" ]]; }; }; then
    say "[4/5] opensearch: starting the embedded node (search/engine/opensearch-up.sh)"
    os_was_running=0
    os_pid="$(cat "$OPENSEARCH_DATA_DIR/opensearch.pid" 2>/dev/null || true)"
    [[ "$os_pid" =~ ^[0-9]+$ ]] && kill -0 "$os_pid" 2>/dev/null && os_was_running=1
    started=$SECONDS
    if up="$(bash "$ROOT/search/engine/opensearch-up.sh")" && [[ "${up##*$'\n'}" == SEARCH_URL=* ]]; then
        ((os_was_running)) || STARTED_OPENSEARCH=1
        search_url="${up##*$'\n'}"
        search_url="${search_url#SEARCH_URL=}"
        echo "opensearch ready in $((SECONDS - started))s: $search_url"
        say "[4/5] opensearch: pytest -m \"search_engine and not postgresql\" (SQLite + OpenSearch backend)"
        run_pytest opensearch "SEARCH_URL=$search_url" -- -m "search_engine and not postgresql"
    else
        ((os_was_running)) || STARTED_OPENSEARCH=1
        not_available opensearch "search/engine/opensearch-up.sh failed (see above)"
    fi
else
    not_available opensearch "java and mvn not found (needed for the embedded OpenSearch)"
fi

# 5. The production stack: nginx -> gunicorn (production settings) -> PostgreSQL + Redis.
if ((CI_MODE)) || { command -v nginx >/dev/null && command -v redis-server >/dev/null && pg_bindir >/dev/null; }; then
    say "[5/5] stack: starting PostgreSQL + Redis + gunicorn + nginx with the demo content (scripts/stack-up.sh)"
    started=$SECONDS
    # stack-down.sh stops nginx, gunicorn and the services stack-up.sh itself started.
    [[ -s "$ROOT/var/stack/gunicorn.pid" ]] && kill -0 "$(cat "$ROOT/var/stack/gunicorn.pid")" 2>/dev/null ||
        STARTED_STACK=1
    if up="$(STACK_CONTENT=demo bash "$ROOT/scripts/stack-up.sh")" && [[ "$up" == *STACK_URL=* ]]; then
        stack_url="$(sed -n 's/^STACK_URL=//p' <<<"$up")"
        database_url="$(sed -n 's/^DATABASE_URL=//p' <<<"$up")"
        redis_url="$(sed -n 's/^REDIS_URL=//p' <<<"$up")"
        echo "stack ready in $((SECONDS - started))s: $stack_url"
        say "[5/5] stack: pytest -m stack"
        run_pytest stack "STACK_URL=$stack_url" "DATABASE_URL=$database_url" "REDIS_URL=$redis_url" -- -m stack
    else
        not_available stack "scripts/stack-up.sh failed (see above)"
    fi
else
    not_available stack "nginx, redis-server or PostgreSQL not installed (make stack-up installs them, as root)"
fi

# Summary.
say "summary ($( ((CI_MODE)) && echo "CI: every engine required" || echo "local: engines that are installed"), $((SECONDS - RUN_STARTED))s in all)"
exit_code=0
line="engines:"
total_passed=0 total_failed=0 total_skipped=0
for engine in "${ENGINES[@]}"; do
    printf '%-11s %-8s %s\n' "$engine" "${STATUS[$engine]}" "${DETAIL[$engine]:-}"
    line+=" $engine=${STATUS[$engine]}"
    [[ "${STATUS[$engine]}" == failed ]] && exit_code=1
    if [[ -f "$RESULTS/$engine.xml" ]]; then
        read -r passed failed skipped < <(counts "$RESULTS/$engine.xml")
        total_passed=$((total_passed + passed))
        total_failed=$((total_failed + failed))
        total_skipped=$((total_skipped + skipped))
    fi
done
echo "$line"
echo "tests: $total_passed passed, $total_failed failed, $total_skipped skipped"
exit $exit_code
