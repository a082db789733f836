import os
import re
from pathlib import Path

import pytest
from django.conf import settings
from modelsearch.backends import import_backend
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchBackend
from wagtail.models import Site
from wagtail.search.backends import get_search_backend
from wagtail.search.index import get_indexed_models

from home.models import HomePage
from search.catalog import clear_cache as clear_search_catalog_cache

from .factories import GuideIndexPageFactory
from .required import require


@pytest.fixture
def home(db):
    """The home page the migrations create, served as the default site."""
    return HomePage.objects.get(depth=2)


@pytest.fixture
def site(home):
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def guide_index(home):
    return GuideIndexPageFactory(parent=home)


# --- Search engines -------------------------------------------------------------------
#
# `make test` runs the tests marked `search_engine` on every engine: SQLite and PostgreSQL
# (Wagtail's database backend: index rows live in the test's transaction and roll back with
# it) and OpenSearch (SEARCH_URL set: documents are written to the node on save, outside the
# database transaction, and become searchable only after a refresh). Such tests use the
# `search_index` fixture: `search_index.refresh()` after indexing, before searching.


class SearchIndex:
    """The default search backend, as a test sees it (the `search_index` fixture)."""

    def __init__(self, backend=None):
        self.backend = backend  # None: Wagtail's database backend
        self.on_node = backend is not None
        self.pattern = f"{backend.index_prefix}*" if self.on_node else None

    @property
    def engine(self):
        """'opensearch' (or another search node), else the database: 'sqlite', 'postgresql'."""
        if self.on_node:
            return type(self.backend).__module__.rsplit(".", 1)[-1].rstrip("0123456789")
        from django.db import connection

        return connection.vendor

    def refresh(self):
        """Make every document indexed so far searchable (a no-op on the database backends)."""
        if self.on_node:
            self.backend.es.indices.refresh(index=self.pattern)

    def reset(self):
        """Delete and create this session's indexes again, with their mappings (slow: seconds)."""
        if not self.on_node:
            return
        for index in self.backend.all_indexes():
            if index.is_alias():  # left by an atomic rebuild: delete the real indexes behind it
                for real in index.aliased_indices():
                    real.delete()
            index.reset()
        for model in get_indexed_models():
            self.backend.get_index_for_model(model).add_model(model)

    def clear(self):
        """Delete every document from this session's indexes; indexes and mappings stay.

        By ids (a search, then a bulk delete): _delete_by_query needs OpenSearch's reindex
        module, which the embedded node does not load.
        """
        if not self.on_node:
            return
        es = self.backend.es
        while True:
            self.refresh()
            hits = es.search(
                index=self.pattern, body={"query": {"match_all": {}}, "_source": False, "size": 1000}
            )["hits"]["hits"]
            if not hits:
                return
            self.backend.bulk(
                es,
                [{"_op_type": "delete", "_index": hit["_index"], "_id": hit["_id"]} for hit in hits],
                raise_on_error=False,  # a document already gone is fine
            )


def _delete_indexes_of_dead_sessions(backend):
    """Indexes named daklakso_test_<pid>_… whose test run is gone (killed before its teardown)."""
    own = re.fullmatch(r"(.*)test_(\d+)_", backend.index_prefix)
    if not own:
        return
    base = own.group(1)
    for name in backend.es.indices.get(index=f"{base}test_*", expand_wildcards="all"):
        found = re.match(rf"{re.escape(base)}test_(\d+)_", name)
        if not found or found.group(1) == own.group(2):
            continue
        try:
            os.kill(int(found.group(1)), 0)
        except ProcessLookupError:
            backend.es.indices.delete(index=name, ignore_unavailable=True)
        except PermissionError:
            pass  # alive, someone else's


def _default_backend_is_a_node():
    backend_class = import_backend(settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"])
    return isinstance(backend_class, type) and issubclass(backend_class, ElasticsearchBaseSearchBackend)


@pytest.fixture(scope="session")
def _search_node():
    """On a search node (OpenSearch), this session's own fresh indexes (see settings/test.py).

    None on the database backends, which need nothing: their index rows roll back with the test.
    """
    if not _default_backend_is_a_node():
        yield None
        return
    # Its own client, patient: creating indexes on a busy 2-core machine can take longer than
    # the site's TIMEOUT (seconds, no retries), which is meant for visitors' queries.
    backend = get_search_backend("default", TIMEOUT=30)
    assert re.search(r"test_\d+_$", backend.index_prefix), (
        f"refusing to reset indexes with prefix {backend.index_prefix!r}: not a test session's"
    )
    _delete_indexes_of_dead_sessions(backend)
    SearchIndex(backend).reset()  # every index exists, with its mappings, before any test writes
    yield backend
    backend.es.indices.delete(index=backend.index_prefix + "*", ignore_unavailable=True)


@pytest.fixture
def search_index(_search_node):
    """Clean search indexes for this test on every engine, and `refresh()` to see new documents.

    On OpenSearch every document is deleted before the test (pages saved by an earlier test
    stay in the node even though their rows were rolled back). Tests marked `search_engine`
    get this before any other fixture; other tests should request it first, before fixtures
    that save pages.
    """
    index = SearchIndex(_search_node)
    index.clear()
    return index


@pytest.fixture(autouse=True)
def _isolate_search(request):
    # The search catalogue is cached per process and follows the CatalogChange rows written
    # when pages change; a test's rows roll back but the cached copy would not: the next test
    # would rank with the previous one's pages.
    clear_search_catalog_cache()
    if request.node.get_closest_marker("search_engine"):
        request.getfixturevalue("search_index")


# --- The production stack -------------------------------------------------------------
#
# Tests marked `stack` talk over HTTP to the site served by gunicorn behind nginx, with
# PostgreSQL and Redis (scripts/stack-up.sh prints STACK_URL; `make test` starts it and runs
# `pytest -m stack`, required under CI). DATABASE_URL is the stack's database then.


@pytest.fixture(scope="session")
def stack_url():
    url = os.environ.get("STACK_URL", "").rstrip("/")
    require(url, "STACK_URL is not set: run `make test`, or scripts/stack-up.sh and export what it prints")
    return url


@pytest.fixture(scope="session")
def stack_env():
    """The environment of the stack started from this checkout (var/stack/stack.env)."""
    env_file = Path(settings.BASE_DIR) / "var" / "stack" / "stack.env"
    require(
        env_file.exists(), "no var/stack/stack.env: these checks need the stack started from this checkout"
    )
    lines = env_file.read_text().splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line and not line.startswith("#"))
