"""Pages that are not Wagtail pages: a topic's landing page."""

from django.shortcuts import get_object_or_404, render
from wagtail.models import Locale

from core.models import Topic
from core.pages import public
from guides.models import GuidePage
from lessons.models import CoursePage
from news.models import NewsPage
from videos.models import VideoGuidePage


def topic_detail(request, slug):
    """Everything published about one topic, in the visitor's language: guides first."""
    locale = Locale.get_active()
    topic = get_object_or_404(Topic, slug=slug, locale=locale)
    return render(
        request,
        "core/topic_detail.html",
        {
            "topic": topic,
            "guides": public(GuidePage.objects.live()).filter(topic=topic).order_by("title"),
            "courses": public(CoursePage.objects.live()).filter(topic=topic).order_by("title"),
            "videos": public(VideoGuidePage.objects.live()).filter(topic=topic).order_by("title"),
            "news": public(NewsPage.objects.live()).filter(topics=topic).order_by("-date")[:10],
        },
    )
