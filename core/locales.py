"""Every configured language gets a locale whose page tree mirrors the Vietnamese one.

wagtail-localize keeps an alias of each Vietnamese page in every other language until a
translator translates it, so a reader of Ê Đê is never stranded: the alias shows the
Vietnamese text (with a notice) at the Ê Đê address, and its links stay in Ê Đê.
"""

from django.conf import settings
from wagtail.models import Locale, Page
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import create_aliases_for_new_page


def ensure_site_locales():
    """Create the locales of settings.SITE_LANGUAGES, each synchronised from the source one."""
    source = Locale.get_default()
    created = []
    for language in settings.SITE_LANGUAGES:
        locale, is_new = Locale.objects.get_or_create(language_code=language["code"])
        if locale.pk != source.pk:
            LocaleSynchronization.objects.get_or_create(locale=locale, defaults={"sync_from": source})
        if is_new:
            created.append(language["code"])
    return created


def mirror_new_page(page):
    """Give a page created outside the admin (import, demo) its aliases in the other languages.

    The page is read again from the database: an instance that was just published through a
    revision does not know it is live, and its aliases must be.
    """
    create_aliases_for_new_page(Page.objects.get(pk=page.pk).specific)
