from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    """Tools for the translation team: the translation status report and the term base."""

    name = "translations"
    verbose_name = _("Dịch thuật")
