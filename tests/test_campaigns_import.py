"""`manage.py import_communes FILE.csv`: the documented format, updates by code, and a malformed
file that writes nothing and exits non-zero with a Vietnamese message naming the line."""

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from campaigns.models import Commune, DigitalClass, ProgressFigure

from .factories import CampaignPageFactory, CommuneFactory, DigitalClassFactory, ProgressFigureFactory

GOOD = "ma,ten,loai\n24121,Buôn Ma Thuột,phuong\n24133,Xã Ea Súp,Xã\n\n24150,Krông Pắc,xa\n"


@pytest.fixture
def write(tmp_path):
    def write(text, encoding="utf-8"):
        path = tmp_path / "xa-phuong.csv"
        path.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
        return str(path)

    return write


def run(path, *args):
    from io import StringIO

    out = StringIO()
    call_command("import_communes", path, *args, stdout=out)
    return out.getvalue()


def test_import_creates_communes_from_the_documented_format(db, write):
    output = run(write("\ufeff" + GOOD))

    assert "thêm 3, cập nhật 0, giữ nguyên 0" in output
    communes = {commune.code: commune for commune in Commune.objects.all()}
    assert (
        str(communes["24121"]) == "Phường Buôn Ma Thuột" and communes["24121"].slug == "phuong-buon-ma-thuot"
    )
    assert str(communes["24133"]) == "Xã Ea Súp"  # "Xã " prefix and "Xã" kind label understood
    assert not any(commune.is_sample for commune in communes.values())


def test_semicolons_accented_headers_and_the_sample_column(db, write):
    run(write("Mã;Tên;Loại;Mẫu\n24121;Buôn Ma Thuột;Phường;\n99001;Xã thử;xa;1\n"))

    assert dict(Commune.objects.values_list("code", "is_sample")) == {"24121": False, "99001": True}


def test_importing_again_updates_by_code_and_changes_nothing_else(db, write):
    run(write(GOOD))
    output = run(write(GOOD.replace("Krông Pắc", "Krông Pắc Mới")))

    assert "thêm 0, cập nhật 1, giữ nguyên 2" in output
    assert Commune.objects.get(code="24150").name == "Krông Pắc Mới"
    assert Commune.objects.count() == 3


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("ma,ten\n24121,Buôn Ma Thuột\n", "Dòng 1: thiếu cột “loai” (loại)"),
        (GOOD + "2413,Lắk,xa\n", "Dòng 6: mã “2413” không hợp lệ — mã gồm đúng 5 chữ số"),
        (GOOD + "24133,Lắk,xa\n", "Dòng 6: mã 24133 bị trùng với dòng 3."),
        (GOOD + "24160,Lắk,huyen\n", "Dòng 6: loại “huyen” không hợp lệ"),
        (GOOD + "24160,,xa\n", "Dòng 6: thiếu tên xã, phường."),
        (GOOD + "24160\n", "Dòng 6: thiếu ô"),
        ("", "Dòng 1: tệp trống"),
        ("ma,ten,loai\n", "Dòng 2: tệp chỉ có tiêu đề"),
    ],
)
def test_a_malformed_file_writes_nothing_and_names_the_line(db, write, text, message):
    CommuneFactory(code="24121", name="Tên cũ", kind="phuong")

    with pytest.raises(CommandError) as error:
        run(write(text))

    assert message in str(error.value)
    assert "chưa nạp gì" in str(error.value)
    assert list(Commune.objects.values_list("code", "name")) == [("24121", "Tên cũ")]


def test_a_file_not_in_utf8_is_refused(db, write):
    with pytest.raises(CommandError, match="Dòng 2: tệp phải được lưu bằng mã UTF-8"):
        run(write(GOOD.encode().replace("ô".encode(), b"\xf4")))  # Latin-1 "ô" on line 2
    assert not Commune.objects.exists()


def test_the_command_exits_non_zero_with_the_message_on_stderr(db, write, capsys):
    from django.core.management import ManagementUtility

    with pytest.raises(SystemExit) as exit_info:
        ManagementUtility(["manage.py", "import_communes", write(GOOD + "x,y,z\n")]).execute()

    assert exit_info.value.code != 0
    assert "Dòng 6" in capsys.readouterr().err
    assert not Commune.objects.exists()


def test_dry_run_writes_nothing(db, write):
    output = run(write(GOOD), "--dry-run")

    assert "Chạy thử" in output and "thêm 3" in output
    assert not Commune.objects.exists()


def test_sample_communes_can_be_removed_with_their_data(home, write):
    sample = CommuneFactory(code="99001", name="Xã mẫu", is_sample=True)
    campaign = CampaignPageFactory(parent=home)
    ProgressFigureFactory(target=campaign.targets.get(code="CT1"), commune=sample)
    DigitalClassFactory(commune=sample)

    kept = run(write(GOOD))
    removed = run(write(GOOD), "--xoa-xa-mau")

    assert "1 xã, phường không có trong tệp (giữ nguyên): Xã Xã mẫu" in kept
    assert "Đã xóa 1 xã mẫu" in removed
    assert not Commune.objects.filter(is_sample=True).exists()
    assert not ProgressFigure.objects.exists() and not DigitalClass.objects.exists()
