"""A per-client request budget for the search API, counted in Django's cache.

The budget (SEARCH_RATE_LIMIT, e.g. "1200/m") is generous on purpose: a whole commune office
may search from behind one shared address.
"""

import re
import time

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured

PERIODS = {"s": 1, "m": 60, "h": 3600}
RATE_PATTERN = re.compile(r"^\s*(\d+)\s*/\s*([smh])\s*$")


def parse_rate(text):
    """ "600/m" → (600, 60)."""
    match = RATE_PATTERN.match(text)
    if not match:
        raise ImproperlyConfigured(f"SEARCH_RATE_LIMIT must look like 600/m (per s, m or h), not {text!r}")
    return int(match.group(1)), PERIODS[match.group(2)]


def client_address(request):
    """The client's address; behind a proxy, the header it sets (SEARCH_CLIENT_IP_HEADER)."""
    header = settings.SEARCH_CLIENT_IP_HEADER
    forwarded = request.META.get(header, "") if header else ""
    return forwarded.split(",")[0].strip() or request.META.get("REMOTE_ADDR", "unknown")


def seconds_until_allowed(request, bucket):
    """None while the client is within its budget, else how many seconds until it is not."""
    limit, period = parse_rate(settings.SEARCH_RATE_LIMIT)
    now = time.time()
    window = int(now // period)
    key = f"ratelimit:{bucket}:{client_address(request)}:{window}"
    cache.add(key, 0, timeout=period + 1)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=period + 1)
        count = 1
    if count <= limit:
        return None
    return max(1, int((window + 1) * period - now + 0.999))
