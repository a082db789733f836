"""Wagtail's database backend (SQLite FTS5 or PostgreSQL full-text) with folded queries."""

from django.db import connection, transaction
from django.db.models import TextField
from django.db.models.functions import Cast
from wagtail.models import Page
from wagtail.search.backends.database import SearchBackend as stock_database_backend
from wagtail.search.models import IndexEntry

from . import FoldedQueryMixin

_folding_classes = {}

# PostgreSQL's planner prices a full-text match as cheap and so walks every page of the
# language, matching each one's document (a nested loop: 70-90 ms at 2,000 guides). Without
# nested loops it reads the matches from the GIN index of migration search/0005 and joins
# them (10-20 ms). Parallel workers only add start-up cost on a small server full of requests,
# and so does JIT compilation, which a broad query's cost estimate triggers (15 ms to save 0).
POSTGRES_SEARCH_PLANNER = {"enable_nestloop": "off", "max_parallel_workers_per_gather": "0", "jit": "off"}


class DatabaseIdsMixin:
    def matching_ids(self, query, queryset, limit):
        """Ids of up to `limit` matches of `queryset`, in no particular order, as plain ints.

        The site ranks from its own catalogue (search/service.py), so it needs ids only:
        iterating Wagtail's results builds a Page object per match, which costs more than the
        query itself once matches run into hundreds.
        """
        results = self.search(query, queryset, order_by_relevance=False)[:limit]
        ids = results.get_queryset().values_list("pk", flat=True)
        if connection.vendor != "postgresql":
            return list(ids)
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(
                "; ".join(f"SET LOCAL {name} = {value}" for name, value in POSTGRES_SEARCH_PLANNER.items())
            )
            try:
                return list(ids)
            finally:  # back to the session's values, even inside a caller's longer transaction
                cursor.execute("; ".join(f"RESET {name}" for name in POSTGRES_SEARCH_PLANNER))


def forgetting_aliases(rebuilder_class):
    """The backend's rebuilder, also deleting the entries of aliases (search/aliases.py).

    Wagtail deletes the entries of objects that no longer exist, not those of objects a model
    stopped indexing, so entries written before aliases were left out would stay for good.
    """

    class Rebuilder(rebuilder_class):
        def start(self):
            index = super().start()
            aliases = Page.objects.filter(alias_of__isnull=False).annotate(object_id=Cast("pk", TextField()))
            IndexEntry.objects.filter(
                content_type_id__in=aliases.values("content_type_id"),
                object_id__in=aliases.values("object_id"),
            ).delete()
            return index

    return Rebuilder


def SearchBackend(params):
    """The stock database backend picks its class by database vendor; we wrap that class."""
    backend = stock_database_backend(params)
    stock_class = type(backend)
    if stock_class not in _folding_classes:
        _folding_classes[stock_class] = type(
            f"Folded{stock_class.__name__}", (DatabaseIdsMixin, FoldedQueryMixin, stock_class), {}
        )
    backend.__class__ = _folding_classes[stock_class]
    backend.rebuilder_class = forgetting_aliases(backend.rebuilder_class)
    return backend
