"""Images of a collection with a view restriction ("private collections").

Wagtail serves renditions as plain files under /media/images/, which know nothing of
collections. A private image is served here instead: the collection's restriction is checked
with the same check, password form and login redirect as Wagtail's documents, and the
resized image is made in memory, never written under /media/. Its original lies under
/media/original_images/, which nginx refuses.
"""

import re
from io import BytesIO

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_safe
from wagtail.documents.wagtail_hooks import check_view_restrictions
from wagtail.images import get_image_model
from wagtail.images.models import Filter

# Only plain resizes, and not huge ones: each request resizes again, so the sizes are bounded.
FILTER_SPEC = re.compile(r"^(?:width|height)-(\d{1,4})$|^max-(\d{1,4})x(\d{1,4})$")
MAX_SIDE = 2000


def allowed_filter_spec(spec):
    found = FILTER_SPEC.match(spec)
    return bool(found) and all(int(side) <= MAX_SIDE for side in found.groups() if side)


@require_safe
def serve_private_image(request, image_id, filter_spec):
    image = get_object_or_404(get_image_model(), id=image_id)
    if not allowed_filter_spec(filter_spec):
        raise Http404
    refusal = check_view_restrictions(image, request)
    if refusal:
        return refusal
    output = BytesIO()
    rendered = Filter(spec=filter_spec).run(image, output)
    response = HttpResponse(output.getvalue(), content_type=rendered.mime_type)
    response["Cache-Control"] = "private, max-age=3600"  # never kept by a shared cache
    response["X-Content-Type-Options"] = "nosniff"
    return response
