from django.apps import AppConfig
from django.core import checks


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Tìm kiếm"

    def ready(self):
        from . import signals, stats  # noqa: F401 (stats: what a kept search page still does)

        signals.connect()
        checks.register(check_rate_limit_setting)


def check_rate_limit_setting(app_configs, **kwargs):
    from django.conf import settings
    from django.core.exceptions import ImproperlyConfigured

    from .ratelimit import parse_rate

    try:
        parse_rate(settings.SEARCH_RATE_LIMIT)
    except ImproperlyConfigured as error:
        return [checks.Error(str(error), id="search.E001")]
    return []
