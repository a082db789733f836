"""Saving many pages at once without indexing each one as it is saved.

Wagtail indexes a page on every save: an imported guide is saved several times (created,
filled in, published) and so is each of its aliases in the other languages, so a bulk import
spent half its time re-indexing the same pages. Inside `deferred_indexing()` nothing is sent
to the engines; what was saved is indexed once, in bulk, when the block ends.
"""

import contextlib

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.test.utils import override_settings
from wagtail.search.backends import get_search_backends
from wagtail.search.index import get_indexed_models

from . import catalog
from .backends.catch_up import remember_missed
from .index import values_computed_once
from .models import CatalogChange

BULK_CHUNK = 500


@contextlib.contextmanager
def deferred_indexing():
    """Collect the objects saved inside the block; index them together at the end.

    The index is only written if the block succeeds: an import that fails changes nothing,
    in the database or in the engines.
    """
    saved = {}  # model -> primary keys

    def remember(sender, instance, **kwargs):
        saved.setdefault(sender, set()).add(instance.pk)

    def forget(sender, instance, **kwargs):
        saved.get(sender, set()).discard(instance.pk)

    indexed_models = get_indexed_models()
    for model in indexed_models:
        post_save.connect(remember, sender=model, weak=False)
        post_delete.connect(forget, sender=model, weak=False)
    try:
        with override_settings(WAGTAILSEARCH_BACKENDS=_without_auto_update()):
            yield
    finally:
        for model in indexed_models:
            post_save.disconnect(remember, sender=model)
            post_delete.disconnect(forget, sender=model)
    index_objects(saved)


def import_in_bulk(importer):
    """Run a GuideImporter (or a subclass), indexing what it saved once, at the end.

    Its transaction may last longer than search catalogues look back for late commits, so the
    change is written down once more when it is committed.
    """
    with deferred_indexing(), catalog.one_change_for_all():
        report = importer.run()
    transaction.on_commit(lambda: catalog.record(CatalogChange.EVERYTHING))
    return report


def _without_auto_update():
    return {
        alias: {**config, "AUTO_UPDATE": False} for alias, config in settings.WAGTAILSEARCH_BACKENDS.items()
    }


def index_objects(saved):
    """Send each saved object, as its indexed model, to every auto-updated backend."""
    with values_computed_once():  # the same objects go to every backend
        for model in get_indexed_models():
            pks = set().union(*(pks for sender, pks in saved.items() if issubclass(sender, model)))
            if not pks:
                continue
            # Pages are indexed as their own type only (Page.get_indexed_objects filters on it).
            objects = list(model.get_indexed_objects().filter(pk__in=pks))
            for backend in get_search_backends(with_auto_update=True):
                _add_in_chunks(backend, model, objects)


def _add_in_chunks(backend, model, objects):
    for start in range(0, len(objects), BULK_CHUNK):
        chunk = objects[start : start + BULK_CHUNK]
        try:
            backend.add_bulk(model, chunk)
        except Exception:
            if not backend.catch_indexing_errors:
                raise
            for obj in chunk:  # the engine is down: the catch-up sends them once it is back
                remember_missed(obj)
