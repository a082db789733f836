"""Site search: one function used by the results page and the JSON API.

The engine (database backend or OpenSearch) finds candidate pages; the ranking, filters and
facets are computed here from the catalogue, so every engine ranks the same way. If the
configured engine fails or is slow, the database backend answers instead. Where the cache is
shared (Redis), a query's ranked answer is kept until the next editorial change, in the
memory of the worker that worked it out (core.pagecache.keep).
"""

import hashlib
import logging
import math
import operator
import time
from collections import Counter
from dataclasses import dataclass, field
from functools import partial, reduce

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils import timezone, translation
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page, Site
from wagtail.search.backends import get_search_backend

from core.pagecache import followed_generation, remembered
from core.pages import active_locale_id, public

from .aliases import engine_scope
from .backends.catch_up import catch_up
from .catalog import get_catalog, searchable_page_models
from .models import PendingIndexUpdate
from .query import analyse
from .text import fold_for_search

logger = logging.getLogger("daklakso.search")

MAX_CANDIDATES = 1000
FEW_RESULTS = 5
# Per process: when to try a failed engine again; when to look again for updates it missed.
_engine_state = {"down_until": 0.0, "next_catch_up_check": 0.0}
CATCH_UP_PER_SEARCH = 20
CATCH_UP_CHECK_SECONDS = 10  # missed updates are rare (an outage): not a query on every search
_backends = {}
_engine_pages = {}  # (catalogue key, with aliases) -> (generation, query set not run)
FALLBACK_BACKEND = "fallback"
RANKING_SECONDS = 3600  # an answer also ages: news ranks by freshness


@dataclass
class Found:
    """What a query finds, ranked, before filters: the part of an answer worth keeping."""

    page_ids: list = field(default_factory=list)
    facets: dict = field(default_factory=dict)  # counts by type, topic and language
    suggestion: str = ""  # "did you mean", when the words as typed found nothing
    engine: str = ""
    degraded: bool = False  # answered by the fallback because the engine failed


@dataclass
class SearchOutcome:
    query: str
    catalog: object  # the visitor's catalogue: the hits are its entries
    hits: list = field(default_factory=list)  # ranked CatalogEntry objects, after filters
    facets: dict = field(default_factory=dict)
    promoted: list = field(default_factory=list)
    suggestion: str = ""  # "did you mean", when the words as typed found nothing
    engine: str = ""
    degraded: bool = False  # answered by the fallback because the engine failed


def searchable_pages(site, locale_id):
    """Everything an anonymous visitor may find: live, public, on this site, in this language."""
    models = searchable_page_models()
    pages = public(Page.objects.live().filter(locale_id=locale_id))
    pages = pages.filter(content_type__in=ContentType.objects.get_for_models(*models).values())
    if site is None:
        return pages.none()
    # The site's tree in each language hangs from a translation of its root page.
    roots = remembered(
        f"search:root-paths:{site.pk}",
        lambda: list(site.root_page.get_translations(inclusive=True).values_list("path", flat=True)),
    )
    return pages.filter(reduce(operator.or_, (Q(path__startswith=path) for path in roots)))


def request_scope(request):
    """(a function returning the visitor's searchable pages, the catalogue's cache key)."""
    site = Site.find_for_request(request)
    locale_id = active_locale_id()
    return partial(searchable_pages, site, locale_id), (site.pk if site else None, locale_id)


def search(request, raw_query, filters=None):
    searchable, scope = request_scope(request)
    catalog = get_catalog(searchable, scope)
    found = remembered(
        _ranking_key(scope, raw_query),
        lambda: find(catalog, engine_pages(searchable, scope, catalog), raw_query),
        worth_keeping=lambda found: not found.degraded,  # the engine may be back next time
        seconds=RANKING_SECONDS,
        shared=False,  # most queries are asked once: kept in the worker only
    )
    ranked = [catalog.by_id[pk] for pk in found.page_ids if pk in catalog.by_id]
    return SearchOutcome(
        query=raw_query,
        catalog=catalog,
        hits=apply_filters(ranked, filters or {}),
        facets=found.facets,
        promoted=promoted_pages(raw_query, searchable),
        suggestion=found.suggestion,
        engine=found.engine,
        degraded=found.degraded,
    )


def engine_pages(searchable, scope, catalog):
    """The pages the engine searches for this visitor (search/aliases.py), as a query set.

    Built once per page cache generation where workers follow it: what it reads (private
    sections, the site's roots, aliases) changes only with an editorial change, and building
    it took half a millisecond, a twentieth of a search.
    """
    generation = followed_generation()
    key = (scope, bool(catalog.aliases_by_source))
    kept = _engine_pages.get(key)
    if generation is None or kept is None or kept[0] != generation:
        kept = _engine_pages[key] = (generation, engine_scope(searchable(), catalog))
    return kept[1].all()  # a copy: a query set that is run keeps its rows


def _ranking_key(scope, raw_query):
    """Per site, language and query as typed (its last word may be unfinished: spaces count)."""
    text = "\n".join((str(scope), translation.get_language(), raw_query))
    return "search:" + hashlib.sha256(text.encode()).hexdigest()


def find(catalog, pages, raw_query):
    """The ranked ids of everything `raw_query` finds in `pages`, before filters.

    A popular query is asked by many visitors between two editorial changes: the answer is
    kept (search() through core.pagecache.remembered) and this runs once per change.
    """
    found = Found()
    analysed = analyse(raw_query, catalog)
    if analysed is None:
        return found
    ids = candidate_ids(pages, analysed.engine_query("and"), found)
    if not ids:  # nothing has all the words as typed: try them spelt right
        corrected = analyse(raw_query, catalog, correct=True)
        if corrected.positions != analysed.positions:
            ids = candidate_ids(pages, corrected.engine_query("and"), found)
            found.suggestion = corrected.text() if ids else ""
        analysed = corrected
    if len(ids) < FEW_RESULTS:  # a few body matches may hide better partial ones: widen
        ids += [pk for pk in candidate_ids(pages, analysed.engine_query("or"), found) if pk not in ids]
    ranked = rank(catalog.found(ids), analysed)
    found.page_ids, found.facets = [entry.page_id for entry in ranked], facets(ranked)
    return found


def candidate_ids(pages, query, found):
    """Ids of the best candidates from the configured engine, or from the fallback.

    After a failure the engine is left alone for SEARCH_ENGINE_RETRY_SECONDS, so that a dead or
    slow node costs one timeout, not one per search.
    """
    if _has_fallback() and (found.degraded or time.monotonic() < _engine_state["down_until"]):
        return _fallback_ids(pages, query, found)
    try:
        found.engine = _backend_name("default")
        ids = engine_ids(search_backend("default"), pages, query)
    except Exception:  # an unreachable or failing engine must not fail the page
        if not _has_fallback():
            raise
        logger.warning("Search engine failed; answering from the database backend", exc_info=True)
        _engine_state["down_until"] = time.monotonic() + settings.SEARCH_ENGINE_RETRY_SECONDS
        _engine_state["next_catch_up_check"] = 0.0  # once it answers again
        return _fallback_ids(pages, query, found)
    if _has_fallback():
        _catch_up_if_needed()
    return ids


def _fallback_ids(pages, query, found):
    found.engine, found.degraded = _backend_name(FALLBACK_BACKEND), True
    return engine_ids(search_backend(FALLBACK_BACKEND), pages, query)


def search_backend(alias):
    """The search backend `alias`, made once per process (and again if its settings change).

    Wagtail makes a new one on every call, and a new OpenSearch client opens new connections:
    a TCP handshake on every search.
    """
    config = settings.WAGTAILSEARCH_BACKENDS[alias]
    key = (alias, repr(config))
    if key not in _backends:
        _backends[key] = get_search_backend(alias)
    return _backends[key]


def _catch_up_if_needed():
    """The engine answers: send it a few of the updates it missed while it was down, if any."""
    now = time.monotonic()
    if now < _engine_state["next_catch_up_check"]:
        return
    _engine_state["next_catch_up_check"] = now + CATCH_UP_CHECK_SECONDS
    if PendingIndexUpdate.objects.exists():
        _engine_state["next_catch_up_check"] = 0.0  # more may be left: look again next time
        try:
            catch_up(search_backend("default"), limit=CATCH_UP_PER_SEARCH)
        except Exception:
            logger.warning("Search index catch-up failed; will retry", exc_info=True)


def engine_ids(backend, pages, query):
    """Ids of the pages that match, in no particular order.

    The engine only finds; `rank` orders. Asking the engine to rank as well costs twenty times
    more on SQLite (one BM25 evaluation per branch of a query widened by synonyms) for an order
    that `rank` replaces anyway.
    """
    return backend.matching_ids(query, pages, MAX_CANDIDATES)


def _has_fallback():
    return FALLBACK_BACKEND in settings.WAGTAILSEARCH_BACKENDS


def _backend_name(alias):
    return settings.WAGTAILSEARCH_BACKENDS[alias]["BACKEND"].rsplit(".", 1)[-1]


def rank(entries, analysed):
    """Order candidates: the reader's language first; then title and keyword matches, guides
    before news, newer news first."""
    coverage = QueryCoverage(analysed)
    query_words = coverage.words
    today = timezone.localdate()
    language = translation.get_language()

    def score(entry):
        value = 0.0
        # Most candidates lack the query's words in a field or two: checked without building a set.
        if not query_words.isdisjoint(entry.title_words):  # a short title mostly the query: higher
            in_title = query_words & entry.title_words
            value += 3 * coverage(in_title) + 0.5 * len(in_title) / len(entry.title_words)
        if not query_words.isdisjoint(entry.keyword_words):
            value += 1.5 * coverage(query_words & entry.keyword_words)
        if not query_words.isdisjoint(entry.summary_words):
            value += 0.75 * coverage(query_words & entry.summary_words)
        value += entry.model.search_priority
        if entry.date:  # news: the newer, the higher, when otherwise equal
            value += 0.5 * math.exp(-max((today - entry.date).days, 0) / 180)
        # Pages in the reader's language first, then Vietnamese ones not translated yet.
        return (entry.language == language, value)

    return sorted(entries, key=score, reverse=True)


class QueryCoverage:
    """How much of a query some of its words cover, 0 to 1, in its best synonym variant.

    This runs for up to three fields of every candidate, hundreds per search: each position of
    each variant is one bit, and a word sets the bits of the positions it fills, so working one
    out is a few integer operations; and candidates mostly share the same few combinations of
    the query's words, so each combination is worked out once.
    """

    def __init__(self, analysed):
        self.bits = {}  # word -> the positions it fills, as bits
        self.variants = []  # (a variant's positions as bits, how many)
        bit = 0
        for variant in [analysed.positions, *analysed.variants]:
            first = bit
            for position in variant:
                for word in position:
                    self.bits[word] = self.bits.get(word, 0) | 1 << bit
                bit += 1
            self.variants.append(((1 << bit) - (1 << first), bit - first))
        self.words = frozenset(self.bits)
        self._known = {}  # frozenset of found words -> coverage

    def __call__(self, found):
        """`found`: the query's words a field has (at least one), as a frozenset."""
        known = self._known.get(found)
        if known is None:
            known = self._known[found] = self._coverage(found)
        return known

    def _coverage(self, found):
        filled = 0
        for word in found:
            filled |= self.bits[word]
        if len(self.variants) == 1:  # most queries: no synonym matched
            return filled.bit_count() / self.variants[0][1]
        return max((filled & positions).bit_count() / count for positions, count in self.variants)


def facets(entries):
    """Counts by type, topic and language over every match, before filters."""
    return {
        "type": dict(Counter(entry.kind for entry in entries)),
        "topic": dict(Counter(slug for entry in entries for slug, _name in entry.topics)),
        "language": dict(Counter(entry.language for entry in entries)),
    }


def apply_filters(entries, filters):
    kind, topic, language = filters.get("type"), filters.get("topic"), filters.get("language")
    if language:
        entries = [entry for entry in entries if entry.language == language]
    if kind:
        entries = [entry for entry in entries if entry.kind == kind]
    if topic:
        entries = [entry for entry in entries if any(slug == topic for slug, _name in entry.topics)]
    return entries


def promoted_pages(raw_query, searchable):
    """Pages editors pinned for this query (Wagtail search promotions), matched tone-free.

    `searchable` returns the pages the visitor may see: called only when a pin matches.
    """
    matching = remembered("search:pinned-queries", pinned_queries).get(fold_for_search(raw_query))
    if not matching:
        return []
    picks = SearchPromotion.objects.filter(query__in=matching, page__in=searchable().values("pk"))
    return [pick.page.specific for pick in picks.select_related("page").order_by("sort_order")]


def pinned_queries():
    """{folded query text: ids of the promotions' queries written that way}."""
    by_text = {}
    for query in Query.objects.filter(editors_picks__isnull=False).distinct():
        by_text.setdefault(fold_for_search(query.query_string), []).append(query.pk)
    return by_text
