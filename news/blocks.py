"""The body of a news article: the lesson body, with headings from h2 (the article has no sections)."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from lessons.blocks import LessonBodyBlock


class NewsBodyBlock(LessonBodyBlock):
    text = blocks.RichTextBlock(
        label=_("Đoạn văn"),
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
        icon="pilcrow",
        template="components/rich_text_block.html",
        description=_("Đoạn văn có tiêu đề, danh sách và liên kết"),
        preview_value="<p>Người dân xã Ea Kao được hướng dẫn cài ứng dụng VNeID.</p>",
    )
