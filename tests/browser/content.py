"""A small site for the browser tests: one page of every public type and a kiosk in a commune
with an upcoming class and a community digital team."""

from wagtail.models import Page

from kiosks.models import Kiosk, KioskFeaturedPage
from tests.factories import (
    CommuneFactory,
    CourseIndexPageFactory,
    CoursePageFactory,
    DigitalClassFactory,
    DigitalTeamFactory,
    GuideIndexPageFactory,
    GuidePageFactory,
    LessonPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    VideoGuidePageFactory,
    VideoIndexPageFactory,
)

PORTAL = "https://dichvucong.gov.vn/p/home/dvc-trang-chu.html"


def build(idle_timeout=5):
    from home.models import HomePage

    home = HomePage.objects.get(depth=2)
    guides = GuideIndexPageFactory(parent=home, show_in_menus=True)
    birth = GuidePageFactory(
        parent=guides, title="Đăng ký khai sinh trực tuyến", slug="khai-sinh", online_service_url=PORTAL
    )
    card = GuidePageFactory(parent=guides, title="Cấp đổi thẻ căn cước", slug="can-cuoc")
    courses = CourseIndexPageFactory(parent=home, show_in_menus=True)
    course = CoursePageFactory(parent=courses, slug="dien-thoai")
    lesson = LessonPageFactory(parent=course, title="Bảo vệ mã OTP", slug="ma-otp")
    videos = VideoIndexPageFactory(parent=home, show_in_menus=True)
    video = VideoGuidePageFactory(parent=videos, title="Video kích hoạt VNeID", slug="vneid")
    news_index = NewsIndexPageFactory(parent=home, show_in_menus=True)
    news = NewsPageFactory(parent=news_index, title="Xã Ea Tu hoàn thành kích hoạt VNeID")
    commune = CommuneFactory(name="Ea Tu")
    DigitalClassFactory(commune=commune, title="Lớp cài VNeID", guide=birth)
    DigitalTeamFactory(commune=commune, name="Tổ công nghệ số buôn Ea Tu")
    kiosk = Kiosk.objects.create(
        name="Kiosk thử", slug="thu", place="Thư viện xã", commune=commune, idle_timeout=idle_timeout
    )
    for number, item in enumerate([birth, card, news]):
        KioskFeaturedPage.objects.create(kiosk=kiosk, page=item, sort_order=number)
    return {
        "home": Page.objects.get(pk=home.pk),
        "guide": birth,
        "other_guide": card,
        "lesson": lesson,
        "video": video,
        "news": news,
        "kiosk": kiosk,
        "commune": commune,
    }
