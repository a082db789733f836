import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "daklakso.settings.production")

django_application = get_wsgi_application()  # sets Django up: the site's modules import after it

from core.pagecache import serve_kept_pages  # noqa: E402

application = serve_kept_pages(django_application)
