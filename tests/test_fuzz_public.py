"""Every public form and query parameter, fed arbitrary text: never a server error.

Property-based (hypothesis): any unicode, huge values, numbers where words are expected and
the reverse. Pages are built once per endpoint group; the search rate limit is lifted so that
the fuzzing itself is not what answers 429.
"""

from urllib.parse import quote

import pytest
from django.test import override_settings
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosks.models import Kiosk

from .factories import (
    CampaignPageFactory,
    ClassIndexPageFactory,
    CommuneFactory,
    CommuneIndexPageFactory,
    CourseIndexPageFactory,
    CoursePageFactory,
    GuideIndexPageFactory,
    GuidePageFactory,
    LessonPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    VideoGuidePageFactory,
    VideoIndexPageFactory,
)

FUZZ = settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

TRICKY = [
    "", "0", "-1", "1e9", "99999999999999999999999", "NaN", "null", "[]", "{}", "%", "%00", "%ZZ",
    "../../etc/passwd", "' OR 1=1 --", "<script>", "javascript:alert(1)", "\u202e\u0301", "ẵ" * 5000,
    "https://evil.example/", "//evil.example", "vi", "rad", "xx-YY",
]  # fmt: skip
VALUES = st.one_of(
    st.sampled_from(TRICKY),
    st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), max_size=300),
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
)


def params_for(names):
    return st.fixed_dictionaries({}, optional={name: VALUES for name in names})


def assert_no_server_error(response, url):
    assert response.status_code < 500, f"{url} → {response.status_code}"


@pytest.fixture
def site_pages(home):
    guides = GuideIndexPageFactory(parent=home)
    course = CoursePageFactory(parent=CourseIndexPageFactory(parent=home))
    news_index = NewsIndexPageFactory(parent=home)
    NewsPageFactory(parent=news_index)
    videos = VideoIndexPageFactory(parent=home)
    campaign = CampaignPageFactory(parent=home)
    commune = CommuneFactory()
    kiosk = Kiosk.objects.create(name="Thư viện xã", slug="thu-vien")
    return {
        "guide": GuidePageFactory(parent=guides),
        "lesson": LessonPageFactory(parent=course),
        "news": news_index,
        "video": VideoGuidePageFactory(parent=videos),
        "campaign": campaign,
        "classes": ClassIndexPageFactory(parent=campaign),
        "communes": CommuneIndexPageFactory(parent=campaign),
        "commune": commune,
        "kiosk": kiosk,
    }


@pytest.fixture(autouse=True)
def _no_rate_limit():
    with override_settings(SEARCH_RATE_LIMIT="1000000/m"):
        yield


SEARCH_PARAMETERS = ["q", "type", "topic", "lang", "page"]


@FUZZ
@given(
    st.sampled_from(["/search/", "/en/search/", "/api/search/", "/api/search/suggest/"]),
    params_for(SEARCH_PARAMETERS),
)
def test_search_page_and_api(client, home, url, params):
    assert_no_server_error(client.get(url, params), url)


@FUZZ
@given(data=st.data())
def test_page_parameters(client, site_pages, data):
    pages = site_pages
    url, names = data.draw(
        st.sampled_from(
            [
                (pages["news"].url, ["trang", "chu-de"]),
                (pages["news"].url + "rss/", ["trang", "chu-de"]),
                (pages["news"].url + "atom/", ["chu-de"]),
                (pages["lesson"].url, ["cau-1", "cau-2", "cau-99"]),
                (pages["video"].url, ["t"]),
                (pages["guide"].url, ["q"]),
                (pages["guide"].url + "in/", ["q"]),
                (pages["campaign"].url, ["q", "loai", "chi-tieu", "sap-xep", "xa"]),
                (pages["classes"].url, ["xa", "chu-de", "ngon-ngu", "trang"]),
                (pages["classes"].url + "lich/", ["xa"]),
                (pages["communes"].url, ["q", "xa"]),
                (f"/kiosk/{pages['kiosk'].slug}/", ["lang", "next"]),
                ("/qr.svg", ["url"]),
                ("/offline/", ["q"]),
                ("/", ["q", "lang"]),
            ]
        )
    )
    assert_no_server_error(client.get(url, data.draw(params_for(names))), url)


@FUZZ
@given(answers=params_for(["cau-1", "cau-2", "cau-3"]))
def test_quiz_post(client, site_pages, answers):
    url = site_pages["lesson"].url
    assert_no_server_error(client.post(url, answers), url)


@FUZZ
@given(form=params_for(["token", "version"]))
def test_kiosk_heartbeat(client, site_pages, form):
    url = f"/kiosk/{site_pages['kiosk'].slug}/heartbeat/"
    response = client.post(url, form)
    assert_no_server_error(response, url)
    assert response.status_code == 403  # no fuzzed token is the kiosk's


PATH_TEXT = st.one_of(
    st.sampled_from(TRICKY),
    st.text(alphabet=st.characters(codec="utf-8", exclude_characters="\x00/"), min_size=1, max_size=80),
)


@FUZZ
@given(
    template=st.sampled_from(
        [
            "/thuat-ngu/thuat-ngu.{}",
            "/chu-de/{}/",
            "/kiosk/{}/",
            "/{}/search/",
            "/{}/",
            "/{}/kiosk/thu-vien/",
            "/anh-rieng/1/{}/",
        ]
    ),
    part=PATH_TEXT,
)
def test_path_segments_and_language_prefixes(client, site_pages, template, part):
    url = template.format(quote(part, safe=""))
    assert_no_server_error(client.get(url), url)
