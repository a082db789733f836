"""Wagtail's OpenSearch 2 backend with folded queries."""

from wagtail.search.backends.opensearch2 import OpenSearch2SearchBackend

from . import FoldedQueryMixin


class SearchBackend(FoldedQueryMixin, OpenSearch2SearchBackend):
    pass
