"""StreamField blocks of a step-by-step guide."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock
from wagtailmedia.blocks import AudioChooserBlock

STEP_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


def narration_block(label, help_text):
    """An optional recording of a narrator reading the text aloud (wagtailmedia, audio only).

    AudioChooserBlock restricts both the chooser and the validation to media of type "audio".

    Per language: with wagtail-localize a chooser block is an *overridable segment* (Media is
    not a translatable model), so a translation shows the source's recording unless an override
    for that locale names another one, which then survives syncs (tests/test_audio.py).
    Checked with wagtail-localize 1.14: its translation editor has no widget for wagtailmedia
    choosers (it shows the recording's id, with no "Change" button), and a step without a
    recording in Vietnamese yields no segment at all. So for now a language gets its own
    recording by "Stop synced translation" on that page and choosing it in the normal editor.
    """
    return AudioChooserBlock(label=label, required=False, help_text=help_text)


class StepBlock(blocks.StructBlock):
    """One numbered step: what to do, a screenshot, and what to watch out for."""

    title = blocks.CharBlock(label=_("Việc cần làm"), max_length=200)
    body = blocks.RichTextBlock(label=_("Cách làm"), features=STEP_TEXT_FEATURES)
    audio = narration_block(
        _("Bản ghi âm đọc bước này"),
        _(
            "Không bắt buộc. Tệp âm thanh (mp3, m4a, ogg) một người đọc bước này, ví dụ bằng tiếng Ê Đê. "
            "Có bản ghi âm thì trang hiện nút nghe thay cho nút “Đọc to”."
        ),
    )
    screenshot = ImageBlock(label=_("Ảnh chụp màn hình"), required=False)
    tip = blocks.TextBlock(label=_("Mẹo"), required=False, rows=2, default="")
    warning = blocks.TextBlock(label=_("Lưu ý"), required=False, rows=2, default="")
    fee = blocks.CharBlock(
        label=_("Lệ phí ở bước này"),
        required=False,
        max_length=120,
        help_text=_("Chỉ điền ở bước phải trả tiền, ví dụ: 50.000 đồng"),
        default="",
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
        default="",
    )
    body = blocks.TextBlock(label=_("Vì sao cần bước này"), required=False, rows=2, default="")
    optional = blocks.BooleanBlock(label=_("Bước không bắt buộc"), required=False)
    alternative = blocks.BooleanBlock(label=_("Cách làm khác của bước trước"), required=False)

    class Meta:
        icon = "link"
        label = _("Bước là một hướng dẫn khác")
        template = "guides/blocks/guide_link_step.html"
        description = _("Thẻ liên kết tới một hướng dẫn khác, làm xong rồi quay lại")


class RequiredDocumentBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Giấy tờ"), max_length=300)
    note = blocks.CharBlock(label=_("Ghi chú"), required=False, max_length=300, default="")

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
