"""The search engine's state, for /api/search/health/ and the search page's catch-up."""

import logging

from django.conf import settings
from wagtail.search.backends import get_search_backend

from .backends.catch_up import catch_up
from .models import PendingIndexUpdate

logger = logging.getLogger("daklakso.search")


def engine_name():
    return settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"].rsplit(".", 1)[-1]


def engine_answers(backend):
    """True when the engine can be reached (database backends always can)."""
    client = getattr(backend, "es", None)  # the OpenSearch/Elasticsearch client
    if client is None:
        return True
    try:
        return bool(client.ping())
    except Exception:
        return False


def engine_health():
    backend = get_search_backend("default")
    up = engine_answers(backend)
    pending = PendingIndexUpdate.objects.count()
    if up and pending:
        try:
            pending -= catch_up(backend)
        except Exception:
            logger.warning("Search index catch-up failed", exc_info=True)
    fallback = "fallback" in settings.WAGTAILSEARCH_BACKENDS
    status = "ok" if up else ("degraded" if fallback else "down")
    return {
        "engine": engine_name(),
        "status": status,
        "fallback": "database" if fallback else None,
        "pending_index_updates": pending,
    }
