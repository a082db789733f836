import functools
import re
import unicodedata
from html import escape  # what django.utils.html.escape calls, without its wrapping per call

from django import template
from django.utils.safestring import mark_safe

from search.text import fold_vietnamese, words

register = template.Library()


@functools.lru_cache(maxsize=256)
def _query_pattern(query):
    """A pattern finding the query's folded words as whole words, or None without words."""
    wanted = sorted(set(words(query)), key=len, reverse=True)
    if not wanted:
        return None
    alternatives = "|".join(map(re.escape, wanted))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


@register.filter
def highlight(text, query):
    """Escape `text` and wrap in <mark> each word that matches a query word, tone marks or not.

    The words are looked for in the folded text: folding NFC text changes letters one for one,
    so a match there marks the same characters of the original. Text with a mark that has no
    composed letter ("q̃"), whose folding is shorter, is shown without marks.
    """
    text = unicodedata.normalize("NFC", str(text))
    pattern = _query_pattern(query or "")
    folded = fold_vietnamese(text)
    if pattern is None or len(folded) != len(text):
        return escape(text)
    parts, end = [], 0
    for match in pattern.finditer(folded):
        start, stop = match.span()
        parts += [escape(text[end:start]), "<mark>", escape(text[start:stop]), "</mark>"]
        end = stop
    parts.append(escape(text[end:]))
    return mark_safe("".join(parts))
