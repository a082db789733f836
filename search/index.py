"""Search fields whose indexed text is folded, so every engine matches tone-free queries.

Folding happens here, in Python, rather than in each engine's analyser: SQLite's FTS5 keeps
"đ" and letters with two marks, and the same folding on every engine gives the same results.
"""

from wagtail.models import Page
from wagtail.search import index

from .text import fold_vietnamese


def _flatten(value):
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return " ".join(_flatten(item) for item in value)
    if isinstance(value, dict):
        return " ".join(_flatten(item) for item in value.values())
    return str(value)


class FoldedSearchField(index.SearchField):
    def get_value(self, obj):
        return fold_vietnamese(_flatten(super().get_value(obj)))


class FoldedAutocompleteField(index.AutocompleteField):
    def get_value(self, obj):
        return fold_vietnamese(_flatten(super().get_value(obj)))


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
