"""An in-memory catalogue of what a visitor can find: titles, keywords and their words.

It serves suggestions and spelling help without a round trip to the engine, the same on
every engine. It is rebuilt when the content changes (a cheap fingerprint query per search
tells), and holds only published, public pages of one site in one language.
"""

import threading
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from django.db.models import Count, Max, Sum
from wagtail.models import PageViewRestriction, get_page_models

from .models import Synonym
from .spelling import Speller
from .text import words


def searchable_page_models():
    """Page types that are content a citizen searches for (they name a summary field)."""
    return [model for model in get_page_models() if getattr(model, "search_summary_field", None)]


@dataclass(frozen=True)
class CatalogEntry:
    page_id: int
    title: str
    summary: str
    model: type
    topics: tuple  # ((slug, name), …)
    date: object  # publication date for news, else None
    language: str  # of the content: an untranslated alias shows its Vietnamese source
    title_words: tuple
    keyword_words: frozenset
    summary_words: frozenset

    @property
    def kind(self):
        return self.model._meta.model_name

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
        model.search_summary_field,
        "locale__language_code",
        "alias_of__locale__language_code",
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
            summary=row[model.search_summary_field] or "",
            model=model,
            topics=tuple(entry["topics"].items()),
            date=row.get(date) if date else None,
            language=row["alias_of__locale__language_code"] or row["locale__language_code"],
            title_words=tuple(words(row["title"])),
            keyword_words=frozenset(words(" ".join(entry["keywords"]))),
            summary_words=frozenset(words(row[model.search_summary_field] or "")),
        )


class Catalog:
    def __init__(self, entries, synonyms):
        self.entries = entries
        self.synonyms = synonyms  # phrase groups, each a list of folded phrases
        self.by_id = {entry.page_id: entry for entry in entries}
        self.vocabulary = Counter()  # folded word -> number of pages (or synonym groups) using it
        for entry in entries:
            self.vocabulary.update(set(entry.title_words) | entry.summary_words | entry.keyword_words)
        for group in synonyms:
            self.vocabulary.update({word for phrase in group for word in phrase.split()})

    @cached_property
    def speller(self):
        return Speller(self.vocabulary)

    @classmethod
    def build(cls, pages):
        entries = [entry for model in searchable_page_models() for entry in _entries_of(model, pages)]
        return cls(entries, [group.phrases() for group in Synonym.objects.all()])


_cache = {}
_lock = threading.Lock()


def fingerprint(pages):
    """Changes whenever a page is published, unpublished, moved or restricted, or synonyms change."""
    page_state = pages.aggregate(
        count=Count("pk"), ids=Sum("pk"), published=Max("last_published_at"), path=Max("path")
    )
    synonym_state = Synonym.objects.aggregate(count=Count("pk"), updated=Max("updated_at"))
    restrictions = PageViewRestriction.objects.aggregate(count=Count("pk"), last=Max("pk"))
    return (tuple(page_state.values()), tuple(synonym_state.values()), tuple(restrictions.values()))


def get_catalog(pages, key):
    """The catalogue of `pages` (a queryset of what the visitor may see), cached under `key`."""
    current = fingerprint(pages)
    cached = _cache.get(key)
    if cached and cached[0] == current:
        return cached[1]
    with _lock:
        catalog = Catalog.build(pages)
        _cache[key] = (current, catalog)
    return catalog


def clear_cache():
    _cache.clear()
