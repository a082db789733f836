"""Aliases are found through the page they copy.

An alias repeats its source word for word: every guide not yet translated appears in each
other language's tree as an alias of the Vietnamese page. Indexing aliases would multiply the
index, its rebuild and the work of every broad query by the number of languages, for no new
text. So only pages with their own content are indexed; a search asks the engine about the
visitor's pages and about the sources of their aliases, and the catalogue turns each source
found back into its aliases (Catalog.found).
"""

from wagtail.models import Page


class IndexedUnlessAlias:
    """For page models: an alias is left out of the search index (its source is in it)."""

    @classmethod
    def get_indexed_objects(cls):
        return super().get_indexed_objects().filter(alias_of__isnull=True)


def engine_scope(pages, catalog):
    """The pages the engine searches to find `pages`: them, and the sources of their aliases."""
    if not catalog.aliases_by_source:
        return pages
    return pages | Page.objects.filter(pk__in=pages.filter(alias_of__isnull=False).values("alias_of_id"))
