"""Upload checks that answer an editor with a clear message instead of a server error."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError


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


# Images -------------------------------------------------------------------------------------------

# Pillow's format names for WAGTAILIMAGES_EXTENSIONS; SVG is never accepted (it can carry script).
IMAGE_FORMATS = {"gif": "GIF", "jpg": "JPEG", "jpeg": "JPEG", "png": "PNG", "webp": "WEBP"}


def validate_image_file(upload):
    """A real raster image (read by Pillow, not judged by its name), not too many pixels.

    The pixel count comes from the header, before any decoding: a small file declaring a
    huge size (a decompression bomb) is refused without ever being expanded.
    """
    allowed = {IMAGE_FORMATS[ext] for ext in settings.WAGTAILIMAGES_EXTENSIONS if ext in IMAGE_FORMATS}
    upload.seek(0)
    try:
        with Image.open(upload) as image:
            check_pixel_count(*image.size)
            image_format = image.format
            image.verify()  # reads the whole file: a truncated or corrupt image fails here
    except Image.DecompressionBombError as error:
        raise too_many_pixels_error() from error
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise ValidationError(not_an_image_message(allowed)) from error
    finally:
        upload.seek(0)
    if image_format not in allowed:
        raise ValidationError(not_an_image_message(allowed))


def not_an_image_message(allowed):
    return _("Tệp này không phải là ảnh hợp lệ. Chỉ nhận ảnh %(formats)s (không nhận SVG).") % {
        "formats": ", ".join(sorted(allowed))
    }


def check_pixel_count(width, height):
    if width * height > settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS:
        raise too_many_pixels_error()


def too_many_pixels_error():
    limit = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
    return ValidationError(
        _("Ảnh quá nhiều điểm ảnh (tối đa %(limit)s triệu điểm ảnh). Hãy thu nhỏ ảnh rồi tải lên lại.")
        % {"limit": limit // 1_000_000}
    )


# Video, audio and documents: the container's signature, not the name ------------------------------


def is_iso_media(head):  # MP4 / M4A: an "ftyp" box first
    return head[4:8] == b"ftyp"


def is_mp3(head):  # an ID3 tag, or straight into an MPEG audio frame
    return head.startswith(b"ID3") or (len(head) > 1 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0)


def is_zip(head):  # .docx, .xlsx, .odt
    return head.startswith(b"PK\x03\x04")


def is_text(head):  # UTF-8 without NUL bytes
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        # the first bytes may end inside a multi-byte character: only an error before that counts
        if error.start < len(head) - 3:
            return False
    return b"\x00" not in head


SIGNATURES = {
    "mp4": is_iso_media,
    "m4a": is_iso_media,
    "webm": lambda head: head.startswith(b"\x1a\x45\xdf\xa3"),  # EBML (Matroska/WebM)
    "mp3": is_mp3,
    "ogg": lambda head: head.startswith(b"OggS"),
    "pdf": lambda head: head.startswith(b"%PDF-"),
    "docx": is_zip,
    "xlsx": is_zip,
    "odt": is_zip,
    "csv": is_text,
    "txt": is_text,
}


def file_extension(upload):
    return upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""


def check_signature(upload, allowed_extensions):
    """The name's extension is allowed and the content starts as that format does."""
    extension = file_extension(upload)
    if extension not in allowed_extensions:
        raise ValidationError(
            _("Không nhận tệp .%(extension)s. Chỉ nhận: %(allowed)s.")
            % {"extension": extension, "allowed": ", ".join(f".{ext}" for ext in allowed_extensions)}
        )
    upload.seek(0)
    head = upload.read(512)
    upload.seek(0)
    if not SIGNATURES[extension](head):
        raise ValidationError(
            _("Nội dung tệp không đúng định dạng .%(extension)s (có thể tệp bị đổi đuôi hoặc hỏng).")
            % {"extension": extension}
        )


def check_size(upload, limit):
    if upload.size > limit:
        raise ValidationError(
            _("Tệp quá lớn (%(size)s); tối đa %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)}
        )


def validate_media_file(upload, media_type):
    """A video or audio file (wagtailmedia's "video"/"audio") of an allowed kind and size."""
    if media_type == "audio":
        extensions, limit = settings.WAGTAILMEDIA["AUDIO_EXTENSIONS"], settings.AUDIO_MAX_UPLOAD_SIZE
    else:
        extensions, limit = settings.WAGTAILMEDIA["VIDEO_EXTENSIONS"], settings.VIDEO_MAX_UPLOAD_SIZE
    check_size(upload, limit)
    check_signature(upload, extensions)


def validate_document_file(upload):
    """A document whose content matches its extension; WebVTT captions get the caption checks."""
    if file_extension(upload) == "vtt":
        validate_webvtt(upload)
    else:
        check_signature(upload, [ext for ext in settings.WAGTAILDOCS_EXTENSIONS if ext != "vtt"])
