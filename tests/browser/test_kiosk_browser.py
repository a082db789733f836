"""Kiosk mode, offline reading and the heartbeat, in a real Chromium."""

import re

import pytest
from django.contrib.auth import get_user_model

from kiosks.models import Kiosk

from .content import PORTAL, build

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def content():
    return build(idle_timeout=5)


def type_on_screen(page, keys):
    for key in keys:
        page.locator(f'[data-osk] [data-key="{key}"]').click()


def test_idle_kiosk_forgets_the_search_and_the_history(page, content):
    page.goto("/kiosk/thu/")
    page.evaluate("localStorage.setItem('dls:buoc:/huong-dan/khai-sinh/', '[\"1\"]')")
    start_length = page.evaluate("history.length")
    # The on-screen keyboard types Vietnamese with tone marks into the search box.
    type_on_screen(page, ["k", "h", "a", "i"])
    page.locator('[data-osk] [data-tone="\u0301"]').click()
    page.locator('[data-osk] [data-action="space"]').click()
    type_on_screen(page, ["s", "i", "n", "h"])
    assert page.input_value("#kiosk-q") == "khái sinh"
    page.locator('[data-osk] [data-action="delete"]').click()
    type_on_screen(page, ["h"])
    page.locator('[data-osk] [data-action="search"]').click()
    page.wait_for_url(re.compile(r"/search/\?q=kh"))
    page.locator("a", has_text="Cấp đổi thẻ căn cước").first.click()
    page.wait_for_url("**/can-cuoc/")
    assert page.evaluate("history.length") == start_length  # kiosk navigation never adds entries

    # Nobody touches the screen: back to the start, everything forgotten.
    page.wait_for_url(re.compile(r"/kiosk/thu/$"), timeout=12_000)
    page.wait_for_selector("[data-attract]:not([hidden])")
    assert page.input_value("#kiosk-q") == ""
    assert page.evaluate("localStorage.length + sessionStorage.length") <= 1  # only the new session id
    assert page.evaluate("history.length") == start_length
    assert page.evaluate("window.scrollY") == 0
    page.go_back()
    assert re.search(r"/kiosk/thu/$", page.url) or page.url == "about:blank"
    assert "can-cuoc" not in page.url and "search" not in page.url


def test_attract_loop_starts_when_idle_and_stops_on_touch(page, content):
    page.goto("/kiosk/thu/")
    attract = page.locator("[data-attract]")
    assert attract.is_hidden()
    page.wait_for_selector("[data-attract]:not([hidden])", timeout=9_000)  # idle 5 s
    assert "Đăng ký khai sinh trực tuyến" in page.locator("[data-attract-item]:visible").inner_text()
    page.wait_for_function(
        "() => document.querySelector('[data-attract]').dataset.attractIndex === '1'", timeout=8_000
    )
    page.mouse.click(10, 10)
    assert attract.is_hidden()


def test_outside_link_on_a_kiosk_shows_a_qr_code(page, content):
    page.goto("/kiosk/thu/")
    page.goto(content["guide"].url)
    link = page.locator(f'a[href="{PORTAL}"]')
    link.click()
    dialog = page.locator("[data-kiosk-qr-dialog]")
    dialog.wait_for(state="visible")
    assert "Quét mã để mở trên điện thoại của bạn" in dialog.inner_text()
    page.wait_for_function(
        "() => { const i = document.querySelector('[data-kiosk-qr-code] img'); return i && i.naturalWidth > 0; }"
    )
    assert page.url.endswith(content["guide"].url)


def test_a_visited_guide_still_shows_offline(page, browser_context, content):
    url = content["guide"].url
    page.goto(url)
    # The worker takes over, and is handed the page that loaded before it (static/js/site.js).
    kept = page.evaluate(
        """async (url) => {
            await navigator.serviceWorker.ready;
            for (let i = 0; i < 100; i++) {
                const cache = await caches.open("dls-pages-v1");
                if (await cache.match(url)) return true;
                await new Promise((done) => setTimeout(done, 100));
            }
            return false;
        }""",
        url,
    )
    assert kept
    browser_context.set_offline(True)
    page.reload()
    assert page.locator("h1").inner_text() == "Đăng ký khai sinh trực tuyến"
    page.goto(content["other_guide"].url)  # never opened: the offline page
    assert "Bạn đang ngoại tuyến" in page.locator("h1").inner_text()
    browser_context.set_offline(False)


def test_heartbeat_appears_in_the_admin_list(page, content, live_server):
    page.goto("/kiosk/thu/")
    page.wait_for_function(
        "() => performance.getEntriesByType('resource').some(e => e.name.includes('/heartbeat/'))"
    )
    kiosk = Kiosk.objects.get(slug="thu")
    for _ in range(50):
        kiosk.refresh_from_db()
        if kiosk.last_seen:
            break
        page.wait_for_timeout(100)
    assert kiosk.last_seen is not None and kiosk.last_version.startswith("0.")
    get_user_model().objects.create_superuser("quantri", "qt@example.vn", "mat-khau-thu")
    admin = page.context.browser.new_context(base_url=live_server.url).new_page()
    admin.goto("/admin/login/")
    admin.fill("#id_username", "quantri")
    admin.fill("#id_password", "mat-khau-thu")
    admin.locator("button[type=submit]").click()
    admin.wait_for_url(re.compile(r"/admin/$"))
    admin.goto("/admin/snippets/kiosks/kiosk/")
    row = admin.locator("tr", has_text="Kiosk thử")
    assert "Hoạt động" in row.inner_text() and kiosk.last_version in row.inner_text()
    admin.context.close()
