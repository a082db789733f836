"""Wagtail's database backend (SQLite FTS5 or PostgreSQL full-text) with folded queries."""

from wagtail.search.backends.database import SearchBackend as stock_database_backend

from . import FoldedQueryMixin

_folding_classes = {}


def SearchBackend(params):
    """The stock database backend picks its class by database vendor; we wrap that class."""
    backend = stock_database_backend(params)
    stock_class = type(backend)
    if stock_class not in _folding_classes:
        _folding_classes[stock_class] = type(
            f"Folded{stock_class.__name__}", (FoldedQueryMixin, stock_class), {}
        )
    backend.__class__ = _folding_classes[stock_class]
    return backend
