"""Nội dung mẫu: chiến dịch 100 ngày, xã mẫu, số liệu, lớp học, tổ công nghệ số.

Mọi xã, phường ở đây là XÃ MẪU (mã 99xxx, ngoài dải mã thật của Danh mục đơn vị hành chính;
trang web ghi rõ “mẫu”): danh sách chính thức phải nạp bằng `manage.py import_communes`.
Số liệu, tên người liên hệ, số điện thoại đều là dữ liệu trình diễn. Được nạp bởi
campaigns/demo.py (bước `campaigns()` của `manage.py load_demo_content`).
"""

import datetime

SAMPLE_COMMUNES = [
    {"code": "99001", "name": "Buôn Ma Thuột", "kind": "phuong"},
    {"code": "99002", "name": "Tuy Hòa", "kind": "phuong"},
    {"code": "99003", "name": "Ea Súp", "kind": "xa"},
    {"code": "99004", "name": "Krông Pắc", "kind": "xa"},
    {"code": "99005", "name": "Buôn Đôn", "kind": "xa"},
    {"code": "99006", "name": "Lắk", "kind": "xa"},
]

CAMPAIGN = {
    "slug": "chien-dich-100-ngay",
    "title": "Chiến dịch 100 ngày cao điểm “Bình dân học vụ số”",
    "summary": (
        "Từ 15/7 đến 25/10/2025, cả tỉnh ra quân phổ cập kỹ năng số cho người dân: mở lớp ở thư viện, "
        "nhà văn hóa, trường học; tổ công nghệ số cộng đồng đến tận nhà. Số liệu trên trang là số liệu "
        "mẫu của các xã mẫu, để trình diễn."
    ),
    "start_date": datetime.date(2025, 7, 15),
    "end_date": datetime.date(2025, 10, 25),
    "description": (
        "<p>Chiến dịch có 10 chỉ tiêu, được thiết kế “mở và động”: sau mỗi giai đoạn, Ban chỉ đạo rà "
        "soát, bổ sung và điều chỉnh. Các xã, phường báo cáo số liệu hằng tuần; số lớp học đã tổ chức "
        "được đếm tự động từ lịch lớp học đã được xác nhận.</p>"
        "<p>Trang này chỉ có số liệu tổng hợp (bao nhiêu người, bao nhiêu tài khoản…), không có thông "
        "tin cá nhân của người học.</p>"
    ),
    "phases": [
        {
            "name": "Khởi động, tuyên truyền",
            "start_date": datetime.date(2025, 7, 15),
            "end_date": datetime.date(2025, 8, 14),
            "review_note": (
                "Số người được hướng dẫn vượt kế hoạch; kích hoạt VNeID mức 2 ở vùng đồng bào dân tộc "
                "thiểu số còn chậm vì thiếu người hướng dẫn bằng tiếng dân tộc. Nâng chỉ tiêu CT1, thêm "
                "chỉ tiêu CT11."
            ),
        },
        {
            "name": "Tăng tốc",
            "start_date": datetime.date(2025, 8, 15),
            "end_date": datetime.date(2025, 9, 19),
            "review_note": (
                "Các xã làm tốt việc mở lớp. Sau sắp xếp đơn vị hành chính, số cán bộ cấp xã giảm nên "
                "điều chỉnh CT8; dừng CT7 vì Bảo hiểm xã hội tỉnh đã theo dõi trực tiếp."
            ),
        },
        {
            "name": "Về đích",
            "start_date": datetime.date(2025, 9, 20),
            "end_date": datetime.date(2025, 10, 25),
            "review_note": "",
        },
    ],
    # reached: the share of the target the sample communes end up with (drives the sample figures)
    "targets": [
        {
            "code": "CT1",
            "name": "Số người dân được hướng dẫn kỹ năng số cơ bản",
            "short_name": "Người được hướng dẫn",
            "unit": "người",
            "initial_value": 6000,
            "how_measured": (
                "Người từ 15 tuổi trở lên được hướng dẫn ít nhất một buổi (lớp học hoặc tổ công nghệ số "
                "đến nhà). Xã báo cáo số người mới được hướng dẫn trong tuần."
            ),
            "reached": 0.93,
        },
        {
            "code": "CT2",
            "name": "Số tài khoản định danh điện tử VNeID mức 2 được kích hoạt",
            "short_name": "Tài khoản VNeID mức 2",
            "unit": "tài khoản",
            "initial_value": 4000,
            "how_measured": "Số tài khoản kích hoạt mới trong tuần, theo sổ theo dõi của công an xã.",
            "reached": 1.06,
        },
        {
            "code": "CT3",
            "name": "Số lớp học kỹ năng số đã tổ chức",
            "short_name": "Lớp học đã tổ chức",
            "unit": "lớp",
            "initial_value": 70,
            "how_measured": "Đếm các buổi học trong lịch lớp học đã được xác nhận là đã tổ chức.",
            "source": "lop-hoc",
        },
        {
            "code": "CT4",
            "name": "Số người dân được hướng dẫn nộp hồ sơ dịch vụ công trực tuyến",
            "short_name": "Người nộp hồ sơ trực tuyến",
            "unit": "người",
            "initial_value": 2500,
            "how_measured": "Người tự nộp được ít nhất một hồ sơ trực tuyến sau khi được hướng dẫn.",
            "reached": 0.78,
        },
        {
            "code": "CT5",
            "name": "Số hộ gia đình có ít nhất một người dùng thành thạo điện thoại thông minh",
            "short_name": "Hộ có người dùng thành thạo",
            "unit": "hộ",
            "initial_value": 3000,
            "how_measured": "Xã báo cáo tổng số hộ tính đến ngày báo cáo (không cộng dồn các tuần).",
            "aggregation": "moi-nhat",
            "reached": 0.88,
        },
        {
            "code": "CT6",
            "name": "Số tổ công nghệ số cộng đồng đang hoạt động",
            "short_name": "Tổ công nghệ số hoạt động",
            "unit": "tổ",
            "initial_value": 60,
            "how_measured": "Xã báo cáo tổng số tổ đang hoạt động tính đến ngày báo cáo.",
            "aggregation": "moi-nhat",
            "reached": 1.0,
        },
        {
            "code": "CT7",
            "name": "Số người dân cài đặt và sử dụng ứng dụng VssID",
            "short_name": "Người dùng VssID",
            "unit": "người",
            "initial_value": 3000,
            "how_measured": "Người được hướng dẫn cài VssID và tra cứu được thẻ bảo hiểm y tế.",
            "reached": 0.62,
        },
        {
            "code": "CT8",
            "name": "Số cán bộ, công chức cấp xã được bồi dưỡng kỹ năng số",
            "short_name": "Cán bộ được bồi dưỡng",
            "unit": "người",
            "initial_value": 300,
            "how_measured": "Cán bộ, công chức hoàn thành khóa bồi dưỡng kỹ năng số của tỉnh.",
            "reached": 1.1,
        },
        {
            "code": "CT9",
            "name": "Số người dân được hướng dẫn phòng, chống lừa đảo trên mạng",
            "short_name": "Người học chống lừa đảo",
            "unit": "người",
            "initial_value": 5000,
            "how_measured": "Người tham dự buổi hướng dẫn nhận biết lừa đảo qua điện thoại, mạng xã hội.",
            "reached": 0.95,
        },
        {
            "code": "CT10",
            "name": "Số người dân được hướng dẫn thanh toán không dùng tiền mặt",
            "short_name": "Người học thanh toán số",
            "unit": "người",
            "initial_value": 3500,
            "how_measured": "Người tự thực hiện được một lần thanh toán bằng mã QR hoặc ứng dụng ngân hàng.",
            "reached": 0.71,
        },
        {
            "code": "CT11",
            "name": "Số người học kỹ năng số bằng tiếng Ê Đê, J'rai, M'Nông",
            "short_name": "Người học bằng tiếng dân tộc",
            "unit": "người",
            "initial_value": 1200,
            "how_measured": "Người học ở các lớp, buổi hướng dẫn dạy bằng tiếng dân tộc thiểu số.",
            "introduced_in_phase": 2,
            "reached": 0.86,
        },
    ],
    "adjustments": [
        {
            "phase": 2,
            "target_code": "CT1",
            "kind": "dieu-chinh",
            "new_value": 8000,
            "reason": "Sau 30 ngày đã đạt gần một nửa chỉ tiêu; nâng để hướng dẫn thêm người cao tuổi.",
        },
        {
            "phase": 3,
            "target_code": "CT8",
            "kind": "dieu-chinh",
            "new_value": 250,
            "reason": "Sau sắp xếp đơn vị hành chính, số cán bộ, công chức cấp xã giảm.",
        },
        {
            "phase": 3,
            "target_code": "CT7",
            "kind": "dung",
            "reason": "Bảo hiểm xã hội tỉnh theo dõi trực tiếp số người dùng VssID; dừng để tránh báo cáo trùng.",
        },
    ],
}

# Reports every Friday of the campaign.
REPORT_DAYS = [datetime.date(2025, 7, 18) + datetime.timedelta(weeks=week) for week in range(15)]

# How big each sample commune is, relative to the others (its share of the figures).
COMMUNE_WEIGHTS = {"99001": 1.5, "99002": 1.3, "99003": 0.8, "99004": 1.0, "99005": 0.6, "99006": 0.8}

# Classes held during the campaign (confirmed): one a week in each commune, some weeks skipped,
# on the Wednesday before each report. They make up target CT3, "classes held".
HELD_CLASSES = [
    {"title": "Làm quen với điện thoại thông minh", "course": "lam-quen-voi-dien-thoai-thong-minh"},
    {"title": "Cài và kích hoạt VNeID mức 2", "guide": "kich-hoat-vneid-muc-2"},
    {"title": "Nhận biết lừa đảo qua điện thoại", "guide": "nhan-biet-phong-tranh-lua-dao"},
    {"title": "Nộp hồ sơ dịch vụ công trực tuyến", "course": "dich-vu-cong-truc-tuyen-cho-moi-nguoi"},
    {"title": "Bảo vệ mật khẩu và mã OTP", "guide": "tao-va-bao-ve-mat-khau-otp"},
]
# Communes where some classes are taught in a minority language.
HELD_CLASS_LANGUAGES = {"99003": "rad", "99005": "mng", "99006": "jra"}

CLASS_INDEX = {
    "slug": "lop-hoc",
    "title": "Lớp học kỹ năng số gần bạn",
    "intro": (
        "<p>Lớp học miễn phí ở thư viện, nhà văn hóa, trường học và trung tâm học tập cộng đồng. "
        "Chọn xã, phường và ngôn ngữ của bạn; lớp đã qua sẽ tự ẩn.</p>"
    ),
}
COMMUNE_INDEX = {
    "slug": "xa-phuong",
    "title": "Xã, phường và tổ công nghệ số",
    "intro": (
        "<p>Mỗi xã, phường: lớp học sắp tới, tổ công nghệ số cộng đồng và kết quả phong trào. "
        "Danh sách hiện là các xã, phường mẫu để trình diễn.</p>"
    ),
}

# Classes coming up: `days` from the day the demo is loaded, so they stay upcoming.
UPCOMING_CLASSES = [
    {
        "title": "Cài và kích hoạt VNeID mức 2",
        "commune": "99003",
        "days": 2,
        "start": "19:00",
        "minutes": 90,
        "venue_type": "nha-van-hoa",
        "venue_name": "Nhà văn hóa buôn Ea Rốk",
        "address": "cạnh trường tiểu học",
        "guide": "kich-hoat-vneid-muc-2",
        "audience": "moi-nguoi",
        "language": "rad",
        "capacity": 30,
        "contact": "Đoàn Thanh niên xã – 0900 000 103",
        "note": "Mang theo điện thoại đã sạc đầy và thẻ căn cước.",
    },
    {
        "title": "Làm quen với điện thoại thông minh",
        "commune": "99001",
        "days": 3,
        "start": "08:00",
        "minutes": 120,
        "venue_type": "thu-vien",
        "venue_name": "Thư viện tỉnh",
        "address": "phòng đọc tầng 1",
        "course": "lam-quen-voi-dien-thoai-thong-minh",
        "audience": "nguoi-cao-tuoi",
        "language": "vi",
        "capacity": 25,
        "contact": "Thư viện tỉnh – 0900 000 101",
        "note": "Có điện thoại cho mượn để tập.",
    },
    {
        "title": "Nhận biết lừa đảo qua điện thoại",
        "commune": "99002",
        "days": 4,
        "start": "14:00",
        "minutes": 90,
        "venue_type": "trung-tam-hoc-tap",
        "venue_name": "Trung tâm học tập cộng đồng phường",
        "guide": "nhan-biet-phong-tranh-lua-dao",
        "audience": "phu-nu",
        "language": "vi",
        "capacity": 40,
        "contact": "Hội Liên hiệp Phụ nữ phường – 0900 000 102",
        "note": "",
    },
    {
        "title": "Gia hạn thẻ bảo hiểm y tế trên VssID",
        "commune": "99004",
        "days": 6,
        "start": "19:30",
        "minutes": 90,
        "venue_type": "nha-van-hoa",
        "venue_name": "Nhà văn hóa thôn 3",
        "guide": "tra-cuu-va-dung-vssid",
        "audience": "nong-dan",
        "language": "vi",
        "capacity": 35,
        "contact": "Tổ công nghệ số thôn 3 – 0900 000 104",
        "note": "Học buổi tối sau giờ đi rẫy.",
    },
    {
        "title": "Dịch vụ công trực tuyến cho mọi người",
        "commune": "99005",
        "days": 8,
        "start": "08:30",
        "minutes": 120,
        "venue_type": "truong-hoc",
        "venue_name": "Trường THCS xã",
        "address": "phòng tin học",
        "course": "dich-vu-cong-truc-tuyen-cho-moi-nguoi",
        "audience": "thanh-nien",
        "language": "mng",
        "capacity": 30,
        "contact": "Trường THCS xã – 0900 000 105",
        "note": "",
    },
    {
        "title": "Đăng ký khai sinh trực tuyến cho con",
        "commune": "99006",
        "days": 10,
        "start": "15:00",
        "minutes": 60,
        "venue_type": "nha-van-hoa",
        "venue_name": "Nhà văn hóa buôn Jun",
        "guide": "dang-ky-khai-sinh-truc-tuyen",
        "audience": "phu-nu",
        "language": "rad",
        "capacity": 20,
        "contact": "Công chức tư pháp xã – 0900 000 106",
        "note": "Dành cho gia đình có con nhỏ; mang giấy chứng sinh.",
    },
    {
        "title": "Cài và kích hoạt VNeID mức 2",
        "commune": "99003",
        "days": 12,
        "start": "19:00",
        "minutes": 90,
        "venue_type": "nha-van-hoa",
        "venue_name": "Nhà văn hóa buôn Đrang Phốk",
        "guide": "kich-hoat-vneid-muc-2",
        "audience": "moi-nguoi",
        "language": "jra",
        "capacity": 30,
        "contact": "Đoàn Thanh niên xã – 0900 000 103",
        "note": "Mang theo điện thoại đã sạc đầy và thẻ căn cước.",
    },
    {
        "title": "Kỹ năng số cho cán bộ tổ dân phố",
        "commune": "99001",
        "days": 15,
        "start": "14:00",
        "minutes": 180,
        "venue_type": "trung-tam-hoc-tap",
        "venue_name": "Trung tâm học tập cộng đồng phường",
        "course": "dich-vu-cong-truc-tuyen-cho-moi-nguoi",
        "audience": "can-bo",
        "language": "vi",
        "capacity": 50,
        "contact": "UBND phường – 0900 000 101",
        "note": "",
    },
    {
        "title": "Tra cứu giá cà phê và đăng ký mã số vùng trồng",
        "commune": "99004",
        "days": 20,
        "start": "19:00",
        "minutes": 90,
        "venue_type": "nha-van-hoa",
        "venue_name": "Nhà văn hóa thôn 7",
        "guide": "tra-cuu-gia-ca-phe-va-dang-ky-ma-so-vung-trong",
        "audience": "nong-dan",
        "language": "vi",
        "capacity": 40,
        "contact": "Hội Nông dân xã – 0900 000 104",
        "note": "",
    },
    {
        "title": "Làm quen với điện thoại thông minh",
        "commune": "99006",
        "days": 24,
        "start": "08:00",
        "minutes": 120,
        "venue_type": "nha-van-hoa",
        "venue_name": "Nhà văn hóa buôn M'Liêng",
        "course": "lam-quen-voi-dien-thoai-thong-minh",
        "audience": "nguoi-cao-tuoi",
        "language": "mng",
        "capacity": 20,
        "contact": "Tổ công nghệ số buôn M'Liêng – 0900 000 106",
        "note": "",
    },
]

TEAMS = [
    {
        "commune": "99001",
        "name": "Tổ công nghệ số cộng đồng tổ dân phố 5",
        "area": "Tổ dân phố 5",
        "member_count": 7,
        "contact_name": "Nguyễn Thị Hoa (tổ trưởng)",
        "contact_phone": "0900 000 201",
        "contact_is_public": True,
    },
    {
        "commune": "99001",
        "name": "Tổ công nghệ số cộng đồng tổ dân phố 9",
        "area": "Tổ dân phố 9",
        "member_count": 5,
        "contact_name": "Trần Văn Bình",
        "contact_phone": "0900 000 202",
        "contact_is_public": False,
    },
    {
        "commune": "99002",
        "name": "Tổ công nghệ số cộng đồng khu phố Ninh Tịnh",
        "area": "Khu phố Ninh Tịnh",
        "member_count": 6,
        "contact_name": "Lê Minh Tâm (tổ trưởng)",
        "contact_phone": "0900 000 203",
        "contact_is_public": True,
    },
    {
        "commune": "99003",
        "name": "Tổ công nghệ số cộng đồng buôn Ea Rốk",
        "area": "Buôn Ea Rốk",
        "member_count": 8,
        "contact_name": "Y Khuê Niê (trưởng buôn)",
        "contact_phone": "0900 000 204",
        "contact_is_public": True,
    },
    {
        "commune": "99003",
        "name": "Tổ công nghệ số cộng đồng buôn Đrang Phốk",
        "area": "Buôn Đrang Phốk",
        "member_count": 6,
        "contact_name": "",
        "contact_phone": "",
        "contact_is_public": False,
    },
    {
        "commune": "99004",
        "name": "Tổ công nghệ số cộng đồng thôn 3",
        "area": "Thôn 3",
        "member_count": 5,
        "contact_name": "Phạm Văn Sơn",
        "contact_phone": "0900 000 205",
        "contact_is_public": True,
    },
    {
        "commune": "99005",
        "name": "Tổ công nghệ số cộng đồng buôn Trí",
        "area": "Buôn Trí",
        "member_count": 4,
        "contact_name": "H'Ly Ksơr",
        "contact_phone": "0900 000 206",
        "contact_is_public": False,
    },
    {
        "commune": "99006",
        "name": "Tổ công nghệ số cộng đồng buôn M'Liêng",
        "area": "Buôn M'Liêng",
        "member_count": 6,
        "contact_name": "Y Thông Liêng Hót (tổ trưởng)",
        "contact_phone": "0900 000 207",
        "contact_is_public": True,
    },
]
CONSENT_DATE = datetime.date(2025, 7, 10)
