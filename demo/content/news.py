"""Nội dung mẫu: tin tức phong trào — biên tập viên cần rà soát trước khi đăng."""

NEWS = [
    {
        "slug": "lop-hoc-ky-nang-so-o-nha-van-hoa-buon",
        "title": "Lớp học kỹ năng số sáng đèn ở nhà văn hóa buôn",
        "date": "2026-07-22",
        "lead": (
            "Mỗi tối thứ Ba và thứ Sáu, nhà văn hóa của một buôn ở phía tây tỉnh lại kín chỗ: bà "
            "con mang điện thoại đến học cách bật mạng, cài ứng dụng và làm thủ tục trực tuyến."
        ),
        "body": (
            "Lớp học do đoàn thanh niên xã phối hợp với trưởng buôn tổ chức trong khuôn khổ phong "
            "trào “Bình dân học vụ số”. Mỗi buổi kéo dài khoảng một tiếng rưỡi, sau giờ bà con đi "
            "rẫy về. Người học đông nhất là các bà, các mẹ trung niên và những người cao tuổi mới "
            "được con cháu mua cho điện thoại cảm ứng.\n\n"
            "Bài học đi từ việc nhỏ nhất: bật, tắt máy, tăng cỡ chữ, kết nối Wi-Fi của nhà văn "
            "hóa. Sang buổi thứ ba, các học viên đã tự tìm ứng dụng VNeID trên CH Play và kiểm tra "
            "tên nhà phát triển trước khi cài. Mỗi đoàn viên kèm hai, ba người, ngồi cạnh để người "
            "học tự bấm trên máy của mình chứ không bấm hộ.\n\n"
            "Một đoàn viên thanh niên phụ trách lớp cho biết điều khó nhất không phải là thao tác "
            "mà là nỗi sợ “bấm nhầm làm hỏng máy”. Vì vậy buổi đầu tiên, các bạn dành nhiều thời "
            "gian để bà con thử thoải mái, nhầm thì làm lại.\n\n"
            "Cuối mỗi buổi có năm phút “cảnh giác”: cả lớp cùng nhắc lại rằng không đọc mã OTP cho "
            "ai và không cài ứng dụng theo đường link người lạ gửi.\n\n"
            "Sau lớp học, nhiều gia đình đã tự tra cứu thẻ bảo hiểm y tế trên VssID và đăng ký tạm "
            "trú cho người nhà đi làm xa. Lớp dự kiến mở thêm một khóa vào mùa thu hoạch cà phê, "
            "học vào buổi tối để bà con không phải nghỉ việc rẫy."
        ),
        "topics": ["ky-nang-so", "an-toan-tren-mang"],
        "image_caption": (
            "Đoàn viên thanh niên hướng dẫn bà con kết nối Wi-Fi tại nhà văn hóa buôn (ảnh minh họa)"
        ),
        "image_credit": "Ảnh minh họa: Ban biên tập",
        "related": ["kich-hoat-vneid-muc-2", "tao-va-bao-ve-mat-khau-otp", "tra-cuu-va-dung-vssid"],
    },
    {
        "slug": "to-cong-nghe-so-cong-dong-den-tung-nha",
        "title": "Tổ công nghệ số cộng đồng gõ cửa từng nhà",
        "date": "2026-08-12",
        "lead": (
            "Không chờ người dân đến trụ sở, các tổ công nghệ số cộng đồng ở thôn, buôn, tổ dân "
            "phố đang mang máy tính bảng, điện thoại đến tận nhà người già, người ốm để hỗ trợ làm "
            "thủ tục."
        ),
        "body": (
            "Mỗi tổ công nghệ số cộng đồng thường có trưởng thôn hoặc tổ trưởng dân phố, công an "
            "viên, đoàn viên thanh niên và một số người dân thạo điện thoại. Tổ nắm danh sách các "
            "hộ có người cao tuổi, người khuyết tật, hộ chưa có điện thoại thông minh để đến hỗ "
            "trợ theo lịch hẹn.\n\n"
            "Những việc tổ làm nhiều nhất là kích hoạt tài khoản VNeID, tích hợp thẻ bảo hiểm y tế "
            "vào “Ví giấy tờ”, kiểm tra hạn thẻ bảo hiểm y tế và hướng dẫn đăng ký khai sinh trực "
            "tuyến cho gia đình có con nhỏ. Với những việc phải có mặt ở cơ quan, tổ ghi lại và "
            "hẹn lịch giúp người dân.\n\n"
            "Theo một cán bộ tư pháp xã, từ khi tổ đến từng nhà, số hồ sơ khai sinh nộp trực tuyến "
            "tăng rõ, ít hồ sơ phải trả lại vì ảnh giấy chứng sinh bị mờ. Các thành viên tổ được "
            "dặn kỹ một nguyên tắc: người dân tự nhập mật khẩu và tự đọc mã OTP trên máy mình; "
            "thành viên tổ không giữ, không ghi lại mật khẩu của ai.\n\n"
            "Người dân cần hỗ trợ có thể báo trưởng thôn, buôn hoặc tổ trưởng dân phố để được hẹn "
            "lịch. Việc hỗ trợ hoàn toàn miễn phí. Nếu có người xưng là tổ công nghệ số mà đòi "
            "tiền hay xin mã OTP, hãy báo ngay cho công an xã, phường."
        ),
        "topics": ["ky-nang-so", "giay-to-tuy-than", "ho-tich"],
        "image_caption": (
            "Thành viên tổ công nghệ số cộng đồng giúp một cụ ông kiểm tra thẻ bảo hiểm y tế trên "
            "điện thoại (ảnh minh họa)"
        ),
        "image_credit": "Ảnh minh họa: Ban biên tập",
        "related": [
            "kich-hoat-vneid-muc-2",
            "dang-ky-khai-sinh-truc-tuyen",
            "gia-han-bhyt-ho-gia-dinh",
        ],
    },
    {
        "slug": "thu-vien-tinh-mo-diem-ho-tro-dich-vu-cong",
        "title": "Thư viện tỉnh mở điểm hỗ trợ dịch vụ công trực tuyến",
        "date": "2026-09-05",
        "lead": (
            "Bên cạnh phòng đọc, Thư viện tỉnh nay có một góc hỗ trợ dịch vụ công: máy tính nối "
            "mạng, máy scan giấy tờ và tình nguyện viên hướng dẫn người dân nộp hồ sơ trực tuyến."
        ),
        "body": (
            "Điểm hỗ trợ đặt ở tầng trệt, mở cửa trong giờ làm việc của thư viện, kể cả một số "
            "buổi cuối tuần. Người dân đến đây được dùng miễn phí máy tính, máy scan để chụp giấy "
            "tờ rõ nét, và được sinh viên tình nguyện, cán bộ thư viện hướng dẫn từng bước trên "
            "Cổng Dịch vụ công quốc gia.\n\n"
            "Những ngày đầu, nhiều người đến để xin phiếu lý lịch tư pháp trên VNeID cho hồ sơ xin "
            "việc, đổi giấy phép lái xe trực tuyến và tra cứu tình trạng hồ sơ đất đai bằng mã hồ "
            "sơ. Học sinh cuối cấp và phụ huynh cũng ghé hỏi cách đăng ký tuyển sinh trực tuyến.\n"
            "\n"
            "Thư viện chuẩn bị sẵn các tờ hướng dẫn in chữ to, có hình minh họa từng màn hình. Góc "
            "hỗ trợ còn có kệ sách về kỹ năng số và an toàn trên mạng cho bạn đọc mượn về nhà.\n\n"
            "Cán bộ thư viện lưu ý: người dân nên mang theo điện thoại có ứng dụng VNeID đã kích "
            "hoạt và thẻ căn cước. Tình nguyện viên chỉ hướng dẫn, người dân tự đăng nhập và tự "
            "nhập mã xác nhận. Máy tính công cộng được cài đặt để tự xóa dữ liệu sau mỗi phiên, "
            "nhưng người dùng vẫn cần nhớ bấm “Đăng xuất” trước khi rời máy."
        ),
        "topics": ["ky-nang-so", "giay-to-tuy-than", "dat-dai-nha-o"],
        "image_caption": (
            "Góc hỗ trợ dịch vụ công trực tuyến tại Thư viện tỉnh với máy tính và máy scan (ảnh minh họa)"
        ),
        "image_credit": "Ảnh minh họa: Ban biên tập",
        "related": [
            "cap-phieu-ly-lich-tu-phap-tren-vneid",
            "cap-doi-giay-phep-lai-xe-truc-tuyen",
            "tra-cuu-ho-so-dat-dai",
        ],
    },
    {
        "slug": "canh-bao-lua-dao-mao-danh-cong-an",
        "title": "Cảnh giác cuộc gọi mạo danh công an đòi “cập nhật VNeID”",
        "date": "2026-09-28",
        "lead": (
            "Cơ quan công an khuyến cáo người dân cảnh giác với các cuộc gọi tự xưng là công an, "
            "yêu cầu cài ứng dụng lạ để “cập nhật VNeID” hoặc chuyển tiền để “chứng minh trong "
            "sạch”."
        ),
        "body": (
            "Thời gian gần đây, nhiều người dân trong tỉnh phản ánh nhận cuộc gọi từ số lạ. Người "
            "gọi xưng là cán bộ công an, đọc đúng họ tên, số căn cước, rồi nói tài khoản định danh "
            "điện tử của người nghe “bị lỗi”, cần cập nhật gấp qua một đường link. Đường link dẫn "
            "tới ứng dụng giả có giao diện giống VNeID. Khi cài xong, ứng dụng xin quyền điều "
            "khiển điện thoại và chuyển tiền khỏi tài khoản ngân hàng của nạn nhân.\n\n"
            "Một kiểu khác là dọa người nghe có liên quan đến một vụ án, yêu cầu giữ bí mật với "
            "gia đình và chuyển tiền vào tài khoản “tạm giữ để điều tra”.\n\n"
            "Cơ quan công an khẳng định: công an không giải quyết công việc qua điện thoại kèm "
            "đường link, không yêu cầu người dân cài ứng dụng, cung cấp mã OTP hay chuyển tiền. "
            "Khi cần làm việc, công an gửi giấy mời và tiếp dân tại trụ sở.\n\n"
            "Người dân nhận được cuộc gọi như vậy nên cúp máy, không bấm link, rồi gọi cho công an "
            "xã, phường nơi mình ở để kiểm tra. Nếu lỡ cài ứng dụng lạ hoặc chuyển tiền, hãy tắt "
            "mạng điện thoại, gọi ngay tổng đài ngân hàng để khóa tài khoản và đến công an gần "
            "nhất trình báo, mang theo điện thoại làm bằng chứng.\n\n"
            "Con cháu trong nhà nên dành vài phút kể lại những thủ đoạn này cho ông bà, cha mẹ."
        ),
        "topics": ["an-toan-tren-mang"],
        "image_caption": ("Cúp máy khi người lạ xưng công an đòi cài ứng dụng, chuyển tiền (ảnh minh họa)"),
        "image_credit": "Ảnh minh họa: Ban biên tập",
        "related": ["nhan-biet-phong-tranh-lua-dao", "tao-va-bao-ve-mat-khau-otp"],
    },
    {
        "slug": "huong-dan-dich-vu-cong-bang-tieng-e-de",
        "title": "Hướng dẫn dịch vụ công bằng tiếng Ê Đê",
        "date": "2026-10-20",
        "lead": (
            "Tờ gấp, video và các buổi hướng dẫn bằng tiếng Ê Đê giúp đồng bào dễ hiểu hơn cách "
            "kích hoạt VNeID, gia hạn bảo hiểm y tế và phòng tránh lừa đảo trên mạng."
        ),
        "body": (
            "Ở nhiều buôn, người cao tuổi quen nghe, nói tiếng Ê Đê hơn tiếng Việt. Những từ như "
            "“định danh điện tử”, “mã xác thực” rất khó hiểu nếu chỉ nghe một lần. Vì vậy, phong "
            "trào “Bình dân học vụ số” ở các xã có đông đồng bào Ê Đê đã chuẩn bị tài liệu song "
            "ngữ.\n\n"
            "Bộ tài liệu gồm tờ gấp in chữ to hai thứ tiếng, có hình chụp từng màn hình; các đoạn "
            "video ngắn có thuyết minh tiếng Ê Đê, phát trên loa của buôn và chia sẻ trong các "
            "nhóm Zalo của thôn, buôn. Nội dung tập trung vào những việc bà con cần nhất: kích "
            "hoạt tài khoản VNeID, xem hạn thẻ bảo hiểm y tế, đăng ký khai sinh cho con và nhận "
            "biết cuộc gọi lừa đảo.\n\n"
            "Phần dịch do giáo viên, cán bộ văn hóa xã và người uy tín trong buôn cùng thực hiện, "
            "rồi đọc thử cho bà con nghe để sửa những chỗ chưa dễ hiểu. Một cán bộ văn hóa xã chia "
            "sẻ: khi nghe bằng tiếng mẹ đẻ, các mẹ, các bà hỏi lại nhiều hơn và nhớ lâu hơn.\n\n"
            "Trong thời gian tới, tài liệu sẽ được bổ sung thêm một số thủ tục về đất đai và nông "
            "nghiệp. Ban biên tập mong nhận được góp ý của bà con và những người thạo cả hai thứ "
            "tiếng để bản dịch ngày càng chuẩn, dễ hiểu."
        ),
        "topics": ["ky-nang-so", "an-toan-tren-mang", "bao-hiem"],
        "image_caption": "Tờ gấp hướng dẫn kích hoạt VNeID in song ngữ Việt – Ê Đê (ảnh minh họa)",
        "image_credit": "Ảnh minh họa: Ban biên tập",
        "related": [
            "kich-hoat-vneid-muc-2",
            "gia-han-bhyt-ho-gia-dinh",
            "nhan-biet-phong-tranh-lua-dao",
        ],
    },
    {
        "slug": "ket-qua-kich-hoat-vneid-cuoi-nam",
        "title": "Nhiều xã hoàn thành kích hoạt VNeID cho người dân trong độ tuổi",
        "date": "2026-11-18",
        "lead": (
            "Sau nhiều tháng ra quân, phần lớn người dân trong độ tuổi ở nhiều xã, phường đã có "
            "tài khoản VNeID mức 2 và biết dùng để làm thủ tục, xuất trình giấy tờ."
        ),
        "body": (
            "Theo báo cáo sơ bộ của các địa phương, số người dân kích hoạt tài khoản định danh "
            "điện tử mức 2 tăng mạnh kể từ khi các tổ công nghệ số cộng đồng đến từng nhà và công "
            "an xã, phường mở thêm buổi làm việc ngoài giờ. Ở một xã phía đông tỉnh, tổ công nghệ "
            "số đã giúp hơn ba trăm người cao tuổi kích hoạt và tích hợp thẻ bảo hiểm y tế vào ứng "
            "dụng.\n\n"
            "Điều đáng mừng hơn con số là cách bà con dùng tài khoản. Nhiều gia đình đã tự đăng ký "
            "khai sinh cho con trên điện thoại, tự gia hạn thẻ bảo hiểm y tế và xin phiếu lý lịch "
            "tư pháp mà không phải đi lại. Khi đi khám bệnh, người dân chỉ cần mang thẻ căn cước "
            "gắn chip hoặc mở ứng dụng.\n\n"
            "Vẫn còn những khó khăn: có người dùng sim không đứng tên mình nên không nhận được mã "
            "OTP, có điện thoại đời cũ không cài được ứng dụng, có người quên mật khẩu sau thời "
            "gian dài không dùng. Các trường hợp này được hướng dẫn đến công an xã, phường để cập "
            "nhật số điện thoại hoặc được hỗ trợ làm thủ tục trực tiếp.\n\n"
            "Số liệu chi tiết của từng xã, phường được cập nhật định kỳ tại bộ phận một cửa. Người "
            "dân chưa kích hoạt tài khoản có thể liên hệ trưởng thôn, buôn, tổ trưởng dân phố hoặc "
            "công an xã, phường để được hẹn lịch hỗ trợ."
        ),
        "topics": ["giay-to-tuy-than", "ky-nang-so"],
        "image_caption": (
            "Cán bộ công an xã hỗ trợ người dân kích hoạt tài khoản định danh điện tử (ảnh minh họa)"
        ),
        "image_credit": "Ảnh minh họa: Ban biên tập",
        "related": [
            "kich-hoat-vneid-muc-2",
            "dang-ky-khai-sinh-truc-tuyen",
            "tra-cuu-va-dung-vssid",
        ],
    },
]
