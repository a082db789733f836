"""Helper mode and the one-page checklist in a real Chromium: the switch remembered by the
browser, the session counted for the kiosk's commune, the checklist printed to a one-page A4 PDF,
and the kiosk opening the print dialog by itself."""

import re

import pytest

from kiosks.models import AssistedSessionDay

from .content import build

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


@pytest.fixture
def content():
    return build(idle_timeout=600)


def pdf_page_count(pdf):
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def sessions():
    return sum(AssistedSessionDay.objects.values_list("sessions", flat=True))


def font_size(page, selector):
    return page.evaluate(f"parseFloat(getComputedStyle(document.querySelector('{selector}')).fontSize)")


def test_helper_mode_chooses_a_commune_once_then_is_remembered_and_switched_off(page, content):
    page.goto(content["guide"].url)
    normal_size = font_size(page, "main p")
    assert page.locator(".site-nav").is_visible()
    switch = page.get_by_role("button", name="Chế độ hỗ trợ (chữ to, trang gọn)")
    assert switch.get_attribute("aria-pressed") == "false"
    switch.click()  # no commune known yet: the helper picks it on /ho-tro/
    page.wait_for_url("**/ho-tro/**")
    page.get_by_label("Xã, phường nơi bạn đang hỗ trợ").select_option(content["commune"].slug)
    page.get_by_role("button", name="Bắt đầu phiên hỗ trợ").click()
    page.wait_for_url(re.compile(re.escape(content["guide"].url) + r"\?ho-tro=1$"))
    assert sessions() == 1
    assert font_size(page, "main p") >= normal_size * 1.2
    assert not page.locator(".site-nav").is_visible() and not page.locator(".breadcrumbs").is_visible()

    page.goto(content["other_guide"].url)  # remembered by this browser, no ?ho-tro=1 needed
    switch = page.get_by_role("button", name="Chế độ hỗ trợ (chữ to, trang gọn)")
    assert page.evaluate("document.documentElement.classList.contains('helper-mode')")
    assert switch.get_attribute("aria-pressed") == "true"
    switch.click()
    assert switch.get_attribute("aria-pressed") == "false" and page.locator(".site-nav").is_visible()
    switch.click()  # the commune is remembered: a new session counted without leaving the page
    page.wait_for_selector("html.helper-mode", state="attached")
    assert page.url.endswith(content["other_guide"].url)
    assert sessions() == 2


def test_on_a_kiosk_the_session_counts_for_the_kiosks_commune(page, content):
    page.goto("/kiosk/thu/")
    page.get_by_role("button", name="Chế độ hỗ trợ (chữ to, trang gọn)").click()
    page.wait_for_selector("html.helper-mode", state="attached")
    assert "/kiosk/thu/" in page.url
    assert AssistedSessionDay.objects.get().commune == content["commune"]


def test_the_checklist_prints_on_one_a4_page(page, content):
    page.goto(f"{content['guide'].url}in/")
    assert page.get_by_role("heading", level=1).inner_text() == content["guide"].title
    assert page.get_by_role("img", name="Mã QR của hướng dẫn đầy đủ").is_visible()
    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible()
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and pdf_page_count(pdf) == 1


def test_a_long_checklist_still_fits_one_page(page, content):
    guide = content["guide"]
    guide.required_documents = [
        (
            "document",
            {"name": f"Giấy tờ số {n}: bản sao có chứng thực hoặc bản chính để đối chiếu", "note": "còn hạn"},
        )
        for n in range(1, 13)
    ]
    guide.agency = "Bộ phận tiếp nhận và trả kết quả, Trung tâm Phục vụ hành chính công xã, " * 2
    guide.save_revision().publish()
    page.goto(f"{guide.url}in/")
    assert page.locator(".print-sheet .checklist__item").count() == 12
    assert pdf_page_count(page.pdf(format="A4")) == 1
    # The counter itself sees a second page when there is one.
    page.set_content("<p>Một dòng.</p>" * 120)
    assert pdf_page_count(page.pdf(format="A4")) > 1


def test_on_a_kiosk_the_checklist_opens_the_print_dialog(browser_context, content):
    # A kiosk's print dialog cannot be seen headless: record the call instead.
    browser_context.add_init_script(
        "window.print = () => document.documentElement.setAttribute('data-printed', '');"
    )
    page = browser_context.new_page()
    page.goto(f"{content['guide'].url}in/")
    page.wait_for_load_state("load")
    assert not page.locator("html[data-printed]").count()  # not on a phone or a home computer
    page.goto("/kiosk/thu/")
    page.goto(f"{content['guide'].url}in/")
    page.wait_for_selector("html[data-printed]", state="attached")
