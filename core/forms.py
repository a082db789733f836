"""Admin upload forms with the checks of validators.py (set as Wagtail's and wagtailmedia's
form bases in settings: WAGTAILIMAGES_IMAGE_FORM_BASE, WAGTAILDOCS_DOCUMENT_FORM_BASE,
WAGTAILMEDIA["MEDIA_FORM_BASE"]), so every upload view — single, multiple, chooser — uses them."""

from django.core.files.uploadedfile import UploadedFile
from django.utils.text import capfirst
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images import get_image_model
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm
from wagtailmedia.forms import BaseMediaForm

from .validators import validate_document_file, validate_image_file, validate_media_file


def new_upload(form, field_name):
    """The file just uploaded in that field, or None when the form keeps the stored one."""
    value = form.cleaned_data.get(field_name)
    return value if isinstance(value, UploadedFile) else None


class CheckedImageField(WagtailImageField):
    def to_python(self, data):
        # Before Wagtail's own checks: they decode the image, and a truncated one is a 500 there.
        if isinstance(data, UploadedFile):
            validate_image_file(data)
        return super().to_python(data)


class CheckedImageForm(BaseImageForm):
    file = CheckedImageField(label=capfirst(get_image_model()._meta.get_field("file").verbose_name))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" not in self._meta.fields:  # a declared field is kept even where Wagtail omits it
            del self.fields["file"]


class CheckedDocumentForm(BaseDocumentForm):
    def clean_file(self):
        if upload := new_upload(self, "file"):
            validate_document_file(upload)
        return self.cleaned_data["file"]


class CheckedMediaForm(BaseMediaForm):
    def clean_file(self):
        if upload := new_upload(self, "file"):
            validate_media_file(upload, self.instance.type)
        return self.cleaned_data["file"]

    def clean_thumbnail(self):
        if upload := new_upload(self, "thumbnail"):
            validate_image_file(upload)
        return self.cleaned_data["thumbnail"]
