"""Copies of kept pages and parts in each worker's own memory, beside the shared ones in Redis.

A page served from Redis still costs a round trip (a third of a cached page's CPU). The most
asked-for pages are therefore also kept in the worker, for as long as the generation they were
made in is current. The worker does not ask Redis for the generation on every request: a thread
follows it (Redis pub/sub on a channel named after the generation's key), and every new
generation is announced there when it is drawn (core/pagecache.py). While that thread is not
connected, the generation is unknown and every lookup goes to Redis as before.

An editor's change reaches every worker as fast as Redis delivers a message (well under a
millisecond here); the thread then needs the interpreter, which a busy worker yields within
Python's switch interval (5 ms). A change made in this process is seen by it at once.
"""

import logging
import os
import pickle
import threading
import time
from collections import OrderedDict

import redis

logger = logging.getLogger("daklakso.cache")

RECONNECT_SECONDS = 1.0
HEALTH_CHECK_SECONDS = 10


class LocalCopies:
    """At most max_bytes of pickled values, least recently used dropped first.

    Values are kept pickled, so each caller gets its own copy, as it would from Redis. A copy
    lives at most SECONDS, then is read from Redis again, where the value's own timeout rules.
    """

    SECONDS = 60

    def __init__(self, max_bytes):
        self.max_bytes = max_bytes
        self._entries = OrderedDict()  # key -> (generation, expiry, pickled value)
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, key, generation):
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or entry[0] != generation or entry[1] < time.monotonic():
                return None
            self._entries.move_to_end(key)
        return pickle.loads(entry[2])

    def put(self, key, generation, value):
        data = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
        if len(data) > self.max_bytes // 8:  # one huge page must not empty the memory
            return
        with self._lock:
            self._drop(key)
            self._entries[key] = (generation, time.monotonic() + self.SECONDS, data)
            self._bytes += len(data)
            while self._bytes > self.max_bytes:
                self._drop(next(iter(self._entries)))

    def _drop(self, key):
        entry = self._entries.pop(key, None)
        if entry is not None:
            self._bytes -= len(entry[2])


class GenerationFollower:
    """The current generation as Redis announces it; None while not connected to Redis."""

    def __init__(self, url, channel, read_current):
        self.url, self.channel, self.read_current = url, channel, read_current
        self.pid = os.getpid()  # a forked worker needs a thread of its own
        self.generation = None
        self._stopped = threading.Event()
        threading.Thread(target=self._follow, name="pagecache-generation", daemon=True).start()

    def stop(self):
        self._stopped.set()

    def _follow(self):
        while not self._stopped.is_set():
            try:
                self._listen()
            except Exception as error:  # whatever it was, the generation is not known any more
                if self.generation is not None:
                    logger.warning(
                        "Lost the page cache's generation channel (%s); asking Redis instead", error
                    )
            self.generation = None
            self._stopped.wait(RECONNECT_SECONDS)

    def _listen(self):
        client = redis.Redis.from_url(
            self.url,
            socket_connect_timeout=1,
            socket_keepalive=True,
            health_check_interval=HEALTH_CHECK_SECONDS,
        )
        with client, client.pubsub() as channel:
            channel.subscribe(self.channel)
            # Read the current generation only once subscribed, so no change falls in between.
            deadline = time.monotonic() + 5
            while channel.get_message(timeout=1) is None:
                if time.monotonic() > deadline:
                    raise redis.TimeoutError("no answer to SUBSCRIBE")
            self.generation = self.read_current()
            while not self._stopped.is_set():
                message = channel.get_message(ignore_subscribe_messages=True, timeout=HEALTH_CHECK_SECONDS)
                if message is not None:
                    self.generation = message["data"].decode()
