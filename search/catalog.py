"""An in-memory catalogue of what a visitor can find: titles, keywords and their words.

It serves suggestions and spelling help without a round trip to the engine, the same on
every engine, and holds only published, public pages of one site in one language.

Each web process keeps its own copy. Publishing, unpublishing, moving or restricting a page
and editing synonyms write a CatalogChange row (search/signals.py); before every search a
process reads the rows it has not applied yet (one small indexed query) and reloads only the
pages they name, so a publish in one process reaches every other one at its next request and
no visitor waits for a whole catalogue to be rebuilt. Where workers follow the page cache's
generation (Redis), every such row is announced by a new generation once committed, and a
process reads the rows only when the generation has moved.
"""

import bisect
import contextlib
import contextvars
import datetime
import threading
from collections import Counter
from dataclasses import dataclass
from urllib.parse import quote

from django.db import transaction
from django.utils import timezone
from wagtail.models import Page, get_page_models

from core.pagecache import bump_generation, followed_generation

from .models import CatalogChange, Synonym
from .spelling import Speller
from .text import words


def searchable_page_models():
    """Page types that are content a citizen searches for (they name a summary field)."""
    return [model for model in get_page_models() if getattr(model, "search_summary_field", None)]


@dataclass(frozen=True)
class CatalogEntry:
    page_id: int
    title: str
    slug: str
    url_path: str  # the page's address comes from it (Catalog.url)
    summary: str
    model: type
    kind: str  # the model's name, as the type filter and the facets call it
    topics: tuple  # ((slug, name), …)
    date: object  # publication date for news, else None
    language: str  # of the content: an untranslated alias shows its Vietnamese source
    source_id: object  # the page an alias copies (search/aliases.py), else None
    title_words: frozenset
    keyword_words: frozenset
    summary_words: frozenset

    @property
    def words(self):
        return self.title_words | self.summary_words | self.keyword_words

    @property
    def kind_label(self):
        return self.model._meta.verbose_name


def _entries_of(model, pages):
    """Catalogue entries of one page type; tags and topics arrive as one row each, so merge."""
    topic = getattr(model, "search_topic_field", None)
    date = getattr(model, "search_date_field", None)
    columns = [
        "pk",
        "title",
        "slug",
        "url_path",
        model.search_summary_field,
        "locale__language_code",
        "alias_of__locale__language_code",
        "alias_of_id",
    ]
    columns += [f"{topic}__slug", f"{topic}__name"] if topic else []
    columns += [date] if date else []
    columns += [f"{name}__name" for name in getattr(model, "search_keyword_fields", [])]
    merged = {}
    for row in model.objects.filter(pk__in=pages.values("pk")).values_list(*columns):
        item = dict(zip(columns, row, strict=True))
        entry = merged.setdefault(row[0], {"row": item, "topics": {}, "keywords": set()})
        if topic and item[f"{topic}__slug"]:
            entry["topics"][item[f"{topic}__slug"]] = item[f"{topic}__name"]
        entry["keywords"].update(v for k, v in item.items() if k.endswith("__name") and v)
    for pk, entry in merged.items():
        row = entry["row"]
        yield CatalogEntry(
            page_id=pk,
            title=row["title"],
            slug=row["slug"],
            url_path=row["url_path"],
            summary=row[model.search_summary_field] or "",
            model=model,
            kind=model._meta.model_name,
            topics=tuple(entry["topics"].items()),
            date=row.get(date) if date else None,
            language=row["alias_of__locale__language_code"] or row["locale__language_code"],
            source_id=row["alias_of_id"],
            title_words=frozenset(words(row["title"])),
            keyword_words=frozenset(words(" ".join(entry["keywords"]))),
            summary_words=frozenset(words(row[model.search_summary_field] or "")),
        )


class Catalog:
    def __init__(self, entries, synonyms):
        self.by_id = {}
        self.synonyms = []  # phrase groups, each a list of folded phrases
        self.vocabulary = Counter()  # folded word -> number of pages (or synonym groups) using it
        self.speller = Speller(self.vocabulary)
        self.title_index = {}  # folded title word -> ids of the pages whose title has it
        self.aliases_by_source = {}  # id of a page aliased here -> ids of its aliases
        self._urls = {}  # page id -> its address, worked out when first shown
        self._parent_urls = {}  # url_path of a parent -> its address (see url)
        self._sorted_title_words = None  # for prefix lookups; rebuilt after a change
        for entry in entries:
            self._add(entry)
        self.replace_synonyms(synonyms)

    @property
    def entries(self):
        return self.by_id.values()

    @classmethod
    def build(cls, pages):
        return cls(load_entries(pages), load_synonyms())

    def replace_pages(self, page_ids, entries):
        """The catalogue's copy of these pages becomes `entries` (those still findable)."""
        for page_id in page_ids:
            if page_id in self.by_id:
                self._remove(self.by_id[page_id])
        for entry in entries:
            self._add(entry)
        self.speller.vocabulary_changed()

    def replace_synonyms(self, synonyms):
        self._count_words(synonym_words(self.synonyms), -1)
        self.synonyms = synonyms
        self._count_words(synonym_words(synonyms), +1)
        self.speller.vocabulary_changed()

    def found(self, page_ids):
        """Entries of the pages the engine found, in order; a source found stands for its aliases."""
        entries = {}
        for page_id in page_ids:
            for found_id in (page_id, *self.aliases_by_source.get(page_id, ())):
                if found_id in self.by_id:
                    entries.setdefault(found_id, self.by_id[found_id])
        return list(entries.values())

    def url(self, entry, request):
        """The page's address for a visitor of the catalogue's site, worked out once.

        A catalogue serves one site, so the address is the same for all its visitors; it is
        forgotten with the entry when the page changes, or a parent's slug does (a change is
        recorded for every page under it: search/signals.py, and its url_path changes).

        Wagtail's address of a page is its parent's followed by its slug. Wagtail is asked for
        the parent's (80 µs: a Page object and a reverse) once for all its children, such as an
        index's 2,000 guides, instead of once for each of them in every worker; and for the
        page's own where the parent has none (a site's root page).
        """
        if entry.page_id not in self._urls:
            parent_path, slug = entry.url_path[:-1].rsplit("/", 1)
            parent_url = self._parent_url(f"{parent_path}/", request)
            self._urls[entry.page_id] = (
                f"{parent_url}{quote(slug)}/"
                if parent_url
                else Page(url_path=entry.url_path).get_url(request)
            )
        return self._urls[entry.page_id]

    def _parent_url(self, url_path, request):
        if url_path not in self._parent_urls:
            self._parent_urls[url_path] = Page(url_path=url_path).get_url(request)
        return self._parent_urls[url_path]

    def titled(self, words, prefix=""):
        """Entries whose title has every one of `words` and a word starting with `prefix`.

        Through an index of title words: suggestions run on every keystroke, and scanning
        thousands of titles each time would cost more than the rest of the request.
        """
        matching = None
        for word in words:
            ids = self.title_index.get(word, set())
            matching = ids if matching is None else matching & ids
        if prefix:
            ids = set().union(*(self.title_index[word] for word in self._title_words_starting(prefix)))
            matching = ids if matching is None else matching & ids
        return list(self.entries) if matching is None else [self.by_id[page_id] for page_id in matching]

    def _title_words_starting(self, prefix):
        if self._sorted_title_words is None:
            self._sorted_title_words = sorted(self.title_index)
        start = bisect.bisect_left(self._sorted_title_words, prefix)
        for word in self._sorted_title_words[start:]:
            if not word.startswith(prefix):
                break
            yield word

    def _add(self, entry):
        if entry.page_id in self.by_id:
            self._remove(self.by_id[entry.page_id])
        self.by_id[entry.page_id] = entry
        self._count_words(entry.words, +1)
        for word in entry.title_words:
            self.title_index.setdefault(word, set()).add(entry.page_id)
        if entry.source_id:
            self.aliases_by_source.setdefault(entry.source_id, set()).add(entry.page_id)
        self._sorted_title_words = None

    def _remove(self, entry):
        del self.by_id[entry.page_id]
        self._urls.pop(entry.page_id, None)
        self._count_words(entry.words, -1)
        for word in entry.title_words:
            self.title_index[word].discard(entry.page_id)
            if not self.title_index[word]:
                del self.title_index[word]
        if entry.source_id:
            self.aliases_by_source[entry.source_id].discard(entry.page_id)
            if not self.aliases_by_source[entry.source_id]:
                del self.aliases_by_source[entry.source_id]
        self._sorted_title_words = None

    def _count_words(self, words, step):
        for word in words:
            self.vocabulary[word] += step
            if self.vocabulary[word] <= 0:
                del self.vocabulary[word]
                self.speller.forget(word)
            elif step > 0 and self.vocabulary[word] == step:
                self.speller.learn(word)


def synonym_words(groups):
    return [word for group in groups for word in {word for phrase in group for word in phrase.split()}]


def load_entries(pages):
    return [entry for model in searchable_page_models() for entry in _entries_of(model, pages)]


def load_synonyms():
    return [group.phrases() for group in Synonym.objects.all()]


# Changes are read by time, a little before the last read: a row is stamped when it is written
# but becomes visible when its transaction commits. Longer transactions (a bulk import) write
# their change again once committed (search.bulk).
LATE_COMMIT = datetime.timedelta(seconds=120)
KEEP_CHANGES = datetime.timedelta(days=1)  # a process idle for longer rebuilds from scratch
MAX_PAGES_TO_RELOAD = 500  # beyond that (a bulk import), one full load is quicker
# Rows are read at least this often even when the generation stays: a change whose
# announcement was lost (Redis restarting at that moment) still arrives.
LOOK_AGAIN = datetime.timedelta(seconds=10)


@dataclass
class CachedCatalog:
    catalog: Catalog
    checked_at: datetime.datetime  # changes written before this were applied…
    applied: set  # …and so were these, written since (the LATE_COMMIT window)
    generation: str | None  # the page cache's generation when the changes were read


_cache = {}
_lock = threading.Lock()


_recording_paused = contextvars.ContextVar("catalog_recording_paused", default=False)


@contextlib.contextmanager
def one_change_for_all():
    """Inside, saves write no change rows: the caller records EVERYTHING once at the end.

    A bulk import saves thousands of pages; a row each would cost two queries per save and
    have every search re-read thousands of rows until they age out.
    """
    token = _recording_paused.set(True)
    try:
        yield
    finally:
        _recording_paused.reset(token)


def record(subject, page_ids=()):
    """Write down a change every process's catalogue must pick up; forget old ones.

    Once the rows are committed, a new page cache generation announces them (get_catalog).
    """
    if _recording_paused.get():
        return
    rows = [CatalogChange(subject=subject, page_id=page_id) for page_id in page_ids]
    CatalogChange.objects.bulk_create(rows or [CatalogChange(subject=subject)])
    CatalogChange.objects.filter(created_at__lt=timezone.now() - KEEP_CHANGES).delete()
    transaction.on_commit(bump_generation)


def record_pages(page_ids):
    record(CatalogChange.PAGE, list(page_ids))


def get_catalog(pages, key):
    """The catalogue of what a visitor may see, cached under `key`.

    `pages` returns that queryset when called: only a load or a change needs it, and building
    it costs a query that suggestions, sent on every keystroke, need not pay.
    """
    with _lock:
        now = timezone.now()
        generation = followed_generation()  # before reading: a change made meanwhile moves it
        cached = _cache.get(key)
        if cached is None or now - cached.checked_at > KEEP_CHANGES:
            # What was written before the load is in it: remember it as applied.
            recent = recent_changes(now - LATE_COMMIT)
            cached = _cache[key] = CachedCatalog(
                Catalog.build(pages()), now, {change[0] for change in recent}, generation
            )
        elif generation is None or generation != cached.generation or now - cached.checked_at > LOOK_AGAIN:
            apply_changes(cached, pages, now)
            cached.generation = generation
        return cached.catalog


def recent_changes(since):
    """(pk, subject, page_id, created_at) of every change written since `since`."""
    rows = CatalogChange.objects.filter(created_at__gte=since)
    return list(rows.values_list("pk", "subject", "page_id", "created_at"))


def apply_changes(cached, pages, now):
    changes = recent_changes(cached.checked_at - LATE_COMMIT)
    new = [change for change in changes if change[0] not in cached.applied]
    if new:
        update(cached.catalog, new, pages)
    cached.applied = {change[0] for change in changes if change[3] >= now - LATE_COMMIT}
    cached.checked_at = now


def update(catalog, changes, pages):
    pages = pages()
    subjects = {subject for _pk, subject, _page_id, _at in changes}
    page_ids = {page_id for _pk, subject, page_id, _at in changes if subject == CatalogChange.PAGE}
    if CatalogChange.EVERYTHING in subjects or len(page_ids) > MAX_PAGES_TO_RELOAD:
        page_ids = set(catalog.by_id) | set(pages.values_list("pk", flat=True))
    if page_ids:
        catalog.replace_pages(page_ids, load_entries(pages.filter(pk__in=page_ids)))
    if CatalogChange.SYNONYMS in subjects:
        catalog.replace_synonyms(load_synonyms())


def clear_cache():
    _cache.clear()
