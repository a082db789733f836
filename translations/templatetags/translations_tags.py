"""The term base next to wagtail-localize's translation editor."""

import re
import unicodedata

from django import template
from django.urls import reverse
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail_localize.models import StringSegment

from translations.models import Term
from translations.views import editor_term_base_url

register = template.Library()

MAX_TERMS_SHOWN = 30


def _comparable(text):
    return unicodedata.normalize("NFC", text or "").lower()


def terms_in_source(source, language_code):
    """The terms of the term base found in a TranslationSource's text, each with its
    translation into `language_code` (None when there is none yet)."""
    text = _comparable(
        "\n".join(StringSegment.objects.filter(source=source).values_list("string__data", flat=True))
    )
    if not text:
        return []
    found = []
    for term in Term.objects.prefetch_related("translations"):
        pattern = r"(?<!\w)" + re.escape(_comparable(term.term)) + r"(?!\w)"
        if re.search(pattern, text):
            found.append({"term": term, "translation": term.translations_by_language().get(language_code)})
            if len(found) == MAX_TERMS_SHOWN:
                break
    return found


@register.inclusion_tag("translations/admin/editor_term_base.html", takes_context=True)
def term_base_link(context):
    """The "Tra thuật ngữ" link (and the terms this page uses) for the translation editor.

    Rendered in a <template> that Wagtail's w-teleport controller moves into the editor's
    "source → target language" bar; shown to users who may see the term base.
    """
    request = context.get("request")
    translation = context.get("translation")
    target_locale = context.get("target_locale")
    user = getattr(request, "user", None)
    if not (user and translation and target_locale):
        return {"shown": False}
    if not ModelPermissionPolicy(Term).user_has_any_permission(user, ["add", "change", "delete", "view"]):
        return {"shown": False}
    language_code = target_locale.language_code
    can_edit = user.has_perm("translations.change_term")
    found = terms_in_source(translation.source, language_code)
    for item in found:
        if can_edit:
            item["url"] = reverse("wagtailsnippets_translations_term:edit", args=[item["term"].pk])
    return {
        "shown": True,
        "url": editor_term_base_url(language_code),
        "language_code": language_code,
        "found": found,
    }
