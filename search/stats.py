"""Counting what people search for, per week and language, so editors can act on it.

Only the normalised query text is kept, with counts: no address, no session, no time of day.
"""

import datetime

from django.db import connection
from django.utils import timezone

from core.pagecache import on_replay
from core.pages import active_language_code

from .text import fold_for_search

MAX_STORED_LENGTH = 200


def week_start(day):
    return day - datetime.timedelta(days=day.weekday())


# One statement whether the query is new this week or not (SQLite and PostgreSQL both have
# ON CONFLICT): an update that found no row, then an insert in a savepoint, took four.
COUNT_SEARCH = """
    INSERT INTO {table} (week, language, query, searches, searches_without_results, guide_requested)
    VALUES (%s, %s, %s, 1, %s, FALSE)
    ON CONFLICT (week, language, query) DO UPDATE SET
        searches = {table}.searches + 1,
        searches_without_results = {table}.searches_without_results + excluded.searches_without_results
"""


@on_replay("search-stats")
def record(raw_query, found, language=None):
    """Count one search in the active language (or `language`, given when a kept page is served)."""
    from .models import QueryStat

    query = fold_for_search(raw_query)[:MAX_STORED_LENGTH]
    if not query:
        return
    sql = COUNT_SEARCH.format(table=connection.ops.quote_name(QueryStat._meta.db_table))
    week = week_start(timezone.localdate())
    with connection.cursor() as cursor:
        cursor.execute(sql, [week, language or active_language_code(), query, 0 if found else 1])
