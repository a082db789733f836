#!/usr/bin/env bash
# `make bench`: the site's speed on the production stack, beside the floor of that stack, and
# what faults under load cost. Prints figures (not a test); about 10-15 minutes.
#
#   1. A stack of its own beside the development one (var/bench/stack, ports 8490/8491, database
#      daklakso_bench, its own Redis on 6390, the embedded OpenSearch), with the demo content
#      and 2,000 generated guides (manage.py generate_guides; kept between runs).
#   2. wrk on a guide page, the home page, the news list and search (a popular query, and
#      queries never asked before), at 16 and 64 connections (search also at 1, alone):
#      with the page cache (production settings), then with gunicorn restarted with
#      PAGE_CACHE_SECONDS=0, then the floor: scripts/bench_floor_wsgi.py returning the guide
#      page's own HTML under the same gunicorn settings behind the same nginx.
#   3. The guide page's first-view transfer size (gzip).
#   4. Faults under load: a gunicorn worker SIGKILLed, Redis stopped and started, the
#      OpenSearch node stopped and started; requests that failed during each.
#   5. The table, with issue 6's goals beside the figures (scripts/bench_report.py).
#
# Environment: BENCH_SECONDS (8, per measured run), BENCH_WARMUP_SECONDS (2, before each),
# BENCH_ENGINE_WARMUP_SECONDS (30, the search engine once, after its rebuild), BENCH_GUIDES (2000).
# The bench stack is stopped at the end (the services it started); results stay in
# var/bench/results-*.jsonl. Stopping OpenSearch also stops it for anyone else using it.
set -euo pipefail
cd "$(dirname "$0")/.."
export STACK_DIR="$PWD/var/bench/stack" STACK_HTTP_PORT=8490 STACK_GUNICORN_PORT=8491
export STACK_DATABASE=daklakso_bench STACK_SEARCH=opensearch STACK_CONTENT=demo
export REDIS_PORT=6390 REDIS_DIR="$PWD/var/bench/redis" SEARCH_INDEX_PREFIX=daklakso_bench_
export GUNICORN_PID_FILE="$STACK_DIR/gunicorn.pid"
STACK_SCRIPT=bench
# shellcheck source=scripts/stack-common.sh
source scripts/stack-common.sh
GUIDES="${BENCH_GUIDES:-2000}"
ENGINE_WARMUP_SECONDS="${BENCH_ENGINE_WARMUP_SECONDS:-30}"
RESULTS="$PWD/var/bench/results-$(date -u +%Y%m%dT%H%M%SZ).jsonl"
REPORT=("$VENV_BIN/python" scripts/bench_report.py)
started=$SECONDS

heading() { printf '\n== %s (%ss)\n' "$*" "$((SECONDS - started))"; }

if ! command -v wrk >/dev/null; then
    [[ $EUID -eq 0 ]] || {
        echo "bench: wrk not found (Debian: sudo apt-get install wrk)" >&2
        exit 1
    }
    DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -q wrk >&2
fi
mkdir -p var/bench
trap 'bash scripts/stack-down.sh' EXIT

heading "starting the bench stack (PostgreSQL + Redis + OpenSearch + gunicorn + nginx)"
bash scripts/stack-up.sh
heading "importing $GUIDES generated guides (kept: a second run finds them unchanged)"
stack_manage generate_guides "$GUIDES"
# A rebuild gives the OpenSearch indexes their full mapping: an index first created by a
# timed-out write during the import (busy node) gets a guessed one, and search then falls back
# to the database (the node answers 400 on path_filter).
heading "rebuilding the search index (manage.py update_index)"
stack_manage update_index >/dev/null

guide="$(curl -s "$STACK_URL/huong-dan/" | grep -oE 'href="/huong-dan/[a-z0-9-]+/"' | head -1 | cut -d'"' -f2 || true)"
[[ -n "$guide" ]] || {
    echo "bench: no guide linked from $STACK_URL/huong-dan/" >&2
    exit 1
}
# Search twice: a popular query asked again and again ("căn cước": its answer is kept between
# editorial changes), and queries never asked before (generated, one per request).
search="/search/?q=c%C4%83n+c%C6%B0%E1%BB%9Bc"
new_queries="$PWD/var/bench/search-queries.txt"
# 10,000 generated, ~5,500 once repeats are left out: more than one pass asks, so that a pass
# (16 then 64 connections, ~4,000 requests) meets few queries it asked already.
stack_manage shell --no-imports -c \
    "from search.benchmarking import print_search_paths; print_search_paths($GUIDES, queries=10_000)" \
    >"$new_queries"
PAGES=("guide=$guide" "home=/" "news=/tin-tuc/" "search=$search" "search-new=@$new_queries")
# The engine was just started and its index rebuilt: its JVM compiles the search code and it
# merges the new segments for a while. A production node has long done so, so it is warmed
# with other queries (another draw) before anything is measured.
warmup_queries="$PWD/var/bench/search-warmup.txt"
stack_manage shell --no-imports -c \
    "from search.benchmarking import print_search_paths; print_search_paths($GUIDES, queries=4_000, query_seed=1)" \
    >"$warmup_queries"
# Before each pass: what an earlier pass kept (pages, answers) is dropped, as by an edit.
forget_kept() { stack_manage shell --no-imports -c "from core.pagecache import bump_generation; bump_generation()"; }
curl -sf "$STACK_URL$guide" >var/bench/floor.html
echo "pages: ${PAGES[*]}; guide page HTML: $(wc -c <var/bench/floor.html) bytes"

heading "warming the search engine (${ENGINE_WARMUP_SECONDS}s of other queries)"
wrk -t2 -c4 -d"${ENGINE_WARMUP_SECONDS}s" -s scripts/bench.lua "$STACK_URL" -- "$warmup_queries" 0 2 >/dev/null

heading "page cache on (production settings)"
forget_kept
"${REPORT[@]}" load "$RESULTS" cached "$STACK_URL" "${PAGES[@]}"

heading "page cache off (gunicorn restarted with PAGE_CACHE_SECONDS=0)"
stop_gunicorn
start_gunicorn PAGE_CACHE_SECONDS=0
forget_kept
"${REPORT[@]}" load "$RESULTS" uncached "$STACK_URL" "${PAGES[@]}"

heading "the floor: a minimal Django view returning the guide page's HTML, same gunicorn, same nginx"
stop_gunicorn
start_gunicorn --module scripts.bench_floor_wsgi:application BENCH_FLOOR_PAGE="$PWD/var/bench/floor.html"
"${REPORT[@]}" load "$RESULTS" floor "$STACK_URL" "guide=$guide"

stop_gunicorn
start_gunicorn
heading "first-view transfer of the guide page"
"${REPORT[@]}" weight "$RESULTS" "$STACK_URL" "$guide"

heading "faults under load"
"${REPORT[@]}" fault "$RESULTS" "worker killed" "$STACK_URL" "$guide" kill-worker
"${REPORT[@]}" fault "$RESULTS" "Redis restarted" "$STACK_URL" "$guide" \
    "bash scripts/redis-down.sh" "sleep 5" "bash scripts/redis-up.sh"
"${REPORT[@]}" fault "$RESULTS" "OpenSearch restarted" "$STACK_URL" "$search" \
    "bash search/engine/opensearch-down.sh" "sleep 5" "bash search/engine/opensearch-up.sh"

heading "results ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
"${REPORT[@]}" table "$RESULTS"
