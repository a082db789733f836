"""Security headers that Django 5.2 does not set itself: Content-Security-Policy and
Permissions-Policy (HSTS, nosniff, Referrer-Policy, X-Frame-Options and COOP come from Django's
SecurityMiddleware and XFrameOptionsMiddleware, configured in settings).

Two policies, chosen by path. Public pages get a strict one: scripts and styles only from this
site's own files, nothing inline, no other host (the site makes no third-party request anyway).
The Wagtail admin, wagtail-localize and wagtailmedia still ship inline scripts and style
attributes, so the admin's policy allows inline code there — and only there. Wagtail's live
preview is served under the admin path too, which is why its frame may be shown by the admin
(frame-ancestors 'self') while public pages can be framed by nobody.

A small middleware rather than django-csp: two fixed policies picked by URL prefix need no
nonces, no per-view decorators and no extra dependency.
"""

from django.conf import settings

COMMON_DIRECTIVES = {
    "default-src": "'self'",
    "connect-src": "'self'",
    "font-src": "'self'",
    "media-src": "'self'",
    "worker-src": "'self'",  # the offline service worker, /sw.js
    "manifest-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
}

PUBLIC_POLICY = {
    **COMMON_DIRECTIVES,
    "script-src": "'self'",
    "style-src": "'self'",
    "img-src": "'self' data:",  # the empty favicon in base.html is a data: URL
    "frame-ancestors": "'none'",
}

ADMIN_POLICY = {
    **COMMON_DIRECTIVES,
    "script-src": "'self' 'unsafe-inline'",
    "style-src": "'self' 'unsafe-inline'",
    "img-src": "'self' data: blob:",  # upload previews are blob: URLs
    "media-src": "'self' blob:",
    "frame-src": "'self'",  # the live preview panel
    "frame-ancestors": "'self'",
}

# Off: features the site never uses. On for this origin only: fullscreen and picture-in-picture
# for the video players, autoplay for the kiosk's attract loop. "Đọc to" (speech synthesis) is
# not a policy-controlled feature and keeps working.
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), "
    "magnetometer=(), microphone=(), midi=(), payment=(), usb=(), "
    "autoplay=(self), fullscreen=(self), picture-in-picture=(self)"
)


def serialise_policy(policy):
    return "; ".join(f"{directive} {sources}" for directive, sources in policy.items())


def is_admin_path(path):
    return any(path.startswith(prefix) for prefix in settings.CSP_ADMIN_PATH_PREFIXES)


class SecurityHeadersMiddleware:
    """Adds the Content-Security-Policy and Permissions-Policy headers to every response."""

    public_header = serialise_policy(PUBLIC_POLICY)
    admin_header = serialise_policy(ADMIN_POLICY)

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = self.admin_header if is_admin_path(request.path) else self.public_header
        # Set, not setdefault: Wagtail renders a preview through the middleware again, for the
        # page's public path; the admin view that frames it must keep the admin's policy.
        response.headers["Content-Security-Policy"] = policy
        response.headers["Permissions-Policy"] = PERMISSIONS_POLICY
        return response
