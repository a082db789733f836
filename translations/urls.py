"""Public, read-only downloads of the term base, for translators working offline.

Include outside i18n_patterns in daklakso/urls.py:
    path("thuat-ngu/", include("translations.urls")),
giving /thuat-ngu/thuat-ngu.csv and /thuat-ngu/thuat-ngu.json.
"""

from django.urls import path

from .views import term_base_download

urlpatterns = [
    path("thuat-ngu.<str:file_format>", term_base_download, name="term_base_download"),
]
