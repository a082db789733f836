"""Classes near you: the listing and its filters, the iCalendar feeds (checked with a real
parser), communes' pages and kiosks, and the community digital teams."""

import datetime

import icalendar
import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from campaigns import ical
from campaigns.models import DigitalClass
from kiosks.models import Kiosk

from .factories import (
    ClassIndexPageFactory,
    CommuneFactory,
    CommuneIndexPageFactory,
    CourseIndexPageFactory,
    CoursePageFactory,
    DigitalClassFactory,
    DigitalTeamFactory,
    GuidePageFactory,
    TopicFactory,
    in_days,
)


@pytest.fixture
def class_index(home):
    return ClassIndexPageFactory(parent=home)


@pytest.fixture
def commune_index(home):
    return CommuneIndexPageFactory(parent=home)


@pytest.fixture
def ea_sup(db):
    return CommuneFactory(code="24100", name="Ea Súp")


@pytest.fixture
def krong_pac(db):
    return CommuneFactory(code="24200", name="Krông Pắc")


@pytest.fixture
def guide(guide_index):
    return GuidePageFactory(
        parent=guide_index, title="Kích hoạt VNeID mức 2", topic=TopicFactory(name="Giấy tờ", slug="giay-to")
    )


@pytest.fixture
def course(home):
    topic = TopicFactory(name="Kỹ năng số", slug="ky-nang-so")
    return CoursePageFactory(
        parent=CourseIndexPageFactory(parent=home), title="Làm quen điện thoại", topic=topic
    )


def titles(response):
    return [c.title for day in response.context["days"] for c in day[1]]


def test_listing_shows_upcoming_classes_and_past_ones_drop_off(client, class_index, ea_sup, guide):
    DigitalClassFactory(
        title="Đã qua",
        commune=ea_sup,
        guide=guide,
        starts_at=in_days(-2),
        ends_at=in_days(-2) + datetime.timedelta(hours=1),
    )
    ongoing_start = timezone.now() - datetime.timedelta(minutes=30)
    DigitalClassFactory(
        title="Đang học",
        commune=ea_sup,
        guide=guide,
        starts_at=ongoing_start,
        ends_at=ongoing_start + datetime.timedelta(hours=2),
    )
    DigitalClassFactory(title="Tuần sau", commune=ea_sup, guide=guide, starts_at=in_days(7))
    DigitalClassFactory(title="Ngày mai", commune=ea_sup, guide=guide, starts_at=in_days(1))
    DigitalClassFactory(title="Đã hủy", commune=ea_sup, guide=guide, starts_at=in_days(2), status="da-huy")

    response = client.get(class_index.url)

    assert titles(response) == ["Đang học", "Ngày mai", "Đã hủy", "Tuần sau"]
    assert "Lớp này đã hủy." in response.text
    assert "Kích hoạt VNeID mức 2" in response.text and "Ea Súp" in response.text


def test_listing_filters_by_commune_topic_language_and_date(
    client, class_index, ea_sup, krong_pac, guide, course
):
    DigitalClassFactory(
        title="VNeID Ea Súp", commune=ea_sup, guide=guide, language="rad", starts_at=in_days(2)
    )
    DigitalClassFactory(title="Điện thoại Krông Pắc", commune=krong_pac, course=course, starts_at=in_days(3))
    DigitalClassFactory(title="Điện thoại tháng sau", commune=krong_pac, course=course, starts_at=in_days(40))
    url = class_index.url
    soon = (timezone.localdate() + datetime.timedelta(days=10)).isoformat()

    assert titles(client.get(url, {"xa": ea_sup.slug})) == ["VNeID Ea Súp"]
    assert titles(client.get(url, {"chu-de": "ky-nang-so"})) == [
        "Điện thoại Krông Pắc",
        "Điện thoại tháng sau",
    ]
    assert titles(client.get(url, {"ngon-ngu": "rad"})) == ["VNeID Ea Súp"]
    assert titles(client.get(url, {"den-ngay": soon})) == ["VNeID Ea Súp", "Điện thoại Krông Pắc"]
    assert titles(client.get(url, {"tu-ngay": soon})) == ["Điện thoại tháng sau"]
    assert "Tiếng Ê Đê" in client.get(url).text


def test_an_invalid_filter_is_explained_and_ignored(client, class_index, ea_sup, guide):
    DigitalClassFactory(title="VNeID", commune=ea_sup, guide=guide)

    response = client.get(class_index.url, {"tu-ngay": "ngày mai"})

    assert response.status_code == 200
    assert "Ngày không hợp lệ" in response.text
    assert titles(response) == ["VNeID"]


def parse(response):
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def test_calendar_feed_parses_with_a_real_parser(client, class_index, ea_sup, guide):
    tricky = DigitalClassFactory(
        title="Cài VNeID, VssID; học cùng con cháu",
        commune=ea_sup,
        guide=guide,
        venue_name="Nhà văn hóa buôn Ako Dhông, phía sau chợ",
        note="Mang theo điện thoại.\nMang thẻ căn cước; ghi chú dài " + "rất dài " * 30,
        language="rad",
    )
    cancelled = DigitalClassFactory(commune=ea_sup, guide=guide, starts_at=in_days(5), status="da-huy")
    DigitalClassFactory(
        commune=ea_sup,
        guide=guide,
        starts_at=in_days(-60),
        ends_at=in_days(-60) + datetime.timedelta(hours=1),
    )

    response = client.get(f"{class_index.url}lich/")
    calendar = parse(response)
    events = {str(event["UID"]): event for event in calendar.walk("VEVENT")}

    assert str(calendar["VERSION"]) == "2.0" and "PRODID" in calendar
    assert set(events) == {f"lop-hoc-{tricky.pk}@localhost", f"lop-hoc-{cancelled.pk}@localhost"}
    event = events[f"lop-hoc-{tricky.pk}@localhost"]
    assert str(event["SUMMARY"]) == "Cài VNeID, VssID; học cùng con cháu (Tiếng Ê Đê)"
    assert str(event["LOCATION"]).startswith("Nhà văn hóa buôn Ako Dhông, phía sau chợ, ")
    assert "Mang theo điện thoại.\nMang thẻ căn cước; ghi chú dài rất dài" in str(event["DESCRIPTION"])
    assert event.decoded("DTSTART") == tricky.starts_at
    assert event.decoded("DTEND") == tricky.ends_at
    assert str(events[f"lop-hoc-{cancelled.pk}@localhost"]["STATUS"]) == "CANCELLED"
    raw = response.content
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    assert max(len(line) for line in raw.split(b"\r\n")) <= 75


def test_commune_feed_and_single_class_feed(client, class_index, ea_sup, krong_pac, guide):
    here = DigitalClassFactory(commune=ea_sup, guide=guide)
    DigitalClassFactory(commune=krong_pac, guide=guide)

    commune_feed = parse(client.get(f"{class_index.url}xa/{ea_sup.slug}/lich/"))
    single = parse(client.get(f"{class_index.url}lop/{here.pk}/lich/"))

    assert [str(event["UID"]) for event in commune_feed.walk("VEVENT")] == [f"lop-hoc-{here.pk}@localhost"]
    assert len(single.walk("VEVENT")) == 1
    assert client.get(f"{class_index.url}xa/khong-co/lich/").status_code == 404


def test_folding_never_splits_a_character_and_unfolds_to_the_original():
    text = "DESCRIPTION:" + ical.escape_text("Lớp học kỹ năng số ở nhà văn hóa buôn, " * 8)

    folded = ical.fold(text)

    assert all(len(line.encode()) <= 75 for line in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == text
    assert ical.escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"


def test_a_changed_class_gets_a_higher_sequence(ea_sup, guide):
    digital_class = DigitalClassFactory(commune=ea_sup, guide=guide)
    digital_class.starts_at += datetime.timedelta(hours=1)
    digital_class.ends_at += datetime.timedelta(hours=1)
    digital_class.save()
    assert digital_class.sequence == 1


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"ends_at": in_days(3, hour=18)}, "ends_at", "Giờ kết thúc phải sau giờ bắt đầu."),
        ({"guide": None}, "course", "Chọn một khóa học hoặc một hướng dẫn thủ tục"),
        ({"status": "da-to-chuc"}, "status", "Chỉ xác nhận “đã tổ chức” sau khi lớp đã diễn ra."),
    ],
)
def test_classes_are_validated_with_clear_messages(ea_sup, guide, changes, field, message):
    digital_class = DigitalClassFactory.build(commune=ea_sup, guide=guide, starts_at=in_days(3))
    for name, value in changes.items():
        setattr(digital_class, name, value)

    with pytest.raises(ValidationError) as error:
        digital_class.full_clean()

    assert message in " ".join(error.value.message_dict[field])


def test_commune_page_and_kiosk_show_classes_here_and_teams(
    client, class_index, commune_index, ea_sup, krong_pac, guide
):
    DigitalClassFactory(title="Lớp ở Ea Súp", commune=ea_sup, guide=guide)
    DigitalClassFactory(title="Lớp ở Krông Pắc", commune=krong_pac, guide=guide)
    DigitalTeamFactory(
        commune=ea_sup,
        name="Tổ buôn Ea Rốk",
        contact_name="Y Khuê",
        contact_phone="0900 000 204",
        contact_is_public=True,
        consent_date=datetime.date(2025, 7, 1),
    )
    DigitalTeamFactory(
        commune=ea_sup, name="Tổ thôn 3", contact_name="Người không đồng ý", contact_phone="0900 000 999"
    )

    Kiosk.objects.create(name="Thư viện Ea Súp", slug="thu-vien-ea-sup", commune=ea_sup)
    page = client.get(f"{commune_index.url}{ea_sup.slug}/").text
    kiosk = client.get("/kiosk/thu-vien-ea-sup/").text

    for html in (page, kiosk):
        assert "Lớp học sắp tới ở đây" in html and "Lớp ở Ea Súp" in html and "Lớp ở Krông Pắc" not in html
        assert "Tổ buôn Ea Rốk" in html and "0900 000 204" in html
        assert "Tổ thôn 3" in html and "0900 000 999" not in html and "Người không đồng ý" not in html
    assert f"{class_index.url}xa/{ea_sup.slug}/lich/" in page
    assert 'href="/kiosk/thu-vien-ea-sup/"' in page  # the commune page leads to its kiosk
    assert client.get(f"{commune_index.url}khong-co/").status_code == 404


def test_the_former_commune_kiosk_address_leads_to_the_communes_kiosk(
    client, commune_index, ea_sup, krong_pac
):
    Kiosk.objects.create(name="Thư viện Ea Súp", slug="thu-vien-ea-sup", commune=ea_sup)
    response = client.get(f"{commune_index.url}{ea_sup.slug}/kiosk/")
    assert response.status_code == 302 and response["Location"] == "/kiosk/thu-vien-ea-sup/"
    response = client.get(f"{commune_index.url}{krong_pac.slug}/kiosk/")  # no kiosk: the commune's page
    assert response.status_code == 302 and response["Location"] == f"{commune_index.url}{krong_pac.slug}/"
    assert client.get(f"{commune_index.url}khong-co/kiosk/").status_code == 404


def test_commune_directory_and_team_directory(client, commune_index, ea_sup, krong_pac):
    DigitalTeamFactory(commune=ea_sup, name="Tổ buôn Ea Rốk")

    directory = client.get(commune_index.url, {"q": "krong"})
    teams = client.get(f"{commune_index.url}to-cong-nghe-so/").text

    assert [row[0] for row in directory.context["rows"]] == [krong_pac]
    assert "Tổ buôn Ea Rốk" in teams and "Krông Pắc" not in teams.split("<main")[1].split("</select>")[1]


def test_a_public_contact_needs_consent_details(ea_sup):
    team = DigitalTeamFactory.build(commune=ea_sup, contact_is_public=True, contact_name="", contact_phone="")

    with pytest.raises(ValidationError) as error:
        team.full_clean()

    assert "Ghi ngày người liên hệ đồng ý" in " ".join(error.value.message_dict["consent_date"])
    assert "Cần cả tên và số điện thoại" in " ".join(error.value.message_dict["contact_phone"])


def test_upcoming_queryset_is_what_the_listing_uses(ea_sup, guide):
    past = DigitalClassFactory(
        commune=ea_sup, guide=guide, starts_at=in_days(-1), ends_at=in_days(-1) + datetime.timedelta(hours=1)
    )
    assert past not in DigitalClass.objects.upcoming()
    assert past in DigitalClass.objects.needing_confirmation()
