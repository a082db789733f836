"""Wagtail's OpenSearch 2 backend with folded queries, remembering what it missed while down."""

from wagtail.search.backends.opensearch2 import OpenSearch2SearchBackend

from . import FoldedQueryMixin, SearchNodeIdsMixin
from .catch_up import remember_missed


class SearchBackend(SearchNodeIdsMixin, FoldedQueryMixin, OpenSearch2SearchBackend):
    def add(self, obj):
        try:
            super().add(obj)
        except Exception:
            remember_missed(obj)
            raise  # Wagtail logs it and carries on: the edit itself is saved

    def delete(self, obj):
        try:
            super().delete(obj)
        except Exception:
            remember_missed(obj)
            raise
