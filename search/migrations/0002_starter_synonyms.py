"""The starter list of abbreviations and everyday names, installed on every fresh site.

Editors extend and correct it in the admin (Tìm kiếm → Từ đồng nghĩa); each line is one group
of words and phrases that mean the same to a citizen.
"""

from django.db import migrations

STARTER_SYNONYMS = [
    "cccd, căn cước, căn cước công dân, thẻ căn cước, cmnd, chứng minh nhân dân, chứng minh thư",
    "sổ đỏ, sổ hồng, giấy chứng nhận quyền sử dụng đất, gcn qsdđ, bìa đỏ",
    "bhyt, bảo hiểm y tế, thẻ bảo hiểm y tế",
    "bhxh, bảo hiểm xã hội, sổ bảo hiểm",
    "gplx, giấy phép lái xe, bằng lái, bằng lái xe",
    "ubnd, ủy ban nhân dân, ủy ban",
    "dvc, dịch vụ công, dịch vụ công trực tuyến, cổng dịch vụ công, dvcqg",
    "vneid, định danh điện tử, tài khoản định danh, ứng dụng định danh",
    "otp, mã otp, mã xác thực, mã xác nhận",
    "lltp, lý lịch tư pháp, phiếu lý lịch tư pháp, lý lịch",
    "giấy khai sinh, khai sinh, làm khai sinh",
    "hộ khẩu, thường trú, đăng ký thường trú, nhập hộ khẩu",
    "tạm trú, đăng ký tạm trú, khai báo tạm trú",
    "mst, mã số thuế",
    "csgt, cảnh sát giao thông",
    "phạt nguội, phạt vi phạm giao thông, nộp phạt",
    "smartphone, điện thoại thông minh",
    "app, ứng dụng",
    "wifi, mạng không dây",
    "lừa đảo, lừa gạt, giả danh, mạo danh",
    "vào lớp 1, tuyển sinh lớp 1, tuyển sinh đầu cấp, nhập học",
    "kết hôn, đăng ký kết hôn, giấy kết hôn, đăng ký cưới",
    "mật khẩu, pass, password",
]


def add_starter_synonyms(apps, schema_editor):
    Synonym = apps.get_model("search", "Synonym")
    for terms in STARTER_SYNONYMS:
        Synonym.objects.get_or_create(terms=terms, defaults={"note": "Danh sách khởi đầu"})


def remove_starter_synonyms(apps, schema_editor):
    apps.get_model("search", "Synonym").objects.filter(terms__in=STARTER_SYNONYMS).delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(add_starter_synonyms, remove_starter_synonyms)]
