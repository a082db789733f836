"""QR codes drawn on the server as SVG (segno): no outside service, no script needed."""

import io
from functools import lru_cache
from urllib.parse import urlsplit

import segno
from django.conf import settings
from django.utils.html import escape
from django.utils.safestring import mark_safe

MAX_URL_LENGTH = 1000

# Hosts a kiosk may show as a QR code besides this site: government services and the app stores
# that carry their apps. A host matches itself and its subdomains.
DEFAULT_ALLOWED_HOSTS = ["gov.vn", "play.google.com", "apps.apple.com"]


def allowed_hosts():
    return getattr(settings, "KIOSK_QR_ALLOWED_HOSTS", DEFAULT_ALLOWED_HOSTS)


def is_allowed(url, request):
    """Only this site's own pages and the allow-list: never an open QR generator."""
    if not url or len(url) > MAX_URL_LENGTH or any(ch.isspace() for ch in url):
        return False
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.username or parts.password:
        return False
    host = parts.hostname.lower()
    if request is not None and host == request.get_host().rsplit(":", 1)[0].lower():
        return True
    return any(host == allowed or host.endswith("." + allowed) for allowed in allowed_hosts())


def svg_document(url, label, scale=4):
    """The QR code of url as a standalone SVG file (for <img src> and downloads)."""
    buffer = io.BytesIO()
    segno.make(url, error="m", micro=False).save(buffer, kind="svg", scale=scale, border=2, title=label)
    return buffer.getvalue()


@lru_cache(maxsize=256)  # drawn for every guide page view: the same pages again and again
def svg(url, label, scale=4):
    """The QR code of url as an inline <svg> with an accessible name."""
    code = segno.make(url, error="m", micro=False)
    markup = code.svg_inline(scale=scale, border=2, dark="#000", light="#fff", svgclass="qr__code")
    return mark_safe(markup.replace("<svg ", f'<svg role="img" aria-label="{escape(label)}" ', 1))
