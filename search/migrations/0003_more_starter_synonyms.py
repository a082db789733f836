"""More everyday names and abbreviations for the starter list (editors extend it in the admin)."""

from django.db import migrations

MORE_STARTER_SYNONYMS = [
    "hkd, hộ kinh doanh, kinh doanh hộ gia đình",
    "gpkd, giấy phép kinh doanh, đkkd, đăng ký kinh doanh",
    "nvqs, nghĩa vụ quân sự, đi bộ đội, đi lính, nhập ngũ",
    "khai tử, giấy chứng tử, báo tử",
    "ly hôn, ly dị, bỏ nhau",
    "hộ chiếu, passport",
    "người cao tuổi, người già",
    "thất nghiệp, mất việc, bhtn, bảo hiểm thất nghiệp",
    "tthc, thủ tục hành chính",
    "xe máy, xe gắn máy, mô tô",
    "chứng thực, công chứng, sao y",
]


def add(apps, schema_editor):
    Synonym = apps.get_model("search", "Synonym")
    for terms in MORE_STARTER_SYNONYMS:
        Synonym.objects.get_or_create(terms=terms, defaults={"note": "Danh sách khởi đầu"})


def remove(apps, schema_editor):
    apps.get_model("search", "Synonym").objects.filter(terms__in=MORE_STARTER_SYNONYMS).delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0002_starter_synonyms")]

    operations = [migrations.RunPython(add, remove)]
