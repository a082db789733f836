"""The same search, on every engine: `make test` runs this on SQLite, PostgreSQL and OpenSearch."""

import pytest

from guides.models import GuidePage

from .factories import GuidePageFactory

pytestmark = pytest.mark.search_engine

TITLE = "Đăng ký khai sinh trực tuyến"


def found(queryset):
    return {page.pk for page in queryset}


def test_a_query_without_tone_marks_finds_the_published_guide(guide_index, search_index):
    guide = GuidePageFactory(parent=guide_index, title=TITLE, slug="dang-ky-khai-sinh-truc-tuyen")
    search_index.refresh()

    results = GuidePage.objects.live().search("dang ky khai sinh")

    assert found(results) == {guide.pk}, f"on {search_index.engine}"
    assert results.count() == 1  # nothing left over from another test


def test_a_draft_is_indexed_but_not_found_among_live_pages(guide_index, search_index):
    published = GuidePageFactory(parent=guide_index, title=TITLE, slug="dang-ky-khai-sinh-truc-tuyen")
    draft = GuidePageFactory(parent=guide_index, title=TITLE, slug="ban-nhap-khai-sinh", live=False)
    search_index.refresh()

    assert found(GuidePage.objects.live().search("dang ky khai sinh")) == {published.pk}
    assert found(GuidePage.objects.search("dang ky khai sinh")) == {published.pk, draft.pk}, (
        f"on {search_index.engine}"
    )


def test_each_test_starts_from_an_empty_index(db, search_index):
    search_index.refresh()
    assert GuidePage.objects.search("dang ky khai sinh").count() == 0
