"""The floor of `make bench`: the smallest Django that returns a page as big as a guide page.

    gunicorn -c deploy/gunicorn.conf.py scripts.bench_floor_wsgi:application

Same gunicorn settings, same nginx in front, same bytes (the guide page's HTML, saved by
scripts/bench.sh in BENCH_FLOOR_PAGE): whatever the site costs above this is the site's own.
Not part of the site (no URL of it leads here).
"""

import os
from pathlib import Path

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

PAGE = Path(os.environ["BENCH_FLOOR_PAGE"]).read_bytes()


def page(request, rest=""):
    return HttpResponse(PAGE, content_type="text/html; charset=utf-8")


settings.configure(
    DEBUG=False,
    SECRET_KEY="bench-floor-only",
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
)
urlpatterns = [path("", page), path("<path:rest>", page)]
application = get_wsgi_application()
