"""The languages translated into, and Vietnamese text compared the way a reader sees it."""

import unicodedata

from django.conf import settings


def target_languages():
    """(code, name) of every configured language except the source one, in settings order."""
    return [
        (language["code"], language["name_local"])
        for language in settings.SITE_LANGUAGES
        if language["code"] != settings.LANGUAGE_CODE
    ]


def language_name(code):
    return dict(target_languages()).get(code) or next(
        (language["name_local"] for language in settings.SITE_LANGUAGES if language["code"] == code), code
    )


def language_rank(code):
    """Position of a language in settings (unknown codes last), for ordering."""
    codes = [language["code"] for language in settings.SITE_LANGUAGES]
    return codes.index(code) if code in codes else len(codes)


def fold(text):
    """Lower case without tone or vowel marks, "đ" as "d": "Mật khẩu" and "mat khau" match."""
    decomposed = unicodedata.normalize("NFD", (text or "").lower())
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return " ".join(unicodedata.normalize("NFC", stripped).replace("đ", "d").split())
