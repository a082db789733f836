"""Keep the search index in step with what was published.

Wagtail indexes a page when it is saved, which for a page with tags happens before the tags
are written (they are saved just after the page), so the index would lag one publish behind.
Indexing once more when the publish is complete fixes that.
"""

from wagtail.search import index
from wagtail.signals import page_published


def reindex_published_page(sender, instance, **kwargs):
    index.insert_or_update_object(instance.specific)


def connect():
    page_published.connect(reindex_published_page, dispatch_uid="search.reindex_published_page")
