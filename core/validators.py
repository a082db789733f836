"""Upload checks that answer an editor with a clear message instead of a server error."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _


def validate_webvtt(upload):
    """Accept only a reasonably small UTF-8 WebVTT file (the format browsers read for <track>)."""
    limit = settings.CAPTION_MAX_UPLOAD_SIZE
    if not upload.name.lower().endswith(".vtt"):
        raise ValidationError(_("Phụ đề phải là tệp WebVTT có đuôi .vtt."))
    if upload.size > limit:
        raise ValidationError(
            _("Tệp phụ đề quá lớn (%(size)s); tối đa %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)}
        )
    upload.seek(0)
    head = upload.read(16)
    upload.seek(0)
    try:
        text = head.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValidationError(_("Tệp phụ đề phải được lưu bằng mã UTF-8.")) from error
    if not text.startswith("WEBVTT"):
        raise ValidationError(_("Tệp phụ đề không đúng định dạng WebVTT (dòng đầu phải là WEBVTT)."))
