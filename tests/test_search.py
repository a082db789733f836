"""Search finds the right guide the way citizens type — the same on every engine."""

import datetime
import io
import unicodedata

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.search.backends import get_search_backend

from core.locales import ensure_site_locales, mirror_new_page
from guides.models import GuidePage
from home.models import HomePage
from search.models import BlockedSuggestion, QueryStat, Synonym

from .factories import (
    GuideIndexPageFactory,
    GuidePageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    TopicFactory,
    step,
)
from .required import require

pytestmark = pytest.mark.search_engine

GUIDE_TITLES = [
    "Đăng ký khai sinh trực tuyến",
    "Đăng ký nghĩa vụ quân sự lần đầu",
    "Cấp đổi thẻ căn cước",
    "Gia hạn thẻ bảo hiểm y tế hộ gia đình",
    "Cấp giấy chứng nhận quyền sử dụng đất lần đầu",
    "Đổi giấy phép lái xe trực tuyến",
    "Đăng ký kết hôn",
]


@pytest.fixture
def guides(guide_index, search_index):
    civil = TopicFactory(slug="ho-tich", name="Hộ tịch")
    pages = {
        title: GuidePageFactory(parent=guide_index, title=title, topic=civil if "Đăng ký" in title else None)
        for title in GUIDE_TITLES
    }
    search_index.refresh()
    return pages


def api(client, **params):
    response = client.get("/api/search/", params)
    assert response.status_code == 200, response.content
    return response.json()


def titles(client, query, **params):
    return [result["title"] for result in api(client, q=query, **params)["results"]]


@pytest.mark.parametrize(
    "query",
    [
        "đăng ký khai sinh",
        "dang ky khai sinh",
        "ĐĂNG KÝ KHAI SINH",
        unicodedata.normalize("NFD", "Đăng ký khai sinh"),
        "Dang Ky   Khai-Sinh",
    ],
)
def test_tone_marks_case_and_unicode_form_do_not_matter(client, guides, query):
    assert titles(client, query)[0] == "Đăng ký khai sinh trực tuyến"


def test_same_results_with_or_without_tone_marks(client, guides):
    assert titles(client, "đăng ký") == titles(client, "dang ky") == titles(client, "ĐĂNG KÝ")


def test_the_results_page_marks_the_words_searched_for(client, guides):
    html = client.get("/search/", {"q": "dang ky khai sinh"}).text
    assert "<mark>Đăng</mark> <mark>ký</mark> <mark>khai</mark> <mark>sinh</mark> trực tuyến" in html


def test_a_result_card_shows_type_topic_and_the_first_forty_words_of_the_summary(
    client, guide_index, search_index
):
    summary = " ".join(f"bước{number}" for number in range(1, 61))
    civil = TopicFactory(slug="ho-tich", name="Hộ tịch")
    GuidePageFactory(parent=guide_index, title="Đăng ký khai tử", topic=civil, summary=summary)
    search_index.refresh()
    html = client.get("/search/", {"q": "khai tu"}).text
    assert '<p class="card__type">Hướng dẫn thủ tục · Hộ tịch</p>' in html
    assert "bước39 bước40 …</p>" in html and "bước41" not in html


def test_telex_keystrokes_typed_without_vietnamese_input(client, guides):
    assert titles(client, "ddawng kys nghiax vuj quaan suwj")[0] == "Đăng ký nghĩa vụ quân sự lần đầu"


def test_an_unfinished_last_word_is_completed(client, guides):
    assert titles(client, "khai si")[0] == "Đăng ký khai sinh trực tuyến"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("khai sihn", "Đăng ký khai sinh trực tuyến"),  # swapped letters
        ("dang ky khai snh", "Đăng ký khai sinh trực tuyến"),  # missing letter
        ("giay phpe lai xe", "Đổi giấy phép lái xe trực tuyến"),  # swapped letters
        ("chung nhanquyen su dung dat", "Cấp giấy chứng nhận quyền sử dụng đất lần đầu"),  # missing letters
        ("khaisinh", "Đăng ký khai sinh trực tuyến"),  # run together
    ],
)
def test_typos_still_find_the_guide_and_say_what_was_searched(client, guides, query, expected):
    answer = api(client, q=query)
    assert answer["results"][0]["title"] == expected
    assert answer["suggestion"]


def test_starter_synonyms_and_everyday_words(client, guides):
    assert titles(client, "cccd")[0] == "Cấp đổi thẻ căn cước"
    assert titles(client, "làm sổ đỏ")[0] == "Cấp giấy chứng nhận quyền sử dụng đất lần đầu"
    assert titles(client, "bhyt")[0] == "Gia hạn thẻ bảo hiểm y tế hộ gia đình"
    assert titles(client, "doi bang lai")[0] == "Đổi giấy phép lái xe trực tuyến"


def test_a_new_synonym_works_at_once_without_reindexing(client, guides):
    assert titles(client, "giấy đăng ký cưới") != titles(client, "đăng ký kết hôn")[:1]
    Synonym.objects.create(terms="giấy đăng ký cưới, đăng ký kết hôn")
    assert titles(client, "giay dang ky cuoi")[0] == "Đăng ký kết hôn"


def test_answers_are_kept_until_an_editor_changes_something(
    client, guides, guide_index, settings, search_index
):
    settings.CACHE_SHARED_BY_PROCESSES = True  # as in production, where Redis is shared
    cache.clear()
    first = titles(client, "ket hon")
    assert first[0] == "Đăng ký kết hôn"
    if not search_index.on_node:  # the second visitor's answer does not touch the index
        with CaptureQueriesContext(connection) as asked:
            assert titles(client, "ket hon") == first
        assert not [query for query in asked.captured_queries if "indexentry" in query["sql"]]

    GuidePageFactory(parent=guide_index, title="Ghi chú kết hôn với người nước ngoài")
    search_index.refresh()
    assert titles(client, "ket hon")[:2] == ["Đăng ký kết hôn", "Ghi chú kết hôn với người nước ngoài"]
    before = titles(client, "dang ky cuoi")
    Synonym.objects.create(terms="cưới, kết hôn")
    assert titles(client, "dang ky cuoi")[0] == "Đăng ký kết hôn" != before[:1]


def test_a_natural_question_finds_the_guide(client, guides):
    assert titles(client, "làm sao để đăng ký khai sinh cho con")[0] == "Đăng ký khai sinh trực tuyến"


def test_title_and_tags_rank_above_body(client, guide_index, search_index):
    body_only = GuidePageFactory(
        parent=guide_index, title="Hướng dẫn chung", steps=[step("Bước một", "<p>Nộp thuế đất online.</p>")]
    )
    tagged = GuidePageFactory(parent=guide_index, title="Nộp tiền qua ngân hàng")
    tagged.tags.add("thuế đất")
    tagged.save_revision().publish()
    titled = GuidePageFactory(parent=guide_index, title="Nộp thuế đất")
    search_index.refresh()
    assert titles(client, "thue dat") == [titled.title, tagged.title, body_only.title]


def test_guides_rank_above_news_and_newer_news_above_older(client, home, guide_index, search_index):
    news = NewsIndexPageFactory(parent=home)
    title = "Gia hạn bảo hiểm y tế: lưu ý"
    older = NewsPageFactory(parent=news, title=title, slug="cu", date=datetime.date(2026, 1, 5))
    newer = NewsPageFactory(parent=news, title=title, slug="moi", date=datetime.date(2026, 11, 5))
    GuidePageFactory(parent=guide_index, title="Gia hạn bảo hiểm y tế")
    search_index.refresh()
    results = api(client, q="gia han bao hiem y te")["results"]
    assert results[0]["title"] == "Gia hạn bảo hiểm y tế"
    assert [r["slug"] for r in results[1:]] == [newer.slug, older.slug]


def test_editors_pin_a_promoted_result_for_a_query(client, guides):
    pinned = guides["Đăng ký kết hôn"]
    SearchPromotion.objects.create(query=Query.get("căn cước"), page=pinned, sort_order=0)
    html = client.get("/search/", {"q": "can cuoc"}).text
    assert html.index("Ban biên tập gợi ý") < html.index(pinned.title) < html.index("Cấp đổi thẻ")


def test_drafts_private_pages_and_other_sites_are_never_found(client, guide_index, search_index):
    GuidePageFactory(parent=guide_index, title="Thủ tục bí mật bản nháp", live=False)
    private = GuidePageFactory(parent=guide_index, title="Thủ tục bí mật nội bộ")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    other_home = HomePage(title="Trang xã khác", slug="trang-xa-khac")
    Page.get_first_root_node().add_child(instance=other_home)
    Site.objects.create(hostname="xa-khac.example", root_page=other_home)
    GuidePageFactory(parent=GuideIndexPageFactory(parent=other_home), title="Thủ tục bí mật xã khác")
    GuidePageFactory(parent=guide_index, title="Thủ tục công khai")
    search_index.refresh()

    assert titles(client, "thu tuc") == ["Thủ tục công khai"]
    suggestions = client.get("/api/search/suggest/", {"q": "thu tuc"}).json()["suggestions"]
    assert [item["title"] for item in suggestions] == ["Thủ tục công khai"]
    assert "bí mật" not in client.get("/search/", {"q": "bi mat"}).text


def test_an_alias_is_found_through_its_source_which_alone_is_indexed(client, guide_index, search_index):
    """An untranslated guide is an alias in each other language (and may be aliased elsewhere
    on the site too): the index holds its text once, and every alias is still found."""
    ensure_site_locales()  # mirrors the tree so far (home, guide index) in every language
    guide = GuidePageFactory(parent=guide_index, title="Đăng ký khai sinh trực tuyến", slug="khai-sinh")
    mirror_new_page(guide)
    elsewhere = GuideIndexPageFactory(parent=guide_index.get_parent(), title="Cho cha mẹ", slug="cha-me")
    guide.create_alias(parent=elsewhere, reset_translation_key=True)
    search_index.refresh()

    indexed = get_search_backend().search("khai sinh", GuidePage.objects.all(), order_by_relevance=False)
    assert [page.pk for page in indexed] == [guide.pk]
    vietnamese = {result["url"] for result in api(client, q="dang ky khai sinh")["results"]}
    assert vietnamese == {"/huong-dan/khai-sinh/", "/cha-me/khai-sinh/"}
    jrai = api(client, q="dang ky khai sinh", lang="jra")["results"]
    assert [(r["url"], r["language"]) for r in jrai] == [("/jra/huong-dan/khai-sinh/", "vi")]


def test_a_rebuild_forgets_aliases_indexed_before_they_were_left_out(guide_index, search_index):
    ensure_site_locales()
    guide = GuidePageFactory(parent=guide_index, title="Đăng ký khai sinh trực tuyến")
    mirror_new_page(guide)
    backend = get_search_backend()
    for alias in GuidePage.objects.filter(alias_of=guide):
        backend.add(alias)  # as the site did before aliases were left out of the index

    def indexed():
        search_index.refresh()
        return sorted(page.pk for page in backend.search("khai sinh", GuidePage, order_by_relevance=False))

    assert len(indexed()) == 5
    call_command("update_index", stdout=io.StringIO())
    assert indexed() == [guide.pk]


def test_suggestions_complete_titles_and_respect_blocked_words(client, guides):
    suggest = client.get("/api/search/suggest/", {"q": "dang ky k"}).json()
    assert {"Đăng ký khai sinh trực tuyến", "Đăng ký kết hôn"} <= {s["title"] for s in suggest["suggestions"]}
    BlockedSuggestion.objects.create(word="kết hôn")
    suggest = client.get("/api/search/suggest/", {"q": "dang ky k"}).json()
    assert "Đăng ký kết hôn" not in {s["title"] for s in suggest["suggestions"]}


def test_filters_and_facets(client, home, guides, search_index):
    NewsPageFactory(parent=NewsIndexPageFactory(parent=home), title="Đăng ký khai sinh cho trẻ: số liệu mới")
    search_index.refresh()
    everything = api(client, q="dang ky khai sinh")
    facets = everything["facets"]
    assert facets["type"]["newspage"] == 1
    assert sum(facets["type"].values()) == everything["count"] == sum(facets["language"].values())
    assert facets["topic"]["ho-tich"] == len([t for t in GUIDE_TITLES if "Đăng ký" in t])
    assert [r["type"] for r in api(client, q="dang ky khai sinh", type="newspage")["results"]] == ["newspage"]
    assert titles(client, "dang ky", topic="ho-tich") == titles(client, "dang ky", type="guidepage")[:3]
    first = everything["results"][0]
    assert first["language"] == "vi" and first["slug"] and first["url"].startswith("/")


def test_the_results_page_filters_by_type_keeping_the_query(client, home, guides, search_index):
    NewsPageFactory(parent=NewsIndexPageFactory(parent=home), title="Đăng ký khai sinh cho trẻ: số liệu mới")
    search_index.refresh()
    html = client.get("/search/", {"q": "dang ky khai sinh", "page": "1"}).text
    filters = html[html.index('class="facets"') : html.index("</nav>", html.index('class="facets"'))]
    assert '<a href="?q=dang+ky+khai+sinh" aria-current="true">Tất cả</a>' in filters
    assert '<a href="?q=dang+ky+khai+sinh&amp;type=newspage">Bài tin (1)</a>' in filters

    news_only = client.get("/search/", {"q": "dang ky khai sinh", "type": "newspage"}).text
    assert '<a href="?q=dang+ky+khai+sinh&amp;type=newspage" aria-current="true">' in news_only
    assert news_only.count('class="card__type"') == 1


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({}, "Hãy nhập từ khóa"),
        ({"q": "   "}, "Hãy nhập từ khóa"),
        ({"q": "x" * 2000}, "quá dài"),
        ({"q": '" * ? ~ : \\ / [ ] { } ( ) ^ ! + - && ||'}, "Hãy nhập từ khóa"),
        ({"q": "khai sinh", "page": "abc"}, "Số trang"),
        ({"q": "khai sinh", "page": "0"}, "Số trang"),
        ({"q": "khai sinh", "type": "admin"}, "Loại nội dung"),
        ({"q": "khai sinh", "lang": "xx"}, "Ngôn ngữ"),
    ],
)
def test_bad_api_input_gets_a_clear_400(client, guides, params, message):
    response = client.get("/api/search/", params)
    assert response.status_code == 400
    assert message in response.json()["error"]


@pytest.mark.parametrize(
    "query",
    [
        'khai "sinh*',
        "khai:sinh~ (test) [x] {y} ^2 !a +b -c && d || e",
        "khai\x00sinh\x07\x1b",
        "AND OR NOT",
        "x" * 2000,
    ],
)
def test_odd_queries_never_fail(client, guides, query):
    assert client.get("/api/search/", {"q": query[:200]}).status_code in (200, 400)
    for page in ("1", "abc", "999"):
        assert client.get("/search/", {"q": query, "page": page}).status_code == 200


def test_a_page_past_the_end_is_empty_not_an_error(client, guides):
    answer = api(client, q="dang ky", page="99")
    assert answer["results"] == [] and answer["count"] > 0


def test_search_api_is_rate_limited_per_client(client, guides, settings):
    settings.SEARCH_RATE_LIMIT = "3/m"
    cache.clear()
    for _ in range(3):
        assert client.get("/api/search/", {"q": "khai sinh"}).status_code == 200
    limited = client.get("/api/search/", {"q": "khai sinh"})
    assert limited.status_code == 429
    assert 1 <= int(limited["Retry-After"]) <= 61
    assert "thử lại" in limited.json()["error"]
    other_client = client.get("/api/search/", {"q": "khai sinh"}, REMOTE_ADDR="10.9.8.7")
    assert other_client.status_code == 200
    cache.clear()


def test_queries_are_counted_without_personal_data(client, guides):
    client.get("/search/", {"q": "Khai Sinh"})
    client.get("/api/search/", {"q": "khai sinh"})
    client.get("/search/", {"q": "xyzzy quux"})
    counted = {stat.query: (stat.searches, stat.searches_without_results) for stat in QueryStat.objects.all()}
    assert counted == {"khai sinh": (2, 0), "xyzzy quux": (1, 1)}
    assert {field.name for field in QueryStat._meta.fields} == {
        "id", "week", "language", "query", "searches", "searches_without_results", "guide_requested",
    }  # fmt: skip


@pytest.mark.postgresql
def test_postgres_planner_settings_end_with_the_search(client, guides, search_index):
    """The planner settings that make PostgreSQL's full-text search fast (search/backends/
    database.py) must not change how the rest of the request's queries are planned."""
    require(connection.vendor == "postgresql", "PostgreSQL (DATABASE_URL)")

    found = client.get("/api/search/", {"q": "khai sinh"}).json()

    assert found["count"] >= 1
    with connection.cursor() as cursor:
        cursor.execute("SHOW enable_nestloop")
        assert cursor.fetchone()[0] == "on"
