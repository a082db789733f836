"""Keep the search index and the search catalogues in step with what was published.

Wagtail indexes a page when it is saved, which for a page with tags happens before the tags
are written (they are saved just after the page), so the index would lag one publish behind.
Indexing once more when the publish is complete fixes that.

Every change to what a visitor may find (any save of a page, a move, a view restriction, a
synonym, a site) is also written down as a CatalogChange, which each web process reads before
a search to update its catalogue (search/catalog.py).
"""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.search import index
from wagtail.signals import page_published, page_slug_changed, post_page_move

from . import catalog
from .models import Synonym


def reindex_published_page(sender, instance, **kwargs):
    index.insert_or_update_object(instance.specific)


def page_saved_or_deleted(sender, instance, **kwargs):
    """Any save: publishing, unpublishing, an alias following its source, a page created live."""
    if isinstance(instance, Page):
        catalog.record_pages([instance.pk])


def subtree_changed(sender, instance, **kwargs):
    """A move changes what is found under the page (its site, say), not only the page; a new
    slug changes the addresses of the pages under it."""
    catalog.record_pages(Page.objects.descendant_of(instance, inclusive=True).values_list("pk", flat=True))


def restriction_changed(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()  # gone when the page was deleted
    if page is not None:
        subtree_changed(sender, page)


def synonyms_changed(sender, **kwargs):
    catalog.record(catalog.CatalogChange.SYNONYMS)


def site_changed(sender, **kwargs):
    catalog.record(catalog.CatalogChange.EVERYTHING)


def connect():
    page_published.connect(reindex_published_page, dispatch_uid="search.reindex_published_page")
    post_save.connect(page_saved_or_deleted, dispatch_uid="search.catalog_page_saved")
    post_delete.connect(page_saved_or_deleted, dispatch_uid="search.catalog_page_deleted")
    post_page_move.connect(subtree_changed, dispatch_uid="search.catalog_moved")
    page_slug_changed.connect(subtree_changed, dispatch_uid="search.catalog_slug_changed")
    for model, receiver in (
        (PageViewRestriction, restriction_changed),
        (Synonym, synonyms_changed),
        (Site, site_changed),
    ):
        post_save.connect(receiver, sender=model, dispatch_uid=f"search.catalog_{model.__name__}_saved")
        post_delete.connect(receiver, sender=model, dispatch_uid=f"search.catalog_{model.__name__}_deleted")
