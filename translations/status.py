"""Where each published Vietnamese page stands in every other language.

For each published Vietnamese content page (the types that name a `search_summary_field`:
guides, courses, lessons, videos, news) and each other locale, one of:

* MISSING — no page in that locale, or only the alias wagtail-localize keeps of the Vietnamese
  page (core/locales.py): readers see Vietnamese there.
* OUTDATED — a translation exists but the Vietnamese page changed after it was last synced.
* CURRENT — a translation exists and nothing changed in Vietnamese since it was last synced.

"Last synced" is wagtail-localize's: a TranslationSource holds the Vietnamese content as it was
extracted for translation (`content_json`, `last_updated_at`); "Sync translated pages"
(UpdateTranslationsView → TranslationSource.update_from_db) extracts it again. A page published
after that moment is compared field by field with what was extracted, over the fields
wagtail-localize translates or synchronises (get_translatable_fields) — the same comparison
as TranslationSource.update_or_create_from_instance, without the bookkeeping fields (revision
ids, publication dates) that change on every publish, so republishing unchanged text does not
mark translations out of date.

A translation made outside wagtail-localize's synced mode (no enabled Translation) cannot be
compared that way: it is out of date when the Vietnamese page was published after it.

Progress (translated segments / segments) is wagtail-localize's Translation.get_progress,
computed for all translations in one query per language.
"""

import json
from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Count, Exists, OuterRef
from django.utils.functional import cached_property
from django.utils.text import capfirst
from wagtail.models import Locale, Page
from wagtail_localize.fields import get_translatable_fields
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from search.catalog import searchable_page_models

from .languages import fold, language_rank

CURRENT = "current"
OUTDATED = "outdated"
MISSING = "missing"
STATUSES = (OUTDATED, MISSING, CURRENT)  # the order of the report's tables

# Keys of a child object's JSON that say nothing about its content.
_CHILD_BOOKKEEPING = {"pk", "id"}


def target_locales():
    """Every locale but the default (Vietnamese) one, in settings order."""
    locales = Locale.objects.exclude(pk=Locale.get_default().pk)
    return sorted(locales, key=lambda locale: (language_rank(locale.language_code), locale.language_code))


@dataclass
class LanguageState:
    """One Vietnamese page in one other language."""

    locale: Locale
    status: str
    page_id: int | None = None  # the translated page (None when missing)
    alias_id: int | None = None  # the alias shown instead, when missing
    live: bool = False
    translation_id: int | None = None  # wagtail-localize's enabled Translation, if any
    segments: int | None = None
    translated_segments: int | None = None
    published_at: datetime | None = None  # when the translated page was last published

    @property
    def synced(self):
        """Maintained through wagtail-localize's synced translation (so it can be synced)."""
        return self.translation_id is not None

    @property
    def complete(self):
        return self.segments is None or self.translated_segments >= self.segments


@dataclass
class SourceRow:
    """A published Vietnamese page and its state in every other language."""

    page: Page
    model: type
    source: TranslationSource | None
    languages: dict = field(default_factory=dict)  # locale_id → LanguageState

    @property
    def kind(self):
        return capfirst(self.model._meta.verbose_name)

    @property
    def is_guide(self):
        return self.model._meta.label_lower == "guides.guidepage"

    @property
    def synced_at(self):
        return self.source.last_updated_at if self.source else None

    def in_status(self, status, locale_ids=None):
        return [
            state
            for locale_id, state in self.languages.items()
            if state.status == status and (locale_ids is None or locale_id in locale_ids)
        ]


def sort_key(row):
    # Guides first — citizens come for them — then every page by title. Issue 3 asks for the
    # most-viewed guides first "once view counts exist": there are no view counts yet. When
    # there are, put the guide's views (descending) between these two keys.
    return (not row.is_guide, fold(row.page.title), row.page.title, row.page.pk)


def source_changed(page, source, stored_json):
    """True if `page` (live, specific) differs from what `source` extracted, over the fields
    wagtail-localize translates or synchronises."""
    stored = json.loads(stored_json)
    current = json.loads(page.to_json())
    for translatable_field in get_translatable_fields(type(page)):
        name = translatable_field.field_name
        if _normalised(stored.get(name)) != _normalised(current.get(name)):
            return True
    return False


def _normalised(value):
    """Child relations compared without their database ids; StreamFields as parsed JSON."""
    if isinstance(value, str) and value[:1] in "[{":
        try:
            value = json.loads(value)
        except ValueError:
            return value
    if isinstance(value, list):
        return [_normalised(item) for item in value]
    if isinstance(value, dict):
        return {key: _normalised(item) for key, item in value.items() if key not in _CHILD_BOOKKEEPING}
    return value


class TranslationStatus:
    """The status of every published Vietnamese content page in every other locale."""

    def __init__(self, locales=None):
        self.source_locale = Locale.get_default()
        self.locales = list(locales) if locales is not None else target_locales()

    @cached_property
    def rows(self):
        models = searchable_page_models()
        if not models or not self.locales:
            return []
        pages = list(
            Page.objects.type(*models)
            .filter(locale=self.source_locale, live=True, alias_of__isnull=True)
            .select_related("content_type")
            .only("pk", "title", "translation_key", "last_published_at", "content_type", "locale_id")
        )
        if not pages:
            return []
        keys = [page.translation_key for page in pages]
        sources = {
            source.object_id: source
            for source in TranslationSource.objects.filter(
                object_id__in=keys, locale=self.source_locale
            ).defer("content_json")
        }
        locale_ids = [locale.pk for locale in self.locales]
        counterparts = {
            (other["translation_key"], other["locale_id"]): other
            for other in Page.objects.filter(translation_key__in=keys, locale_id__in=locale_ids).values(
                "pk", "translation_key", "locale_id", "alias_of_id", "live", "last_published_at"
            )
        }
        translations = {
            (translation["source_id"], translation["target_locale_id"]): translation["pk"]
            for translation in Translation.objects.filter(
                source__in=sources.values(), target_locale_id__in=locale_ids, enabled=True
            ).values("pk", "source_id", "target_locale_id")
        }
        changed = self._changed_sources(pages, sources)

        rows = []
        for page in pages:
            source = sources.get(page.translation_key)
            row = SourceRow(page=page, model=page.content_type.model_class() or Page, source=source)
            for locale in self.locales:
                other = counterparts.get((page.translation_key, locale.pk))
                if other is None or other["alias_of_id"]:
                    row.languages[locale.pk] = LanguageState(
                        locale=locale, status=MISSING, alias_id=other["pk"] if other else None
                    )
                    continue
                translation_id = translations.get((source.pk, locale.pk)) if source else None
                if translation_id:
                    outdated = page.pk in changed
                else:
                    outdated = bool(
                        page.last_published_at
                        and other["last_published_at"]
                        and page.last_published_at > other["last_published_at"]
                    )
                row.languages[locale.pk] = LanguageState(
                    locale=locale,
                    status=OUTDATED if outdated else CURRENT,
                    page_id=other["pk"],
                    live=other["live"],
                    translation_id=translation_id,
                    published_at=other["last_published_at"],
                )
            rows.append(row)
        self._add_progress(rows)
        rows.sort(key=sort_key)
        return rows

    def _changed_sources(self, pages, sources):
        """Ids of the pages whose Vietnamese content changed since their TranslationSource was
        last extracted. Only pages published after that moment are loaded and compared."""
        candidates = {
            page.pk: sources[page.translation_key]
            for page in pages
            if page.translation_key in sources
            and (
                page.last_published_at is None
                or page.last_published_at > sources[page.translation_key].last_updated_at
            )
        }
        if not candidates:
            return set()
        stored = dict(
            TranslationSource.objects.filter(
                pk__in=[source.pk for source in candidates.values()]
            ).values_list("pk", "content_json")
        )
        changed = set()
        for page in Page.objects.filter(pk__in=candidates).specific():
            source = candidates[page.pk]
            if source_changed(page, source, stored[source.pk]):
                changed.add(page.pk)
        return changed

    def _add_progress(self, rows):
        """Segments and translated segments of each synced translation, as wagtail-localize's
        Translation.get_progress counts them (one query for the totals, one per language)."""
        states = [state for row in rows for state in row.languages.values() if state.synced]
        if not states:
            return
        source_ids = {row.source.pk for row in rows if row.source}
        totals = dict(
            StringSegment.objects.filter(source_id__in=source_ids)
            .values("source_id")
            .annotate(count=Count("pk"))
            .values_list("source_id", "count")
        )
        done = {}
        for locale in self.locales:
            translated = (
                StringSegment.objects.filter(source_id__in=source_ids)
                .annotate(
                    is_translated=Exists(
                        StringTranslation.objects.filter(
                            translation_of_id=OuterRef("string_id"),
                            context_id=OuterRef("context_id"),
                            locale_id=locale.pk,
                            has_error=False,
                        )
                    )
                )
                .filter(is_translated=True)
                .values("source_id")
                .annotate(count=Count("pk"))
                .values_list("source_id", "count")
            )
            for source_id, count in translated:
                done[(source_id, locale.pk)] = count
        for row in rows:
            for state in row.languages.values():
                if state.synced:
                    state.segments = totals.get(row.source.pk, 0)
                    state.translated_segments = done.get((row.source.pk, state.locale.pk), 0)

    def counts(self):
        """Per locale: {status: number of pages}, and the number of incomplete translations."""
        result = []
        for locale in self.locales:
            states = [row.languages[locale.pk] for row in self.rows]
            counts = {status: sum(1 for state in states if state.status == status) for status in STATUSES}
            counts["incomplete"] = sum(
                1 for state in states if state.status == CURRENT and not state.complete
            )
            result.append({"locale": locale, "total": len(states), **counts})
        return result
