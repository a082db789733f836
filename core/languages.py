"""The content languages configured in settings, for choice fields and validation."""

from django.conf import settings


def content_language_choices():
    return list(settings.WAGTAIL_CONTENT_LANGUAGES)


def is_content_language(code):
    return any(code == known for known, _name in settings.WAGTAIL_CONTENT_LANGUAGES)
