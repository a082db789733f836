"""Putting the quality set (or any guide records) where the public search will find it.

Everything here writes to the database; the management commands wrap it in
`throwaway_state()` (one transaction, rolled back at the end, plus throwaway engine indexes),
the test relies on pytest-django's own rollback.

The set gets a home page of its own, made the default site's root for the duration: the
public search only looks inside the site a request is for, so real content already in the
database (the demo content, say) neither competes with the set nor is modified by it.
"""

import contextlib
import datetime
import logging
import os
import signal
import threading
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.test import RequestFactory, override_settings
from django.utils import translation
from django.utils.text import slugify
from wagtail.models import Locale, Page, Site
from wagtail.search.backends import get_search_backend, get_search_backends
from wagtail.search.index import get_indexed_models

from guides.importer import GuideImporter
from guides.models import GuideIndexPage, GuidePage
from home.models import HomePage
from search import catalog
from search.bulk import import_in_bulk
from search.text import fold_for_search

from . import decoys
from .guides import GUIDES

HOME_SLUG = "kiem-tra-tim-kiem"
logger = logging.getLogger("daklakso.search")

DATABASE_BACKENDS = (
    "search.backends.database",
    "wagtail.search.backends.database",
    "modelsearch.backends.database",
)


@dataclass
class QualitySite:
    """The throwaway site: its home, guide index, and how to make requests for it."""

    home: HomePage
    site: Site
    guide_index: GuideIndexPage
    slugs: dict = field(default_factory=dict)  # page id -> slug, for every page under home

    @property
    def hostname(self):
        return self.site.hostname

    def request(self, path="/search/", **params):
        """A GET request for this site, as the public search view receives it."""
        return RequestFactory().get(path, params, HTTP_HOST=self.hostname)

    def refresh_slugs(self):
        self.slugs = dict(Page.objects.descendant_of(self.home).values_list("pk", "slug"))


# ----------------------------------------------------------------------------- safety


def is_database_backend(config):
    return config["BACKEND"] in DATABASE_BACKENDS


def external_backend_aliases():
    """Configured search backends that keep their index outside the database (OpenSearch…)."""
    return [
        alias for alias, config in settings.WAGTAILSEARCH_BACKENDS.items() if not is_database_backend(config)
    ]


@contextlib.contextmanager
def throwaway_engine_indexes():
    """External engines write to indexes of their own, created empty and deleted afterwards.

    A database rollback cannot undo what an OpenSearch node was sent, so instead of touching
    the site's real indexes every external backend gets a unique INDEX_PREFIX for the run.
    Database backends keep their index in tables, which the transaction rolls back.
    """
    aliases = external_backend_aliases()
    if not aliases:
        yield
        return
    backends = {alias: dict(config) for alias, config in settings.WAGTAILSEARCH_BACKENDS.items()}
    tag = f"sq{os.getpid()}_{datetime.datetime.now():%H%M%S}_"
    for alias in aliases:
        backends[alias]["INDEX_PREFIX"] = backends[alias].get("INDEX_PREFIX", "") + tag
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        for alias in aliases:
            create_empty_indexes(get_search_backend(alias))
        try:
            yield
        finally:
            for alias in aliases:
                delete_throwaway_indexes(get_search_backend(alias), tag)


def delete_throwaway_indexes(backend, tag):
    """Every index under the run's own prefix, concrete ones included (a rebuild with
    ATOMIC_REBUILD leaves an alias in front of `<name>_<random>`). Never raises: a failure here
    must not hide the figures, it is only reported."""
    if not backend.index_prefix.endswith(tag):  # never a wildcard over anybody else's indexes
        logger.warning("Not deleting indexes %s*: not this run's prefix", backend.index_prefix)
        return
    try:
        backend.es.indices.delete(index=f"{backend.index_prefix}*", ignore_unavailable=True)
    except Exception as error:
        logger.warning("Could not delete the throwaway indexes %s*: %s", backend.index_prefix, error)


def create_empty_indexes(backend):
    """Empty indexes with the mappings a full rebuild would create (what update_index does first)."""
    client_log = logging.getLogger("opensearch")
    level = client_log.level
    client_log.setLevel(logging.ERROR)  # reset() deletes first: a 404 for a new index is expected
    try:
        for index in backend.all_indexes():
            index.reset()
    finally:
        client_log.setLevel(level)
    for model in get_indexed_models():
        backend.get_index_for_model(model).add_model(model)


@contextlib.contextmanager
def terminated_like_interrupted():
    """SIGTERM (kill PID) unwinds like Ctrl-C, so `finally` blocks still delete throwaway indexes."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum, frame):
        raise KeyboardInterrupt(f"signal {signum}")

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextlib.contextmanager
def throwaway_state():
    """Everything written inside is rolled back; engine indexes are throwaway ones.

    Wagtail caches site root paths and the search catalogue per process; both are cleared on
    the way in and out so nothing from the throwaway state outlives it.
    """
    with terminated_like_interrupted(), throwaway_engine_indexes():
        try:
            with transaction.atomic():
                try:
                    yield
                finally:
                    transaction.set_rollback(True)
        finally:
            Site.clear_site_root_paths_cache()
            catalog.clear_cache()


def refresh_search_indexes():
    """Make what was just indexed visible to searches (OpenSearch refreshes about once a second)."""
    for backend in get_search_backends():
        backend.refresh_indexes()


# ----------------------------------------------------------------------------- loading


def make_quality_site():
    """A new home page, made the default site's root, with an empty guide index under it."""
    locale = Locale.get_default()
    root = Page.get_first_root_node()
    slug, number = HOME_SLUG, 1
    while Page.objects.child_of(root).filter(slug=slug).exists():
        number += 1
        slug = f"{HOME_SLUG}-{number}"
    home = HomePage(title="Kiểm tra chất lượng tìm kiếm", slug=slug, locale=locale)
    root.add_child(instance=home)
    home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True, site_name="Kiểm tra")
    site.root_page = home
    site.save()
    Site.clear_site_root_paths_cache()
    index = GuideIndexPage(title="Hướng dẫn thủ tục", slug="huong-dan", locale=locale)
    home.add_child(instance=index)
    index.save_revision().publish()
    catalog.clear_cache()
    return QualitySite(home=home, site=site, guide_index=index)


class ImporterUnderIndex(GuideImporter):
    """The stock importer, creating new guides under one given guide index.

    The stock one looks up *the* guide index of the language, which is ambiguous while the
    throwaway index sits next to a real one; validation, fields, revisions and publishing
    are the stock code. Only used when the database already holds another guide index.
    """

    def __init__(self, records, index):
        super().__init__(records)
        self.index = index

    def find_or_build(self, key, record):
        _language, slug = key
        page = GuidePage.objects.child_of(self.index).filter(slug=slug).first()
        if page is not None:
            return page
        page = GuidePage(
            title=record["title"], slug=slug, summary=record["summary"], locale=self.index.locale, live=False
        )
        page.steps = [{"type": "step", "value": {"title": record["title"], "body": ""}}]
        self.index.add_child(instance=page)
        page.is_new_import = True
        return page


def importer_for(records, quality_site):
    """guides.importer.GuideImporter itself when ours is the only guide index (fresh database)."""
    locale = quality_site.guide_index.locale
    if GuideIndexPage.objects.filter(locale=locale).count() == 1:
        return GuideImporter(records)
    return ImporterUnderIndex(records, quality_site.guide_index)


def import_guides(records, quality_site):
    records = [{"language": quality_site.guide_index.locale.language_code, **record} for record in records]
    return import_in_bulk(importer_for(records, quality_site))


def add_decoys(quality_site):
    """News and lessons on the same subjects (tests/factories.py builds them)."""
    from ..factories import (
        CourseIndexPageFactory,
        CoursePageFactory,
        LessonPageFactory,
        NewsIndexPageFactory,
        NewsPageFactory,
    )

    home = quality_site.home
    news_index = NewsIndexPageFactory(parent=home, title="Tin tức", slug="tin-tuc")
    today = datetime.date.today()
    for number, item in enumerate(decoys.NEWS):
        NewsPageFactory(
            parent=news_index,
            title=item["title"],
            slug=slugify(fold_for_search(item["title"]))[:80],
            lead=item["lead"],
            body=[{"type": "text", "value": f"<p>{item['body']}</p>"}],
            date=today - datetime.timedelta(days=7 * number),
        )
    course_index = CourseIndexPageFactory(parent=home, title="Khóa học", slug="khoa-hoc")
    course = CoursePageFactory(
        parent=course_index,
        title=decoys.COURSE["title"],
        slug=slugify(fold_for_search(decoys.COURSE["title"])),
        summary=decoys.COURSE["summary"],
    )
    for item in decoys.LESSONS:
        LessonPageFactory(
            parent=course,
            title=item["title"],
            slug=slugify(fold_for_search(item["title"]))[:80],
            summary=item["summary"],
            body=[{"type": "text", "value": item["body"]}],
        )


def load_quality_set(guides=GUIDES, with_decoys=True):
    """The quality set, published and indexed, on a fresh default site. Returns its QualitySite."""
    with translation.override(Locale.get_default().language_code):
        quality_site = make_quality_site()
        import_guides(guides, quality_site)
        if with_decoys:
            add_decoys(quality_site)
    refresh_search_indexes()
    catalog.clear_cache()
    quality_site.refresh_slugs()
    return quality_site


def engine_label():
    """The engine as printed: "database (sqlite)", "opensearch2 (http://…), fallback database (…)"."""
    from django.db import connection

    config = settings.WAGTAILSEARCH_BACKENDS["default"]
    name = config["BACKEND"].rsplit(".", 1)[-1]
    if is_database_backend(config):
        return f"{name} ({connection.vendor})"
    urls = ", ".join(config.get("URLS", []))
    label = f"{name} ({urls})"
    if "fallback" in settings.WAGTAILSEARCH_BACKENDS:
        label += f", fallback database ({connection.vendor})"
    return label
