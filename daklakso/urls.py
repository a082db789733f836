from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from core import admin_guards
from core import views as core_views
from core.private_images import serve_private_image
from kiosks import views as kiosk_views
from search import views as search_views

urlpatterns = [
    path("api/search/", search_views.search_api, name="search_api"),
    path("api/search/suggest/", search_views.suggest_api, name="search_suggest"),
    path("api/search/health/", search_views.health, name="search_health"),
    path("thuat-ngu/", include("translations.urls")),  # the term base, for translators offline
    # Before Wagtail's admin: its views that lack a permission check (core/admin_guards.py).
    path("admin/pages/<int:page_to_move_id>/move/<int:destination_id>/confirm/", admin_guards.move_confirm),
    path("admin/pages/workflow/preview/<int:page_id>/<int:task_id>/", admin_guards.workflow_preview),
    path("admin/reports/page-types-usage/", admin_guards.page_types_usage),
    path("admin/reports/page-types-usage/results/", admin_guards.page_types_usage_results),
    path("admin/media/chooser/", admin_guards.media_chooser_view),
    re_path(r"^admin/media/chooser/(?P<media_type>audio|video)/$", admin_guards.media_chooser_view),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # Images of private collections, checked like documents (core/private_images.py).
    path("anh-rieng/<int:image_id>/<str:filter_spec>/", serve_private_image, name="private_image"),
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
    path("ho-tro/", kiosk_views.helper_start, name="helper_start"),  # helper mode: assisted sessions
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
