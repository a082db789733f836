"""Images reach cheap phones as small WebP renditions, made once, lazy below the fold."""

import io
import re

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from PIL import Image as PillowImage
from wagtail.images import get_image_model

from .factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    LessonPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    step,
)
from .factories import GuidePageFactory as Guide

pytestmark = pytest.mark.django_db
Image = get_image_model()


@pytest.fixture(autouse=True)
def _no_renditions_kept_by_earlier_tests():
    """Wagtail keeps renditions in the cache by image id, and ids come back after a rollback."""
    cache.clear()


def image(title, width=1600, height=1000):
    buffer = io.BytesIO()
    PillowImage.new("RGB", (width, height), "teal").save(buffer, "PNG")
    return Image.objects.create(title=title, file=ContentFile(buffer.getvalue(), name="anh.png"))


def block_value(picture, alt):
    return {"image": picture.pk, "alt_text": alt, "decorative": False}


def pictures(html):
    return re.findall(r"<picture>.*?</picture>", html, re.S)


def img_tag(picture_html):
    return re.search(r"<img [^>]*>", picture_html).group(0)


@pytest.fixture
def guide(guide_index):
    shots = [image("Màn hình đăng nhập"), image("Màn hình chọn thủ tục")]
    return Guide(
        parent=guide_index,
        steps=[
            step("Đăng nhập", screenshot=block_value(shots[0], "Ô nhập số định danh")),
            step("Chọn thủ tục", screenshot=block_value(shots[1], "Danh sách thủ tục")),
        ],
    )


def test_guide_screenshots_are_webp_pictures_with_a_jpeg_fallback_and_load_lazily(client, guide):
    html = client.get(guide.url).content.decode()
    found = pictures(html)
    assert len(found) == 2
    for picture_html in found:
        source = re.search(r"<source [^>]*>", picture_html).group(0)
        assert 'type="image/webp"' in source
        assert all(f"{width}w" in source for width in (400, 600, 800))
        img = img_tag(picture_html)
        assert re.search(r'src="[^"]+\.jpg"', img)
        assert re.search(r'width="\d+"', img) and re.search(r'height="\d+"', img)
        assert 'loading="lazy"' in img
        assert 'sizes="(max-width: 52rem) calc(100vw - 4rem), 47rem"' in img
    assert 'alt="Ô nhập số định danh"' in found[0]


def test_news_hero_is_fetched_at_once_and_body_images_lazily(client, home):
    news = NewsPageFactory(parent=NewsIndexPageFactory(parent=home), hero_image=image("Lớp học ở xã Ea Tu"))
    hero = img_tag(pictures(client.get(news.url).content.decode())[0])
    assert 'loading="lazy"' not in hero
    assert 'fetchpriority="high"' in hero


def test_lesson_image_blocks_load_lazily(client, home):

    course = CoursePageFactory(parent=CourseIndexPageFactory(parent=home))
    lesson = LessonPageFactory(
        parent=course,
        body=[{"type": "image", "value": block_value(image("Nút nguồn"), "Nút nguồn bên phải máy")}],
    )
    found = pictures(client.get(lesson.url).content.decode())
    assert len(found) == 1 and 'loading="lazy"' in img_tag(found[0])
    assert 'type="image/webp"' in found[0]


def test_renditions_are_made_once_and_reused(client, guide):
    client.get(guide.url)
    renditions = Image.get_rendition_model().objects.all()
    made = renditions.count()
    assert made == 2 * 6  # two screenshots, three widths, two formats
    webp = renditions.filter(filter_spec__contains="format-webp").first()
    with webp.file.open("rb") as file:
        header = file.read(12)
    assert header[:4] == b"RIFF" and header[8:12] == b"WEBP"
    client.get(guide.url)
    assert renditions.count() == made
