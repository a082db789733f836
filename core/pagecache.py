"""The full-page cache: anonymous visitors' public pages, served from Django's cache.

A page is kept only when nothing in it belongs to one visitor: a GET/HEAD without a session,
messages or login cookie, answered 200 by Wagtail's page view or a topic page, setting no cookie,
using no CSRF token, and varying on nothing but the cookies named here. The copy is keyed by
everything else that changes the page: scheme, host, path and query string, the language
(always from the URL prefix: LocaleMiddleware never reads Accept-Language for i18n_patterns
with an unprefixed default language) and the kiosk the browser belongs to.

Invalidation is a site-wide generation token stored in the shared cache beside the pages:
every copy carries the generation it was made in, and any editorial change (see
core/signals.py) draws a new one, so every worker stops serving every older copy at once.
Home and index pages list other pages, so dropping everything is the simplest correct rule.
"""

import functools
import hashlib
import logging
import os
import threading
import uuid

import redis
from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.redis import RedisCache
from django.core.exceptions import DisallowedHost
from django.core.handlers.wsgi import WSGIRequest
from django.http import HttpResponse
from django.http.request import split_domain_port
from django.urls import reverse
from django.utils import translation
from django.utils.cache import cc_delim_re
from wagtail.models import Site

from kiosks import COOKIE as KIOSK_COOKIE

from .local_copies import GenerationFollower, LocalCopies

logger = logging.getLogger("daklakso.cache")

GENERATION_KEY = "pagecache:generation"
FRAGMENT_SECONDS = 24 * 3600
CACHED_VIEWS = {"wagtail_serve", "topic_detail", "search"}
WORKER_ONLY_VIEWS = {"search"}  # kept in the worker's memory only (see keep)
# Vary: Cookie is safe: the cookies that change a page are either in the key (the kiosk) or
# make the request bypass the cache (session, messages, CSRF-bearing forms are never stored).
# Vary: Accept-Language too: LocaleMiddleware adds it to unprefixed (Vietnamese) addresses,
# but the cached views are all in i18n_patterns, where such an address is always Vietnamese.
HARMLESS_VARY = {"cookie", "accept-encoding", "accept-language"}
# Responses may carry headers added by inner middleware; these are recomputed per request.
UNSTORED_HEADERS = {"set-cookie", "x-cache"}


def bump_generation():
    """Make every cached page stale, in every worker."""
    generation = uuid.uuid4().hex
    cache.set(GENERATION_KEY, generation, timeout=None)
    announce(generation)


def announce(generation):
    """Tell every worker's GenerationFollower (core/local_copies.py), this process's at once."""
    local = local_memory()
    if local is None:
        return
    follower = local[0]
    try:
        with redis.Redis.from_url(follower.url, socket_connect_timeout=0.25, socket_timeout=0.25) as client:
            client.publish(follower.channel, generation)
    except redis.RedisError:
        return  # Redis is down: the followers are disconnected too, and ask Redis until it is back
    follower.generation = generation  # before its own message comes back


_local = None
_local_lock = threading.Lock()


def local_memory():
    """(GenerationFollower, LocalCopies) of this process, or None when workers keep no copies.

    Only with Redis shared by the processes (CACHE_SHARED_BY_PROCESSES); started on first use in
    each worker (gunicorn forks after loading the site), again if the cache's settings change.
    """
    global _local
    max_bytes = settings.PAGE_CACHE_LOCAL_BYTES
    if (
        not max_bytes
        or not settings.CACHE_SHARED_BY_PROCESSES
        or not isinstance(caches["default"], RedisCache)
    ):
        return None
    url, channel = settings.CACHES["default"]["LOCATION"], cache.make_key(GENERATION_KEY)
    local = _local
    if local is None or local[0].pid != os.getpid() or (local[0].url, local[0].channel) != (url, channel):
        with _local_lock:
            if _local is not None:
                _local[0].stop()
            follower = GenerationFollower(url, channel, read_current=lambda: cache.get(GENERATION_KEY))
            _local = local = (follower, LocalCopies(max_bytes))
    return local


def followed_generation():
    """The current generation as this worker follows it, without asking Redis; None where
    workers keep no copies or while the follower is not connected."""
    local = local_memory()
    return None if local is None else local[0].generation


def lookup(key, shared=True):
    """(current generation, the value stored under key in that generation, else None).

    From this worker's memory when it has a copy of the current generation; else one Redis
    round trip, reading the generation with the value. A missing generation (a new or
    restarted Redis) is started; None while the cache is unreachable, then nothing is kept.
    A value that is not `shared` is only ever in the worker's memory (see `keep`).
    """
    local = local_memory()
    if local is not None and (generation := local[0].generation) is not None:
        value = local[1].get(key, generation)
        if value is not None or not shared:
            return generation, value
    stored = cache.get_many([GENERATION_KEY, key])
    generation = stored.get(GENERATION_KEY)
    if generation is None:
        drawn = uuid.uuid4().hex
        if cache.add(GENERATION_KEY, drawn, timeout=None):
            generation = drawn
            announce(drawn)
        else:
            generation = cache.get(GENERATION_KEY)
    entry = stored.get(key)
    if entry is None or generation is None or entry[0] != generation:
        return generation, None
    if local is not None:
        local[1].put(key, generation, entry[1])
    return generation, entry[1]


def keep(key, generation, value, seconds, shared=True):
    """Store value under key for the generation it was made in: in Redis, and in this worker.

    What most visitors never ask for again (search answers: most queries are asked once) is
    not `shared`: kept in this worker only, where workers keep copies. Sending each one to
    Redis, and asking Redis for it first, cost a tenth of a search; a query many people ask is
    worked out once per worker (a copy lives LocalCopies.SECONDS) instead of once in all.
    """
    local = local_memory()
    if shared or local is None:
        cache.set(key, (generation, value), timeout=seconds)
    if local is not None:
        local[1].put(key, generation, value)


def remembered(name, compute, worth_keeping=None, seconds=FRAGMENT_SECONDS, shared=True):
    """compute()'s value, kept until the next editorial change (or `seconds`): for parts every
    page shows, and answers many visitors ask for. `worth_keeping(value)` may refuse one;
    `shared`: see `keep`.

    Only where every process shares the cache (Redis): a process's own memory would not see
    the generation drawn by another process (a worker, a management command).
    """
    if not settings.CACHE_SHARED_BY_PROCESSES:
        return compute()
    key = f"pagecache:part:{name}"
    generation, value = lookup(key, shared)
    if value is None:
        value = compute()
        if generation is not None and (worth_keeping is None or worth_keeping(value)):
            keep(key, generation, value, seconds, shared)
    return value


def is_anonymous_read(request):
    cookies = request.COOKIES
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in cookies
        and "messages" not in cookies
        and "HTTP_AUTHORIZATION" not in request.META
    )


def page_key(request):
    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    kiosk = request.COOKIES.get(KIOSK_COOKIE, "")
    parts = "\n".join((request.scheme, request.get_host(), language, kiosk, request.get_full_path()))
    return "pagecache:page:" + hashlib.sha256(parts.encode()).hexdigest()


def is_storable(request, response):
    match = request.resolver_match
    vary = {value.lower() for value in cc_delim_re.split(response.get("Vary", "")) if value}
    cache_control = response.get("Cache-Control", "").lower()
    return (
        request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and match is not None
        and match.url_name in CACHED_VIEWS
        and vary <= HARMLESS_VARY
        and not any(word in cache_control for word in ("private", "no-store", "no-cache"))
    )


_replay_actions = {}


def on_replay(name):
    """Register a function as what a copy still does each time it is served (counting a search).

    A view asks for it with `response.on_replay = (name, args)`; the copy keeps the name and
    arguments, and serving it calls function(*args). A failure is logged, never shown.
    """

    def register(function):
        _replay_actions[name] = function
        return function

    return register


def replay(stored_response):
    content, headers, action = stored_response
    if action is not None:
        name, args = action
        try:
            _replay_actions[name](*args)
        except Exception:
            logger.exception("Serving a kept page: its %s action failed", name)
    response = HttpResponse(content)
    for name, value in headers:
        response[name] = value
    response["X-Cache"] = "hit"
    return response


def serve_kept_pages(django_application):
    """The site's WSGI application: a page this worker keeps in memory is served before Django.

    The same copies, keys and rules as PageCacheMiddleware, which makes and stores them; here a
    hit skips Django's request handling too (signals, middleware), which cost as much as the
    rest of a hit. Anything else (a copy only in Redis, one that still does something when
    served, a visitor with a session) goes through Django as usual.
    """

    def application(environ, start_response):
        kept = kept_in_this_worker(environ)
        if kept is None:
            return django_application(environ, start_response)
        content, headers = kept
        start_response("200 OK", [*headers, ("X-Cache", "hit")])
        return [content]

    return application


def kept_in_this_worker(environ):
    """(content, headers) of this worker's copy of the page asked for, if any."""
    local = local_memory() if settings.PAGE_CACHE_SECONDS else None
    if local is None or (generation := local[0].generation) is None:
        return None
    request = WSGIRequest(environ)
    try:
        if not is_anonymous_read(request):
            return None
        key = page_key(request)
    except DisallowedHost:  # Django answers it with 400
        return None
    stored = local[1].get(key, generation)
    if stored is None or stored[2] is not None:
        return None
    return stored[0], stored[1]


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds or not is_anonymous_read(request):
            return self.get_response(request)
        key, shared = page_key(request), request.path_info not in worker_only_paths()
        generation, stored_response = lookup(key, shared)
        if stored_response is not None:
            return replay(stored_response)
        response = self.get_response(request)
        if generation is not None and is_storable(request, response):
            headers = [
                (name, value) for name, value in response.items() if name.lower() not in UNSTORED_HEADERS
            ]
            stored = (response.content, headers, getattr(response, "on_replay", None))
            keep(key, generation, stored, seconds, shared)
            response["X-Cache"] = "miss"
        return response


@functools.cache
def worker_only_paths():
    """The addresses, in every language, of WORKER_ONLY_VIEWS (answered the moment a visitor
    asks, before Django has resolved the address)."""
    paths = set()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths.update(reverse(name) for name in WORKER_ONLY_VIEWS)
    return frozenset(paths)


class KnownSiteMiddleware:
    """The Wagtail Site a request is for (with its root page), kept per host and port between
    editorial changes, and the sites' root paths that every page address is built from.

    Wagtail looks the site up with a query on every request (1.6 ms of an uncached page's CPU).
    Placed after CommonMiddleware, which refuses hosts outside ALLOWED_HOSTS: only those are kept.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        hostname, port = split_domain_port(request.get_host())[0], request.get_port()
        request._wagtail_site = remembered(
            f"site:{hostname}:{port}", functools.partial(site_with_root, request)
        )
        # Wagtail's own copy of these is in the cache too, one round trip to Redis per request.
        request._wagtail_cached_site_root_paths = remembered("site_root_paths", Site.get_site_root_paths)
        return self.get_response(request)


def site_with_root(request):
    """The request's Site with its root page (where routing starts), or None.

    The root page is read now, so it is kept with the site, and made its specific type without
    its content (LeanPageMixin.route reads that when the root page itself is asked for).
    """
    site = Site.find_for_request(request)
    if site is not None:
        site.root_page = site.root_page.specific_deferred
    return site
