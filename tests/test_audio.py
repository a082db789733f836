"""Hearing, not only reading: narrators' recordings and "Đọc to" on guide steps and lessons.

What the server renders is tested here. What the browser does with it (show "Đọc to" only
where speechSynthesis has a voice for the text's language) cannot be, without a browser:
see static/js/site.js, checked by hand in headless Chromium.
"""

import json
import re
from html.parser import HTMLParser

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale
from wagtail_localize.models import OverridableSegment, SegmentOverride, TranslationSource
from wagtailmedia.models import Media

from core.locales import ensure_site_locales, mirror_new_page
from guides.models import GuidePage
from lessons.models import LessonPage
from news.models import NewsPage

from .factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    GuidePageFactory,
    LessonPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    step,
)

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class _Element(HTMLParser):
    """The text and the opening tags inside the element with a given id."""

    def __init__(self, element_id):
        super().__init__()
        self.element_id, self.depth, self.found = element_id, 0, False
        self.text, self.tags = [], []

    def handle_starttag(self, tag, attrs):
        if self.depth:
            self.tags.append((tag, dict(attrs)))
            if tag not in VOID:
                self.depth += 1
        elif dict(attrs).get("id") == self.element_id and not self.found:
            self.found, self.depth = True, 1

    def handle_endtag(self, tag):
        if self.depth and tag not in VOID:
            self.depth -= 1

    def handle_data(self, data):
        if self.depth:
            self.text.append(data)


def element(html, element_id):
    parser = _Element(element_id)
    parser.feed(html)
    assert parser.found, f"no element with id={element_id!r}"
    return " ".join(" ".join(parser.text).split()), parser.tags


def tags(tag_list, name, **attrs):
    return [a for t, a in tag_list if t == name and all(a.get(k) == v for k, v in attrs.items())]


def card_ids(html):
    """The ids of the listenable parts of a page (guide steps, lesson sections), in order."""
    return re.findall(r'<div class="(?:step-card|lesson-section)" id="(loi-[^"]+)"', html)


def recording(title="Bản ghi âm mẫu", name="buoc.mp3", size=48_000, duration=21):
    media = Media(title=title, type="audio", duration=duration)
    media.file.save(name, ContentFile(b"\0" * size), save=False)
    media.save()
    return media


def size_of(media, language="vi"):
    """The size as the page shows it: "46,9 KB" in Vietnamese (number formats follow the language)."""
    with translation.override(language):
        return filesizeformat(media.file.size)


def assert_plays_recording(html, card_id, media, label, language="vi"):
    text, inside = element(html, card_id)
    audios = tags(inside, "audio")
    assert len(audios) == 1
    audio = audios[0]
    assert audio["preload"] == "none" and "controls" in audio and "autoplay" not in audio
    assert tags(inside, "source", src=media.url, type="audio/mpeg")
    assert label in text and " ".join(size_of(media, language).split()) in text and "0:21" in text
    label_id = audio["aria-labelledby"]
    assert tags(inside, "p", id=label_id), "the audio is labelled by the visible label"
    assert not tags(inside, "button"), "a recording, not also 'Đọc to'"


def assert_offers_read_aloud(html, card_id, *texts):
    text, inside = element(html, card_id)
    (button,) = tags(inside, "button")
    assert button["data-read-aloud"] == card_id, "the button points at the text it reads"
    assert "hidden" in button and "hidden" in tags(inside, "p", **{"class": "read-aloud no-print"})[0]
    assert button["data-label-stop"] == "Dừng đọc"
    assert "Đọc to" in text
    assert not tags(inside, "audio")
    for expected in texts:
        assert expected in text


@pytest.fixture
def narration(db):
    return recording()


@pytest.fixture
def locales(home):
    """Every site language, synchronised from Vietnamese (request it before guide_index)."""
    ensure_site_locales()


@pytest.fixture
def course(home):
    return CoursePageFactory(parent=CourseIndexPageFactory(parent=home))


@pytest.fixture
def editor_client(client, db):
    client.force_login(
        get_user_model().objects.create_superuser("bientap", "bt@example.com", "mk-dai-123456")
    )
    return client


def test_guide_step_with_a_recording_shows_a_player_and_no_read_aloud(client, guide_index, narration):
    guide = GuidePageFactory(
        parent=guide_index,
        steps=[
            step("Mở ứng dụng VNeID", "<p>Chạm vào biểu tượng VNeID.</p>", audio=narration.pk),
            step("Chọn thủ tục", "<p>Chọn “Khai sinh”.</p>", tip="Đọc kỹ trước khi bấm."),
        ],
    )
    html = client.get(guide.url).text

    with_recording, without = card_ids(html)
    assert_plays_recording(html, with_recording, narration, "Nghe bước này")
    assert_offers_read_aloud(
        html, without, "Bước 2", "Chọn thủ tục", "Chọn “Khai sinh”.", "Đọc kỹ trước khi bấm."
    )
    assert html.count("<audio") == 1
    assert 'src="/static/js/site.js"' in html and "<script>" not in html  # no inline script (CSP)


def test_guide_step_without_a_recording_renders_a_hidden_read_aloud_button(client, guide_index):
    guide = GuidePageFactory(
        parent=guide_index, steps=[step("Mở ứng dụng VNeID", "<p>Chạm vào biểu tượng.</p>")]
    )
    html = client.get(guide.url).text

    (card,) = card_ids(html)
    assert_offers_read_aloud(html, card, "Bước 1", "Mở ứng dụng VNeID", "Chạm vào biểu tượng.")
    assert "<audio" not in html
    # The step's id comes from its stream block, so it is unique and stable.
    assert card == f"loi-{guide.steps[0].id}"


def test_lesson_sections_offer_the_recording_or_read_aloud(client, course, narration):
    lesson = LessonPageFactory(
        parent=course,
        body=[
            {"type": "text", "value": "<h3>Bật máy</h3><p>Giữ nút nguồn ba giây.</p>"},
            {"type": "narrated_text", "value": {"text": "<p>Nhập mã PIN.</p>", "audio": narration.pk}},
            {"type": "narrated_text", "value": {"text": "<p>Mở khóa màn hình.</p>", "audio": None}},
        ],
    )
    html = client.get(lesson.url).text

    plain, narrated, narrated_without_audio = card_ids(html)
    assert_offers_read_aloud(html, plain, "Bật máy", "Giữ nút nguồn ba giây.")
    assert_plays_recording(html, narrated, narration, "Nghe đoạn này")
    assert "Nhập mã PIN." in element(html, narrated)[0]
    assert_offers_read_aloud(html, narrated_without_audio, "Mở khóa màn hình.")


def test_a_deleted_recording_falls_back_to_read_aloud(client, guide_index, narration):
    guide = GuidePageFactory(parent=guide_index, steps=[step("Mở ứng dụng", audio=narration.pk)])
    narration.delete()
    html = client.get(guide.url).text
    (card,) = card_ids(html)
    assert_offers_read_aloud(html, card, "Mở ứng dụng")


def test_only_audio_can_be_chosen(narration):
    video = Media.objects.create(title="Video", type="video", file=ContentFile(b"\0", name="v.mp4"))
    audio_block = GuidePage._meta.get_field("steps").stream_block.child_blocks["step"].child_blocks["audio"]
    assert list(audio_block.field.queryset) == [narration]
    assert video not in audio_block.field.queryset


def test_news_articles_can_carry_narrated_sections_too(client, home, narration):
    article = NewsPageFactory(
        parent=NewsIndexPageFactory(parent=home),
        body=[{"type": "narrated_text", "value": {"text": "<p>Tin đọc to.</p>", "audio": narration.pk}}],
    )
    html = client.get(article.url).text
    (card,) = card_ids(html)
    assert_plays_recording(html, card, narration, "Nghe đoạn này")


def test_editors_can_open_guides_lessons_and_news_with_recordings(
    editor_client, home, guide_index, course, narration
):
    guide = GuidePageFactory(parent=guide_index, steps=[step("Mở ứng dụng", audio=narration.pk)])
    lesson = LessonPageFactory(
        parent=course,
        body=[{"type": "narrated_text", "value": {"text": "<p>Nhập mã PIN.</p>", "audio": narration.pk}}],
    )
    article = NewsPageFactory(
        parent=NewsIndexPageFactory(parent=home),
        body=[{"type": "narrated_text", "value": {"text": "<p>Tin.</p>", "audio": narration.pk}}],
    )
    for page in (guide, lesson, article):
        response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200, type(page).__name__
        html = response.text  # block definitions and values are JSON in the page (\u escapes)
        assert "/admin/media/chooser/audio/" in html  # an audio-only chooser
        assert json.dumps("Bản ghi âm đọc")[1:-1] in html
        assert json.dumps(narration.title)[1:-1] in html  # the chosen recording is shown


@pytest.mark.parametrize(
    ("model", "field", "path", "expected"),
    [
        (GuidePage, "steps", ["step"], ["Mở ứng dụng VNeID", 'data-read-aloud="loi-xem-truoc"', "hidden"]),
        (LessonPage, "body", ["text"], ["Điện thoại thông minh", 'data-read-aloud="loi-xem-truoc"']),
        (LessonPage, "body", ["narrated_text"], ["Điện thoại thông minh", 'data-read-aloud="loi-xem-truoc"']),
        (NewsPage, "body", ["narrated_text"], ["Điện thoại thông minh", 'data-read-aloud="loi-xem-truoc"']),
    ],
)
def test_block_previews_still_render(editor_client, model, field, path, expected):
    block = model._meta.get_field(field).stream_block
    for name in path:
        block = block.child_blocks[name]
    response = editor_client.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})
    assert response.status_code == 200
    for text in expected:
        assert text in response.text


def test_each_translation_can_have_its_own_recording(client, locales, guide_index, narration):
    """wagtail-localize extracts the chooser as an overridable segment; an override per locale wins."""
    mirror_new_page(guide_index)
    rad_recording = recording(title="Bản ghi âm tiếng Ê Đê", name="buoc-rad.mp3", size=52_000)
    guide = GuidePageFactory(
        parent=guide_index,
        steps=[step("Mở ứng dụng VNeID", audio=narration.pk), step("Chọn thủ tục", audio=narration.pk)],
    )
    mirror_new_page(guide)
    first, second = (block.id for block in guide.steps)
    source, _ = TranslationSource.get_or_create_from_instance(guide)
    segment = OverridableSegment.objects.get(source=source, context__path=f"steps.{first}.audio")
    assert segment.data == narration.pk
    rad = Locale.objects.get(language_code="rad")
    SegmentOverride.objects.create(
        locale=rad, context=segment.context, data_json=json.dumps(rad_recording.pk)
    )

    translated, _ = source.create_or_update_translation(rad, fallback=True)
    html = client.get(translated.url).text

    assert translated.url.startswith("/rad/") and '<html lang="rad"' in html
    assert_plays_recording(html, f"loi-{first}", rad_recording, "Nghe bước này", "rad")
    # Not overridden: the source's recording.
    assert_plays_recording(html, f"loi-{second}", narration, "Nghe bước này", "rad")


def test_read_aloud_on_an_untranslated_page_reads_the_vietnamese_text(client, locales, guide_index):
    """The J'rai address of an untranslated guide shows Vietnamese inside <main lang="vi">: the
    closest lang attribute of the step, which site.js uses to pick the voice, is "vi"."""
    mirror_new_page(guide_index)
    guide = GuidePageFactory(parent=guide_index, slug="kich-hoat", steps=[step("Mở ứng dụng VNeID")])
    mirror_new_page(guide)
    html = client.get("/jra/huong-dan/kich-hoat/").text

    assert '<html lang="jra"' in html
    main = html.index('<main id="main" class="wrap" tabindex="-1" lang="vi">')
    (card,) = card_ids(html)
    assert main < html.index(f'id="{card}"') < html.index("</main>")
    assert_offers_read_aloud(html, card, "Mở ứng dụng VNeID")
