"""The guide index shows a few guides of each topic and leads to the rest; a topic page lists
its guides a page at a time. What a visitor reads and follows, in every language."""

from html.parser import HTMLParser

import pytest
from wagtail.models import Locale, PageViewRestriction

from core.locales import ensure_site_locales, mirror_new_page
from guides.models import GUIDES_PER_TOPIC_ON_INDEX, GuidePage

from .factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    GuidePageFactory,
    TopicFactory,
    VideoGuidePageFactory,
    VideoIndexPageFactory,
)

pytestmark = pytest.mark.django_db

LIMIT = GUIDES_PER_TOPIC_ON_INDEX


class Listing(HTMLParser):
    """What a visitor reads in a page's <main>: each <section>'s heading, card titles and "see
    all" link (text, address); every card's title and address; the pagination links (text,
    address, current)."""

    ZONES = {"card__title": "card", "more-link": "more", "pagination": "page"}

    def __init__(self, html):
        super().__init__()
        self.sections, self.cards, self.card_urls, self.pages = [], [], [], []
        self._in_main = False
        self._zone = self._zone_end = None  # what is being read ("card"…), the tag ending it
        self._href = self._current = None
        self._text = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self._in_main = self._in_main or tag == "main"
        if not self._in_main:
            return
        zone = next(
            (kind for css, kind in self.ZONES.items() if css in (attrs.get("class") or "").split()), None
        )
        if tag == "section":
            self.sections.append({"heading": None, "cards": [], "more": None})
        elif self._zone is None and (zone or (tag == "h2" and self.sections)):
            self._zone, self._zone_end, self._text = zone or "heading", tag, []
        if tag == "a":
            self._href, self._current = attrs.get("href"), attrs.get("aria-current") == "page"

    def handle_data(self, data):
        if self._zone:
            self._text.append(data)

    def handle_endtag(self, tag):
        self._in_main = self._in_main and tag != "main"
        text = " ".join("".join(self._text).split())
        if self._zone == "page" and tag == "a":
            self.pages.append((text, self._href, self._current))
            self._text = []
        elif self._zone and tag == self._zone_end:
            section = self.sections[-1] if self.sections else {}
            if self._zone == "card":
                self.cards.append(text)
                self.card_urls.append(self._href)
                section.setdefault("cards", []).append(text)
            elif self._zone == "more":
                section["more"] = (text, self._href)
            elif self._zone == "heading":
                section["heading"] = text
            self._zone = None

    def section(self, heading):
        return next(section for section in self.sections if section["heading"] == heading)


def read(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return Listing(response.text)


def guides(parent, topic, count, prefix="Thủ tục"):
    """`count` guides titled "<prefix> 01", "<prefix> 02"…, made in a shuffled order."""
    numbers = sorted(range(1, count + 1), key=lambda n: (n % 3, n))
    made = {n: GuidePageFactory(parent=parent, topic=topic, title=f"{prefix} {n:02}") for n in numbers}
    return [made[n].title for n in sorted(made)]


def test_each_topic_shows_its_first_guides_and_links_to_all_of_them(client, guide_index):
    civil = TopicFactory(name="Hộ tịch", slug="ho-tich", sort_order=1)
    identity = TopicFactory(name="Giấy tờ tùy thân", slug="giay-to", sort_order=2)
    civil_titles = guides(guide_index, civil, LIMIT + 3, "Hộ tịch")
    identity_titles = guides(guide_index, identity, 2, "Căn cước")

    index = read(client, guide_index.url)

    assert [section["heading"] for section in index.sections] == ["Hộ tịch", "Giấy tờ tùy thân"]
    assert index.section("Hộ tịch")["cards"] == civil_titles[:LIMIT]
    assert index.section("Hộ tịch")["more"] == (
        f"Xem tất cả {LIMIT + 3} hướng dẫn về Hộ tịch",
        "/chu-de/ho-tich/",
    )
    assert index.section("Giấy tờ tùy thân") == {
        "heading": "Giấy tờ tùy thân",
        "cards": identity_titles,
        "more": None,  # all shown already
    }


def test_guides_without_a_topic_come_last_and_have_a_listing_of_their_own(client, guide_index, monkeypatch):
    monkeypatch.setattr("guides.models.OTHER_GUIDES_PER_PAGE", 4)
    GuidePageFactory(parent=guide_index, title="Đăng ký kết hôn", topic=TopicFactory(name="Hộ tịch"))
    other_titles = guides(guide_index, None, LIMIT + 3, "Thủ tục khác")

    index = read(client, guide_index.url)

    assert [section["heading"] for section in index.sections] == ["Hộ tịch", "Thủ tục khác"]
    assert index.section("Thủ tục khác")["cards"] == other_titles[:LIMIT]
    more_text, more_url = index.section("Thủ tục khác")["more"]
    assert (more_text, more_url) == (f"Xem tất cả {LIMIT + 3} thủ tục khác", "/huong-dan/?chu-de=khac")

    first, last = read(client, more_url), read(client, more_url + "&trang=3")
    assert first.cards == other_titles[:4]  # "Đăng ký kết hôn" has a topic: not among them
    assert ("Trang sau ›", "?chu-de=khac&trang=2", False) in first.pages
    assert last.cards == other_titles[8:]
    assert "<h1>Thủ tục khác</h1>" in client.get(more_url).text


@pytest.mark.parametrize("number", ["999", "0", "-2", "9" * 40])
def test_a_page_number_past_the_end_shows_the_last_page(client, guide_index, monkeypatch, number):
    monkeypatch.setattr("guides.models.OTHER_GUIDES_PER_PAGE", 4)
    monkeypatch.setattr("core.views.GUIDES_PER_PAGE", 4)
    titles = guides(guide_index, TopicFactory(slug="ho-tich"), 6)
    untitled = guides(guide_index, None, 6, "Khác")

    assert read(client, f"/chu-de/ho-tich/?trang={number}").cards == titles[4:]
    assert read(client, f"/huong-dan/?chu-de=khac&trang={number}").cards == untitled[4:]


@pytest.mark.parametrize("garbage", ["abc", "2.5", "", "%00", "1e9"])
def test_a_page_number_that_is_no_number_shows_the_first_page(client, guide_index, monkeypatch, garbage):
    monkeypatch.setattr("core.views.GUIDES_PER_PAGE", 4)
    titles = guides(guide_index, TopicFactory(slug="ho-tich"), 6)

    assert read(client, f"/chu-de/ho-tich/?trang={garbage}").cards == titles[:4]


def test_topic_page_lists_its_guides_a_page_at_a_time(client, guide_index, monkeypatch):
    monkeypatch.setattr("core.views.GUIDES_PER_PAGE", 4)
    titles = guides(guide_index, TopicFactory(name="Hộ tịch", slug="ho-tich"), 10)

    first, second = client.get("/chu-de/ho-tich/").text, client.get("/chu-de/ho-tich/?trang=2").text

    assert Listing(first).section("Hướng dẫn thủ tục")["cards"] == titles[:4]
    assert "Hướng dẫn 1–4 trong 10 hướng dẫn về chủ đề này." in first
    assert ("Trang sau ›", "?trang=2", False) in Listing(first).pages
    assert Listing(second).section("Hướng dẫn thủ tục")["cards"] == titles[4:8]
    assert ("Trang 2", "?trang=2", True) in Listing(second).pages
    assert "<title>Hộ tịch – trang 2 – " in second


def test_topic_page_shows_a_few_courses_and_videos_and_says_how_many_there_are(
    client, home, guide_index, monkeypatch
):
    monkeypatch.setattr("core.views.COURSES_AND_VIDEOS_SHOWN", 2)
    topic = TopicFactory(name="Kỹ năng số", slug="ky-nang-so")
    courses = CourseIndexPageFactory(parent=home, slug="khoa-hoc")
    for title in ("Khóa A", "Khóa B", "Khóa C"):
        CoursePageFactory(parent=courses, title=title, topic=topic)
    VideoGuidePageFactory(parent=VideoIndexPageFactory(parent=home), title="Video A", topic=topic)

    html = client.get("/chu-de/ky-nang-so/").text

    assert Listing(html).cards == ["Khóa A", "Khóa B", "Video A"]
    assert "Đang hiện 2 trong 3 khóa học về chủ đề này." in html
    assert "video về chủ đề này" not in html  # one video: all shown


def test_private_and_draft_guides_are_neither_shown_nor_counted(client, guide_index):
    topic = TopicFactory(name="Hộ tịch", slug="ho-tich")
    titles = guides(guide_index, topic, LIMIT)
    GuidePageFactory(parent=guide_index, title="Bản nháp chưa đăng", topic=topic, live=False)
    private = GuidePageFactory(parent=guide_index, title="Hướng dẫn nội bộ", topic=topic)
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")

    index, topic_page = read(client, guide_index.url), read(client, "/chu-de/ho-tich/")

    assert index.section("Hộ tịch") == {"heading": "Hộ tịch", "cards": titles, "more": None}
    assert topic_page.cards == titles


@pytest.fixture
def locales(home):
    ensure_site_locales()
    return {locale.language_code: locale for locale in Locale.objects.all()}


def test_every_language_lists_its_own_guides_under_one_heading_per_topic(client, locales, guide_index):
    """Untranslated guides (aliases) keep the Vietnamese topic, translated ones the translated
    topic: one heading, one count, one topic page listing both, never another language's."""
    mirror_new_page(guide_index)
    topic = TopicFactory(name="Hộ tịch", slug="ho-tich")
    titles = guides(guide_index, topic, LIMIT + 1)
    for guide in GuidePage.objects.filter(locale=locales["vi"], topic=topic):
        mirror_new_page(guide)
    rad_topic = topic.copy_for_translation(locales["rad"])
    rad_topic.name = "Čih anăn"
    rad_topic.save()
    translated = GuidePage.objects.get(locale=locales["rad"], title=titles[0])
    GuidePage.objects.filter(pk=translated.pk).update(topic=rad_topic)  # as a translation has

    vi_index, rad_index = read(client, guide_index.url), read(client, "/rad/huong-dan/")

    assert vi_index.sections == [
        {
            "heading": "Hộ tịch",
            "cards": titles[:LIMIT],
            "more": (f"Xem tất cả {LIMIT + 1} hướng dẫn về Hộ tịch", "/chu-de/ho-tich/"),
        }
    ]
    assert rad_index.sections == [
        {
            "heading": "Čih anăn",
            "cards": titles[:LIMIT],
            "more": (f"Xem tất cả {LIMIT + 1} hướng dẫn về Čih anăn", "/rad/chu-de/ho-tich/"),
        }
    ]
    assert all(url.startswith("/huong-dan/") for url in vi_index.card_urls)
    assert all(url.startswith("/rad/huong-dan/") for url in rad_index.card_urls)
    # English has no such topic: its page is the Vietnamese topic's, with the English guides.
    for prefix in ("", "/rad", "/en"):
        topic_page = read(client, f"{prefix}/chu-de/ho-tich/")
        assert topic_page.cards == titles, prefix
        assert all(url.startswith(f"{prefix}/huong-dan/") for url in topic_page.card_urls), prefix
