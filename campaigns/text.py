"""Vietnamese text helpers: accent-insensitive matching, ASCII slugs, numbers as people write them."""

import unicodedata

from django.utils.text import slugify


def fold(text):
    """Lower case without diacritics ("Buôn Đôn" → "buon don"), for matching what people type."""
    decomposed = unicodedata.normalize("NFD", str(text or "").replace("đ", "d").replace("Đ", "D"))
    return "".join(char for char in decomposed if unicodedata.category(char) != "Mn").lower().strip()


def slug_for(text):
    """An ASCII slug: "Xã Ea Súp" → "xa-ea-sup"."""
    return slugify(fold(text))


def format_number(value):
    """12345 → "12.345", the Vietnamese way (also used by the CSV-free parts of the page)."""
    if value is None:
        return ""
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"{int(value):,}".replace(",", ".")
