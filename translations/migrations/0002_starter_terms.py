"""A small starter term base, installed on every fresh site.

The Vietnamese terms that recur in guides and lessons, with a note for translators and the
English translation. Ê Đê, J'rai and M'Nông are left empty on purpose: native translators
fill them in the admin (Dịch thuật → Thuật ngữ). Running it again adds nothing twice.
"""

from django.db import migrations

# (term, note for translators, English)
STARTER_TERMS = [
    ("mật khẩu", "Chuỗi bí mật để đăng nhập; không bao giờ đưa cho ai.", "password"),
    (
        "mã OTP",
        "Mã dùng một lần (thường 6 chữ số) gửi qua tin nhắn. Có thể giữ nguyên chữ “OTP”.",
        "OTP code",
    ),
    ("định danh điện tử", "Xác nhận một người là ai trên môi trường mạng.", "electronic identification"),
    (
        "tài khoản định danh điện tử mức 2",
        "Đăng ký trực tiếp tại công an; dùng được cho nhiều thủ tục hơn mức 1.",
        "level 2 electronic identification account",
    ),
    (
        "căn cước",
        "Thẻ căn cước (trước đây: căn cước công dân, CCCD). Giấy tờ tùy thân có gắn chip.",
        "identity card",
    ),
    ("VNeID", "Tên ứng dụng định danh điện tử của Bộ Công an: giữ nguyên, không dịch.", "VNeID"),
    ("dịch vụ công trực tuyến", "Làm thủ tục hành chính qua mạng, không cần đến cơ quan.", "online public services"),
    (
        "Cổng Dịch vụ công quốc gia",
        "Tên riêng của trang dichvucong.gov.vn; viết hoa như tên riêng.",
        "National Public Service Portal",
    ),
    ("thủ tục hành chính", "", "administrative procedure"),
    (
        "hồ sơ",
        "Bộ giấy tờ nộp cho một thủ tục. Tùy câu: “đơn” (nộp hồ sơ) hoặc “giấy tờ” (chuẩn bị hồ sơ).",
        "application",
    ),
    ("lệ phí", "Khoản tiền nộp cho cơ quan nhà nước khi làm thủ tục.", "fee"),
    ("bảo hiểm y tế", "Viết tắt: BHYT.", "health insurance"),
    ("số định danh cá nhân", "Dãy 12 chữ số, trùng với số thẻ căn cước.", "personal identification number"),
    ("Ủy ban nhân dân xã", "Viết tắt: UBND xã.", "Commune People's Committee"),
    ("đăng nhập", "Vào tài khoản bằng tên đăng nhập và mật khẩu.", "log in"),
]


def add_starter_terms(apps, schema_editor):
    Term = apps.get_model("translations", "Term")
    TermTranslation = apps.get_model("translations", "TermTranslation")
    for text, note, english in STARTER_TERMS:
        term, created = Term.objects.get_or_create(term=text, defaults={"note": note})
        if created:
            TermTranslation.objects.create(term=term, language="en", text=english)


def remove_starter_terms(apps, schema_editor):
    apps.get_model("translations", "Term").objects.filter(term__in=[row[0] for row in STARTER_TERMS]).delete()


class Migration(migrations.Migration):
    dependencies = [("translations", "0001_initial")]

    operations = [migrations.RunPython(add_starter_terms, remove_starter_terms)]
