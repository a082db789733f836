"""Teach Django about languages its CLDR data does not have (Ê Đê, J'rai, M'Nông…).

Django looks up a language's names and text direction in django.conf.locale.LANG_INFO (for
`{% get_language_info %}`, the admin and wagtail-localize); languages missing there are added
from settings.SITE_LANGUAGES. Imported by the settings, so it must not import Django models.
"""

from django.conf.locale import LANG_INFO


def register_languages(languages):
    for language in languages:
        LANG_INFO.setdefault(
            language["code"],
            {
                "bidi": language.get("bidi", False),
                "code": language["code"],
                "name": language["name"],
                "name_local": language["name_local"],
            },
        )
