"""The search catalogue follows publishing through the database, page by page, and the bulk
guide loader ends where importing one by one does."""

import pytest
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page, PageViewRestriction

from core.locales import ensure_site_locales, mirror_new_page
from guides.importer import GuideImporter, ImportFileError
from guides.models import GuidePage
from search import catalog
from search.bulk import import_in_bulk
from search.models import CatalogChange
from search.service import request_scope
from tests.search_quality.guides import GUIDES

from .factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    GuideIndexPageFactory,
    GuidePageFactory,
    LessonPageFactory,
)

pytestmark = pytest.mark.search_engine


def titles(client, query):
    response = client.get("/api/search/", {"q": query})
    assert response.status_code == 200, response.content
    return [result["title"] for result in response.json()["results"]]


def suggested(client, query):
    response = client.get("/api/search/suggest/", {"q": query})
    return [row["title"] for row in response.json()["suggestions"]]


def cached_catalog():
    (cached,) = catalog._cache.values()  # one site, one language in these tests
    return cached.catalog


@pytest.fixture
def marriage(guide_index, search_index):
    page = GuidePageFactory(parent=guide_index, title="Đăng ký kết hôn")
    GuidePageFactory(parent=guide_index, title="Cấp đổi thẻ căn cước")
    search_index.refresh()
    return page


def test_a_publish_is_added_to_the_catalogue_without_reloading_the_rest(
    client, guide_index, marriage, search_index
):
    assert titles(client, "ket hon") == ["Đăng ký kết hôn"]
    before = cached_catalog()
    unchanged = before.by_id[marriage.pk]

    GuidePageFactory(parent=guide_index, title="Đăng ký kết hôn có yếu tố nước ngoài")
    search_index.refresh()

    assert titles(client, "ket hon nuoc ngoai")[0] == "Đăng ký kết hôn có yếu tố nước ngoài"
    assert "Đăng ký kết hôn có yếu tố nước ngoài" in suggested(client, "ket ho")
    assert cached_catalog() is before  # updated in place…
    assert cached_catalog().by_id[marriage.pk] is unchanged  # …only the new page was loaded


def test_a_change_written_by_another_process_reaches_this_one(client, marriage):
    """Another web process unpublishes the page: this process only sees the database rows
    (the page's new state and the change that process wrote down)."""
    assert suggested(client, "ket ho") == ["Đăng ký kết hôn"]

    Page.objects.filter(pk=marriage.pk).update(live=False)  # no signal reaches this process
    assert suggested(client, "ket ho") == ["Đăng ký kết hôn"]  # not told yet: still cached
    CatalogChange.objects.create(page_id=marriage.pk)

    assert suggested(client, "ket ho") == []
    assert titles(client, "ket hon") == []


def test_unpublishing_and_restricting_a_page_hide_it_at_the_next_search(client, marriage):
    card = GuidePage.objects.get(title="Cấp đổi thẻ căn cước")
    assert titles(client, "ket hon") == ["Đăng ký kết hôn"]
    assert titles(client, "the can cuoc") == ["Cấp đổi thẻ căn cước"]

    marriage.unpublish()
    PageViewRestriction.objects.create(page=card, restriction_type=PageViewRestriction.LOGIN)

    assert titles(client, "ket hon") == []
    assert titles(client, "the can cuoc") == []
    assert suggested(client, "cap doi") == []


def addresses(client, query):
    return [result["url"] for result in client.get("/api/search/", {"q": query}).json()["results"]]


def test_a_new_slug_moves_the_addresses_of_the_pages_under_it(
    client, guide_index, marriage, django_capture_on_commit_callbacks
):
    """The catalogue works a page's address out once; a parent's new slug must reach it."""
    assert addresses(client, "ket hon") == [f"/{guide_index.slug}/{marriage.slug}/"]

    with django_capture_on_commit_callbacks(execute=True):  # Wagtail says so once committed
        guide_index.slug = "thu-tuc-hanh-chinh"
        guide_index.save_revision().publish()

    assert addresses(client, "ket hon") == [f"/thu-tuc-hanh-chinh/{marriage.slug}/"]
    assert f'href="/thu-tuc-hanh-chinh/{marriage.slug}/"' in client.get("/search/", {"q": "ket hon"}).text
    assert client.get(f"/thu-tuc-hanh-chinh/{marriage.slug}/").status_code == 200


def test_every_address_is_the_one_wagtail_gives_in_every_language(home):
    """The catalogue builds an address from the parent's: it must be Wagtail's own, for pages at
    any depth, in every language's tree, and for a slug written in Vietnamese letters."""
    ensure_site_locales()

    def made(page):  # with its aliases in the other languages, as the admin makes them
        mirror_new_page(page)
        return page

    guide_index = made(GuideIndexPageFactory(parent=home))
    made(GuidePageFactory(parent=guide_index, title="Đăng ký kết hôn", slug="ket-hon"))
    made(GuidePageFactory(parent=guide_index, title="Đăng ký tạm trú", slug="đăng-ký-tạm-trú"))
    course = made(CoursePageFactory(parent=made(CourseIndexPageFactory(parent=home)), slug="an-toan"))
    made(LessonPageFactory(parent=course, title="Mật khẩu mạnh", slug="mat-khau"))
    for code in ("vi", "en", "rad"):
        with translation.override(code):
            request = RequestFactory().get("/search/")
            found = catalog.get_catalog(*request_scope(request))
            addresses = {found.url(entry, request) for entry in found.entries}
            expected = {page.get_url(request) for page in Page.objects.filter(pk__in=found.by_id)}
        assert len(found.by_id) == 4, code  # guides, course, lesson (index pages are not searched)
        assert addresses == expected, code
    # The Vietnamese letters are percent-encoded, as Wagtail writes them (here under /rad/).
    assert "/rad/huong-dan/%C4%91%C4%83ng-k%C3%BD-t%E1%BA%A1m-tr%C3%BA/" in addresses


def test_a_new_synonym_reaches_the_cached_catalogue(client, marriage):
    from search.models import Synonym

    assert titles(client, "cuoi vo") == []
    Synonym.objects.create(terms="cưới vợ, kết hôn")
    assert titles(client, "cuoi vo") == ["Đăng ký kết hôn"]


def test_old_changes_are_forgotten(db):
    catalog.record_pages([1])
    CatalogChange.objects.update(created_at=catalog.timezone.now() - catalog.KEEP_CHANGES * 2)
    catalog.record_pages([2])
    assert list(CatalogChange.objects.values_list("page_id", flat=True)) == [2]


def structure(index):
    """Each guide under the index: its language versions (live, alias of the source?) and tags."""
    rows = []
    for guide in GuidePage.objects.child_of(index).order_by("slug"):
        versions = sorted(
            (page.locale.language_code, page.live, page.alias_of_id == guide.pk, page.title)
            for page in GuidePage.objects.filter(translation_key=guide.translation_key)
        )
        rows.append((guide.slug, guide.live, guide.revisions.count(), versions, sorted(guide.tags.names())))
    return rows


def test_the_bulk_import_ends_where_importing_one_by_one_does(client, guide_index, search_index):
    ensure_site_locales()  # mirrors the guide index into every language, as on the site
    records = [dict(record) for record in GUIDES[:4]]

    with pytest.raises(ImportFileError):  # all or nothing, as the importer
        import_in_bulk(GuideImporter([*records, {"slug": "Sai"}]))
    assert not GuidePage.objects.exists()

    GuideImporter(records).run()
    one_by_one = structure(guide_index)
    Page.objects.filter(pk__in=GuidePage.objects.values("pk")).delete()
    import_in_bulk(GuideImporter(records))
    search_index.refresh()

    assert structure(guide_index) == one_by_one
    assert len(one_by_one[0][3]) == 5  # Vietnamese and four aliases
    assert titles(client, records[0]["title"])[0] == records[0]["title"]  # indexed at the end


def test_a_bulk_import_writes_one_catalogue_change(guide_index, django_capture_on_commit_callbacks):
    """Not one per saved page: every search reads the recent changes."""
    CatalogChange.objects.all().delete()  # the guide index's own creation

    with django_capture_on_commit_callbacks(execute=True):
        import_in_bulk(GuideImporter([dict(record) for record in GUIDES[:4]]))

    assert GuidePage.objects.count() == 4
    assert list(CatalogChange.objects.values_list("subject", flat=True)) == [CatalogChange.EVERYTHING]
