"""StreamField blocks of a step-by-step guide."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock

STEP_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class StepBlock(blocks.StructBlock):
    """One numbered step: what to do, a screenshot, and what to watch out for."""

    title = blocks.CharBlock(label=_("Việc cần làm"), max_length=200)
    body = blocks.RichTextBlock(label=_("Cách làm"), features=STEP_TEXT_FEATURES)
    screenshot = ImageBlock(label=_("Ảnh chụp màn hình"), required=False)
    tip = blocks.TextBlock(label=_("Mẹo"), required=False, rows=2)
    warning = blocks.TextBlock(label=_("Lưu ý"), required=False, rows=2)
    fee = blocks.CharBlock(
        label=_("Lệ phí ở bước này"),
        required=False,
        max_length=120,
        help_text=_("Chỉ điền ở bước phải trả tiền, ví dụ: 50.000 đồng"),
    )
    optional = blocks.BooleanBlock(label=_("Bước không bắt buộc"), required=False)
    alternative = blocks.BooleanBlock(
        label=_("Cách làm khác của bước trước"),
        required=False,
        help_text=_("Hiện chữ “Hoặc” giữa bước này và bước trước; hai bước dùng chung một số."),
    )

    class Meta:
        icon = "list-ol"
        label = _("Bước")
        template = "guides/blocks/step.html"
        description = _("Một bước làm, có thể kèm ảnh, mẹo, lưu ý và lệ phí")
        preview_value = {
            "title": "Mở ứng dụng VNeID",
            "body": "<p>Chạm vào biểu tượng VNeID trên màn hình điện thoại.</p>",
            "tip": "Nếu chưa có ứng dụng, tải từ CH Play hoặc App Store.",
        }


class GuideLinkStepBlock(blocks.StructBlock):
    """A step that is a whole guide of its own (activating VNeID inside a birth registration)."""

    guide = blocks.PageChooserBlock(label=_("Hướng dẫn"), page_type="guides.GuidePage")
    title = blocks.CharBlock(
        label=_("Tên bước"),
        required=False,
        max_length=200,
        help_text=_("Để trống thì dùng tên của hướng dẫn được chọn"),
    )
    body = blocks.TextBlock(label=_("Vì sao cần bước này"), required=False, rows=2)
    optional = blocks.BooleanBlock(label=_("Bước không bắt buộc"), required=False)
    alternative = blocks.BooleanBlock(label=_("Cách làm khác của bước trước"), required=False)

    class Meta:
        icon = "link"
        label = _("Bước là một hướng dẫn khác")
        template = "guides/blocks/guide_link_step.html"
        description = _("Thẻ liên kết tới một hướng dẫn khác, làm xong rồi quay lại")


class RequiredDocumentBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Giấy tờ"), max_length=300)
    note = blocks.CharBlock(label=_("Ghi chú"), required=False, max_length=300)

    class Meta:
        icon = "doc-full"
        label = _("Giấy tờ cần mang")
        template = "guides/blocks/required_document.html"
        description = _("Một dòng trong danh sách giấy tờ cần chuẩn bị")
        preview_value = {"name": "Thẻ căn cước", "note": "Bản gốc còn hạn"}


class QuestionAnswerBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Câu hỏi"), max_length=300)
    answer = blocks.RichTextBlock(label=_("Trả lời"), features=STEP_TEXT_FEATURES)

    class Meta:
        icon = "help"
        label = _("Câu hỏi thường gặp")
        template = "guides/blocks/question_answer.html"
        description = _("Một câu hỏi người dân hay hỏi và câu trả lời")
        preview_value = {
            "question": "Có mất phí không?",
            "answer": "<p>Không. Thủ tục này miễn phí.</p>",
        }
