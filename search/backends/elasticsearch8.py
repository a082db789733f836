"""Wagtail's Elasticsearch 8 backend with folded queries (needs the elasticsearch 8 client)."""

from wagtail.search.backends.elasticsearch8 import Elasticsearch8SearchBackend

from . import FoldedQueryMixin, SearchNodeIdsMixin


class SearchBackend(SearchNodeIdsMixin, FoldedQueryMixin, Elasticsearch8SearchBackend):
    pass
