"""The fixed lists (choices) of the campaigns app, shared by models and forms."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CommuneKind(models.TextChoices):
    COMMUNE = "xa", _("Xã")
    WARD = "phuong", _("Phường")
    SPECIAL_ZONE = "dac-khu", _("Đặc khu")


class CampaignStatus(models.TextChoices):
    UPCOMING = "sap-dien-ra", _("Sắp diễn ra")
    RUNNING = "dang-dien-ra", _("Đang diễn ra")
    FINISHED = "da-ket-thuc", _("Đã kết thúc")


class TargetSource(models.TextChoices):
    REPORTED = "bao-cao", _("Xã, phường báo cáo")
    CLASSES = "lop-hoc", _("Tự đếm các lớp học đã xác nhận tổ chức")


class Aggregation(models.TextChoices):
    SUM = "cong-don", _("Cộng dồn: mỗi lần báo cáo là số mới trong kỳ")
    LATEST = "moi-nhat", _("Số mới nhất: mỗi lần báo cáo là tổng số đến ngày đó")


class AdjustmentKind(models.TextChoices):
    ADJUST = "dieu-chinh", _("Điều chỉnh giá trị chỉ tiêu")
    RETIRE = "dung", _("Dừng chỉ tiêu")


class VenueType(models.TextChoices):
    LIBRARY = "thu-vien", _("Thư viện")
    CULTURE_HOUSE = "nha-van-hoa", _("Nhà văn hóa")
    SCHOOL = "truong-hoc", _("Trường học")
    LEARNING_CENTRE = "trung-tam-hoc-tap", _("Trung tâm học tập cộng đồng")


class Audience(models.TextChoices):
    EVERYONE = "moi-nguoi", _("Mọi người")
    ELDERS = "nguoi-cao-tuoi", _("Người cao tuổi")
    FARMERS = "nong-dan", _("Nông dân")
    YOUTH = "thanh-nien", _("Thanh niên, học sinh")
    WOMEN = "phu-nu", _("Phụ nữ")
    CIVIL_SERVANTS = "can-bo", _("Cán bộ, công chức")
    BUSINESSES = "ho-kinh-doanh", _("Hộ kinh doanh")


class InstructionLanguage(models.TextChoices):
    """Codes as in settings.SITE_LANGUAGES (ISO 639-1, else 639-3)."""

    VIETNAMESE = "vi", _("Tiếng Việt")
    EDE = "rad", _("Tiếng Ê Đê")
    JRAI = "jra", _("Tiếng J'rai")
    MNONG = "mng", _("Tiếng M'Nông")


class ClassStatus(models.TextChoices):
    SCHEDULED = "da-len-lich", _("Đã lên lịch")
    HELD = "da-to-chuc", _("Đã tổ chức (đã xác nhận)")
    CANCELLED = "da-huy", _("Đã hủy")
