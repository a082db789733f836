"""Search fields whose indexed text is folded, so every engine matches tone-free queries.

Folding happens here, in Python, rather than in each engine's analyser: SQLite's FTS5 keeps
"đ" and letters with two marks, and the same folding on every engine gives the same results.
"""

import contextlib
import contextvars

from wagtail.models import Page
from wagtail.search import index

from .text import fold_vietnamese

# (model, primary key, field name) -> folded text, inside `values_computed_once()` only.
_computed = contextvars.ContextVar("search_folded_values", default=None)


@contextlib.contextmanager
def values_computed_once():
    """Inside the block, an object's folded field is computed once however often it is read.

    A database backend reads every field of an object several times while indexing it (for the
    title, the body, autocomplete, then as plain text: five times on PostgreSQL), and with
    OpenSearch each object is indexed by two backends; a StreamField's text is slow to extract
    and fold. Values are remembered by primary key: the block is for indexing objects as
    they are in the database (a rebuild, a bulk import's end), never around edits.
    """
    token = _computed.set({})
    try:
        yield
    finally:
        _computed.reset(token)


def _flatten(value):
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return " ".join(_flatten(item) for item in value)
    if isinstance(value, dict):
        return " ".join(_flatten(item) for item in value.values())
    return str(value)


class _Folded:
    """The field's text (a StreamField's blocks, a list…) as one folded string."""

    def get_value(self, obj):
        computed = _computed.get()
        if computed is None or obj.pk is None:
            return self._folded(obj)
        # The search and the autocomplete field of a name hold the same text: one key.
        key = (type(obj), obj.pk, self.field_name)
        if key not in computed:
            computed[key] = self._folded(obj)
        return computed[key]

    def _folded(self, obj):
        return fold_vietnamese(_flatten(super().get_value(obj)))


class FoldedSearchField(_Folded, index.SearchField):
    pass


class FoldedAutocompleteField(_Folded, index.AutocompleteField):
    pass


def folded_page_fields(*fields):
    """Wagtail's page search fields, plus a folded title and the given fields, folded.

    `fields` are (name, boost) pairs, or index.RelatedFields / FilterFields used as they are.
    The folded title is declared under the name "title" so that every backend ranks it as
    the title (SQLite's FTS5 index, for one, has a title column only for that name).
    """
    searchable = [FoldedSearchField("title", boost=5), FoldedAutocompleteField("title")]
    for field in fields:
        if isinstance(field, tuple):
            name, boost = field
            searchable.append(FoldedSearchField(name, boost=boost))
        else:
            searchable.append(field)
    return Page.search_fields + searchable
