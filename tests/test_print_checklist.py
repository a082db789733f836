"""The one-page checklist of every guide ("In danh sách giấy tờ", route in/): what it holds,
without JavaScript. That it fits one A4 page is checked in Chromium (tests/browser/)."""

import re

import pytest

from .factories import GuidePageFactory

pytestmark = pytest.mark.django_db

PORTAL = "https://dichvucong.gov.vn/p/home/dvc-trang-chu.html"


@pytest.fixture
def birth(guide_index):
    return GuidePageFactory(
        parent=guide_index,
        title="Đăng ký khai sinh",
        slug="khai-sinh",
        required_documents=[
            ("document", {"name": "Giấy chứng sinh", "note": "bản chính"}),
            ("document", {"name": "Căn cước của cha hoặc mẹ", "note": ""}),
        ],
        fee="Miễn lệ phí",
        agency="UBND xã nơi cư trú",
        processing_time="Trong ngày làm việc",
        submit_online=True,
        submit_at_office=True,
        hotline="1900 0368",
        online_service_url=PORTAL,
    )


def test_every_guide_links_to_its_checklist(client, birth):
    html = client.get(birth.url).content.decode()
    assert f'href="{birth.url}in/">In danh sách giấy tờ</a>' in html


def test_the_checklist_has_documents_fee_office_time_limit_and_a_qr_code_of_the_guide(client, birth):
    response = client.get(f"{birth.url}in/")
    html = response.content.decode()
    assert response.status_code == 200
    main = html[html.index("<main") : html.index("</main>")]
    for text in [
        "Danh sách giấy tờ cần mang",
        "Giấy chứng sinh",
        "bản chính",
        "Căn cước của cha hoặc mẹ",
        "Miễn lệ phí",
        "UBND xã nơi cư trú",
        "Cách nộp: Trực tuyến; Nộp trực tiếp tại cơ quan",
        "Trong ngày làm việc",
        "1900 0368",
    ]:
        assert text in main, text
    assert main.count('class="checklist__item"') == 2
    assert '<svg role="img" aria-label="Mã QR của hướng dẫn đầy đủ"' in main
    assert f"http://testserver{birth.url}</span>" in main  # the address the QR code holds, written out
    assert "Mở ứng dụng VNeID" not in main  # the steps stay on the guide: one page only
    assert 'href="/ho-tro/' in html  # still a page of the site, with its switches


def test_missing_facts_are_said_not_left_blank(client, guide_index):
    bare = GuidePageFactory(parent=guide_index, fee="", agency="", processing_time="")
    main = client.get(f"{bare.url}in/").content.decode()
    assert "chưa ghi giấy tờ cần mang" in main
    assert main.count("Chưa có thông tin") == 3


def test_the_checklist_needs_no_inline_script_or_style(client, birth):
    html = client.get(f"{birth.url}in/").content.decode()
    assert not re.search(r"<script(?![^>]*\bsrc=)", html)
    assert not re.search(r"\son[a-z]+=", html) and " style=" not in html
