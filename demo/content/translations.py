"""SAMPLE translations into Ê Đê (rad) and J'rai (jra) for the demo.

These are placeholders written without a native speaker: they show the translation workflow
(translated titles and summaries, untranslated parts falling back to Vietnamese) and MUST be
reviewed and corrected by native speakers before anything like them is published.

Keys are Vietnamese source texts exactly as they appear in the demo content; the loader
fills them into wagtail-localize's PO file for each page, as a translator would.
"""

# Pages translated in the demo, by slug (Vietnamese source).
TRANSLATED_PAGES = [
    "kich-hoat-vneid-muc-2",
    "dang-ky-khai-sinh-truc-tuyen",
    "gia-han-bhyt-ho-gia-dinh",
    "tai-khoan-vneid",
]

# This one's Vietnamese text is changed after translating, to show an out-of-date translation.
OUTDATED_PAGE = "gia-han-bhyt-ho-gia-dinh"
OUTDATED_SUMMARY_SUFFIX = " Từ năm 2026, mức đóng tính theo mức lương cơ sở mới."

SAMPLE_TRANSLATIONS = {
    "rad": {
        "Kích hoạt tài khoản định danh điện tử mức 2 (VNeID)": "Mblang hră anăn điện tử mức 2 (VNeID)",
        "Đăng ký khai sinh trực tuyến": "Čih anăn hđeh mrâo kkiêng hlăm internet",
        "Gia hạn thẻ bảo hiểm y tế hộ gia đình": "Bi mrâo hră bảo hiểm y tế kơ sang",
        "Tài khoản VNeID: chìa khóa làm thủ tục trực tuyến": "Tài khoản VNeID: kluč ngă bruă hlăm internet",
        "Cài ứng dụng VNeID": "Mdưm ứng dụng VNeID",
        "Đặt mật khẩu đăng nhập": "Mkăn mật khẩu",
        "Chuẩn bị giấy tờ": "Mkra hră",
        "Nhận giấy khai sinh": "Mă tŭ hră kkiêng",
        "Xem thẻ BHYT còn hạn đến ngày nào": "Dlăng hră BHYT truh hruê hơget",
        "Tính số tiền cả nhà phải đóng": "Yap prăk jih sang brei",
    },
    "jra": {
        "Kích hoạt tài khoản định danh điện tử mức 2 (VNeID)": "Pơdơ̆ng tài khoản anăn điện tử mức 2 (VNeID)",
        "Đăng ký khai sinh trực tuyến": "Čih anăn ană nge tơkeng amăng internet",
        "Gia hạn thẻ bảo hiểm y tế hộ gia đình": "Pơphrâo hră bảo hiểm y tế kơ sang anŏ",
        "Tài khoản VNeID: chìa khóa làm thủ tục trực tuyến": "Tài khoản VNeID: gơnam pơblang bruă amăng internet",
        "Cài ứng dụng VNeID": "Pơdơ̆ng ứng dụng VNeID",
        "Đặt mật khẩu đăng nhập": "Pơkơjăp mật khẩu",
        "Chuẩn bị giấy tờ": "Prap rơmet hră",
        "Nhận giấy khai sinh": "Tŭ mă hră tơkeng",
        "Xem thẻ BHYT còn hạn đến ngày nào": "Lăng hră BHYT truh hrơi hơget",
        "Tính số tiền cả nhà phải đóng": "Yap prăk abih sang anŏ kơ brơi",
    },
}
