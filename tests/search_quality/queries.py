"""What citizens type, each with the one guide (slug) that answers it.

Written the way people type on a phone — not checked against what the search code handles:
the site is judged on queries nobody has seen, so these must not be tuned to pass.

Kinds:
  exact            the service's name, with tone marks
  no_tone_marks    typed without Vietnamese input
  partial          the last word still being typed (no trailing space)
  typo             1–2 wrong, missing, doubled or swapped letters in a longer word
  telex            Vietnamese keyboard switched off: the Telex keystrokes stay in the text
  abbreviation     cccd, bhyt, gplx, lltp, đk…
  synonym          everyday words instead of the procedure's name (làm sổ đỏ, bằng lái…)
  natural_question a spoken question ("làm sao để…", "ở đâu…", "… không")
"""

from typing import NamedTuple


class Query(NamedTuple):
    kind: str
    text: str
    slug: str  # the one right guide


KINDS = ["exact", "no_tone_marks", "partial", "typo", "telex", "abbreviation", "synonym", "natural_question"]

_RAW = {
    "exact": [
        ("Đăng ký khai sinh", "dang-ky-khai-sinh-cho-tre"),
        ("đăng ký kết hôn", "dang-ky-ket-hon"),
        ("Đổi giấy phép lái xe", "doi-giay-phep-lai-xe"),
        ("đăng ký tạm trú", "dang-ky-tam-tru"),
        ("cấp phiếu lý lịch tư pháp", "cap-phieu-ly-lich-tu-phap"),
        ("giấy phép xây dựng nhà ở", "cap-giay-phep-xay-dung-nha-o"),
        ("trợ cấp thất nghiệp", "huong-tro-cap-that-nghiep"),
        ("đăng ký hộ kinh doanh", "dang-ky-ho-kinh-doanh"),
        ("hộ chiếu phổ thông", "cap-ho-chieu-pho-thong"),
        ("chứng thực bản sao", "chung-thuc-ban-sao-tu-ban-chinh"),
        ("xác nhận tình trạng hôn nhân", "xac-nhan-tinh-trang-hon-nhan"),
        ("đăng ký khai tử", "dang-ky-khai-tu"),
        ("gia hạn bảo hiểm y tế hộ gia đình", "gia-han-bhyt-ho-gia-dinh"),
        ("Đăng ký thường trú", "dang-ky-thuong-tru"),
        ("trích lục hộ tịch", "cap-ban-sao-trich-luc-ho-tich"),
        ("thanh toán tiền điện", "thanh-toan-tien-dien-nuoc-truc-tuyen"),
    ],
    "no_tone_marks": [
        ("lam the can cuoc", "cap-the-can-cuoc"),
        ("doi giay phep lai xe o to", "doi-giay-phep-lai-xe"),
        ("dang ky ket hon", "dang-ky-ket-hon"),
        ("xac nhan tinh trang hon nhan", "xac-nhan-tinh-trang-hon-nhan"),
        ("trich luc khai sinh", "cap-ban-sao-trich-luc-ho-tich"),
        ("cap so do lan dau", "cap-giay-chung-nhan-dat-lan-dau"),
        ("sang ten dat", "chuyen-nhuong-quyen-su-dung-dat"),
        ("tra cuu phat nguoi", "tra-cuu-nop-phat-vi-pham-giao-thong"),
        ("tro cap nguoi cao tuoi", "tro-cap-xa-hoi-nguoi-cao-tuoi"),
        ("xin giay phep xay dung", "cap-giay-phep-xay-dung-nha-o"),
        ("dang ky ma so thue ca nhan", "dang-ky-ma-so-thue-ca-nhan"),
        ("dang ky nghia vu quan su", "dang-ky-nghia-vu-quan-su-lan-dau"),
        ("lap cong to dien", "dang-ky-cap-dien-sinh-hoat"),
        ("ho can ngheo", "cong-nhan-ho-ngheo-ho-can-ngheo"),
        ("tra cuu qua trinh dong bao hiem xa hoi", "tra-cuu-qua-trinh-dong-bhxh"),
        ("dang ky xe may moi", "dang-ky-xe-may-lan-dau"),
    ],
    "partial": [
        ("đăng ký tạm t", "dang-ky-tam-tru"),
        ("giấy phép xây d", "cap-giay-phep-xay-dung-nha-o"),
        ("lý lịch tư ph", "cap-phieu-ly-lich-tu-phap"),
        ("trợ cấp thất ngh", "huong-tro-cap-that-nghiep"),
        ("hộ chiế", "cap-ho-chieu-pho-thong"),
        ("dang ky ket h", "dang-ky-ket-hon"),
        ("chung thuc ban s", "chung-thuc-ban-sao-tu-ban-chinh"),
        ("thanh toan tien nu", "thanh-toan-tien-dien-nuoc-truc-tuyen"),
        ("dang ky xe m", "dang-ky-xe-may-lan-dau"),
        ("đăng ký nghĩa vụ qu", "dang-ky-nghia-vu-quan-su-lan-dau"),
        ("bảo hiểm thất ng", "huong-tro-cap-that-nghiep"),
        ("mã số th", "dang-ky-ma-so-thue-ca-nhan"),
        ("cấp lại thẻ bảo h", "cap-lai-the-bhyt"),
        ("xác nhận hộ ngh", "cong-nhan-ho-ngheo-ho-can-ngheo"),
        ("tuyển sinh lớ", "tuyen-sinh-lop-1-truc-tuyen"),
        ("căn cước gắn ch", "cap-the-can-cuoc"),
    ],
    "typo": [
        ("dang ky thuonh tru", "dang-ky-thuong-tru"),
        ("tro cap that ngiep", "huong-tro-cap-that-nghiep"),
        ("chugn thuc ban sao", "chung-thuc-ban-sao-tu-ban-chinh"),
        ("giay phep xay dunng", "cap-giay-phep-xay-dung-nha-o"),
        ("dang ky khia sinh", "dang-ky-khai-sinh-cho-tre"),
        ("lam ho chiue", "cap-ho-chieu-pho-thong"),
        ("phieu ly lihc tu phap", "cap-phieu-ly-lich-tu-phap"),
        ("dnag ky ket hon", "dang-ky-ket-hon"),
        ("nghai vu quan su", "dang-ky-nghia-vu-quan-su-lan-dau"),
        ("doi giay pheo lai xe", "doi-giay-phep-lai-xe"),
        ("xac nhan tinh trnag hon nhan", "xac-nhan-tinh-trang-hon-nhan"),
        ("tuyen sihn lop 1", "tuyen-sinh-lop-1-truc-tuyen"),
        ("dang ky tamm tru", "dang-ky-tam-tru"),
        ("cap lai the bao hiemm y te", "cap-lai-the-bhyt"),
        ("thanh toan tien dienn", "thanh-toan-tien-dien-nuoc-truc-tuyen"),
        ("dang ky ho kinh daonh", "dang-ky-ho-kinh-doanh"),
    ],
    "telex": [
        ("ddawng kys khai sinh", "dang-ky-khai-sinh-cho-tre"),
        ("ddooir giaays pheps lais xe", "doi-giay-phep-lai-xe"),
        ("lamf theer cawn cuwowcs", "cap-the-can-cuoc"),
        ("ddawng kys tamj trus", "dang-ky-tam-tru"),
        ("phieeus lys lichj tuw phaps", "cap-phieu-ly-lich-tu-phap"),
        ("caaps soor ddor", "cap-giay-chung-nhan-dat-lan-dau"),
        ("ddawng kys keets hoon", "dang-ky-ket-hon"),
        ("lamf hooj chieeus", "cap-ho-chieu-pho-thong"),
        ("gia hanj baor hieemr y tees", "gia-han-bhyt-ho-gia-dinh"),
        ("trowj caaps thaats nghieepj", "huong-tro-cap-that-nghiep"),
        ("giaays pheps xaay dwngj", "cap-giay-phep-xay-dung-nha-o"),
        ("nghiax vuj quaan suwj", "dang-ky-nghia-vu-quan-su-lan-dau"),
        ("chuwngs thuwcj banr sao", "chung-thuc-ban-sao-tu-ban-chinh"),
        ("maax soos thuees", "dang-ky-ma-so-thue-ca-nhan"),
        ("tra cuwus phatj nguooij", "tra-cuu-nop-phat-vi-pham-giao-thong"),
        ("ddawng kys xe maays", "dang-ky-xe-may-lan-dau"),
    ],
    "abbreviation": [
        ("cccd", "cap-the-can-cuoc"),
        ("làm cccd gắn chip", "cap-the-can-cuoc"),
        ("cmnd hết hạn", "cap-the-can-cuoc"),
        ("gia hạn bhyt", "gia-han-bhyt-ho-gia-dinh"),
        ("mất thẻ bhyt", "cap-lai-the-bhyt"),
        ("đổi gplx", "doi-giay-phep-lai-xe"),
        ("xin lltp", "cap-phieu-ly-lich-tu-phap"),
        ("mst cá nhân", "dang-ky-ma-so-thue-ca-nhan"),
        ("tra cứu bhxh", "tra-cuu-qua-trinh-dong-bhxh"),
        ("gpxd nhà ở", "cap-giay-phep-xay-dung-nha-o"),
        ("đk tạm trú", "dang-ky-tam-tru"),
        ("đk kết hôn", "dang-ky-ket-hon"),
        ("gcn qsdđ lần đầu", "cap-giay-chung-nhan-dat-lan-dau"),
        ("tra cứu hồ sơ dvc", "tra-cuu-tinh-trang-ho-so-truc-tuyen"),
        ("đăng ký hkd", "dang-ky-ho-kinh-doanh"),
        ("đăng ký nvqs", "dang-ky-nghia-vu-quan-su-lan-dau"),
    ],
    "synonym": [
        ("làm sổ đỏ", "cap-giay-chung-nhan-dat-lan-dau"),
        ("bằng lái xe hết hạn", "doi-giay-phep-lai-xe"),
        ("nhập hộ khẩu", "dang-ky-thuong-tru"),
        ("làm giấy độc thân", "xac-nhan-tinh-trang-hon-nhan"),
        ("làm passport", "cap-ho-chieu-pho-thong"),
        ("sang tên sổ đỏ", "chuyen-nhuong-quyen-su-dung-dat"),
        ("làm giấy chứng tử", "dang-ky-khai-tu"),
        ("xin phép xây nhà", "cap-giay-phep-xay-dung-nha-o"),
        ("lãnh tiền thất nghiệp", "huong-tro-cap-that-nghiep"),
        ("công chứng giấy tờ ở xã", "chung-thuc-ban-sao-tu-ban-chinh"),
        ("kéo điện về nhà mới", "dang-ky-cap-dien-sinh-hoat"),
        ("đóng tiền điện qua điện thoại", "thanh-toan-tien-dien-nuoc-truc-tuyen"),
        ("tiền trợ cấp người già", "tro-cap-xa-hoi-nguoi-cao-tuoi"),
        ("sổ hộ nghèo", "cong-nhan-ho-ngheo-ho-can-ngheo"),
        ("đi bộ đội", "dang-ky-nghia-vu-quan-su-lan-dau"),
        ("giấy đăng ký cưới", "dang-ky-ket-hon"),
    ],
    "natural_question": [
        ("làm sao để đăng ký khai sinh cho con", "dang-ky-khai-sinh-cho-tre"),
        ("ở đâu đổi bằng lái xe", "doi-giay-phep-lai-xe"),
        ("làm giấy khai tử cần những gì", "dang-ky-khai-tu"),
        ("muốn xây nhà thì xin giấy phép ở đâu", "cap-giay-phep-xay-dung-nha-o"),
        ("đăng ký tạm trú online như thế nào", "dang-ky-tam-tru"),
        ("mất thẻ bảo hiểm y tế thì làm lại thế nào", "cap-lai-the-bhyt"),
        ("nghỉ việc có được nhận tiền thất nghiệp không", "huong-tro-cap-that-nghiep"),
        ("làm sao biết xe có bị phạt nguội không", "tra-cuu-nop-phat-vi-pham-giao-thong"),
        ("làm hộ chiếu mất bao lâu", "cap-ho-chieu-pho-thong"),
        ("ông bà ngoài 80 tuổi có được nhận trợ cấp không", "tro-cap-xa-hoi-nguoi-cao-tuoi"),
        ("mở quán tạp hóa có phải đăng ký kinh doanh không", "dang-ky-ho-kinh-doanh"),
        ("làm sao xem hồ sơ nộp trên dịch vụ công đến đâu rồi", "tra-cuu-tinh-trang-ho-so-truc-tuyen"),
        ("đi xuất khẩu lao động cần lý lịch tư pháp số mấy", "cap-phieu-ly-lich-tu-phap"),
        ("bao nhiêu tuổi phải đăng ký nghĩa vụ quân sự", "dang-ky-nghia-vu-quan-su-lan-dau"),
        ("con 6 tuổi đăng ký vào lớp 1 thế nào", "tuyen-sinh-lop-1-truc-tuyen"),
        ("mua đất rồi sang tên ở đâu", "chuyen-nhuong-quyen-su-dung-dat"),
    ],
}

QUERIES = [Query(kind, text, slug) for kind in KINDS for text, slug in _RAW[kind]]
