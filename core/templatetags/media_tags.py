"""Template filters for media: sizes and lengths a citizen reads before spending mobile data."""

from django import template
from django.template.defaultfilters import filesizeformat

register = template.Library()


@register.filter
def file_size(field_file):
    """The file's size for people ("1,2 MB"), or "" when the file is missing on disk."""
    try:
        return filesizeformat(field_file.size)
    except (OSError, ValueError, AttributeError):
        return ""


@register.filter
def duration(seconds):
    """Seconds as m:ss."""
    try:
        minutes, rest = divmod(round(float(seconds)), 60)
    except (TypeError, ValueError):
        return ""
    return f"{minutes}:{rest:02d}"
