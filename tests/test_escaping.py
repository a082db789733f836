"""Script injection through every editable text field that reaches a public page.

Each field gets a payload (a <script>, an attribute break-out with an onerror handler, a
javascript: link); the public HTML must show it as text, never as markup that runs. Rich text
goes through Wagtail's own editor converter (contentstate → database HTML), as an editor's
input does.
"""

import json
from html.parser import HTMLParser

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter
from wagtail.images.models import Image

from guides.models import TroubleshootingTip
from kiosks.models import Kiosk

from .factories import (
    CourseIndexPageFactory,
    CoursePageFactory,
    GuideIndexPageFactory,
    GuidePageFactory,
    LessonPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    TopicFactory,
    VideoGuidePageFactory,
    VideoIndexPageFactory,
    quiz_question,
    step,
)
from .test_uploads import png_bytes

PAYLOAD = '<script>alert("XSS")</script>"><img src=x onerror=alert("XSS")>\'-alert("XSS")-\''
SHORT = '"><img src=x onerror=alert(1)>'  # for fields of 40 characters


class ExecutableMarkup(HTMLParser):
    """What a browser would run: script elements with our payload, on… handler attributes
    (no template has any: CSP), javascript: links and sources."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = []
        self.in_script = False

    def handle_starttag(self, tag, attrs):
        self.in_script = tag == "script"
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}={value}>")
            if name in {"href", "src", "action", "formaction"} and (value or "").strip().lower().startswith(
                "javascript:"
            ):
                self.found.append(f"<{tag} {name}={value}>")

    def handle_endtag(self, tag):
        self.in_script = False

    def handle_data(self, data):
        if self.in_script and "XSS" in data:
            self.found.append(f"<script>{data}")


def assert_inert(html):
    parser = ExecutableMarkup()
    parser.feed(html)
    assert parser.found == []


def assert_shown_as_text(html):
    assert "&lt;script&gt;alert(" in html  # the payload is there, escaped: the field was rendered
    assert_inert(html)


def rich_text(features, text=PAYLOAD):
    """What Wagtail's editor stores when an editor types `text` and links it to javascript:."""
    contentstate = {
        "blocks": [
            {
                "key": "a1b2c",
                "type": "unstyled",
                "depth": 0,
                "text": text,
                "inlineStyleRanges": [],
                "entityRanges": [{"offset": 0, "length": 8, "key": 0}] if "link" in features else [],
            }
        ],
        "entityMap": {
            "0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": "javascript:alert('XSS')"}}
        },
    }
    return ContentstateConverter(features=features).to_database_format(json.dumps(contentstate))


LINK_FEATURES = ["bold", "italic", "link", "ol", "ul"]


@pytest.fixture
def image(db):
    return Image.objects.create(
        title=PAYLOAD[:255], description=PAYLOAD, file=ContentFile(png_bytes(32, 32), name="anh.png")
    )


def test_rich_text_links_to_javascript_are_dropped_by_the_editor_converter():
    html = rich_text(LINK_FEATURES)
    assert "javascript:" not in html
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_guide_page_fields_steps_tags_and_troubleshooting(client, home, image):
    topic = TopicFactory(name=PAYLOAD[:100])
    tip = TroubleshootingTip.objects.create(
        title=PAYLOAD[:200], slug="meo-xss", problem=PAYLOAD[:300], solution=rich_text(LINK_FEATURES)
    )
    index = GuideIndexPageFactory(parent=home, intro=rich_text(["bold", "italic", "link"]))
    guide = GuidePageFactory(
        parent=index,
        title=PAYLOAD,
        slug="thu-tuc-xss",
        topic=topic,
        summary=PAYLOAD,
        audience=PAYLOAD,
        procedure_code=SHORT,
        processing_time=PAYLOAD,
        eligible_applicants=PAYLOAD,
        agency=PAYLOAD,
        result=PAYLOAD,
        fee=PAYLOAD,
        legal_basis=PAYLOAD,
        required_documents=[{"type": "document", "value": {"name": PAYLOAD, "note": PAYLOAD}}],
        steps=[
            step(
                PAYLOAD,
                body=rich_text(LINK_FEATURES),
                tip=PAYLOAD,
                warning=PAYLOAD,
                fee=PAYLOAD[:100],
                screenshot={"image": image.pk, "alt_text": PAYLOAD, "decorative": False},
            )
        ],
        faq=[{"type": "question", "value": {"question": PAYLOAD, "answer": rich_text(LINK_FEATURES)}}],
        troubleshooting=[{"type": "tip", "value": tip.pk}],
    )
    guide.tags.add(PAYLOAD[:100])
    guide.save_revision().publish()

    for url in (guide.url, index.url, f"/chu-de/{topic.slug}/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert_shown_as_text(response.text)


def test_lesson_blocks_and_quiz(client, home, image):
    course = CoursePageFactory(
        parent=CourseIndexPageFactory(parent=home), title=PAYLOAD, summary=PAYLOAD, audience=PAYLOAD[:200]
    )
    lesson = LessonPageFactory(
        parent=course,
        title=PAYLOAD,
        summary=PAYLOAD,
        objectives=[{"type": "objective", "value": PAYLOAD[:200]}],
        body=[
            {"type": "text", "value": rich_text(LINK_FEATURES)},
            {"type": "narrated_text", "value": {"text": rich_text(LINK_FEATURES)}},
            {"type": "callout", "value": {"kind": "tip", "text": PAYLOAD}},
            {"type": "image", "value": {"image": image.pk, "alt_text": PAYLOAD, "decorative": False}},
        ],
        practice=[{"type": "step", "value": PAYLOAD}],
        quiz=[quiz_question(PAYLOAD, [PAYLOAD, "Không"], correct=1, explanation=PAYLOAD)],
    )
    for response in (client.get(lesson.url), client.get(course.url), client.post(lesson.url, {"q0": "0"})):
        assert response.status_code == 200
        assert_shown_as_text(response.text)


def test_news_and_video_pages(client, home, image):
    news = NewsPageFactory(
        parent=NewsIndexPageFactory(parent=home),
        title=PAYLOAD,
        lead=PAYLOAD,
        hero_image=image,
        hero_caption=PAYLOAD[:300],
        hero_credit=PAYLOAD[:150],
        body=[
            {"type": "text", "value": rich_text(LINK_FEATURES)},
            {"type": "callout", "value": {"kind": "tip", "text": PAYLOAD}},
        ],
    )
    video = VideoGuidePageFactory(
        parent=VideoIndexPageFactory(parent=home),
        title=PAYLOAD,
        summary=PAYLOAD,
        transcript=rich_text(["bold", "italic", "ol", "ul"]),
    )
    video.chapters.create(title=PAYLOAD[:200], start=0)
    for page in (news, news.get_parent(), video, video.get_parent()):
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert_shown_as_text(response.text)
    feed = client.get(news.get_parent().url + "rss/")
    assert_inert(feed.content.decode())


def test_home_intro_and_kiosk_name(client, home):
    home.intro = rich_text(["bold", "italic", "link"])
    home.save_revision().publish()
    assert_inert(client.get("/").text)
    kiosk = Kiosk.objects.create(name=PAYLOAD[:120], slug="thu-vien-xss", place=PAYLOAD[:200])
    response = client.get(f"/kiosk/{kiosk.slug}/")
    assert response.status_code == 200
    assert_shown_as_text(response.text)


@pytest.mark.parametrize("query", [PAYLOAD, "javascript:alert('XSS')", '"><svg onload=alert("XSS")>'])
def test_search_queries_are_echoed_as_text(client, home, query):
    html = client.get("/search/", {"q": query}).text
    assert_inert(html)
    for url in ("/api/search/", "/api/search/suggest/"):
        response = client.get(url, {"q": query})
        assert response["Content-Type"].startswith("application/json")  # never sniffed as HTML
        json.loads(response.content)


def test_a_javascript_url_is_refused_by_the_guide_form(home):
    guide = GuidePageFactory.build(online_service_url="javascript:alert('XSS')")
    with pytest.raises(ValidationError) as refused:
        guide.full_clean(
            exclude=[
                "path",
                "depth",
                "slug",
                "url_path",
                "topic",
                "content_type",
                "locale",
                "translation_key",
            ]
        )
    assert "online_service_url" in refused.value.message_dict
