"""Vietnamese first, Ê Đê, J'rai, M'Nông and English beside it — and no reader stranded."""

import re

import polib
import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import translate_object

from core.locales import ensure_site_locales, mirror_new_page
from guides.models import GuidePage

from .factories import GuidePageFactory

LANGUAGES = ["vi", "rad", "jra", "mng", "en"]


@pytest.fixture
def locales(home):
    ensure_site_locales()
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def guide(locales, guide_index):
    mirror_new_page(guide_index)
    page = GuidePageFactory(
        parent=guide_index,
        title="Đăng ký khai sinh trực tuyến",
        slug="dang-ky-khai-sinh",
        summary="Khai sinh cho con ngay tại nhà.",
        fee="Miễn phí",
    )
    mirror_new_page(page)
    return page


def translate(page, locale, strings):
    """Translate `page` as a translator does with a PO file; returns the Translation."""
    translate_object(page, [locale])
    tr = Translation.objects.get(source__object_id=page.translation_key, target_locale=locale)
    po = tr.export_po()
    for entry in po:
        entry.msgstr = strings.get(entry.msgid, "")
    tr.import_po(po)
    tr.save_target(publish=True)
    return tr


@pytest.fixture
def translated(guide, locales):
    translate(guide, locales["rad"], {"Đăng ký khai sinh trực tuyến": "Čih anăn hđeh mrâo kkiêng"})
    return guide.get_translation(locales["rad"])


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_language_renders_with_its_lang_attribute(client, locales, code):
    prefix = "" if code == "vi" else f"/{code}"
    response = client.get(f"{prefix}/")
    assert response.status_code == 200
    assert f'<html lang="{code}"' in response.text


def test_vietnamese_is_at_the_root_without_a_prefix(client, guide):
    assert guide.url == "/huong-dan/dang-ky-khai-sinh/"
    assert client.get("/vi/").status_code == 404


def test_an_untranslated_page_shows_vietnamese_with_a_notice_in_the_readers_language(client, guide):
    html = client.get("/jra/huong-dan/dang-ky-khai-sinh/").text
    with translation.override("jra"):
        notice = translation.gettext(
            "Trang này chưa được dịch sang tiếng của bạn. Dưới đây là bản tiếng Việt."
        )
    assert notice != "Trang này chưa được dịch sang tiếng của bạn. Dưới đây là bản tiếng Việt."
    assert f'lang="jra">{notice}' in html
    assert '<main id="main" class="wrap" tabindex="-1" lang="vi">' in html
    assert "Đăng ký khai sinh trực tuyến" in html


def test_a_translated_page_shows_its_translation_without_notice(client, translated):
    html = client.get("/rad/huong-dan/dang-ky-khai-sinh/").text
    assert "Čih anăn hđeh mrâo kkiêng" in html
    assert "untranslated" not in html
    assert '<main id="main" class="wrap" tabindex="-1">' in html


def test_hreflang_lists_real_translations_only(client, translated):
    html = client.get("/huong-dan/dang-ky-khai-sinh/").text
    alternates = set(re.findall(r'<link rel="alternate" hreflang="([a-z]+)"', html))
    assert alternates == {"vi", "rad"}


def test_switcher_names_languages_in_themselves_and_marks_missing_translations(client, translated):
    html = client.get("/huong-dan/dang-ky-khai-sinh/").text
    switcher = html[html.index('class="languages"') :]
    switcher = switcher[: switcher.index("</nav>")]
    for name in ("Tiếng Việt", "Ê Đê", "J&#x27;rai", "M&#x27;Nông", "English"):
        assert name in switcher
    assert 'href="/rad/huong-dan/dang-ky-khai-sinh/" hreflang="rad" lang="rad">Ê Đê</a></li>' in switcher
    assert 'hreflang="jra" lang="jra">J&#x27;rai</a><span class="languages__missing">' in switcher


def switcher_links(html):
    switcher = html[html.index('class="languages"') :]
    links = re.findall(r'<a href="([^"]+)" hreflang="([a-z]+)"', switcher[: switcher.index("</nav>")])
    return {language: url for url, language in links}


def test_the_switcher_on_a_search_keeps_the_search_in_every_language(client, locales):
    assert switcher_links(client.get("/search/?q=khai+sinh&page=2").text) == {
        "vi": "/search/?q=khai+sinh&amp;page=2",
        "rad": "/rad/search/?q=khai+sinh&amp;page=2",
        "jra": "/jra/search/?q=khai+sinh&amp;page=2",
        "mng": "/mng/search/?q=khai+sinh&amp;page=2",
        "en": "/en/search/?q=khai+sinh&amp;page=2",
    }
    from_english = switcher_links(client.get("/en/search/?q=birth").text)
    assert (from_english["vi"], from_english["mng"]) == ("/search/?q=birth", "/mng/search/?q=birth")


def test_facts_are_shared_by_every_translation(translated, guide, locales):
    guide.fee = "50.000 đồng"
    guide.save_revision().publish()
    source, _ = TranslationSource.update_or_create_from_instance(guide)
    source.create_or_update_translation(locales["rad"], fallback=True)
    assert GuidePage.objects.get(pk=translated.pk).fee == "50.000 đồng"


def test_a_source_edit_makes_the_translation_out_of_date_and_a_sync_keeps_translated_text(
    translated, guide, locales
):
    tr = Translation.objects.get(source__object_id=guide.translation_key, target_locale=locales["rad"])
    guide.summary = "Khai sinh cho con ngay tại nhà, miễn phí."
    guide.save_revision().publish()
    guide.refresh_from_db()
    assert tr.source.last_updated_at < guide.last_published_at  # what "out of date" means

    tr.source.update_from_db()
    tr.save_target(publish=True)
    synced = GuidePage.objects.get(pk=translated.pk)
    assert synced.title == "Čih anăn hđeh mrâo kkiêng"  # the translated segment survived
    assert (
        synced.summary == "Khai sinh cho con ngay tại nhà, miễn phí."
    )  # new source text, not yet translated


@pytest.fixture
def editor(client, db):
    user = get_user_model().objects.create_superuser("bientap", "bt@example.com", "mat-khau-dai-123")
    client.force_login(user)
    return client


def test_po_file_download_and_upload_round_trip(editor, translated, guide, locales):
    tr = Translation.objects.get(source__object_id=guide.translation_key, target_locale=locales["rad"])
    download = editor.get(reverse("wagtail_localize:download_pofile", args=[tr.pk]))
    assert download.status_code == 200
    po = polib.pofile(download.content.decode())
    assert "Čih anăn hđeh mrâo kkiêng" in [entry.msgstr for entry in po]
    for entry in po:
        if entry.msgid == "Khai sinh cho con ngay tại nhà.":
            entry.msgstr = "Čih anăn hđeh ti sang."
    upload = editor.post(
        reverse("wagtail_localize:upload_pofile", args=[tr.pk]),
        {"file": SimpleUploadedFile("rad.po", str(po).encode()), "next": "/admin/"},
    )
    assert upload.status_code == 302
    tr.save_target(publish=True)
    assert GuidePage.objects.get(pk=translated.pk).summary == "Čih anăn hđeh ti sang."


@pytest.mark.parametrize("content", [b"not a po file \xff\xfe", b'msgid "x"\nmsgstr "y"\n'])
def test_a_broken_po_upload_gets_a_message_not_an_error(editor, translated, guide, locales, content):
    tr = Translation.objects.get(source__object_id=guide.translation_key, target_locale=locales["rad"])
    response = editor.post(
        reverse("wagtail_localize:upload_pofile", args=[tr.pk]),
        {"file": SimpleUploadedFile("rad.po", content), "next": "/admin/"},
        follow=True,
    )
    assert response.status_code == 200
    assert GuidePage.objects.get(pk=translated.pk).title == "Čih anăn hđeh mrâo kkiêng"


def test_missing_interface_strings_fall_back_to_vietnamese_never_english(locales):
    with translation.override("mng"):
        assert translation.gettext("Hướng dẫn thủ tục") == "Hướng dẫn thủ tục"  # our msgids are Vietnamese
        assert translation.gettext("This field is required.") == "Trường này là bắt buộc."  # Django's own
    with translation.override("en"):
        assert translation.gettext("Hướng dẫn thủ tục") == "Procedure guides"


def test_an_unknown_language_prefix_gets_a_friendly_404(client, locales):
    response = client.get("/xx/huong-dan/")
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.text


def test_search_in_a_language_shows_its_translations_first_then_vietnamese(
    client, translated, guide_index, locales
):
    other = GuidePageFactory(parent=guide_index, title="Đăng ký khai sinh cho trẻ bị bỏ rơi", slug="bo-roi")
    mirror_new_page(other)
    answer = client.get("/api/search/", {"q": "khai sinh", "lang": "rad"}).json()
    assert [(r["language"], r["url"]) for r in answer["results"]] == [
        ("rad", "/rad/huong-dan/dang-ky-khai-sinh/"),
        ("vi", "/rad/huong-dan/bo-roi/"),
    ]


def test_the_admin_is_vietnamese_for_translators_too(editor, translated):
    assert Page.objects.filter(locale__language_code="rad", alias_of__isnull=True).count() >= 1
