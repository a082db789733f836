"""Blocks of a lesson: its body, practice and self-check quiz."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.images.blocks import ImageBlock

from guides.blocks import narration_block

LESSON_TEXT_FEATURES = ["h3", "bold", "italic", "link", "ol", "ul"]


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Loại"),
        choices=[("tip", _("Mẹo")), ("warning", _("Lưu ý"))],
        default="tip",
    )
    text = blocks.TextBlock(label=_("Nội dung"), rows=2)

    class Meta:
        icon = "pick"
        label = _("Hộp mẹo / lưu ý")
        template = "lessons/blocks/callout.html"
        description = _("Một mẹo hay lời nhắc nổi bật trong bài")
        preview_value = {"kind": "tip", "text": "Luôn khóa màn hình điện thoại bằng mật khẩu."}


class NarratedTextBlock(blocks.StructBlock):
    """A lesson section with a narrator's recording of it (e.g. read in Ê Đê).

    A block type of its own next to `text`, rather than turning `text` into a StructBlock
    with an audio field: it is the least disruptive way. Existing lessons and news articles
    (news/blocks.py extends this body) need no data migration, and their translations keep
    every translated paragraph — wagtail-localize stores a segment under its path in the
    stream, and `text` → `text.text` would orphan them all at the next sync. A section
    without a recording stays a plain `text` block (which offers "Đọc to" where the browser
    has a voice); the page shows a recording instead of "Đọc to", never both.
    """

    text = blocks.RichTextBlock(label=_("Đoạn văn"), features=LESSON_TEXT_FEATURES)
    audio = narration_block(
        _("Bản ghi âm đọc đoạn này"),
        _("Tệp âm thanh (mp3, m4a, ogg) một người đọc đoạn văn này, ví dụ bằng tiếng Ê Đê."),
    )

    class Meta:
        icon = "wagtailmedia-audio"
        label = _("Đoạn văn có bản ghi âm")
        template = "lessons/blocks/narrated_text.html"
        description = _("Đoạn văn kèm bản ghi âm người đọc, người học bấm nghe ngay bên cạnh")
        preview_value = {"text": "<p>Điện thoại thông minh giúp bạn làm thủ tục ngay tại nhà.</p>"}


class LessonBodyBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(
        label=_("Đoạn văn"),
        features=LESSON_TEXT_FEATURES,
        icon="pilcrow",
        template="lessons/blocks/text.html",
        description=_("Đoạn văn có tiêu đề nhỏ, danh sách và liên kết"),
        preview_value="<p>Điện thoại thông minh giúp bạn làm thủ tục ngay tại nhà.</p>",
    )
    narrated_text = NarratedTextBlock()
    image = ImageBlock(
        label=_("Hình ảnh"),
        template="components/image_block.html",
        description=_("Ảnh minh họa có chú thích thay thế cho người khiếm thị"),
    )
    callout = CalloutBlock()


class ChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Phương án"), max_length=300)
    is_correct = blocks.BooleanBlock(label=_("Đúng"), required=False)

    class Meta:
        icon = "radio-full"
        label = _("Phương án trả lời")


class QuizQuestionBlock(blocks.StructBlock):
    """A multiple-choice question; exactly one choice is correct."""

    question = blocks.CharBlock(label=_("Câu hỏi"), max_length=300)
    choices = blocks.ListBlock(ChoiceBlock(), label=_("Các phương án"), min_num=2, max_num=6)
    explanation = blocks.TextBlock(label=_("Giải thích"), rows=2)

    class Meta:
        icon = "help"
        label = _("Câu hỏi tự kiểm tra")
        template = "lessons/blocks/quiz_question.html"
        description = _("Câu hỏi trắc nghiệm, chấm ngay trên máy người học")
        preview_value = {
            "question": "Mã OTP có được đọc cho người khác không?",
            "choices": [
                {"text": "Có, nếu họ xưng là công an", "is_correct": False},
                {"text": "Không bao giờ", "is_correct": True},
            ],
            "explanation": "Mã OTP chỉ dành cho chính bạn.",
        }

    def clean(self, value):
        value = super().clean(value)
        if sum(1 for choice in value["choices"] if choice["is_correct"]) != 1:
            raise StructBlockValidationError(
                block_errors={"choices": ValidationError(_("Hãy đánh dấu đúng một phương án đúng."))}
            )
        return value
