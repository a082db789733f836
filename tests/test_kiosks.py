"""Kiosks (kiosks app): the start screen, kiosk mode on other pages, heartbeat, QR codes,
the service worker and the offline page. What needs a real browser is in tests/browser/."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from kiosks.demo import load_demo
from kiosks.models import Kiosk, KioskFeaturedPage
from kiosks.qr import is_allowed

from .factories import CommuneFactory, GuidePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def kiosk(home):
    return Kiosk.objects.create(name="Thư viện xã Ea Tu", slug="ea-tu", place="Thư viện xã", idle_timeout=30)


def test_start_screen_is_touch_first_and_sets_kiosk_mode(client, kiosk, guide_index):
    guide = GuidePageFactory(parent=guide_index, title="Đăng ký khai sinh")
    KioskFeaturedPage.objects.create(kiosk=kiosk, page=guide, sort_order=0)
    response = client.get("/kiosk/ea-tu/")
    html = response.content.decode()
    assert response.status_code == 200
    assert response.cookies["dls_kiosk"].value == "ea-tu"
    assert 'data-kiosk="ea-tu"' in html and 'data-kiosk-idle="30"' in html
    assert "js/kiosk.js" in html
    assert 'id="kiosk-q"' in html and 'action="/search/"' in html
    for key in ["ă", "â", "đ", "ê", "ô", "ơ", "ư", "huyền", "sắc", "hỏi", "ngã", "nặng", "Dấu cách", "Xóa"]:
        assert f">{key}<" in html
    assert "Đăng ký khai sinh" in html  # the featured guide, as a tile and in the attract loop
    for name in ["Tiếng Việt", "Ê Đê", "J'rai", "M'Nông", "English"]:
        assert name in html.replace("&#x27;", "'")
    assert client.get("/kiosk/khong-co/").status_code == 404


def test_kiosk_mode_follows_the_visitor_to_other_pages(client, kiosk, guide_index):
    guide = GuidePageFactory(parent=guide_index)
    assert "data-kiosk" not in client.get(guide.url).content.decode()
    client.get("/kiosk/ea-tu/")
    html = client.get(guide.url).content.decode()
    assert 'data-kiosk="ea-tu"' in html and "js/kiosk.js" in html and "Về màn hình đầu" in html
    assert "Quét mã để mở trên điện thoại của bạn" in html


def test_a_start_page_without_featured_pages_shows_the_newest_guides(client, kiosk, guide_index):
    GuidePageFactory(parent=guide_index, title="Cấp đổi căn cước")
    assert "Cấp đổi căn cước" in client.get("/kiosk/ea-tu/").content.decode()


def test_heartbeat_needs_the_kiosks_token_and_shows_in_the_admin(client, admin_client, kiosk):
    url = reverse("kiosk_heartbeat", kwargs={"slug": "ea-tu"})
    assert client.post(url, {"token": "sai", "version": "x"}).status_code == 403
    assert client.get(url).status_code == 405
    listing = admin_client.get(reverse("wagtailsnippets_kiosks_kiosk:list")).content.decode()
    assert "Chưa báo về lần nào" in listing
    assert client.post(url, {"token": kiosk.token, "version": "0.1.0+abc"}).status_code == 200
    kiosk.refresh_from_db()
    assert kiosk.last_seen is not None and kiosk.last_version == "0.1.0+abc" and not kiosk.is_silent
    listing = admin_client.get(reverse("wagtailsnippets_kiosks_kiosk:list")).content.decode()
    assert "Hoạt động" in listing and "0.1.0+abc" in listing


def test_a_kiosk_silent_too_long_is_marked(kiosk, settings):
    from django.utils import timezone

    settings.KIOSK_SILENT_AFTER_SECONDS = 60
    kiosk.last_seen = timezone.now() - timezone.timedelta(minutes=5)
    assert kiosk.is_silent and "IM LẶNG" in str(kiosk.status())


def test_kiosk_settings_are_validated(kiosk):
    kiosk.language = "fr"
    kiosk.idle_timeout = 2
    with pytest.raises(ValidationError) as error:
        kiosk.full_clean()
    assert {"language", "idle_timeout"} <= set(error.value.message_dict)


def test_qr_codes_only_for_this_site_and_government_hosts(client, rf):
    request = rf.get("/", HTTP_HOST="localhost")
    assert is_allowed("http://localhost/huong-dan/", request)
    assert is_allowed("https://dichvucong.gov.vn/p/home/dvc-trang-chu.html", request)
    assert is_allowed("https://play.google.com/store/apps/details?id=com.vnid", request)
    for url in ["https://evil.example/", "javascript:alert(1)", "hello world", "https://gov.vn.evil.example/",
                "https://user@dichvucong.gov.vn/", "", "https://" + "a" * 1000 + ".gov.vn/"]:  # fmt: skip
        assert not is_allowed(url, request), url
    response = client.get("/qr.svg", {"url": "https://dichvucong.gov.vn/"})
    assert response.status_code == 200 and response["Content-Type"] == "image/svg+xml"
    assert b"<svg" in response.content and b"xmlns" in response.content and b"<title>" in response.content
    assert client.get("/qr.svg", {"url": "Chuyển khoản cho tôi"}).status_code == 400


def test_every_guide_offers_continue_on_your_phone(client, guide_index):
    guide = GuidePageFactory(parent=guide_index)
    html = client.get(guide.url).content.decode()
    assert "Tiếp tục trên điện thoại" in html
    assert 'aria-label="Mã QR của trang này"' in html and "<svg" in html


def test_service_worker_and_offline_page(client):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    body = response.content.decode()
    assert "/static/css/site.css" in body and "/offline/" in body and "&quot;" not in body
    offline = client.get("/offline/")
    assert offline.status_code == 200 and "Bạn đang ngoại tuyến" in offline.content.decode()
    assert 'data-sw="/sw.js"' in offline.content.decode()


def test_demo_kiosk_is_created_once_in_a_sample_commune(home, guide_index):
    GuidePageFactory(parent=guide_index)
    CommuneFactory(name="Ea Mẫu", is_sample=True)
    CommuneFactory(name="Ea Thật")
    kiosk = load_demo(home.locale)
    load_demo(home.locale)
    assert Kiosk.objects.filter(slug="demo").count() == 1
    assert kiosk.featured_pages.count() == 1
    assert kiosk.commune.name == "Ea Mẫu"  # its start screen shows that commune's classes and teams
