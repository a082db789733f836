"""The demo kiosk (slug "demo"), for load_demo_content: idempotent, changes nothing it finds."""

from campaigns.models import Commune
from guides.models import GuidePage
from news.models import NewsPage

from .models import Kiosk, KioskFeaturedPage


def load_demo(locale):
    kiosk, created = Kiosk.objects.get_or_create(
        slug="demo",
        defaults={
            "name": "Kiosk trình diễn",
            "place": "Thư viện tỉnh Đắk Lắk (mẫu)",
            "language": "vi",
            # its commune's classes and teams show on the start screen (a sample commune of the demo)
            "commune": Commune.objects.filter(is_sample=True).order_by("name").first(),
        },
    )
    if created or not kiosk.featured_pages.exists():
        guides = list(GuidePage.objects.live().filter(locale=locale).order_by("path")[:5])
        news = list(NewsPage.objects.live().filter(locale=locale).order_by("-date")[:1])
        for number, page in enumerate(guides + news):
            KioskFeaturedPage.objects.create(kiosk=kiosk, page=page, sort_order=number)
    return kiosk
