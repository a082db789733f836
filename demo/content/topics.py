"""Nội dung mẫu: danh sách chủ đề — biên tập viên cần rà soát trước khi đăng."""

TOPICS = [
    {
        "slug": "giay-to-tuy-than",
        "name": "Giấy tờ tùy thân",
        "description": (
            "Thẻ căn cước, tài khoản định danh điện tử VNeID và các giấy tờ chứng minh bạn là ai "
            "khi làm thủ tục."
        ),
    },
    {
        "slug": "ho-tich",
        "name": "Hộ tịch",
        "description": (
            "Khai sinh, kết hôn, khai tử và các việc ghi nhận những sự kiện quan trọng trong đời mỗi người."
        ),
    },
    {
        "slug": "dat-dai-nha-o",
        "name": "Đất đai – nhà ở",
        "description": (
            "Cấp sổ đỏ, tra cứu hồ sơ đất, đăng ký thường trú, tạm trú và các việc liên quan đến "
            "chỗ ở của gia đình."
        ),
    },
    {
        "slug": "bao-hiem",
        "name": "Bảo hiểm y tế – xã hội",
        "description": (
            "Gia hạn thẻ bảo hiểm y tế, xem quá trình đóng bảo hiểm xã hội và dùng ứng dụng VssID "
            "trên điện thoại."
        ),
    },
    {
        "slug": "giao-thong",
        "name": "Giao thông",
        "description": (
            "Đổi giấy phép lái xe, tra cứu và nộp phạt vi phạm giao thông mà không phải đi lại nhiều lần."
        ),
    },
    {
        "slug": "thue-phi-thanh-toan",
        "name": "Thuế – phí – thanh toán",
        "description": (
            "Nộp thuế, lệ phí, tiền phạt và thanh toán trực tuyến an toàn bằng tài khoản ngân hàng "
            "hoặc ví điện tử."
        ),
    },
    {
        "slug": "ky-nang-so",
        "name": "Kỹ năng số",
        "description": (
            "Những việc cơ bản trên điện thoại thông minh: bật máy, kết nối mạng, cài ứng dụng và "
            "dùng dịch vụ công trực tuyến."
        ),
    },
    {
        "slug": "an-toan-tren-mang",
        "name": "An toàn trên mạng",
        "description": (
            "Nhận biết cuộc gọi, tin nhắn lừa đảo và giữ kín mật khẩu, mã OTP để bảo vệ tiền bạc, "
            "thông tin của gia đình."
        ),
    },
    {
        "slug": "nong-nghiep",
        "name": "Nông nghiệp",
        "description": (
            "Tra cứu giá nông sản, đăng ký mã số vùng trồng cà phê và các dịch vụ số giúp bà con "
            "sản xuất, bán hàng thuận lợi."
        ),
    },
    {
        "slug": "giao-duc",
        "name": "Giáo dục",
        "description": (
            "Đăng ký tuyển sinh đầu cấp cho con trực tuyến và theo dõi việc học của con bằng điện thoại."
        ),
    },
]
