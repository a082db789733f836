"""The production stack, over HTTP: nginx in front of gunicorn, PostgreSQL and Redis.

Runs against STACK_URL (scripts/stack-up.sh with STACK_CONTENT=demo; `make test` starts it).
Responses are read raw (http.client), so what nginx sends — compression, cache headers —
is what is checked, not what a client library makes of it.
"""

import http.client
import re
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.stack

REPO_ROOT = Path(__file__).resolve().parents[2]
YEAR_SECONDS = 31_536_000
LEAK_MARKERS = ("Traceback", 'File "/', "DEBUG = True", "SECRET_KEY", "Exception Value", "gunicorn")


def fetch(stack_url, path, method="GET", headers=None, body=None):
    """(status, headers as a dict of lower-case names, body bytes) of one request."""
    address = urlsplit(stack_url)
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=20)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        connection.close()


def page_text(stack_url, path):
    status, _, body = fetch(stack_url, path)
    assert status == 200, f"{path} answered {status}"
    return body.decode()


def first_link(html, pattern):
    match = re.search(pattern, html)
    assert match, f"no link matching {pattern}"
    return match.group(1)


@pytest.fixture(scope="module")
def guide_path(stack_url):
    index = page_text(stack_url, "/huong-dan/")
    return first_link(index, r'href="(/huong-dan/[a-z0-9-]+/)"')


@pytest.fixture(scope="module")
def stack_media_root(stack_env):
    return Path(stack_env["VAR_DIR"]) / "media"


def test_public_pages_answer_with_their_content(stack_url, guide_path):
    home = page_text(stack_url, "/")
    assert '<html lang="vi"' in home
    assert "Đắk Lắk số" in home

    guide = page_text(stack_url, guide_path)
    title = re.search(r"<h1[^>]*>(.*?)</h1>", guide, re.S)
    assert title and title.group(1).strip(), "a guide page has a title"

    news = page_text(stack_url, "/tin-tuc/")
    assert re.search(r'href="/tin-tuc/[a-z0-9-]+/"', news), "the news list links to articles"

    english = page_text(stack_url, "/en/")
    assert '<html lang="en"' in english


def test_search_answers_through_the_stack(stack_url):
    results = page_text(stack_url, "/search/?q=c%C4%83n+c%C6%B0%E1%BB%9Bc")
    assert re.search(r'href="/huong-dan/[a-z0-9-]+/"', results), "searching 'căn cước' finds a guide"


def test_static_files_have_hashed_names_gzip_and_a_year_of_cache(stack_url):
    home = page_text(stack_url, "/")
    stylesheet = first_link(home, r'href="(/static/css/site\.[0-9a-f]{12}\.css)"')
    script = first_link(home, r'src="(/static/js/[a-z-]+\.[0-9a-f]{12}\.js)"')
    for path in (stylesheet, script):
        status, headers, body = fetch(stack_url, path, headers={"Accept-Encoding": "gzip"})
        assert status == 200
        assert headers.get("content-encoding") == "gzip", f"{path} is not compressed"
        assert body[:2] == b"\x1f\x8b"
        assert f"max-age={YEAR_SECONDS}" in headers["cache-control"]
        assert "immutable" in headers["cache-control"]

    status, headers, body = fetch(stack_url, stylesheet)
    assert status == 200 and "content-encoding" not in headers, "plain clients get plain files"
    assert body.lstrip()[:1] not in (b"", b"\x1f")


def test_image_renditions_are_served_from_disk(stack_url):
    page = page_text(stack_url, "/video/")
    rendition = first_link(page, r'src="(/media/images/[^"]+)"')
    status, headers, body = fetch(stack_url, rendition)
    assert status == 200
    assert headers["content-type"].startswith("image/")
    assert int(headers["content-length"]) == len(body) > 0
    assert "etag" in headers and "last-modified" in headers, "nginx sends files with validators"


@pytest.mark.parametrize("folder", ["original_images", "documents"])
def test_originals_and_documents_are_not_reachable_directly(stack_url, stack_media_root, folder):
    # The same file is served from the renditions' folder and refused from the other two.
    name = f"smoke-{uuid.uuid4().hex}.txt"
    probes = [stack_media_root / "images" / name, stack_media_root / folder / name]
    try:
        for probe in probes:
            probe.parent.mkdir(parents=True, exist_ok=True)
            probe.write_text("probe")
        served, _, _ = fetch(stack_url, f"/media/images/{name}")
        refused, _, body = fetch(stack_url, f"/media/{folder}/{name}")
    finally:
        for probe in probes:
            probe.unlink(missing_ok=True)
    assert served == 200
    assert refused == 404
    assert b"probe" not in body


def test_errors_never_show_a_traceback(stack_url):
    answers = [
        fetch(stack_url, "/khong-co-trang-nay/"),
        fetch(stack_url, "/", headers={"Host": "attacker.example"}),
        fetch(stack_url, "/search/?q=%00%ff&page=-1"),
        fetch(stack_url, "/api/search/?q=" + "a" * 3000),
    ]
    statuses = [status for status, _, _ in answers]
    assert statuses[0] == 404
    assert statuses[1] == 400
    assert all(status < 500 for status in statuses), statuses
    for _, _, body in answers:
        text = body.decode(errors="replace")
        assert not any(marker in text for marker in LEAK_MARKERS), text[:500]


def test_oversized_upload_is_stopped_by_nginx(stack_url):
    status, _, _ = fetch(stack_url, "/admin/login/", method="POST", body=b"x" * (26 * 1024 * 1024))
    assert status == 413


def test_admin_login_page_answers(stack_url):
    status, headers, body = fetch(stack_url, "/admin/login/")
    assert status == 200
    html = body.decode()
    assert 'name="username"' in html and 'name="password"' in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert "no-cache" in headers.get("cache-control", "") or "private" in headers.get("cache-control", "")


def fetch_at_once(stack_url, path, times=16):
    """`times` requests at the same moment, so that they reach several gunicorn workers."""
    with ThreadPoolExecutor(max_workers=times) as pool:
        return list(pool.map(lambda _: fetch(stack_url, path), range(times)))


def test_a_change_published_elsewhere_shows_on_every_worker_at_once(stack_url, stack_manage, guide_path):
    """Each worker keeps the pages most asked for in its own memory (core/local_copies.py)."""
    for _ in range(3):
        answers = fetch_at_once(stack_url, guide_path)
    assert {headers.get("x-cache") for _, headers, _ in answers} == {"hit"}
    slug = guide_path.strip("/").split("/")[-1]

    def retitle(title):  # in another process, as a cron job or an import would
        return stack_manage(
            "shell",
            "--no-imports",  # Django's shell would print what it imports before the title
            "-c",
            "from guides.models import GuidePage; "
            f"page = GuidePage.objects.get(slug={slug!r}, locale__language_code='vi'); "
            f"print(page.title); page.title = {title!r}; page.save_revision().publish()",
        ).strip()

    new_title = f"Tiêu đề mới {uuid.uuid4().hex[:6]}"
    old_title = retitle(new_title)
    try:
        for status, _, body in fetch_at_once(stack_url, guide_path):
            assert status == 200 and new_title in body.decode()
    finally:
        retitle(old_title)
