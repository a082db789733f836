"""`manage.py import_guides`: all-or-nothing, idempotent, revisions kept."""

import json

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from core.models import Topic
from guides.models import GuidePage

from .factories import TopicFactory, TroubleshootingTipFactory


def record(slug="dang-ky-khai-sinh-truc-tuyen", **overrides):
    data = {
        "slug": slug,
        "language": "vi",
        "title": "Đăng ký khai sinh trực tuyến",
        "summary": "Đăng ký khai sinh cho con ngay trên điện thoại.",
        "category": "ho-tich",
        "agency": "UBND xã",
        "tags": ["khai sinh"],
        "documents": ["Giấy chứng sinh"],
        "fee": "Miễn phí",
        "processing_time": "Trong ngày",
        "online_url": "https://dichvucong.gov.vn/",
        "steps": [
            {"title": "Mở VNeID", "body": "Đăng nhập tài khoản.\n\n- Bấm “Thủ tục hành chính”"},
            {"title": "Nộp hồ sơ", "body": "Bấm “Gửi”.", "fee": "Không mất phí"},
        ],
    }
    data.update(overrides)
    return data


@pytest.fixture
def write_json(tmp_path):
    def write(content):
        path = tmp_path / "guides.json"
        path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
        return str(path)

    return write


@pytest.fixture
def topic(db):
    return TopicFactory(slug="ho-tich", name="Hộ tịch")


def run_import(path, *args):
    call_command("import_guides", path, *args)


def test_import_creates_published_searchable_guides(guide_index, topic, write_json, client):
    run_import(write_json([record()]))

    guide = GuidePage.objects.get(slug="dang-ky-khai-sinh-truc-tuyen")
    assert guide.live and guide.get_parent().pk == guide_index.pk
    assert guide.topic == topic
    assert [tag.name for tag in guide.tags.all()] == ["khai sinh"]
    assert guide.required_documents[0].value["name"] == "Giấy chứng sinh"
    assert guide.steps[1].value["fee"] == "Không mất phí"
    assert "<li>Bấm “Thủ tục hành chính”</li>" in guide.steps[0].value["body"].source
    assert guide.revisions.count() == 1

    response = client.get(guide.url)
    assert response.status_code == 200
    assert "Giấy chứng sinh" in response.text
    search = client.get("/api/search/", {"q": "khai sinh"}).json()
    assert search["results"][0]["title"] == guide.title


def test_top_level_object_with_guides_key_is_accepted(guide_index, topic, write_json):
    run_import(write_json({"version": 2, "guides": [record()]}))
    assert GuidePage.objects.filter(slug="dang-ky-khai-sinh-truc-tuyen").exists()


def test_reimporting_the_same_file_changes_nothing(guide_index, topic, write_json, capsys):
    path = write_json([record(), record("cap-doi-the-can-cuoc", title="Cấp đổi thẻ căn cước")])
    run_import(path)
    revisions = {page.slug: page.revisions.count() for page in GuidePage.objects.all()}

    run_import(path)

    assert "không đổi 2" in capsys.readouterr().out
    assert {page.slug: page.revisions.count() for page in GuidePage.objects.all()} == revisions
    assert GuidePage.objects.count() == 2


def test_edited_record_publishes_a_new_revision_and_keeps_history(guide_index, topic, write_json):
    run_import(write_json([record()]))
    run_import(write_json([record(fee="50.000 đồng")]))

    guide = GuidePage.objects.get(slug="dang-ky-khai-sinh-truc-tuyen")
    assert guide.fee == "50.000 đồng"
    assert guide.revisions.count() == 2
    oldest = guide.revisions.order_by("created_at").first().as_object()
    assert oldest.fee == "Miễn phí"


def test_steps_and_related_guides_can_point_to_guides_later_in_the_file(guide_index, topic, write_json):
    tip = TroubleshootingTipFactory(slug="otp-sim-cu")
    birth = record(
        steps=[{"guide": "kich-hoat-vneid"}, {"title": "Nộp hồ sơ", "body": "Bấm Gửi.", "alternative": True}],
        related=["kich-hoat-vneid"],
        troubleshooting=["otp-sim-cu"],
        faq=[{"question": "Mất phí không?", "answer": "Không."}],
    )
    vneid = record("kich-hoat-vneid", title="Kích hoạt VNeID")
    run_import(write_json([birth, vneid]))

    guide = GuidePage.objects.get(slug="dang-ky-khai-sinh-truc-tuyen")
    target = GuidePage.objects.get(slug="kich-hoat-vneid")
    assert guide.steps[0].block_type == "guide_step"
    assert guide.steps[0].value["guide"].specific == target
    assert guide.related_guides[0].value.specific == target
    assert guide.troubleshooting[0].value == tip
    assert [s["number"] for s in guide.numbered_steps()] == [1, 1]


def test_unknown_category_creates_a_topic_and_reports_it(guide_index, write_json, capsys):
    run_import(write_json([record(category="thue-dat")]))
    assert Topic.objects.filter(slug="thue-dat").exists()
    assert "thue-dat" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ({"title": ""}, "Bản ghi 2, trường “title”: bắt buộc"),
        ({"steps": []}, "Bản ghi 2, trường “steps”"),
        ({"slug": "Đăng Ký"}, "Bản ghi 2, trường “slug”"),
        ({"language": "xx"}, "Bản ghi 2, trường “language”: ngôn ngữ “xx”"),
        ({"tags": "khai sinh"}, "Bản ghi 2, trường “tags”"),
        ({"fee": 50000}, "Bản ghi 2, trường “fee”: phải là chuỗi chữ"),
        ({"checked_on": "15/10/2026"}, "Bản ghi 2, trường “checked_on”"),
        ({"submission": ["fax"]}, "Bản ghi 2, trường “submission”"),
        ({"online_url": "dichvucong"}, "Bản ghi 2, trường “online_url”"),
        ({"steps": [{"title": "Không có nội dung"}]}, "Bản ghi 2, trường “body”"),
        ({"related": ["khong-ton-tai"]}, "Bản ghi 2: không tìm thấy hướng dẫn “khong-ton-tai”"),
    ],
)
def test_one_invalid_record_writes_nothing(guide_index, topic, write_json, capsys, bad, message):
    pages_before = Page.objects.count()
    path = write_json([record("hop-le"), record(**bad)])

    with pytest.raises(CommandError, match="Không nhập gì"):
        run_import(path)

    assert message in capsys.readouterr().err
    assert Page.objects.count() == pages_before
    assert not GuidePage.objects.exists()


def test_duplicate_slugs_in_one_file_are_rejected(guide_index, topic, write_json, capsys):
    with pytest.raises(CommandError):
        run_import(write_json([record(), record()]))
    assert "bị trùng" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[{"slug": "a",', "không phải JSON hợp lệ: dòng 1"),
        ('{"items": []}', 'khóa "guides"'),
        ("[]", "không có hướng dẫn nào"),
        ("[42]", "Bản ghi 1: phải là một đối tượng"),
    ],
)
def test_malformed_files_get_a_clear_message(guide_index, write_json, capsys, content, message):
    with pytest.raises(CommandError):
        run_import(write_json(content))
    assert message in capsys.readouterr().err


def test_dry_run_reports_but_writes_nothing(guide_index, topic, write_json, capsys):
    run_import(write_json([record()]), "--dry-run")
    assert "Tạo mới 1" in capsys.readouterr().out
    assert not GuidePage.objects.exists()


def test_forty_guides_import_in_one_go(guide_index, topic, write_json, client):
    records = [record(f"thu-tuc-{n}", title=f"Thủ tục số {n}") for n in range(40)]
    run_import(write_json({"guides": records}))
    assert GuidePage.objects.live().count() == 40
    results = client.get("/api/search/", {"q": "thu tuc so 17"}).json()["results"]
    assert results[0]["title"] == "Thủ tục số 17"


def test_missing_guide_index_for_the_language_is_an_error(home, topic, write_json, capsys):
    with pytest.raises(CommandError):
        run_import(write_json([record()]))
    assert "chưa có mục lục hướng dẫn" in capsys.readouterr().err
