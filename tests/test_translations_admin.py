"""The translation team's admin tools: the "Tình trạng dịch" report and the term base."""

import csv
import io
import json
from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation
from wagtail.models import GroupPagePermission, Locale
from wagtail_localize.models import Translation, TranslationSource

from core.locales import ensure_site_locales, mirror_new_page
from translations.models import Term, TermTranslation
from translations.status import CURRENT, MISSING, OUTDATED, TranslationStatus
from translations.views import term_base_download

from .factories import CourseIndexPageFactory, CoursePageFactory, GuidePageFactory, LessonPageFactory

REPORT_URL = "/admin/translations/status/"
TERMS_URL = "/admin/snippets/translations/term/"


@pytest.fixture
def locales(home):
    ensure_site_locales()
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def superuser_client(client, db):
    user = get_user_model().objects.create_superuser("bientap", "bt@example.com", "mat-khau-dai-123")
    client.force_login(user)
    return client


@pytest.fixture
def publish(locales, guide_index, django_capture_on_commit_callbacks):
    """Create a page with a factory, publish it and give it its aliases, like the importer."""
    mirror_new_page(guide_index)

    def _publish(factory, **fields):
        page = factory(**fields)
        page.save_revision().publish()
        mirror_new_page(page)
        return type(page).objects.get(pk=page.pk)

    return _publish


def translate(page, locale, capture):
    """Translate `page` into `locale` the way wagtail-localize does ("Translate this page"):
    a TranslationSource, an enabled Translation, then the target page made from it."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    with capture(execute=True):  # the translated page is published on commit
        source.create_or_update_translation(locale, fallback=True)
    return translation


def republish(page, **changes):
    page = type(page).objects.get(pk=page.pk)
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


@pytest.fixture
def pages(publish, guide_index, home, locales, django_capture_on_commit_callbacks):
    """Guides current, out of date and missing in Ê Đê; a course and a lesson missing."""
    current = publish(GuidePageFactory, parent=guide_index, title="Gia hạn thẻ bảo hiểm y tế", slug="bhyt")
    outdated = publish(GuidePageFactory, parent=guide_index, title="Đăng ký khai sinh", slug="khai-sinh")
    missing = publish(GuidePageFactory, parent=guide_index, title="Cấp đổi thẻ căn cước", slug="can-cuoc")
    courses = publish(CourseIndexPageFactory, parent=home)
    course = publish(CoursePageFactory, parent=courses, title="An toàn trên mạng", slug="an-toan")
    lesson = publish(LessonPageFactory, parent=course, title="Bảo vệ mật khẩu", slug="mat-khau")
    for page in (current, outdated):
        translate(page, locales["rad"], django_capture_on_commit_callbacks)
    outdated = republish(
        outdated, summary="Khai sinh cho con ngay tại nhà, từ năm 2026 không cần giấy tờ bản giấy."
    )
    return {"current": current, "outdated": outdated, "missing": missing, "course": course, "lesson": lesson}


def states(report, page, code):
    row = next(row for row in report.rows if row.page.pk == page.pk)
    return next(state for state in row.languages.values() if state.locale.language_code == code)


# The status, as computed ----------------------------------------------------------------------


def test_each_page_is_current_outdated_or_missing_in_each_language(pages):
    report = TranslationStatus()
    assert states(report, pages["current"], "rad").status == CURRENT
    assert states(report, pages["outdated"], "rad").status == OUTDATED
    assert states(report, pages["missing"], "rad").status == MISSING
    assert states(report, pages["missing"], "rad").alias_id  # an alias exists, readers see Vietnamese
    for code in ("jra", "mng", "en"):
        assert states(report, pages["current"], code).status == MISSING
    assert [locale.language_code for locale in report.locales] == ["rad", "jra", "mng", "en"]
    counts = {item["locale"].language_code: item for item in report.counts()}
    assert (counts["rad"][CURRENT], counts["rad"][OUTDATED], counts["rad"][MISSING]) == (1, 1, 3)
    assert (counts["jra"][CURRENT], counts["jra"][OUTDATED], counts["jra"][MISSING]) == (0, 0, 5)


def test_only_published_vietnamese_content_pages_are_counted(pages, guide_index, home):
    draft = GuidePageFactory(parent=guide_index, title="Bản nháp", slug="ban-nhap", live=False)
    report = TranslationStatus()
    listed = {row.page.pk for row in report.rows}
    assert listed == {page.pk for page in pages.values()}
    assert draft.pk not in listed and home.pk not in listed and guide_index.pk not in listed


def test_republishing_unchanged_vietnamese_text_keeps_the_translation_current(pages):
    republish(pages["current"])
    assert states(TranslationStatus(), pages["current"], "rad").status == CURRENT


def test_a_changed_fact_shared_by_translations_also_makes_them_out_of_date(pages):
    republish(pages["current"], fee="50.000 đồng")  # synchronised, not translated: still needs a sync
    assert states(TranslationStatus(), pages["current"], "rad").status == OUTDATED


def test_syncing_brings_the_translation_up_to_date(pages, superuser_client):
    source = TranslationSource.objects.get(object_id=pages["outdated"].translation_key)
    response = superuser_client.post(
        reverse("wagtail_localize:update_translations", args=[source.pk])
        + "?"
        + urlencode({"next": REPORT_URL}),
        {"next": REPORT_URL},
    )
    assert response.status_code == 302 and response["Location"] == REPORT_URL
    state = states(TranslationStatus(), pages["outdated"], "rad")
    assert state.status == CURRENT
    assert state.translated_segments < state.segments  # the new Vietnamese text waits for the translator


def test_a_translation_made_by_hand_is_out_of_date_when_vietnamese_is_published_after_it(
    pages, locales, django_capture_on_commit_callbacks
):
    source, _created = TranslationSource.get_or_create_from_instance(pages["missing"])
    with django_capture_on_commit_callbacks(execute=True):
        source.create_or_update_translation(locales["en"], fallback=True)  # no Translation: not synced
    assert states(TranslationStatus(), pages["missing"], "en").status == CURRENT
    republish(pages["missing"], title="Cấp đổi thẻ căn cước gắn chip")
    state = states(TranslationStatus(), pages["missing"], "en")
    assert state.status == OUTDATED and not state.synced


def test_guides_come_first_then_pages_by_title(pages):
    titles = [row.page.title for row in TranslationStatus().rows]
    assert titles == [
        "Cấp đổi thẻ căn cước",
        "Đăng ký khai sinh",
        "Gia hạn thẻ bảo hiểm y tế",
        "An toàn trên mạng",
        "Bảo vệ mật khẩu",
    ]


# The report, as editors see it --------------------------------------------------------------------


def section(html, status):
    start = html.index(f'id="section-{status}"')
    end = html.find("</section>", start)
    return html[start:end]


def test_report_shows_counts_then_a_table_per_status_with_links(superuser_client, pages, locales):
    response = superuser_client.get(REPORT_URL)
    assert response.status_code == 200
    html = response.text
    assert "Tình trạng dịch" in html
    summary = html[
        html.index('id="translation-summary"') : html.index(
            "</table>", html.index('id="translation-summary"')
        )
    ]
    rad_row = summary[summary.index('data-language="rad"') :]
    assert '<td data-status="current">1' in rad_row
    assert "(1 bản còn đoạn chờ dịch)" in rad_row  # nothing of it is translated yet
    assert '<td data-status="outdated">1</td>' in rad_row
    assert '<td data-status="missing">3</td>' in rad_row

    outdated = section(html, OUTDATED)
    source = TranslationSource.objects.get(object_id=pages["outdated"].translation_key)
    assert "Đăng ký khai sinh" in outdated and "Gia hạn thẻ bảo hiểm y tế" not in outdated
    assert reverse("wagtail_localize:update_translations", args=[source.pk]) + "?next=" in outdated
    assert reverse("wagtailadmin_pages:edit", args=[pages["outdated"].pk]) in outdated
    assert "Đồng bộ bản dịch" in outdated

    missing = section(html, MISSING)
    submit_url = reverse("wagtail_localize:submit_page_translation", args=[pages["missing"].pk])
    assert submit_url in missing and "Dịch trang này" in missing
    assert f"{submit_url}?select_locale=rad&amp;next=" in missing  # the language is ticked

    current = section(html, CURRENT)
    translated = pages["current"].get_translation(locales["rad"])
    assert reverse("wagtailadmin_pages:edit", args=[translated.pk]) in current
    assert "Gia hạn thẻ bảo hiểm y tế" in current


def test_report_filtered_by_language(superuser_client, pages):
    html = superuser_client.get(REPORT_URL, {"language": "jra"}).text
    assert "Không có bản dịch nào bị cũ." in section(html, OUTDATED)
    assert "Chưa có bản dịch nào." in section(html, CURRENT)
    missing = section(html, MISSING)
    assert "Gia hạn thẻ bảo hiểm y tế" in missing  # translated into Ê Đê, not into J'rai
    assert "select_locale=jra" in missing and "select_locale=rad" not in missing
    assert 'data-language="rad"' not in html and 'data-language="jra"' in html


def test_report_exports_one_csv_line_per_page_and_language(superuser_client, pages):
    response = superuser_client.get(REPORT_URL, {"language": "rad", "export": "csv"})
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert len(rows) == 5
    by_title = {row["Trang tiếng Việt"]: row for row in rows}
    assert by_title["Đăng ký khai sinh"]["Tình trạng"] == "Đã dịch nhưng cũ"
    assert by_title["Gia hạn thẻ bảo hiểm y tế"]["Tình trạng"] == "Đã dịch, cập nhật"
    assert by_title["Bảo vệ mật khẩu"]["Tình trạng"] == "Chưa dịch"
    assert by_title["Bảo vệ mật khẩu"]["Ngôn ngữ"] == "Ê Đê"


def test_report_before_any_other_language_exists(superuser_client, home):
    response = superuser_client.get(REPORT_URL)
    assert response.status_code == 200
    assert "Chưa có ngôn ngữ nào ngoài tiếng Việt" in response.text


def make_user(username, groups=(), permissions=()):
    user = get_user_model().objects.create_user(username, f"{username}@example.com", "mat-khau-dai-123")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"), *permissions)
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user


def test_report_is_for_editors_who_can_edit_pages(client, pages, home):
    client.force_login(make_user("khach"))
    assert client.get(REPORT_URL).status_code in (302, 403)

    client.force_login(make_user("bientapvien", groups=["Editors"]))
    response = client.get(REPORT_URL)
    assert response.status_code == 200
    assert "Cấp đổi thẻ căn cước" in response.text
    assert "Dịch trang này" in response.text and "Đồng bộ bản dịch" in response.text

    # Without wagtail-localize's "submit translation" permission there is nothing to click.
    reviewers = Group.objects.create(name="Người duyệt")
    GroupPagePermission.objects.create(
        group=reviewers, page=home.get_parent(), permission=Permission.objects.get(codename="change_page")
    )
    client.force_login(make_user("nguoiduyet", groups=["Người duyệt"]))
    response = client.get(REPORT_URL)
    assert response.status_code == 200
    assert "Dịch trang này" not in response.text and "Đồng bộ bản dịch" not in response.text


# The term base ------------------------------------------------------------------------------------


def test_a_starter_term_base_is_installed_with_english_only(db):
    terms = Term.objects.all()
    assert 10 <= terms.count() <= 15
    assert {"mật khẩu", "mã OTP", "định danh điện tử", "căn cước", "VNeID"} <= set(
        terms.values_list("term", flat=True)
    )
    assert TermTranslation.objects.get(term__term="mật khẩu", language="en").text == "password"
    assert set(TermTranslation.objects.values_list("language", flat=True)) == {"en"}


def test_editors_and_moderators_may_use_the_term_base(db):
    for name in ("Editors", "Moderators"):
        codenames = set(Group.objects.get(name=name).permissions.values_list("codename", flat=True))
        assert {"add_term", "change_term", "view_term"} <= codenames


def test_term_base_listing_searches_without_tone_marks_and_filters_by_language(superuser_client):
    TermTranslation.objects.create(
        term=Term.objects.get(term="mật khẩu"), language="rad", text="mật khẩu (rad)"
    )

    html = superuser_client.get(TERMS_URL, {"q": "mat khau"}).text
    assert "mật khẩu" in html and "VNeID" not in html

    html = superuser_client.get(TERMS_URL, {"language": "rad", "status": "untranslated"}).text
    assert "VNeID" in html and "mật khẩu (rad)" not in html
    listing = html[html.index('<table class="listing') :]
    header = listing[: listing.index("</thead>")]
    assert "Ê Đê" in header and "English" not in header  # only the chosen language's column

    html = superuser_client.get(TERMS_URL, {"language": "rad", "status": "translated"}).text
    assert "mật khẩu (rad)" in html and "VNeID" not in html

    html = superuser_client.get(TERMS_URL).text
    for name in ("Ê Đê", "J&#x27;rai", "M&#x27;Nông", "English"):
        assert name in html
    assert "password" in html


def term_form(term, rows):
    data = {
        "term": term,
        "note": "",
        "translations-TOTAL_FORMS": str(len(rows)),
        "translations-INITIAL_FORMS": "0",
        "translations-MIN_NUM_FORMS": "0",
        "translations-MAX_NUM_FORMS": "1000",
    }
    for index, (language, text) in enumerate(rows):
        data.update(
            {
                f"translations-{index}-language": language,
                f"translations-{index}-text": text,
                f"translations-{index}-note": "",
                f"translations-{index}-id": "",
                f"translations-{index}-DELETE": "",
            }
        )
    return data


def test_a_term_is_added_with_its_translations_inline(superuser_client):
    response = superuser_client.post(
        TERMS_URL + "add/", term_form("chữ ký số", [("en", "digital signature"), ("jra", "chữ ký số (jra)")])
    )
    assert response.status_code == 302
    term = Term.objects.get(term="chữ ký số")
    assert dict(term.translations.values_list("language", "text")) == {
        "en": "digital signature",
        "jra": "chữ ký số (jra)",
    }


@pytest.mark.parametrize(
    "term, rows",
    [
        ("chữ ký số", [("xx", "unknown language")]),
        ("chữ ký số", [("vi", "the source language")]),
        ("chữ ký số", [("en", "digital signature"), ("en", "e-signature")]),
        ("Mật khẩu", [("en", "password")]),  # already listed, case apart
    ],
)
def test_invalid_terms_are_refused_with_a_message(superuser_client, term, rows):
    count = Term.objects.count()
    response = superuser_client.post(TERMS_URL + "add/", term_form(term, rows))
    assert response.status_code == 200  # the form again, with its errors
    assert Term.objects.count() == count


def test_term_base_downloads_as_csv_and_json_without_logging_in(db):
    request = RequestFactory().get("/thuat-ngu/thuat-ngu.csv")  # no session, no login
    with translation.override("vi"):
        response = term_base_download(request, "csv")
    assert response["Content-Disposition"] == 'attachment; filename="thuat-ngu.csv"'
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:4] == ["Tiếng Việt", "Ghi chú", "Ê Đê (rad)", "Ghi chú Ê Đê"]
    password = next(row for row in rows if row[0] == "mật khẩu")
    assert password[rows[0].index("English (en)")] == "password"

    data = json.loads(term_base_download(request, "json").content)
    assert [language["code"] for language in data["languages"]] == ["rad", "jra", "mng", "en"]
    otp = next(term for term in data["terms"] if term["term"] == "mã OTP")
    assert otp["translations"] == {"en": {"text": "OTP code", "note": ""}}


def test_term_base_download_from_the_admin(superuser_client):
    response = superuser_client.get(reverse("translations_term_base_download_admin", args=["json"]))
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    assert (
        superuser_client.get(reverse("translations_term_base_download_admin", args=["xml"])).status_code
        == 404
    )


# The term base from wagtail-localize's translation editor ----------------------------------------


def test_translation_editor_links_to_the_term_base(superuser_client, pages, locales):
    translated = pages["current"].get_translation(locales["rad"])
    response = superuser_client.get(reverse("wagtailadmin_pages:edit", args=[translated.pk]))
    assert response.status_code == 200
    html = response.text
    assert "js-translation-editor" in html  # wagtail-localize's editor, not Wagtail's page form
    assert "header-meta--locales" in html  # where the link is moved to (w-teleport target)
    assert "Tra thuật ngữ" in html
    assert f'href="{TERMS_URL}?language=rad" target="_blank"' in html
    # The guide's steps say "Mở ứng dụng VNeID": that term is offered, not yet translated into Ê Đê.
    found = html[html.index("Thuật ngữ trong trang") :]
    assert "VNeID →" in found and "chưa có bản dịch" in found


def test_term_base_link_is_not_on_the_ordinary_page_editor(superuser_client, pages):
    html = superuser_client.get(reverse("wagtailadmin_pages:edit", args=[pages["current"].pk])).text
    assert "Tra thuật ngữ" not in html


def test_deleting_a_translated_page_ends_its_translation(superuser_client, pages, locales):
    """Its editor, PO download and upload would otherwise fail on a page that is gone."""
    source = TranslationSource.objects.get(object_id=pages["current"].translation_key)
    translation = Translation.objects.get(source=source, target_locale=locales["rad"])
    pages["current"].get_translation(locales["rad"]).delete()

    response = superuser_client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/")

    assert response.status_code == 404
    assert not Translation.objects.filter(pk=translation.pk).exists()
    assert Translation.objects.filter(target_locale=locales["rad"]).exists()  # the other page's stays
