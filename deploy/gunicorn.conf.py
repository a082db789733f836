"""gunicorn settings for the site (production, and the local stack of scripts/stack-up.sh).

    gunicorn -c deploy/gunicorn.conf.py daklakso.wsgi

Every value can be overridden from the environment (the systemd unit's env file), so the
same file serves the server and this machine's stack and benchmark.
"""

import gc
import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8001")
# Pages are rendered by the CPU; a worker per core plus one covers the time spent waiting on
# PostgreSQL and Redis without making the workers fight for the cores.
workers = int(os.environ.get("GUNICORN_WORKERS", multiprocessing.cpu_count() + 1))
worker_class = "sync"  # nginx buffers slow clients, so a sync worker never waits on one
# Load Django once in the master: workers start in milliseconds when one is replaced.
preload_app = True
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5  # nginx keeps connections to gunicorn open (upstream keepalive)
# Restart each worker now and then, so slow memory growth never reaches the server's limit.
# Not too often: a new worker starts with none of the pages kept in memory (core/local_copies.py);
# at 5,000 requests, cached pages served at full speed replaced a worker every two seconds.
max_requests = 100_000
max_requests_jitter = 10_000
# Only nginx on this machine may set X-Forwarded-Proto (SECURE_PROXY_SSL_HEADER trusts it).
forwarded_allow_ips = "127.0.0.1"
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None  # nginx keeps the access log
errorlog = os.environ.get("GUNICORN_ERROR_LOG", "-")
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
pidfile = os.environ.get("GUNICORN_PID_FILE") or None
proc_name = os.environ.get("GUNICORN_PROC_NAME", "daklakso")


# Python's garbage collector, tuned for a long-lived worker. A full collection walks every
# long-lived object (Django, Wagtail and the site: ~180,000 of them, 130 ms) and ran about once
# every 200 searches; young collections, every 700 allocations, cost half a millisecond more
# per search (measured in-process with gc.callbacks: 1.0 ms of collection per search, 0.13 ms
# once tuned). What the master loaded is frozen out of the collector's sight before each fork
# (and so also stays shared between the workers' memory), and each worker collects its young
# objects every 10,000 allocations.
def pre_fork(server, worker):
    gc.freeze()


def post_fork(server, worker):
    gc.set_threshold(10_000, 10, 10)
