"""The editors' side: the admin is in Vietnamese and every editing screen opens."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from .factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    GuidePageFactory,
    LessonPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    VideoGuidePageFactory,
    VideoIndexPageFactory,
)


@pytest.fixture
def editor_client(client, db):
    user = get_user_model().objects.create_superuser("bientap", "bt@example.com", "mat-khau-dai-123")
    client.force_login(user)
    return client


def test_admin_speaks_vietnamese(client, db):
    html = client.get(reverse("wagtailadmin_login")).text
    assert "Đăng nhập" in html


def test_every_page_type_opens_in_the_editor(editor_client, home, guide_index):
    courses = CourseIndexPageFactory(parent=home)
    course = CoursePageFactory(parent=courses)
    videos = VideoIndexPageFactory(parent=home)
    news = NewsIndexPageFactory(parent=home)
    pages = [
        home,
        guide_index,
        GuidePageFactory(parent=guide_index),
        courses,
        course,
        LessonPageFactory(parent=course),
        videos,
        VideoGuidePageFactory(parent=videos),
        news,
        NewsPageFactory(parent=news),
    ]
    for page in pages:
        response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert response.status_code == 200, type(page).__name__


def test_report_lists_guides_not_checked_for_six_months(editor_client, guide_index):
    GuidePageFactory(parent=guide_index, title="Cũ quá rồi", facts_checked_on=datetime.date(2025, 1, 2))
    GuidePageFactory(parent=guide_index, title="Chưa kiểm tra bao giờ", facts_checked_on=None)
    GuidePageFactory(parent=guide_index, title="Vừa kiểm tra")

    html = editor_client.get(reverse("stale_guides_report")).text

    assert "Cũ quá rồi" in html and "02/01/2025" in html
    assert "Chưa kiểm tra bao giờ" in html
    assert "Vừa kiểm tra" not in html
    assert "Hướng dẫn cần đối chiếu lại" in html


@pytest.mark.parametrize("model", ["core/topic", "guides/troubleshootingtip"])
def test_snippets_are_listed(editor_client, model):
    app_label, model_name = model.split("/")
    url = reverse(f"wagtailsnippets_{app_label}_{model_name}:list")
    assert editor_client.get(url).status_code == 200


def test_caption_upload_must_be_webvtt(db):
    from django.core.exceptions import ValidationError
    from django.core.files.uploadedfile import SimpleUploadedFile

    from core.validators import validate_webvtt

    validate_webvtt(SimpleUploadedFile("ok.vtt", b"WEBVTT\n\n"))
    for upload, message in [
        (SimpleUploadedFile("a.srt", b"1\n00:00"), ".vtt"),
        (SimpleUploadedFile("a.vtt", b"1\n00:00:00"), "WEBVTT"),
        (SimpleUploadedFile("a.vtt", b"\xff\xfe\x00garbage"), "UTF-8"),
        (SimpleUploadedFile("a.vtt", b"WEBVTT\n" + b"x" * 600_000), "quá lớn"),
    ]:
        with pytest.raises(ValidationError, match=message):
            validate_webvtt(upload)
