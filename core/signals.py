"""Editorial changes drop the full-page cache (core/pagecache.py) and purge a CDN, if any.

What counts as an editorial change: saving or deleting anything public pages display — pages,
snippets, settings, images, documents, media, communes' figures, kiosks, sites and locales —
and Wagtail's publish, unpublish and move signals. Records written while serving visitors
(renditions, search statistics, assisted-session counts, log entries) are not: they would
empty the cache on every page view.
"""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_migrate, post_save
from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from .pagecache import bump_generation

CONTENT_APPS = {
    "core",
    "home",
    "guides",
    "lessons",
    "videos",
    "news",
    "campaigns",
    "kiosks",
    "wagtailimages",
    "wagtaildocs",
    "wagtailmedia",
    "taggit",
}
CONTENT_MODELS = {
    "wagtailcore.site",
    "wagtailcore.locale",
    "wagtailcore.page",
    "wagtailcore.pageviewrestriction",  # a page made private must leave every cached copy
    # What search answers (search/service.py keeps answers between editorial changes).
    "search.synonym",
    "search.blockedsuggestion",
    "wagtailsearchpromotions.query",
    "wagtailsearchpromotions.searchpromotion",
}
NOT_DISPLAYED = {
    "wagtailimages.rendition",
    "kiosks.assistedsessionday",
    "campaigns.figurelogentry",
    "campaigns.communereporter",
}


def is_displayed_content(model):
    label = model._meta.label_lower
    return (model._meta.app_label in CONTENT_APPS or label in CONTENT_MODELS) and label not in NOT_DISPLAYED


def content_changed():
    # Now, so this transaction's own later reads see fresh pages; and again at commit, because
    # a page rendered by another request in between read the old rows and was stored under the
    # first new generation.
    bump_generation()
    transaction.on_commit(bump_generation)


def model_saved_or_deleted(sender, **kwargs):
    if is_displayed_content(sender):
        content_changed()


def page_changed(sender, instance, **kwargs):
    content_changed()
    if settings.WAGTAILFRONTENDCACHE:
        purge_from_frontend_cache(instance)


def purge_from_frontend_cache(page):
    """The CDN's copies of the page and of the pages that list it: its ancestors (home, index).

    wagtail.contrib.frontend_cache's own handlers (not installed) would purge the page alone.
    """
    ancestors = Page.objects.ancestor_of(page).filter(depth__gt=1).live().specific()
    transaction.on_commit(lambda: purge_pages_from_cache([*ancestors, page.specific]))


def new_release(sender, **kwargs):
    # Every deployment runs migrate (README): pages kept by the previous release, rendered by
    # its templates and stored in its format, are dropped.
    bump_generation()


def connect(core_app):
    post_migrate.connect(new_release, sender=core_app, dispatch_uid="pagecache-release")
    post_save.connect(model_saved_or_deleted, dispatch_uid="pagecache-save")
    post_delete.connect(model_saved_or_deleted, dispatch_uid="pagecache-delete")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(page_changed, dispatch_uid=f"pagecache-{id(signal)}")
