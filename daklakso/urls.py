from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from core import views as core_views
from search import views as search_views

urlpatterns = [
    path("api/search/", search_views.search_api, name="search_api"),
    path("api/search/suggest/", search_views.suggest_api, name="search_suggest"),
    path("api/search/health/", search_views.health, name="search_health"),
    path("thuat-ngu/", include("translations.urls")),  # the term base, for translators offline
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap),
    path("", include("kiosks.root_urls")),  # /sw.js, /offline/, /qr.svg
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Vietnamese at the root, other languages under their code (/rad/…, /jra/…).
urlpatterns += i18n_patterns(
    path("search/", search_views.search_page, name="search"),
    path("chu-de/<slug:slug>/", core_views.topic_detail, name="topic_detail"),
    path("kiosk/", include("kiosks.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
