"""Counting what people search for, per week and language, so editors can act on it.

Only the normalised query text is kept, with counts: no address, no session, no time of day.
"""

import datetime

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from core.pagecache import on_replay
from core.pages import active_language_code

from .text import fold_for_search

MAX_STORED_LENGTH = 200


def week_start(day):
    return day - datetime.timedelta(days=day.weekday())


@on_replay("search-stats")
def record(raw_query, found, language=None):
    """Count one search in the active language (or `language`, given when a kept page is served)."""
    from .models import QueryStat

    query = fold_for_search(raw_query)[:MAX_STORED_LENGTH]
    if not query:
        return
    key = {
        "week": week_start(timezone.localdate()),
        "language": language or active_language_code(),
        "query": query,
    }
    increments = {"searches": F("searches") + 1}
    if not found:
        increments["searches_without_results"] = F("searches_without_results") + 1
    if QueryStat.objects.filter(**key).update(**increments):
        return
    try:
        with transaction.atomic():
            QueryStat.objects.create(**key, searches=1, searches_without_results=0 if found else 1)
    except IntegrityError:  # created by a concurrent request in the meantime
        QueryStat.objects.filter(**key).update(**increments)
