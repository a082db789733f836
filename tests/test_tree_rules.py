"""Editors cannot build a broken tree: each page type lives only where it belongs."""

import pytest
from wagtail.models import Page

from campaigns.models import CampaignPage, ClassIndexPage, CommuneIndexPage
from guides.models import GuideIndexPage, GuidePage
from home.models import HomePage
from lessons.models import CourseIndexPage, CoursePage, LessonPage
from news.models import NewsIndexPage, NewsPage
from videos.models import VideoGuidePage, VideoIndexPage

from .factories import CourseIndexPageFactory, CoursePageFactory, GuideIndexPageFactory

pytestmark = pytest.mark.django_db

ALLOWED_CHILDREN = {
    HomePage: {
        GuideIndexPage,
        CourseIndexPage,
        VideoIndexPage,
        NewsIndexPage,
        CampaignPage,
        ClassIndexPage,
        CommuneIndexPage,
    },
    GuideIndexPage: {GuidePage},
    GuidePage: set(),
    CourseIndexPage: {CoursePage},
    CoursePage: {LessonPage},
    LessonPage: set(),
    VideoIndexPage: {VideoGuidePage},
    VideoGuidePage: set(),
    NewsIndexPage: {NewsPage},
    NewsPage: set(),
    CampaignPage: set(),
    ClassIndexPage: set(),
    CommuneIndexPage: set(),
}


@pytest.mark.parametrize("parent", ALLOWED_CHILDREN, ids=lambda model: model.__name__)
def test_each_page_type_allows_only_its_own_children(parent):
    assert set(parent.allowed_subpage_models()) == ALLOWED_CHILDREN[parent]


def test_content_pages_cannot_be_created_at_the_top(home):
    root = Page.get_first_root_node()
    assert HomePage.can_create_at(root)
    for model in (GuideIndexPage, GuidePage, CoursePage, LessonPage, NewsPage, VideoGuidePage):
        assert not model.can_create_at(root)
    for model in (GuidePage, CoursePage, LessonPage, NewsPage, VideoGuidePage):
        assert not model.can_create_at(home)


def test_only_one_guide_index_per_home_page(home):
    assert GuideIndexPage.can_create_at(home)
    GuideIndexPageFactory(parent=home)
    assert not GuideIndexPage.can_create_at(home)


def test_lessons_live_only_inside_a_course(home):
    courses = CourseIndexPageFactory(parent=home)
    course = CoursePageFactory(parent=courses)
    assert LessonPage.can_create_at(course)
    assert not LessonPage.can_create_at(courses)
    assert not LessonPage.can_create_at(home)
