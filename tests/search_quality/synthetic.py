"""Plausible guides in bulk, and a mixed set of queries against them, for `search_benchmark`.

Titles combine real procedure verbs, objects and qualifiers ("Cấp lại giấy phép lái xe khi bị
mất"); summaries and steps are built from the sentences of the demo content and the quality
set, with agencies, documents and place names of the province mixed in, so that the number
of distinct words grows with the number of guides the way real content does (the folded
vocabulary of 2,000 guides is a few thousand words, not a few hundred).
"""

import random
import re

from django.utils.text import slugify

from search.text import fold_for_search, words

ACTIONS = [
    "Đăng ký", "Cấp", "Cấp lại", "Cấp đổi", "Gia hạn", "Điều chỉnh", "Xác nhận", "Tra cứu",
    "Thay đổi", "Chấm dứt", "Chuyển", "Đề nghị", "Công nhận", "Thu hồi", "Hỗ trợ", "Nộp",
    "Khai báo", "Bổ sung", "Cải chính", "Xóa", "Đính chính", "Phê duyệt", "Thẩm định",
    "Giải quyết", "Đổi",
]  # fmt: skip

OBJECTS = [
    ("giấy khai sinh", "ho-tich"), ("thông tin hộ tịch", "ho-tich"), ("giấy chứng nhận kết hôn", "ho-tich"),
    ("trích lục khai tử", "ho-tich"), ("việc giám hộ", "ho-tich"), ("việc nhận cha, mẹ, con", "ho-tich"),
    ("quốc tịch Việt Nam", "ho-tich"), ("dân tộc, giới tính", "ho-tich"), ("việc nuôi con nuôi", "ho-tich"),
    ("thẻ căn cước", "giay-to-tuy-than"), ("tài khoản định danh điện tử", "giay-to-tuy-than"),
    ("hộ chiếu phổ thông", "giay-to-tuy-than"), ("giấy xác nhận số định danh cá nhân", "giay-to-tuy-than"),
    ("thông tin cư trú", "cu-tru"), ("thường trú", "cu-tru"), ("tạm trú", "cu-tru"), ("lưu trú", "cu-tru"),
    ("tạm vắng", "cu-tru"), ("giấy phép lái xe", "giao-thong"), ("giấy đăng ký xe", "giao-thong"),
    ("biển số xe", "giao-thong"), ("giấy chứng nhận kiểm định xe cơ giới", "giao-thong"),
    ("phù hiệu xe kinh doanh vận tải", "giao-thong"), ("giấy phép lưu hành xe quá tải", "giao-thong"),
    ("quyết định xử phạt vi phạm giao thông", "giao-thong"),
    ("giấy chứng nhận quyền sử dụng đất", "dat-dai-nha-o"), ("hồ sơ địa chính", "dat-dai-nha-o"),
    ("mục đích sử dụng đất", "dat-dai-nha-o"), ("thửa đất", "dat-dai-nha-o"), ("hạn mức đất ở", "dat-dai-nha-o"),
    ("giấy phép xây dựng", "dat-dai-nha-o"), ("giấy phép sửa chữa nhà ở", "dat-dai-nha-o"),
    ("hợp đồng thuê nhà ở xã hội", "dat-dai-nha-o"), ("bồi thường, hỗ trợ tái định cư", "dat-dai-nha-o"),
    ("thông tin quy hoạch", "dat-dai-nha-o"), ("tách thửa, hợp thửa", "dat-dai-nha-o"),
    ("thẻ bảo hiểm y tế", "bao-hiem"), ("sổ bảo hiểm xã hội", "bao-hiem"), ("trợ cấp thất nghiệp", "bao-hiem"),
    ("chế độ thai sản", "bao-hiem"), ("chế độ ốm đau", "bao-hiem"), ("lương hưu", "bao-hiem"),
    ("trợ cấp một lần", "bao-hiem"), ("chế độ tử tuất", "bao-hiem"), ("bảo hiểm xã hội tự nguyện", "bao-hiem"),
    ("tai nạn lao động, bệnh nghề nghiệp", "bao-hiem"), ("chi phí khám chữa bệnh", "bao-hiem"),
    ("giấy chứng nhận đăng ký hộ kinh doanh", "kinh-doanh-thue"), ("mã số thuế", "kinh-doanh-thue"),
    ("giấy chứng nhận đăng ký doanh nghiệp", "kinh-doanh-thue"), ("hợp tác xã", "kinh-doanh-thue"),
    ("hóa đơn điện tử", "kinh-doanh-thue"), ("tờ khai thuế khoán", "kinh-doanh-thue"),
    ("quyết toán thuế thu nhập cá nhân", "kinh-doanh-thue"), ("giấy phép kinh doanh rượu", "kinh-doanh-thue"),
    ("giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", "kinh-doanh-thue"),
    ("giấy phép bán lẻ thuốc lá", "kinh-doanh-thue"), ("lệ phí môn bài", "kinh-doanh-thue"),
    ("hồ sơ tuyển sinh lớp 1", "giao-duc"), ("hồ sơ tuyển sinh lớp 6", "giao-duc"),
    ("hồ sơ tuyển sinh lớp 10", "giao-duc"), ("bản sao văn bằng, chứng chỉ", "giao-duc"),
    ("học bổng chính sách", "giao-duc"), ("miễn, giảm học phí", "giao-duc"), ("hỗ trợ chi phí học tập", "giao-duc"),
    ("chuyển trường cho học sinh", "giao-duc"), ("giấy phép thành lập nhóm trẻ", "giao-duc"),
    ("trợ cấp xã hội hằng tháng", "an-sinh-xa-hoi"), ("hộ nghèo, hộ cận nghèo", "an-sinh-xa-hoi"),
    ("giấy xác nhận khuyết tật", "an-sinh-xa-hoi"), ("chế độ người có công", "an-sinh-xa-hoi"),
    ("hỗ trợ chi phí mai táng", "an-sinh-xa-hoi"), ("trợ cấp nuôi con nuôi", "an-sinh-xa-hoi"),
    ("hỗ trợ khẩn cấp do thiên tai", "an-sinh-xa-hoi"), ("vay vốn giải quyết việc làm", "an-sinh-xa-hoi"),
    ("hỗ trợ nhà ở cho hộ nghèo", "an-sinh-xa-hoi"), ("trợ giúp pháp lý", "tu-phap"),
    ("phiếu lý lịch tư pháp", "tu-phap"), ("chứng thực bản sao", "tu-phap"), ("chứng thực chữ ký", "tu-phap"),
    ("chứng thực hợp đồng, giao dịch", "tu-phap"), ("văn bản thỏa thuận phân chia di sản", "tu-phap"),
    ("hòa giải ở cơ sở", "tu-phap"), ("hợp đồng mua bán điện", "dien-nuoc"), ("cấp điện sinh hoạt", "dien-nuoc"),
    ("cấp nước sạch", "dien-nuoc"), ("hóa đơn tiền điện", "dien-nuoc"), ("công tơ điện", "dien-nuoc"),
    ("nghĩa vụ quân sự", "quoc-phong"), ("tạm hoãn gọi nhập ngũ", "quoc-phong"),
    ("đăng ký quân nhân dự bị", "quoc-phong"), ("chế độ cho quân nhân xuất ngũ", "quoc-phong"),
    ("giấy chứng nhận quyền tác giả", "van-hoa"), ("giấy phép tổ chức lễ hội", "van-hoa"),
    ("danh hiệu gia đình văn hóa", "van-hoa"), ("giấy phép quảng cáo", "van-hoa"),
    ("giấy phép khai thác gỗ rừng trồng", "nong-nghiep"), ("mã số vùng trồng cà phê", "nong-nghiep"),
    ("hỗ trợ giống cây trồng", "nong-nghiep"), ("giấy chứng nhận kiểm dịch động vật", "nong-nghiep"),
    ("tiêm phòng cho đàn gia súc", "nong-nghiep"), ("chứng nhận cà phê bền vững", "nong-nghiep"),
    ("hỗ trợ thiệt hại do dịch bệnh cây trồng", "nong-nghiep"), ("giấy phép khai thác nước ngầm", "moi-truong"),
    ("kế hoạch bảo vệ môi trường", "moi-truong"), ("thu gom rác thải sinh hoạt", "moi-truong"),
    ("giấy phép lao động cho người nước ngoài", "lao-dong"), ("hợp đồng đi làm việc ở nước ngoài", "lao-dong"),
    ("chứng chỉ kỹ năng nghề", "lao-dong"), ("đào tạo nghề cho lao động nông thôn", "lao-dong"),
    ("tài khoản Cổng Dịch vụ công", "dich-vu-cong"), ("hồ sơ trực tuyến", "dich-vu-cong"),
    ("chữ ký số cá nhân", "dich-vu-cong"), ("thanh toán trực tuyến lệ phí", "dich-vu-cong"),
    ("phản ánh, kiến nghị", "dich-vu-cong"), ("khiếu nại, tố cáo", "dich-vu-cong"),
]  # fmt: skip

QUALIFIERS = [
    "trực tuyến", "lần đầu", "cho trẻ em dưới 6 tuổi", "cho người cao tuổi", "tại UBND xã",
    "khi bị mất", "do hết hạn", "cho hộ gia đình", "cho người khuyết tật", "có yếu tố nước ngoài",
    "qua bưu chính", "trên ứng dụng VNeID", "trên Cổng Dịch vụ công", "cho người đồng bào dân tộc thiểu số",
    "khi chuyển nơi ở", "do sai thông tin", "cho học sinh, sinh viên", "cho người lao động tự do",
    "cho doanh nghiệp nhỏ", "khi bị hư hỏng", "cho người đang ở nước ngoài", "tại công an xã",
    "tại bộ phận một cửa", "cho hộ nghèo", "sau khi sáp nhập xã", "cho người sống ở vùng sâu",
    "theo luật mới", "liên thông", "cho phụ nữ mang thai", "cho thương binh, liệt sĩ",
]  # fmt: skip

PLACES = [
    "Buôn Ma Thuột", "Tân An", "Tân Lập", "Thành Nhất", "Ea Kao", "Hòa Phú", "Buôn Hồ", "Cư Bao",
    "Ea Kar", "Ea Knốp", "Krông Pắc", "Phước An", "Ea Phê", "Krông Ana", "Dray Bhăng", "Cư M'gar",
    "Quảng Phú", "Ea Súp", "Ea Rốk", "Ea H'leo", "Ea Wy", "Krông Năng", "Tam Giang", "Krông Búk",
    "Pơng Drang", "M'Drắk", "Krông Bông", "Hòa Sơn", "Liên Sơn Lắk", "Buôn Đôn", "Ea Wer",
    "Cư Kuin", "Dray Sáp", "Tuy Hòa", "Sông Cầu", "Đông Hòa", "Tây Hòa", "Sơn Hòa", "Sông Hinh",
    "Đồng Xuân", "Phú Hòa", "Xuân Đài", "Ea Tu", "Hòa Thắng", "Ea Drông", "Cư Yang", "Ea Ô",
    "Cư Prao", "Ea Trang", "Yang Mao", "Dang Kang", "Krông Á", "Ea Bung", "Ea Nuôl", "Vụ Bổn",
    "Ea Kly", "Ea Kiết", "Cuôr Đăng", "Ea Drăng", "Ea Păl", "Ia Lốp", "Ea Bá", "Xuân Lãnh",
]  # fmt: skip

AGENCIES = [
    "UBND xã, phường nơi cư trú", "Công an xã, phường", "Chi nhánh Văn phòng đăng ký đất đai",
    "Bảo hiểm xã hội cơ sở", "Sở Tư pháp", "Sở Nội vụ", "Sở Y tế", "Sở Nông nghiệp và Môi trường",
    "Sở Xây dựng", "Sở Giáo dục và Đào tạo", "Sở Tài chính", "Thuế cơ sở", "Trung tâm Phục vụ hành chính công tỉnh",
    "Phòng Cảnh sát giao thông Công an tỉnh", "Phòng Quản lý xuất nhập cảnh", "Ban Chỉ huy quân sự xã",
    "Trung tâm Dịch vụ việc làm", "Công ty Điện lực Đắk Lắk", "Công ty Cổ phần cấp nước Đắk Lắk",
    "Chi cục Chăn nuôi và Thú y", "Chi cục Kiểm lâm", "Trường tiểu học, trung học cơ sở",
]  # fmt: skip

DOCUMENTS = [
    "Thẻ căn cước", "Tờ khai theo mẫu", "Giấy chứng sinh", "Giấy báo tử", "Đơn đề nghị",
    "Bản sao giấy khai sinh", "Giấy chứng nhận quyền sử dụng đất", "Hợp đồng thuê nhà",
    "Giấy khám sức khỏe", "Ảnh 4x6 nền trắng", "Sổ bảo hiểm xã hội", "Quyết định thôi việc",
    "Biên lai nộp lệ phí", "Bản vẽ thiết kế", "Hóa đơn mua bán", "Giấy ủy quyền có chứng thực",
    "Giấy xác nhận của trưởng thôn, buôn", "Bằng tốt nghiệp", "Giấy chứng nhận khuyết tật",
    "Văn bản đồng ý của chủ hộ", "Hộ chiếu còn hạn", "Giấy tờ chứng minh chỗ ở hợp pháp",
]  # fmt: skip

STEP_TITLES = [
    "Chuẩn bị giấy tờ", "Đăng nhập Cổng Dịch vụ công", "Mở ứng dụng VNeID", "Chọn đúng thủ tục",
    "Điền tờ khai", "Tải ảnh giấy tờ lên", "Kiểm tra lại thông tin", "Nộp lệ phí trực tuyến",
    "Gửi hồ sơ", "Theo dõi trạng thái hồ sơ", "Bổ sung hồ sơ nếu được yêu cầu", "Đến nhận kết quả",
    "Nhận kết quả qua bưu điện", "Lưu bản điện tử vào ví giấy tờ", "Đặt lịch hẹn", "Đến bộ phận một cửa",
    "Ký xác nhận", "Chờ cán bộ xác minh", "Nộp bản chính để đối chiếu", "Nhờ tổ công nghệ số hỗ trợ",
]  # fmt: skip

STREETS = [
    "Lê Duẩn", "Phan Bội Châu", "Nguyễn Tất Thành", "Y Jút", "Ama Khê", "Mai Hắc Đế", "Hùng Vương",
    "Trần Phú", "Lý Thường Kiệt", "Phan Chu Trinh", "Nguyễn Công Trứ", "Y Wang", "Giải Phóng",
    "Lê Thánh Tông", "Quang Trung", "Hai Bà Trưng", "Ngô Quyền", "Đinh Tiên Hoàng", "Trường Chinh",
    "Võ Văn Kiệt", "Nguyễn Văn Cừ", "Đào Duy Từ", "Xô Viết Nghệ Tĩnh", "Y Ngông", "Mạc Thị Bưởi",
    "Tôn Đức Thắng", "Nguyễn Chí Thanh", "Hà Huy Tập", "Lạc Long Quân", "Điện Biên Phủ",
]  # fmt: skip

PEOPLE = [
    "Y Moan Niê", "H'Blang Mlô", "Nguyễn Thị Hoa", "Trần Văn Bình", "Y Bhin Êban", "H'Nhi Byă",
    "Lê Thị Thu", "Rơ Chăm Tuyết", "Ksor H'Bơ", "Phạm Văn Dũng", "Đinh Thị Mai", "Y Kông Adrơng",
    "Võ Thị Lan", "Hoàng Văn Sơn", "H'Zen Buôn Yă", "Siu Hương", "Nông Văn Hải", "Bùi Thị Nga",
]  # fmt: skip

MINISTRIES = ["BTP", "BCA", "BYT", "BTC", "BNV", "BXD", "BGDĐT", "BNNMT", "BLĐTBXH"]


def detail_sentence(rng):
    """A sentence with the specifics real guides carry: addresses, hotlines, legal references, names."""
    kind = rng.randrange(5)
    if kind == 0:
        return f"Địa chỉ: số {rng.randint(1, 399)} đường {rng.choice(STREETS)}, {rng.choice(PLACES)}."
    if kind == 1:
        return f"Đường dây nóng: 0262 {rng.randint(3500000, 3999999)}, giờ hành chính từ thứ Hai đến thứ Sáu."
    if kind == 2:
        return (
            f"Căn cứ Nghị định {rng.randint(1, 380)}/{rng.randint(2015, 2026)}/NĐ-CP và Thông tư "
            f"{rng.randint(1, 99)}/{rng.randint(2016, 2026)}/TT-{rng.choice(MINISTRIES)}."
        )
    if kind == 3:
        return f"Ví dụ: bà {rng.choice(PEOPLE)} ở thôn {rng.randint(1, 19)}, {rng.choice(PLACES)} đã nộp hồ sơ trực tuyến."
    return f"Mã thủ tục trên Cổng Dịch vụ công: {rng.randint(1, 2)}.{rng.randint(0, 14999):06d}."


TAGS_BY_CATEGORY = {
    "ho-tich": ["hộ tịch", "khai sinh", "kết hôn", "khai tử"],
    "giay-to-tuy-than": ["căn cước", "cccd", "vneid", "định danh"],
    "cu-tru": ["cư trú", "hộ khẩu", "tạm trú"],
    "giao-thong": ["bằng lái", "gplx", "đăng ký xe", "phạt nguội"],
    "dat-dai-nha-o": ["sổ đỏ", "đất đai", "nhà ở", "xây dựng"],
    "bao-hiem": ["bhyt", "bhxh", "bảo hiểm", "vssid"],
    "kinh-doanh-thue": ["thuế", "kinh doanh", "mst"],
    "giao-duc": ["tuyển sinh", "học sinh", "nhập học"],
    "an-sinh-xa-hoi": ["trợ cấp", "bảo trợ xã hội", "người có công"],
    "tu-phap": ["chứng thực", "lý lịch tư pháp", "công chứng"],
    "dien-nuoc": ["tiền điện", "điện lực", "nước sạch"],
    "quoc-phong": ["nghĩa vụ quân sự", "nhập ngũ"],
    "van-hoa": ["văn hóa", "lễ hội"],
    "nong-nghiep": ["cà phê", "nông nghiệp", "chăn nuôi"],
    "moi-truong": ["môi trường", "rác thải"],
    "lao-dong": ["việc làm", "xuất khẩu lao động", "học nghề"],
    "dich-vu-cong": ["dịch vụ công", "dvc", "hồ sơ trực tuyến"],
}

# Everyday queries a citizen types, for the "synonym" kind of the benchmark.
EVERYDAY_QUERIES = [
    "làm sổ đỏ", "bằng lái xe hết hạn", "cccd", "gia hạn bhyt", "nhập hộ khẩu", "đăng ký cưới",
    "khai báo tạm trú", "lý lịch tư pháp", "mst cá nhân", "nộp phạt giao thông", "làm khai sinh",
    "sổ bảo hiểm", "chứng minh nhân dân", "thẻ căn cước", "bìa đỏ", "bằng lái", "dịch vụ công",
    "mã xác thực", "định danh điện tử", "điện thoại thông minh",
]  # fmt: skip


def sentence_bank():
    """Real sentences from the demo content and the quality set, one per item."""
    from demo.content import guides as demo_guides
    from demo.content import lessons, news, troubleshooting

    from .guides import GUIDES

    def strings(value):
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for key, item in value.items():
                if key not in {"slug", "language", "category", "online_url", "checked_on", "related"}:
                    yield from strings(item)
        elif isinstance(value, list | tuple):
            for item in value:
                yield from strings(item)

    sentences = []
    for source in (demo_guides.GUIDES, GUIDES, news.NEWS, lessons.COURSES, troubleshooting.TROUBLESHOOTING):
        for text in strings(source):
            for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
                sentence = sentence.strip(" -")
                if len(sentence.split()) >= 5:
                    sentences.append(sentence)
    return sorted(set(sentences))


def generate_guides(count, seed=2026):
    """`count` import records with distinct titles and slugs."""
    rng = random.Random(seed)
    bank = sentence_bank()
    records, titles, slugs = [], set(), set()
    while len(records) < count:
        action = rng.choice(ACTIONS)
        obj, category = rng.choice(OBJECTS)
        title = f"{action} {obj}"
        if rng.random() < 0.7:
            title += " " + rng.choice(QUALIFIERS)
        if title in titles:
            title += f" tại {rng.choice(PLACES)}"
        if title in titles:
            continue
        titles.add(title)
        base = slugify(fold_for_search(title))[:70].strip("-")
        slug, number = base, 1
        while slug in slugs:
            number += 1
            slug = f"{base}-{number}"
        slugs.add(slug)
        place = rng.choice(PLACES)
        records.append(
            {
                "slug": slug,
                "title": title,
                "summary": _trim(
                    f"Hướng dẫn {title[0].lower() + title[1:]} cho người dân ở {place} và các xã, "
                    f"phường trong tỉnh. {rng.choice(bank)} {detail_sentence(rng)}",
                    480,
                ),
                "category": category,
                "agency": rng.choice(AGENCIES),
                "procedure_code": f"1.{rng.randint(0, 14999):06d}",
                "tags": rng.sample(TAGS_BY_CATEGORY[category], k=min(2, len(TAGS_BY_CATEGORY[category]))),
                "documents": rng.sample(DOCUMENTS, k=rng.randint(1, 4)),
                "fee": rng.choice(
                    ["Miễn phí", "15.000 đồng", "50.000 đồng", "100.000 đồng", "Theo quy định"]
                ),
                "processing_time": rng.choice(
                    ["Trong ngày", "3 ngày làm việc", "7 ngày làm việc", "15 ngày"]
                ),
                "submission": rng.sample(["online", "office", "post"], k=rng.randint(1, 3)),
                "steps": [
                    {
                        "title": rng.choice(STEP_TITLES),
                        "body": " ".join(rng.sample(bank, k=rng.randint(2, 4)))
                        + (" " + detail_sentence(rng) if rng.random() < 0.5 else ""),
                    }
                    for _ in range(rng.randint(3, 6))
                ],
                "faq": [
                    {"question": _question(rng, obj), "answer": rng.choice(bank)}
                    for _ in range(rng.randint(0, 2))
                ],
            }
        )
    return records


def _question(rng, obj):
    return rng.choice(
        [
            f"Làm {obj} mất bao lâu?",
            f"Không có điện thoại thông minh thì làm {obj} thế nào?",
            f"Có phải nộp phí khi làm {obj} không?",
            f"Người nhà có được làm {obj} thay không?",
        ]
    )


def _trim(text, limit):
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"


def vocabulary(records):
    """(distinct folded words, total words) of the titles, summaries, tags and steps."""
    seen, total = set(), 0
    for record in records:
        parts = [record["title"], record["summary"], " ".join(record["tags"])]
        parts += [step["title"] + " " + step["body"] for step in record["steps"]]
        for part in parts:
            found = words(part)
            seen.update(found)
            total += len(found)
    return len(seen), total


# --------------------------------------------------------------------------- queries

BENCHMARK_KINDS = ["exact", "no_tone_marks", "typo", "partial", "synonym"]


def _typo(rng, text):
    """One letter swapped, dropped or doubled in one of the longer words."""
    tokens = text.split()
    long_ones = [i for i, token in enumerate(tokens) if len(token) >= 5]
    if not long_ones:
        return text + "h"
    i = rng.choice(long_ones)
    word = tokens[i]
    at = rng.randint(1, len(word) - 2)
    change = rng.choice(["swap", "drop", "double"])
    if change == "swap":
        word = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    elif change == "drop":
        word = word[:at] + word[at + 1 :]
    else:
        word = word[:at] + word[at] + word[at:]
    tokens[i] = word
    return " ".join(tokens)


def generate_queries(records, count, seed=7):
    """[(kind, text)] — `count` queries spread evenly over BENCHMARK_KINDS, in a shuffled order."""
    rng = random.Random(seed)
    queries = []
    for n in range(count):
        kind = BENCHMARK_KINDS[n % len(BENCHMARK_KINDS)]
        title_words = rng.choice(records)["title"].split()
        head = " ".join(title_words[: rng.randint(2, min(5, len(title_words)))])
        if kind == "exact":
            text = head
        elif kind == "no_tone_marks":
            text = fold_for_search(head)
        elif kind == "typo":
            text = _typo(rng, fold_for_search(head))
        elif kind == "partial":
            cut = rng.randint(1, len(title_words) - 1)
            nxt = title_words[cut]
            text = " ".join(title_words[:cut]) + " " + nxt[: rng.randint(1, max(1, min(3, len(nxt) - 1)))]
        else:
            text = rng.choice(EVERYDAY_QUERIES)
            if rng.random() < 0.4:
                text += " " + rng.choice(["online", "ở đâu", "mất bao lâu", "trực tuyến", "cho con"])
        queries.append((kind, text))
    rng.shuffle(queries)
    return queries
