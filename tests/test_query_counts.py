"""Every public page makes a fixed number of database queries, however much content there is.

The site is built with a little content, each page's queries are counted, then ten times more
is added to the same pages (guides, steps, related guides, tags, tips, lessons, chapters,
news, topics) and the counts must not move. Counted with an empty cache and the page cache
off.
"""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page
from wagtail.models import Site as WagtailSite

from home.models import HomePage
from videos.models import VideoChapter

from .factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    LessonPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    TopicFactory,
    TroubleshootingTipFactory,
    VideoGuidePageFactory,
    VideoIndexPageFactory,
    quiz_question,
    step,
)
from .factories import GuidePageFactory as Guide

pytestmark = pytest.mark.django_db

# The most queries each public page may make (routing, view restrictions, the page's own
# relations, the listing it shows), counted here with nothing kept between requests: in
# production what every page shares (menu, languages, locales, private sections) comes from
# the shared cache, a few queries less. A change that needs more must say why.
MAX_QUERIES = {
    "home": 16,
    "guide index": 16,
    "guide": 19,
    "course": 16,
    "lesson": 17,
    "video": 15,
    "news list": 18,
    "news item": 16,
    "topic": 24,
    "search": 24,
    "search API": 24,
}


class Site:
    """One page of each type, and the means to give each of them `count` items."""

    def __init__(self, home, guide_index):
        self.home = home
        self.guide_index = guide_index
        self.topic = TopicFactory()
        self.guide = Guide(parent=guide_index, title="Đăng ký khai sinh", slug="khai-sinh", topic=self.topic)
        self.course = CoursePageFactory(parent=CourseIndexPageFactory(parent=home, slug="khoa-hoc"))
        self.lesson = LessonPageFactory(parent=self.course)
        self.video = VideoGuidePageFactory(parent=VideoIndexPageFactory(parent=home))
        self.news_index = NewsIndexPageFactory(parent=home)
        self.news = NewsPageFactory(parent=self.news_index)
        self.made = 0

    def grow(self, count):
        """Add guides, lessons, news and topics, and give every page `count` items of each list."""
        new = count - self.made
        self.made = count
        topics = [TopicFactory() for _ in range(new)]
        guides = [
            Guide(parent=self.guide_index, title=f"Khai sinh {self.made}-{n}", topic=self.topic)
            for n in range(new)
        ]
        for _ in range(new):
            LessonPageFactory(parent=self.course)
            news = NewsPageFactory(parent=self.news_index, lead="Tin khai sinh")
            news.topics.set(topics)
            news.save_revision().publish()
        related = [{"type": "page", "value": page.pk} for page in guides]
        tips = [{"type": "tip", "value": TroubleshootingTipFactory().pk} for _ in range(new)]
        self.republish(
            self.guide,
            steps=[*self.guide.steps.raw_data, *[step(f"Bước {n}") for n in range(new)]],
            related_guides=[*self.guide.related_guides.raw_data, *related],
            troubleshooting=[*self.guide.troubleshooting.raw_data, *tips],
        )
        self.guide.tags.add(*[f"the-{self.made}-{n}" for n in range(new)])
        self.republish(self.guide)
        self.republish(self.home, top_tasks=[*self.home.top_tasks.raw_data, *related])
        self.republish(self.news, related_guides=[*self.news.related_guides.raw_data, *related])
        self.news.topics.add(*topics)
        self.republish(self.news)
        questions = [quiz_question(f"Câu {n}?", ["Có", "Không"], correct=1) for n in range(new)]
        self.republish(self.lesson, quiz=[*self.lesson.quiz.raw_data, *questions])
        for n, guide in enumerate(guides):
            VideoChapter.objects.create(
                page=self.video, start=n * 10, title=f"Đoạn {n}", guide=guide, step_number=1
            )

    @staticmethod
    def republish(page, **fields):
        for name, value in fields.items():
            setattr(page, name, value)
        page.save_revision().publish()

    def urls(self):
        return {
            "home": "/",
            "guide index": self.guide_index.url,
            "guide": self.guide.url,
            "course": self.course.url,
            "lesson": self.lesson.url,
            "video": self.video.url,
            "news list": self.news_index.url,
            "news item": self.news.url,
            "topic": f"/chu-de/{self.topic.slug}/",
            "search": "/search/?q=khai+sinh",
            "search API": "/api/search/?q=khai+sinh",
        }


def count_queries(client, url):
    """Queries of a second visit (the first fills per-process lookups such as the search
    catalogue and content types), with the shared cache emptied as an edit would."""
    client.get(url)
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


def test_no_page_makes_more_queries_when_content_grows(client, home, guide_index):
    site = Site(home, guide_index)
    site.grow(3)
    small = {name: count_queries(client, url) for name, url in site.urls().items()}
    site.grow(30)
    large = {name: count_queries(client, url) for name, url in site.urls().items()}
    assert large == small
    assert {name: count for name, count in large.items() if count > MAX_QUERIES[name]} == {}, large


def test_the_site_is_found_once_until_an_editor_changes_sites(client, home, settings):
    """Which Wagtail site a host is for is kept between editorial changes (as in production,
    where the cache is shared); a site pointed at another home page shows it at once."""
    settings.CACHE_SHARED_BY_PROCESSES = True
    cache.clear()
    client.get("/")
    with CaptureQueriesContext(connection) as asked:
        assert client.get("/").status_code == 200
    assert not [query for query in asked.captured_queries if "wagtailcore_site" in query["sql"]]

    campaign_home = HomePage(title="Trang chiến dịch mùa thu", slug="chien-dich-mua-thu")
    Page.get_first_root_node().add_child(instance=campaign_home)
    assert "Trang chiến dịch mùa thu" not in client.get("/").text
    site = WagtailSite.objects.get(is_default_site=True)
    site.root_page = campaign_home
    site.save()  # as the admin's site editor does
    assert "Trang chiến dịch mùa thu" in client.get("/").text


def test_guide_listings_make_as_many_queries_for_many_guides_as_for_a_few(client, home, guide_index):
    """The guide index (a few guides of each topic, those without a topic a page at a time) and
    a topic page (its guides a page at a time, a few courses and videos) past every limit."""
    topics = [TopicFactory() for _ in range(3)]
    courses = CourseIndexPageFactory(parent=home, slug="khoa-hoc")
    videos = VideoIndexPageFactory(parent=home)
    urls = [
        "/huong-dan/",
        "/huong-dan/?chu-de=khac",
        "/huong-dan/?chu-de=khac&trang=2",
        f"/chu-de/{topics[0].slug}/",
        f"/chu-de/{topics[0].slug}/?trang=2",
    ]

    def grow(made, count):
        for n in range(made, count):
            for k, topic in enumerate([*topics, None]):
                Guide(parent=guide_index, title=f"Thủ tục {n}-{k}", topic=topic)
            CoursePageFactory(parent=courses, topic=topics[0])
            VideoGuidePageFactory(parent=videos, topic=topics[0])

    grow(0, 2)
    few = [count_queries(client, url) for url in urls]
    grow(2, 30)
    many = [count_queries(client, url) for url in urls]
    assert many == few
