import re
from html import escape  # what django.utils.html.escape calls, without its wrapping per call

from django import template
from django.utils.safestring import mark_safe

from search.text import fold_vietnamese, words

register = template.Library()
_WORD = re.compile(r"(\w+)", re.UNICODE)


@register.filter
def highlight(text, query):
    """Escape `text` and wrap in <mark> each word that matches a query word, tone marks or not."""
    wanted = set(words(query or ""))
    if not wanted:
        return escape(text)
    parts = _WORD.split(text)
    for index in range(1, len(parts), 2):
        word = parts[index]
        parts[index] = f"<mark>{escape(word)}</mark>" if fold_vietnamese(word) in wanted else escape(word)
    for index in range(0, len(parts), 2):
        parts[index] = escape(parts[index])
    return mark_safe("".join(parts))


@register.filter
def get_item(mapping, key):
    return mapping.get(key, "")
