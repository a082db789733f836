"""A guard in front of wagtail-localize's PO upload, which fails with a server error on a PO
file that parses but lacks its translation header (e.g. one made by hand or another tool)."""

import tempfile

import polib
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail_localize.views.edit_translation import upload_pofile

TRANSLATION_HEADER = "X-WagtailLocalize-TranslationID"


def _readable_po(upload):
    """The parsed PO file, or None when it is not one we can import."""
    with tempfile.NamedTemporaryFile(suffix=".po") as copy:
        for chunk in upload.chunks():
            copy.write(chunk)
        copy.flush()
        try:
            po = polib.pofile(copy.name)
        except (OSError, UnicodeDecodeError, ValueError):
            return None
    upload.seek(0)
    return po if TRANSLATION_HEADER in po.metadata else None


@require_POST
def checked_upload_pofile(request, translation_id):
    upload = request.FILES.get("file")
    if upload is None or _readable_po(upload) is None:
        messages.error(
            request,
            _(
                "Tệp tải lên không phải tệp PO tải về từ trang này (thiếu thông tin bản dịch). "
                "Hãy tải tệp PO của bản dịch, dịch trong đó rồi tải lại lên."
            ),
        )
        return redirect(get_valid_next_url_from_request(request) or "wagtailadmin_home")
    return upload_pofile(request, translation_id)
