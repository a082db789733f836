"""Helper mode (kiosks app): the switch on public pages, counting assisted sessions per commune
anonymously (/ho-tro/), its rate limit and bad input, and the admin report with its CSV export.
What needs a real browser (the switch remembered by JavaScript, axe) is in tests/browser/."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.urls import reverse

from kiosks.helper import count_session
from kiosks.models import AssistedSessionDay, Kiosk

from .factories import CommuneFactory, GuidePageFactory

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}


@pytest.fixture(autouse=True)
def _fresh_rate_limit():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def ea_tu():
    return CommuneFactory(name="Ea Tu", code="24125")


def sessions(commune):
    return sum(AssistedSessionDay.objects.filter(commune=commune).values_list("sessions", flat=True))


def test_every_public_page_has_the_switch_and_the_address_turns_helper_mode_on(client, guide_index):
    guide = GuidePageFactory(parent=guide_index)
    html = client.get(guide.url).content.decode()
    assert f'href="/ho-tro/?next={guide.url}"' in html
    assert "Chế độ hỗ trợ (chữ to, trang gọn)" in html and "js/helper.js" in html
    assert 'class="helper-mode"' not in html
    assert '<html lang="vi" class="helper-mode"' in client.get(f"{guide.url}?ho-tro=1").content.decode()


def test_starting_a_session_counts_one_for_the_commune_and_opens_the_page_in_helper_mode(client, home, ea_tu):
    form = client.get("/ho-tro/?next=/huong-dan/")
    assert form.status_code == 200 and "Ea Tu" in form.content.decode()
    response = client.post("/ho-tro/", {"xa": ea_tu.slug, "next": "/huong-dan/?trang=2"})
    assert response.status_code == 302 and response["Location"] == "/huong-dan/?trang=2&ho-tro=1"
    assert client.post("/ho-tro/", {"xa": ea_tu.slug}, **JSON).json() == {"ok": True, "commune": ea_tu.slug}
    assert sessions(ea_tu) == 2
    assert not client.cookies.get("sessionid")  # nothing that could tell one helper from another


def test_a_count_is_only_a_number_per_commune_and_day():
    fields = {field.name for field in AssistedSessionDay._meta.get_fields()}
    assert fields == {"id", "commune", "date", "sessions"}


def test_an_unknown_or_missing_commune_is_refused_with_a_message_and_counts_nothing(client, home, ea_tu):
    response = client.post("/ho-tro/", {"xa": "khong-co-xa-nay"})
    assert response.status_code == 400
    assert "Không có xã, phường này trong danh sách" in response.content.decode()
    response = client.post("/ho-tro/", {"xa": "khong-co-xa-nay"}, **JSON)
    assert response.status_code == 400 and "Không có xã, phường này" in response.json()["error"]
    response = client.post("/ho-tro/", {})
    assert response.status_code == 400 and "Hãy chọn xã, phường" in response.content.decode()
    assert AssistedSessionDay.objects.count() == 0


def test_the_count_is_rate_limited_per_commune(client, home, ea_tu, settings):
    settings.HELPER_SESSIONS_PER_COMMUNE_PER_HOUR = 2
    other = CommuneFactory(name="Krông Búk")
    for _ in range(2):
        assert client.post("/ho-tro/", {"xa": ea_tu.slug}, **JSON).status_code == 200
    refused = client.post("/ho-tro/", {"xa": ea_tu.slug}, **JSON)
    assert refused.status_code == 429 and "quá nhiều phiên hỗ trợ" in refused.json()["error"]
    assert client.post("/ho-tro/", {"xa": other.slug}, **JSON).status_code == 200
    assert sessions(ea_tu) == 2 and sessions(other) == 1


def test_the_return_address_stays_on_this_site(client, home, ea_tu):
    response = client.post("/ho-tro/", {"xa": ea_tu.slug, "next": "https://lua-dao.example/"})
    assert response["Location"] == "/?ho-tro=1"


def test_a_kiosk_knows_its_commune(client, home, ea_tu):
    Kiosk.objects.create(name="Thư viện Ea Tu", slug="ea-tu", commune=ea_tu)
    html = client.get("/kiosk/ea-tu/").content.decode()
    assert f'data-kiosk-commune="{ea_tu.slug}"' in html
    form = client.get("/ho-tro/").content.decode()
    assert f'<option value="{ea_tu.slug}" selected>' in form


@pytest.fixture
def counted(ea_tu):
    krong_buk = CommuneFactory(name="Krông Búk")
    today = datetime.date.today()
    last_week = today - datetime.timedelta(days=7)
    for day, commune, times in [(today, ea_tu, 3), (last_week, ea_tu, 2), (today, krong_buk, 1)]:
        for _ in range(times):
            count_session(commune, day)
    return ea_tu, krong_buk


def test_the_admin_report_shows_sessions_per_commune_and_week_with_totals(admin_client, counted):
    html = admin_client.get(reverse("assisted_sessions")).content.decode()
    assert "Xã Ea Tu" in html and "Xã Krông Búk" in html
    assert "<td><strong>5</strong></td>" in html  # Ea Tu over the weeks shown
    assert "<td><strong>6</strong></td>" in html  # every commune
    assert html.count("Tuần ") >= 8


def test_the_report_by_month_and_its_csv_export(admin_client, counted):
    ea_tu, _ = counted
    by_month = admin_client.get(reverse("assisted_sessions"), {"theo": "month"}).content.decode()
    assert datetime.date.today().strftime("%m/%Y") in by_month
    response = admin_client.get(reverse("assisted_sessions"), {"theo": "week", "format": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    lines = response.content.decode("utf-8-sig").splitlines()
    assert lines[0].startswith('Mã xã,"Xã, phường",Tuần ') and lines[0].endswith(",Tổng")
    ea_tu_row = next(line for line in lines if line.startswith(ea_tu.code))
    assert ea_tu_row.endswith(",5") and lines[-1].endswith(",6")


def test_a_bad_period_gets_a_message_not_an_error(admin_client, counted):
    response = admin_client.get(reverse("assisted_sessions"), {"theo": "nam", "format": "csv"})
    assert response.status_code == 200
    assert "Chỉ gộp được theo tuần hoặc theo tháng." in response.content.decode()


def test_only_users_allowed_to_see_the_counts_get_the_report(client, counted):
    user = get_user_model().objects.create_user("bientap", "bt@example.com", "mat-khau-dai-123")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get(reverse("assisted_sessions"), {"format": "csv"}).status_code in (302, 403)
    user.user_permissions.add(Permission.objects.get(codename="view_assistedsessionday"))
    assert client.get(reverse("assisted_sessions"), {"format": "csv"}).status_code == 200
