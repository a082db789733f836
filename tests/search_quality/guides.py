"""The quality set's own guides, in the bulk-import format (see README, "Importing guides").

Written for the search quality set only, independently of demo/content: 31 public services a
resident of Đắk Lắk looks for, in the plain Vietnamese the site's editors write. Tags are the
handful an editor would add, not every way a citizen might type the service.
"""

CHECKED_ON = "2026-10-01"

GUIDES = [
    # ------------------------------------------------------------------ hộ tịch
    {
        "slug": "dang-ky-khai-sinh-cho-tre",
        "title": "Đăng ký khai sinh cho trẻ mới sinh",
        "summary": (
            "Cha mẹ đăng ký khai sinh cho con trên Cổng Dịch vụ công hoặc tại UBND xã, phường nơi "
            "cư trú trong vòng 60 ngày kể từ ngày sinh. Làm một lần được cả giấy khai sinh, thường "
            "trú và thẻ bảo hiểm y tế cho bé."
        ),
        "category": "ho-tich",
        "agency": "UBND xã, phường nơi cư trú của cha hoặc mẹ",
        "audience": "Cha, mẹ có con mới sinh; ông bà hoặc người thân được cha mẹ nhờ đi đăng ký",
        "tags": ["khai sinh", "giấy khai sinh", "hộ tịch"],
        "documents": [
            "Giấy chứng sinh do bệnh viện, trạm y tế cấp",
            "Thẻ căn cước của cha hoặc mẹ",
            "Giấy chứng nhận kết hôn (nếu cha mẹ đã đăng ký kết hôn)",
        ],
        "fee": "Miễn phí khi đăng ký đúng hạn",
        "processing_time": "Trong ngày làm việc nếu hồ sơ đầy đủ",
        "result": "Giấy khai sinh bản điện tử và bản giấy, số định danh cá nhân của trẻ",
        "submission": ["online", "office"],
        "online_url": "https://dichvucong.gov.vn/",
        "checked_on": CHECKED_ON,
        "steps": [
            {
                "title": "Chuẩn bị giấy chứng sinh",
                "body": (
                    "Khi ra viện, kiểm tra họ tên mẹ, ngày giờ sinh và giới tính của bé trên giấy "
                    "chứng sinh. Chụp ảnh rõ nét cả mặt giấy, không bị lóa đèn.\n\n"
                    "Nếu sinh ở nhà, nhờ người làm chứng viết giấy cam đoan về việc sinh."
                ),
            },
            {
                "title": "Đăng nhập và chọn thủ tục liên thông khai sinh",
                "body": (
                    "Đăng nhập Cổng Dịch vụ công hoặc ứng dụng VNeID bằng tài khoản định danh mức 2 "
                    "của cha hoặc mẹ. Chọn “Liên thông đăng ký khai sinh, đăng ký thường trú, cấp "
                    "thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi”."
                ),
            },
            {
                "title": "Khai thông tin của bé và tải ảnh giấy tờ",
                "body": (
                    "Nhập họ tên dự kiến, ngày sinh, nơi sinh, quê quán, dân tộc của bé. Tải ảnh "
                    "giấy chứng sinh và giấy kết hôn lên, rồi bấm “Gửi hồ sơ”.\n\n"
                    "- Tên của bé nên đọc thử to lên trước khi gửi;\n"
                    "- Kiểm tra kỹ dấu thanh vì sửa sau này phải làm thủ tục cải chính."
                ),
                "warning": "Quá 60 ngày mới đăng ký vẫn được, nhưng có thể bị nhắc nhở hoặc phạt hành chính.",
            },
            {
                "title": "Nhận giấy khai sinh",
                "body": (
                    "Khi có tin nhắn báo kết quả, tải bản điện tử trên VNeID hoặc mang giấy chứng "
                    "sinh bản gốc đến bộ phận một cửa UBND xã để nhận bản giấy."
                ),
            },
        ],
        "faq": [
            {
                "question": "Cha mẹ chưa đăng ký kết hôn thì khai sinh cho con được không?",
                "answer": "Được. Mẹ đứng tên đăng ký, phần thông tin người cha để trống hoặc làm thêm thủ tục nhận cha con.",
            }
        ],
    },
    {
        "slug": "dang-ky-khai-tu",
        "title": "Đăng ký khai tử",
        "summary": (
            "Khi người thân qua đời, gia đình đăng ký khai tử trong 15 ngày tại UBND xã, phường nơi "
            "người mất cư trú cuối cùng, hoặc nộp trực tuyến. Trích lục khai tử cần cho việc thừa "
            "kế, hưởng chế độ tử tuất, mai táng phí."
        ),
        "category": "ho-tich",
        "agency": "UBND xã, phường nơi cư trú cuối cùng của người chết",
        "tags": ["khai tử", "báo tử", "trích lục khai tử"],
        "documents": [
            "Giấy báo tử do bệnh viện cấp, hoặc giấy xác nhận của trưởng thôn, buôn nếu mất tại nhà",
            "Thẻ căn cước của người đi khai",
        ],
        "fee": "Miễn phí",
        "processing_time": "Trong ngày làm việc",
        "result": "Trích lục khai tử",
        "submission": ["online", "office"],
        "online_url": "https://dichvucong.gov.vn/",
        "checked_on": CHECKED_ON,
        "steps": [
            {
                "title": "Xin giấy báo tử",
                "body": (
                    "Nếu người thân mất ở bệnh viện, bệnh viện cấp giấy báo tử. Nếu mất tại nhà, "
                    "báo trưởng thôn, buôn hoặc tổ trưởng dân phố để được xác nhận."
                ),
            },
            {
                "title": "Nộp hồ sơ khai tử",
                "body": (
                    "Vợ, chồng, con hoặc người thân khác của người mất nộp hồ sơ tại bộ phận một "
                    "cửa UBND xã, hoặc đăng nhập Cổng Dịch vụ công chọn “Đăng ký khai tử”, khai "
                    "thông tin và tải ảnh giấy báo tử lên."
                ),
            },
            {
                "title": "Nhận trích lục khai tử",
                "body": (
                    "Cán bộ tư pháp cấp trích lục khai tử ngay trong ngày. Nên xin thêm vài bản "
                    "sao để làm thủ tục thừa kế, rút sổ tiết kiệm, hưởng trợ cấp mai táng."
                ),
                "tip": "Mang theo thẻ bảo hiểm y tế, thẻ căn cước của người mất để cán bộ thu hồi, đỡ phải đi lại.",
            },
        ],
    },
    {
        "slug": "dang-ky-ket-hon",
        "title": "Đăng ký kết hôn",
        "summary": (
            "Hai bạn đủ tuổi (nam từ 20, nữ từ 18) cùng đến UBND xã, phường nơi cư trú của một "
            "trong hai người hoặc nộp hồ sơ trực tuyến, rồi cùng có mặt để ký và nhận giấy chứng "
            "nhận kết hôn."
        ),
        "category": "ho-tich",
        "agency": "UBND xã, phường nơi cư trú của bên nam hoặc bên nữ",
        "tags": ["kết hôn", "giấy kết hôn"],
        "documents": [
            "Tờ khai đăng ký kết hôn (điền sẵn trên mạng hoặc tại xã)",
            "Thẻ căn cước của hai người",
            "Giấy xác nhận tình trạng hôn nhân nếu một bên cư trú ở xã, tỉnh khác",
        ],
        "fee": "Miễn phí",
        "processing_time": "Trong ngày; tối đa 5 ngày làm việc nếu phải xác minh",
        "result": "Giấy chứng nhận kết hôn, mỗi bên một bản chính",
        "submission": ["online", "office"],
        "online_url": "https://dichvucong.gov.vn/",
        "checked_on": CHECKED_ON,
        "steps": [
            {
                "title": "Kiểm tra điều kiện",
                "body": (
                    "Nam đủ 20 tuổi, nữ đủ 18 tuổi, hai bên tự nguyện, chưa có vợ hoặc chồng, "
                    "không thuộc trường hợp bị cấm kết hôn như cùng dòng máu trực hệ."
                ),
            },
            {
                "title": "Nộp tờ khai",
                "body": (
                    "Một trong hai người đăng nhập Cổng Dịch vụ công, chọn “Đăng ký kết hôn”, điền "
                    "tờ khai và chọn ngày hẹn. Cũng có thể cùng đến bộ phận một cửa UBND xã để nộp."
                ),
            },
            {
                "title": "Cùng có mặt để ký giấy",
                "body": (
                    "Đúng ngày hẹn, cả hai mang thẻ căn cước đến UBND xã. Cán bộ đọc lại thông tin, "
                    "hai bạn ký vào sổ hộ tịch và nhận giấy chứng nhận kết hôn."
                ),
                "warning": "Không ai được ký thay. Thiếu một người thì phải hẹn lại ngày khác.",
            },
        ],
    },
    {
        "slug": "xac-nhan-tinh-trang-hon-nhan",
        "title": "Cấp giấy xác nhận tình trạng hôn nhân",
        "summary": (
            "Giấy xác nhận bạn đang độc thân hoặc đã ly hôn, dùng để đăng ký kết hôn ở nơi khác, "
            "mua bán nhà đất, vay ngân hàng hay đi làm việc ở nước ngoài. Có giá trị 6 tháng."
        ),
        "category": "ho-tich",
        "agency": "UBND xã, phường nơi thường trú",
        "tags": ["tình trạng hôn nhân", "xác nhận độc thân"],
        "documents": [
            "Tờ khai cấp giấy xác nhận tình trạng hôn nhân",
            "Bản án, quyết định ly hôn hoặc trích lục khai tử của vợ, chồng trước (nếu có)",
        ],
        "fee": "Miễn phí khi nộp trực tuyến",
        "processing_time": "3 ngày làm việc",
        "result": "Giấy xác nhận tình trạng hôn nhân",
        "submission": ["online", "office"],
        "online_url": "https://dichvucong.gov.vn/",
        "checked_on": CHECKED_ON,
        "steps": [
            {
                "title": "Ghi rõ mục đích sử dụng",
                "body": (
                    "Trong tờ khai, ghi đúng việc bạn cần dùng giấy, ví dụ “để đăng ký kết hôn với "
                    "anh Nguyễn Văn A” hoặc “để làm thủ tục vay vốn ngân hàng”. Giấy chỉ dùng cho "
                    "đúng mục đích đã ghi."
                ),
            },
            {
                "title": "Nộp hồ sơ",
                "body": (
                    "Nộp trên Cổng Dịch vụ công, mục “Cấp giấy xác nhận tình trạng hôn nhân”, hoặc "
                    "tại bộ phận một cửa UBND xã nơi bạn thường trú."
                ),
            },
            {
                "title": "Nhận kết quả",
                "body": "Sau khoảng 3 ngày làm việc, nhận giấy tại xã hoặc bản điện tử gửi về tài khoản.",
            },
        ],
    },
    {
        "slug": "cap-ban-sao-trich-luc-ho-tich",
        "title": "Cấp bản sao trích lục hộ tịch (khai sinh, kết hôn)",
        "summary": (
            "Mất giấy khai sinh, giấy kết hôn hoặc cần thêm bản sao để làm hồ sơ? Xin bản sao "
            "trích lục tại nơi đã đăng ký hoặc trực tuyến, có giá trị như bản chính."
        ),
        "category": "ho-tich",
        "agency": "UBND xã, phường nơi đã đăng ký hộ tịch hoặc Sở Tư pháp",
        "tags": ["trích lục", "bản sao giấy khai sinh"],
        "documents": ["Tờ khai yêu cầu cấp bản sao trích lục", "Thẻ căn cước"],
        "fee": "8.000 đồng mỗi bản sao",
        "processing_time": "Trong ngày",
        "result": "Bản sao trích lục khai sinh, kết hôn, khai tử…",
        "submission": ["online", "office", "post"],
        "online_url": "https://dichvucong.gov.vn/",
        "checked_on": CHECKED_ON,
        "steps": [
            {
                "title": "Xác định nơi đã đăng ký",
                "body": (
                    "Bản sao được cấp từ sổ hộ tịch hoặc cơ sở dữ liệu hộ tịch điện tử. Nếu không "
                    "nhớ nơi đăng ký, vẫn có thể nộp trực tuyến để cán bộ tra cứu."
                ),
            },
            {
                "title": "Nộp yêu cầu",
                "body": (
                    "Chọn “Cấp bản sao trích lục hộ tịch” trên Cổng Dịch vụ công, ghi số bản cần "
                    "lấy và cách nhận: tại xã hoặc qua bưu điện."
                ),
            },
            {
                "title": "Nộp phí và nhận bản sao",
                "body": "Thanh toán lệ phí trực tuyến, nhận bản sao tại xã hoặc tại nhà qua bưu điện.",
            },
        ],
    },
    # ------------------------------------------------------------ giấy tờ tùy thân
    {
        "slug": "cap-the-can-cuoc",
        "title": "Cấp thẻ căn cước lần đầu, cấp đổi khi hết hạn",
        "summary": (
            "Làm thẻ căn cước gắn chip cho người từ đủ 14 tuổi, hoặc đổi thẻ khi đến tuổi 25, 40, "
            "60, thẻ hỏng, sai thông tin. Thẻ chứng minh nhân dân cũ hết giá trị từ năm 2025."
        ),
        "category": "giay-to-tuy-than",
        "agency": "Công an xã, phường hoặc Phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh",
        "tags": ["căn cước", "thẻ căn cước", "gắn chip"],
        "documents": ["Thẻ căn cước công dân hoặc chứng minh nhân dân cũ (nếu có)"],
        "fee": "Lần đầu miễn phí; cấp đổi 30.000 đồng, nộp trực tuyến giảm một nửa",
        "processing_time": "Khoảng 7 ngày làm việc",
        "result": "Thẻ căn cước và căn cước điện tử trên VNeID",
        "submission": ["online", "office"],
        "online_url": "https://dichvucong.bocongan.gov.vn/",
        "checked_on": CHECKED_ON,
        "steps": [
            {
                "title": "Đặt lịch hẹn",
                "body": (
                    "Mở ứng dụng VNeID hoặc Cổng dịch vụ công Bộ Công an, chọn “Cấp thẻ căn cước”, "
                    "chọn nơi làm và giờ hẹn để khỏi phải xếp hàng."
                ),
            },
            {
                "title": "Đến công an thu nhận vân tay, ảnh",
                "body": (
                    "Mang thẻ cũ đến đúng giờ hẹn. Cán bộ chụp ảnh khuôn mặt, lấy vân tay, mống mắt "
                    "và đọc lại thông tin cho bạn kiểm tra.\n\n"
                    "- Mặc áo có cổ, không đội mũ, không đeo kính;\n"
                    "- Trẻ dưới 14 tuổi đi cùng cha mẹ."
                ),
            },
            {
                "title": "Nhận thẻ",
                "body": "Nhận thẻ tại nơi làm hoặc đăng ký trả qua bưu điện về tận nhà.",
                "tip": "Khi nhận thẻ, đăng ký luôn tài khoản định danh điện tử mức 2 với cán bộ.",
            },
        ],
        "faq": [
            {
                "question": "Thẻ căn cước công dân gắn chip còn hạn có phải đổi không?",
                "answer": "Không. Thẻ còn hạn vẫn dùng được đến hết thời hạn in trên thẻ.",
            }
        ],
    },
    {
        "slug": "kich-hoat-tai-khoan-vneid",
        "title": "Kích hoạt tài khoản định danh điện tử VNeID",
        "summary": (
            "Tài khoản VNeID mức 2 dùng để đăng nhập Cổng Dịch vụ công, xuất trình căn cước, bảo "
            "hiểm y tế, giấy phép lái xe trên điện thoại. Hướng dẫn cài ứng dụng và nhập mã kích "
            "hoạt."
        ),
        "category": "giay-to-tuy-than",
        "agency": "Công an xã, phường",
        "tags": ["vneid", "định danh điện tử", "tài khoản định danh"],
        "documents": ["Thẻ căn cước", "Số điện thoại chính chủ", "Điện thoại thông minh có mạng"],
        "fee": "Miễn phí",
        "processing_time": "Khoảng 10 phút trên điện thoại",
        "submission": ["online", "office"],
        "checked_on": CHECKED_ON,
        "steps": [
            {
                "title": "Cài ứng dụng VNeID",
                "body": (
                    "Vào CH Play hoặc App Store, gõ VNeID, chọn ứng dụng của Bộ Công an và bấm cài "
                    "đặt. Không cài theo đường link người lạ gửi qua Zalo, tin nhắn."
                ),
            },
            {
                "title": "Nhập số định danh và số điện thoại",
                "body": (
                    "Mở ứng dụng, chọn “Kích hoạt tài khoản”, nhập 12 số định danh in trên thẻ và "
                    "số điện thoại đã đăng ký với công an."
                ),
            },
            {
                "title": "Nhập mã OTP, đặt mật khẩu và passcode",
                "body": (
                    "Nhập mã 6 số nhận qua tin nhắn, đặt mật khẩu có chữ hoa, chữ thường, số và ký "
                    "tự đặc biệt, rồi tạo passcode 6 số."
                ),
                "warning": "Không đọc mã OTP cho bất kỳ ai, kể cả người xưng là công an.",
            },
        ],
    },
    {
        "slug": "dang-ky-thuong-tru",
        "title": "Đăng ký thường trú",
        "summary": (
            "Đăng ký nơi ở lâu dài khi chuyển về nhà mới, về ở với cha mẹ, vợ chồng hoặc con. Sổ "
            "hộ khẩu giấy không còn dùng; thông tin cư trú được cập nhật vào cơ sở dữ liệu dân cư."
        ),
        "category": "cu-tru",
        "agency": "Công an xã, phường nơi bạn đến ở",
        "tags": ["thường trú", "cư trú", "chuyển hộ khẩu"],
        "documents": [
            "Tờ khai thay đổi thông tin cư trú (mẫu CT01)",
            "Giấy tờ chứng minh chỗ ở hợp pháp: sổ đỏ, hợp đồng mua nhà…",
            "Ý kiến đồng ý của chủ hộ nếu nhập vào hộ đã có",
        ],
        "fee": "20.000 đồng; nộp trực tuyến 10.000 đồng",
        "processing_time": "7 ngày làm việc",
        "submission": ["online", "office"],
        "online_url": "https://dichvucong.bocongan.gov.vn/",
        "checked_on": CHECKED_ON,
        "steps": [
            {
                "title": "Chuẩn bị giấy tờ chỗ ở",
                "body": (
                    "Chụp ảnh giấy chứng nhận quyền sử dụng đất, hợp đồng mua bán hoặc văn bản cho "
                    "ở nhờ. Nếu về ở cùng người thân, chụp thêm giấy khai sinh hoặc giấy kết hôn "
                    "chứng minh quan hệ."
                ),
            },
            {
                "title": "Nộp hồ sơ trên VNeID",
                "body": (
                    "Vào “Thủ tục hành chính”, chọn “Đăng ký thường trú”, điền tờ khai, tải ảnh giấy "
                    "tờ và nộp lệ phí trực tuyến."
                ),
            },
            {
                "title": "Chủ hộ xác nhận",
                "body": (
                    "Chủ hộ nhận thông báo trên VNeID và bấm đồng ý. Công an xã kiểm tra rồi báo "
                    "kết quả qua tin nhắn."
                ),
            },
        ],
    },
    {
        "slug": "dang-ky-tam-tru",
        "title": "Đăng ký tạm trú",
        "summary": (
            "Người đến ở trọ, đi làm, đi học ở nơi khác từ 30 ngày trở lên phải đăng ký tạm trú "
            "với công an xã, phường nơi ở. Chủ nhà trọ có thể khai giúp người thuê."
        ),
        "category": "cu-tru",
        "agency": "Công an xã, phường nơi ở mới",
        "tags": ["tạm trú", "cư trú", "thuê trọ"],
        "documents": [
            "Tờ khai thay đổi thông tin cư trú (mẫu CT01)",
            "Hợp đồng thuê nhà hoặc giấy đồng ý cho ở của chủ nhà",
        ],
        "fee": "15.000 đồng; nộp trực tuyến 7.000 đồng",
        "processing_time": "3 ngày làm việc",
        "submission": ["online", "office"],
        "online_url": "https://dichvucong.bocongan.gov.vn/",
        "checked_on": CHECKED_ON,
        "steps": [
            {
                "title": "Xin giấy đồng ý của chủ nhà",
                "body": "Nhờ chủ nhà trọ ký hợp đồng thuê hoặc giấy đồng ý cho ở, rồi chụp ảnh rõ nét.",
            },
            {
                "title": "Khai trên VNeID hoặc Cổng dịch vụ công",
                "body": (
                    "Chọn “Đăng ký tạm trú”, nhập địa chỉ nơi ở mới, thời hạn tạm trú (tối đa 2 "
                    "năm) và tải ảnh giấy tờ lên."
                ),
            },
            {
                "title": "Nhận thông báo",
                "body": "Công an xã duyệt hồ sơ và gửi kết quả về ứng dụng. Hết hạn thì gia hạn trước 15 ngày.",
            },
        ],
    },
    {
        "slug": "cap-phieu-ly-lich-tu-phap",
        "title": "Cấp phiếu lý lịch tư pháp",
        "summary": (
            "Phiếu cho biết bạn có hay không có án tích, thường được đòi khi xin việc, đi xuất khẩu "
            "lao động, du học hay làm hồ sơ định cư. Nộp trên VNeID, nhận bản điện tử hoặc bản giấy."
        ),
        "category": "tu-phap",
        "agency": "Sở Tư pháp tỉnh Đắk Lắk (Trung tâm Lý lịch tư pháp quốc gia với phiếu số 2)",
        "tags": ["lý lịch tư pháp", "án tích"],
        "documents": ["Thẻ căn cước", "Tài khoản VNeID mức 2"],
        "fee": "200.000 đồng; sinh viên, người có công 100.000 đồng",
        "processing_time": "Tối đa 10 ngày làm việc",
        "result": "Phiếu lý lịch tư pháp số 1 hoặc số 2",
        "submission": ["online", "office", "post"],
        "online_url": "https://lltptructuyen.moj.gov.vn/",
        "checked_on": CHECKED_ON,
        "steps": [
            {
                "title": "Chọn loại phiếu",
                "body": (
                    "Phiếu số 1 cấp cho cá nhân, cơ quan dùng để xin việc. Phiếu số 2 ghi đầy đủ án "
                    "tích, kể cả đã xóa, thường đòi khi đi lao động nước ngoài."
                ),
            },
            {
                "title": "Nộp yêu cầu trên VNeID",
                "body": (
                    "Mở VNeID, chọn “Thủ tục hành chính”, “Cấp phiếu lý lịch tư pháp”, khai mục đích "
                    "sử dụng và nơi nhận, rồi thanh toán lệ phí."
                ),
            },
            {
                "title": "Nhận phiếu",
                "body": "Phiếu điện tử có trong ví giấy tờ; phiếu giấy nhận tại Sở Tư pháp hoặc qua bưu điện.",
            },
        ],
    },
    {
        "slug": "cap-ho-chieu-pho-thong",
        "title": "Cấp hộ chiếu phổ thông",
        "summary": (
            "Làm hộ chiếu để đi du lịch, thăm thân, lao động ở nước ngoài. Người có căn cước gắn "
            "chip nộp trực tuyến, không cần ảnh thẻ; hộ chiếu gửi về tận nhà."
        ),
        "category": "giay-to-tuy-than",
        "agency": "Phòng Quản lý xuất nhập cảnh Công an tỉnh Đắk Lắk",
        "tags": ["hộ chiếu", "xuất nhập cảnh", "passport"],
        "documents": ["Thẻ căn cước gắn chip", "Hộ chiếu cũ (nếu có)"],
        "fee": "200.000 đồng; cấp lại do mất 400.000 đồng",
        "processing_time": "5 đến 8 ngày làm việc",
        "submission": ["online", "office"],
        "online_url": "https://dichvucong.bocongan.gov.vn/",
        "checked_on": CHECKED_ON,
        "steps": [
            {
                "title": "Khai tờ khai trực tuyến",
                "body": (
                    "Đăng nhập Cổng dịch vụ công Bộ Công an bằng VNeID, chọn “Cấp hộ chiếu phổ "
                    "thông ở trong nước”, kiểm tra thông tin tự điền từ cơ sở dữ liệu dân cư."
                ),
            },
            {
                "title": "Nộp lệ phí và chọn cách nhận",
                "body": "Thanh toán lệ phí trực tuyến và chọn nhận qua bưu điện hoặc tại Công an tỉnh.",
            },
            {
                "title": "Nhận hộ chiếu",
                "body": "Khi nhận, ký tên vào hộ chiếu và kiểm tra họ tên, ngày sinh.",
            },
        ],
    },
    # ------------------------------------------------------------------ giao thông
    {
        "slug": "doi-giay-phep-lai-xe",
        "title": "Đổi giấy phép lái xe",
        "summary": (
            "Đổi giấy phép lái xe ô tô sắp hết hạn, bị hỏng hoặc đổi bằng giấy bìa cũ sang thẻ "
            "PET. Nộp trực tuyến, có giấy khám sức khỏe điện tử là không phải đến cơ quan."
        ),
        "category": "giao-thong",
        "agency": "Phòng Cảnh sát giao thông Công an tỉnh Đắk Lắk",
        "tags": ["giấy phép lái xe", "đổi bằng"],
        "documents": [
            "Giấy khám sức khỏe của người lái xe (trừ hạng A1, A, B1)",
            "Giấy phép lái xe đang dùng",
        ],
        "fee": "135.000 đồng; nộp trực tuyến 115.000 đồng",
        "processing_time": "5 ngày làm việc",
        "submission": ["online", "office"],
        "online_url": "https://dichvucong.bocongan.gov.vn/",
        "checked_on": CHECKED_ON,
        "steps": [
            {
                "title": "Khám sức khỏe",
                "body": (
                    "Khám tại bệnh viện có kết nối dữ liệu với Bộ Y tế để giấy khám tự chuyển lên "
                    "hệ thống. Giấy khám có giá trị 12 tháng."
                ),
            },
            {
                "title": "Nộp hồ sơ đổi trực tuyến",
                "body": (
                    "Chọn “Đổi giấy phép lái xe do ngành Công an cấp” hoặc “do ngành Giao thông vận "
                    "tải cấp”, nhập số giấy phép và chọn hình thức nhận."
                ),
            },
            {
                "title": "Nhận giấy phép mới",
                "body": "Giấy phép mới gửi qua bưu điện; bản điện tử hiện ngay trên VNeID.",
                "tip": "Giấy phép lái xe máy hạng A1 không có thời hạn, không cần đổi.",
            },
        ],
    },
    {
        "slug": "dang-ky-xe-may-lan-dau",
        "title": "Đăng ký xe máy mới mua, cấp biển số",
        "summary": (
            "Mua xe máy mới ở cửa hàng hoặc mua lại xe cũ, đăng ký trong 30 ngày tại công an xã "
            "để được cấp biển số định danh và giấy chứng nhận đăng ký xe."
        ),
        "category": "giao-thong",
        "agency": "Công an xã, phường",
        "tags": ["đăng ký xe", "biển số", "xe máy"],
        "documents": [
            "Hóa đơn mua xe, phiếu kiểm tra chất lượng xuất xưởng",
            "Chứng từ nộp lệ phí trước bạ",
            "Thẻ căn cước của chủ xe",
        ],
        "fee": "Từ 150.000 đồng đến 1.000.000 đồng tùy giá trị xe",
        "processing_time": "Biển số cấp ngay; giấy đăng ký xe trong 2 ngày làm việc",
        "submission": ["online", "office"],
        "online_url": "https://dichvucong.bocongan.gov.vn/",
        "checked_on": CHECKED_ON,
        "steps": [
            {
                "title": "Nộp lệ phí trước bạ",
                "body": "Nộp lệ phí trước bạ trực tuyến trên Cổng Dịch vụ công, lưu lại mã hồ sơ.",
            },
            {
                "title": "Khai đăng ký xe",
                "body": (
                    "Trên Cổng dịch vụ công Bộ Công an, chọn “Đăng ký xe”, khai số khung, số máy, "
                    "nhận mã hồ sơ và lịch hẹn."
                ),
            },
            {
                "title": "Mang xe đến công an xã bấm biển số",
                "body": (
                    "Mang xe, hóa đơn và thẻ căn cước đến công an xã để cán bộ cà số khung, số máy "
                    "và bấm chọn biển số."
                ),
            },
        ],
    },
    {
        "slug": "tra-cuu-nop-phat-vi-pham-giao-thong",
        "title": "Tra cứu và nộp phạt vi phạm giao thông qua hình ảnh",
        "summary": (
            "Kiểm tra xe của bạn có bị camera ghi lỗi vi phạm (phạt nguội) không, rồi nộp tiền "
            "phạt trực tuyến, không phải lên trụ sở cảnh sát giao thông."
        ),
        "category": "giao-thong",
        "agency": "Cảnh sát giao thông Công an tỉnh",
        "tags": ["phạt nguội", "vi phạm giao thông"],
        "documents": ["Biển số xe", "Thông báo vi phạm (nếu đã nhận)"],
        "fee": "Theo quyết định xử phạt",
        "processing_time": "Ngay khi thanh toán",
        "submission": ["online"],
        "online_url": "https://www.csgt.vn/",
        "checked_on": CHECKED_ON,
        "steps": [
            {
                "title": "Tra cứu biển số",
                "body": (
                    "Vào trang csgt.vn hoặc ứng dụng VNeID, nhập biển số và chọn loại phương tiện. "
                    "Nếu có lỗi, màn hình hiện thời gian, địa điểm và đơn vị phát hiện."
                ),
            },
            {
                "title": "Nhận quyết định xử phạt",
                "body": "Xác nhận lỗi trực tuyến hoặc đến đơn vị ghi trên thông báo để nhận quyết định.",
            },
            {
                "title": "Nộp tiền phạt trực tuyến",
                "body": (
                    "Trên Cổng Dịch vụ công, chọn “Nộp phạt vi phạm hành chính”, nhập số quyết định "
                    "và thanh toán bằng ứng dụng ngân hàng."
                ),
                "warning": "Cảnh sát không gọi điện yêu cầu chuyển khoản tiền phạt vào tài khoản cá nhân.",
            },
        ],
    },
    # ------------------------------------------------------------------ đất đai, nhà ở
    {
        "slug": "cap-giay-chung-nhan-dat-lan-dau",
        "title": "Cấp Giấy chứng nhận quyền sử dụng đất lần đầu",
        "summary": (
            "Đất ông bà để lại, đất khai hoang dùng ổn định từ lâu mà chưa có giấy chứng nhận (sổ "
            "đỏ): hướng dẫn chuẩn bị hồ sơ, đo đạc, nộp tiền sử dụng đất."
        ),
        "category": "dat-dai-nha-o",
        "agency": "Chi nhánh Văn phòng đăng ký đất đai, qua bộ phận một cửa UBND xã",
        "tags": ["giấy chứng nhận quyền sử dụng đất", "đất đai"],
        "documents": [
            "Đơn đăng ký đất đai, tài sản gắn liền với đất (mẫu 04/ĐK)",
            "Giấy tờ về nguồn gốc đất: giấy giao đất, biên lai thuế đất cũ…",
            "Bản đo vẽ thửa đất (nếu đã có)",
        ],
        "fee": "Lệ phí cấp giấy và tiền sử dụng đất tùy trường hợp",
        "processing_time": "Không quá 20 ngày làm việc, chưa kể thời gian niêm yết",
        "submission": ["office"],
        "checked_on": CHECKED_ON,
        "steps": [
            {
                "title": "Tìm giấy tờ nguồn gốc đất",
                "body": (
                    "Gom mọi giấy tờ liên quan: giấy giao đất, biên lai đóng thuế, giấy mua bán viết "
                    "tay. Không có giấy tờ vẫn làm được nếu dùng đất ổn định, không tranh chấp."
                ),
            },
            {
                "title": "Nộp hồ sơ tại xã",
                "body": (
                    "Nộp đơn và giấy tờ tại bộ phận một cửa UBND xã. Xã kiểm tra hiện trạng, niêm "
                    "yết công khai 15 ngày rồi chuyển lên Văn phòng đăng ký đất đai."
                ),
            },
            {
                "title": "Nộp nghĩa vụ tài chính và nhận giấy",
                "body": (
                    "Nhận thông báo thuế, nộp tiền sử dụng đất, lệ phí trước bạ (nếu có), rồi nhận "
                    "giấy chứng nhận tại nơi nộp hồ sơ."
                ),
            },
        ],
    },
    {
        "slug": "chuyen-nhuong-quyen-su-dung-dat",
        "title": "Sang tên khi mua bán, tặng cho, thừa kế đất",
        "summary": (
            "Sau khi công chứng hợp đồng chuyển nhượng hoặc văn bản tặng cho, thừa kế, đăng ký "
            "biến động để giấy chứng nhận đứng tên người nhận đất."
        ),
        "category": "dat-dai-nha-o",
        "agency": "Chi nhánh Văn phòng đăng ký đất đai",
        "tags": ["sang tên", "chuyển nhượng đất", "tặng cho đất"],
        "documents": [
            "Hợp đồng chuyển nhượng, tặng cho đã công chứng hoặc văn bản khai nhận thừa kế",
            "Giấy chứng nhận quyền sử dụng đất bản gốc",
            "Tờ khai thuế thu nhập cá nhân, lệ phí trước bạ",
        ],
        "fee": "Thuế thu nhập cá nhân 2% giá chuyển nhượng, lệ phí trước bạ 0,5% (miễn giữa người thân)",
        "processing_time": "Không quá 8 ngày làm việc",
        "submission": ["online", "office"],
        "checked_on": CHECKED_ON,
        "steps": [
            {
                "title": "Công chứng hợp đồng",
                "body": "Bên bán và bên mua cùng đến văn phòng công chứng ký hợp đồng chuyển nhượng.",
            },
            {
                "title": "Nộp hồ sơ đăng ký biến động",
                "body": (
                    "Nộp hợp đồng, giấy chứng nhận gốc và tờ khai thuế tại bộ phận một cửa hoặc trên "
                    "Cổng Dịch vụ công của tỉnh."
                ),
            },
            {
                "title": "Nộp thuế và nhận giấy đã sang tên",
                "body": "Nộp thuế theo thông báo, rồi nhận giấy chứng nhận mới hoặc giấy đã ghi thay đổi.",
            },
        ],
    },
    {
        "slug": "cap-giay-phep-xay-dung-nha-o",
        "title": "Cấp giấy phép xây dựng nhà ở riêng lẻ",
        "summary": (
            "Trước khi xây mới hoặc sửa lớn nhà ở tại đô thị, chủ nhà phải xin giấy phép xây dựng "
            "tại UBND xã, phường. Nhà ở nông thôn ngoài khu quy hoạch thường được miễn."
        ),
        "category": "dat-dai-nha-o",
        "agency": "UBND xã, phường nơi có công trình",
        "tags": ["giấy phép xây dựng", "xây nhà"],
        "documents": [
            "Đơn đề nghị cấp giấy phép xây dựng",
            "Giấy chứng nhận quyền sử dụng đất",
            "Hai bộ bản vẽ thiết kế: mặt bằng, mặt cắt, mặt đứng",
        ],
        "fee": "75.000 đồng",
        "processing_time": "15 ngày",
        "submission": ["online", "office"],
        "checked_on": CHECKED_ON,
        "steps": [
            {
                "title": "Thuê vẽ thiết kế",
                "body": "Nhờ đơn vị có chứng chỉ hành nghề vẽ bản thiết kế đúng chỉ giới, mật độ xây dựng.",
            },
            {
                "title": "Nộp hồ sơ",
                "body": "Nộp đơn, giấy chứng nhận đất và bản vẽ tại bộ phận một cửa UBND xã hoặc trực tuyến.",
            },
            {
                "title": "Nhận giấy phép và treo biển công trình",
                "body": (
                    "Nhận giấy phép kèm bản vẽ có đóng dấu. Treo biển báo thi công trước cổng và "
                    "báo xã ngày khởi công."
                ),
                "warning": "Xây khi chưa có giấy phép có thể bị phạt và buộc tháo dỡ.",
            },
        ],
    },
    {
        "slug": "dang-ky-cap-dien-sinh-hoat",
        "title": "Đăng ký lắp công tơ, cấp điện sinh hoạt mới",
        "summary": (
            "Nhà mới xây, nhà thuê cần đồng hồ điện riêng: đăng ký với điện lực qua ứng dụng, tổng "
            "đài hoặc Cổng Dịch vụ công, thợ điện lực đến khảo sát và lắp miễn phí."
        ),
        "category": "dien-nuoc",
        "agency": "Công ty Điện lực Đắk Lắk",
        "tags": ["cấp điện", "công tơ điện", "điện lực"],
        "documents": ["Thẻ căn cước", "Giấy tờ chứng minh chỗ ở hoặc hợp đồng thuê nhà"],
        "fee": "Miễn phí lắp công tơ; dây sau công tơ do gia đình tự lo",
        "processing_time": "Tối đa 3 ngày làm việc ở thành phố, 5 ngày ở nông thôn",
        "submission": ["online", "office"],
        "online_url": "https://dichvucong.gov.vn/",
        "checked_on": CHECKED_ON,
        "steps": [
            {
                "title": "Gửi yêu cầu",
                "body": (
                    "Mở ứng dụng EVNCPC CSKH hoặc gọi tổng đài 1900 1909, chọn “Cấp điện mới hạ "
                    "áp”, khai địa chỉ và tải ảnh giấy tờ."
                ),
            },
            {
                "title": "Điện lực khảo sát và ký hợp đồng",
                "body": "Nhân viên điện lực đến kiểm tra vị trí lắp, hai bên ký hợp đồng mua bán điện.",
            },
            {
                "title": "Lắp công tơ và đóng điện",
                "body": "Thợ lắp công tơ, niêm phong và đóng điện. Ghi lại chỉ số ban đầu trên công tơ.",
            },
        ],
    },
    {
        "slug": "thanh-toan-tien-dien-nuoc-truc-tuyen",
        "title": "Thanh toán tiền điện, tiền nước trực tuyến",
        "summary": (
            "Trả hóa đơn điện, nước hằng tháng bằng ứng dụng ngân hàng, ví điện tử hoặc Cổng Dịch "
            "vụ công, không cần chờ nhân viên thu tiền đến nhà."
        ),
        "category": "dien-nuoc",
        "agency": "Điện lực, công ty cấp nước nơi bạn ở",
        "tags": ["hóa đơn điện", "tiền nước", "thanh toán trực tuyến"],
        "documents": ["Mã khách hàng in trên hóa đơn hoặc tin nhắn báo tiền"],
        "fee": "Miễn phí giao dịch",
        "processing_time": "Ngay lập tức",
        "submission": ["online"],
        "checked_on": CHECKED_ON,
        "steps": [
            {
                "title": "Tìm mã khách hàng",
                "body": "Mã khách hàng điện bắt đầu bằng chữ PC, in trên hóa đơn hoặc tin nhắn điện lực gửi.",
            },
            {
                "title": "Thanh toán trên ứng dụng ngân hàng",
                "body": (
                    "Mở ứng dụng ngân hàng, chọn “Thanh toán hóa đơn”, “Điện” hoặc “Nước”, chọn nhà "
                    "cung cấp, nhập mã khách hàng, kiểm tra tên chủ hộ rồi xác nhận."
                ),
            },
            {
                "title": "Bật tự động trích nợ",
                "body": "Có thể đăng ký tự động thanh toán hằng tháng để không bị cắt điện vì quên trả.",
                "optional": True,
            },
        ],
    },
    # ------------------------------------------------------------------ bảo hiểm
    {
        "slug": "gia-han-bhyt-ho-gia-dinh",
        "title": "Gia hạn bảo hiểm y tế hộ gia đình",
        "summary": (
            "Đóng tiền bảo hiểm y tế cho cả nhà trước khi thẻ hết hạn để đi khám chữa bệnh không "
            "bị gián đoạn. Người thứ hai trở đi được giảm mức đóng."
        ),
        "category": "bao-hiem",
        "agency": "Bảo hiểm xã hội cơ sở, đại lý thu tại xã",
        "tags": ["bảo hiểm y tế", "thẻ bảo hiểm y tế"],
        "documents": ["Mã số bảo hiểm xã hội của từng người (in trên thẻ)"],
        "fee": "4,5% mức lương cơ sở mỗi tháng cho người thứ nhất; giảm dần từ người thứ hai",
        "processing_time": "Thẻ có giá trị ngay sau khi đóng tiền",
        "submission": ["online", "office"],
        "online_url": "https://dichvucong.gov.vn/",
        "checked_on": CHECKED_ON,
        "steps": [
            {
                "title": "Xem hạn thẻ",
                "body": "Mở VssID hoặc VNeID, vào mục thẻ bảo hiểm y tế để xem ngày hết hạn của từng người.",
            },
            {
                "title": "Đóng tiền",
                "body": (
                    "Trên Cổng Dịch vụ công chọn “Gia hạn thẻ bảo hiểm y tế theo hộ gia đình”, nhập "
                    "mã số của các thành viên và thanh toán; hoặc đóng tại đại lý thu ở xã."
                ),
            },
            {
                "title": "Kiểm tra thẻ mới",
                "body": "Hạn mới hiện trên VssID sau 1–2 ngày. Không cần in thẻ giấy, dùng căn cước để đi khám.",
            },
        ],
    },
    {
        "slug": "cap-lai-the-bhyt",
        "title": "Cấp lại thẻ bảo hiểm y tế bị mất, hỏng",
        "summary": (
            "Làm mất hoặc làm rách thẻ bảo hiểm y tế giấy: đề nghị cấp lại tại cơ quan bảo hiểm xã "
            "hội hoặc trên ứng dụng, trong khi chờ vẫn khám bằng căn cước gắn chip."
        ),
        "category": "bao-hiem",
        "agency": "Bảo hiểm xã hội cơ sở",
        "tags": ["bảo hiểm y tế", "cấp lại thẻ"],
        "documents": ["Tờ khai tham gia, điều chỉnh thông tin (mẫu TK1-TS)"],
        "fee": "Miễn phí",
        "processing_time": "Trong ngày, tối đa 7 ngày nếu phải điều chỉnh thông tin",
        "submission": ["online", "office"],
        "online_url": "https://dichvucong.gov.vn/",
        "checked_on": CHECKED_ON,
        "steps": [
            {
                "title": "Khai tờ khai TK1-TS",
                "body": "Ghi họ tên, mã số bảo hiểm xã hội và lý do: mất thẻ hoặc thẻ bị hỏng.",
            },
            {
                "title": "Nộp tại bảo hiểm xã hội hoặc trên VssID",
                "body": "Nộp trực tiếp, qua bưu điện, hoặc trên VssID chọn “Cấp lại thẻ bảo hiểm y tế”.",
            },
            {
                "title": "Nhận thẻ mới",
                "body": "Thẻ điện tử dùng ngay trên VssID; thẻ giấy nhận tại nơi nộp nếu bạn cần.",
            },
        ],
    },
    {
        "slug": "huong-tro-cap-that-nghiep",
        "title": "Hưởng trợ cấp thất nghiệp",
        "summary": (
            "Người lao động nghỉ việc, đã đóng bảo hiểm thất nghiệp đủ 12 tháng trong 24 tháng, nộp "
            "hồ sơ trong 3 tháng kể từ ngày nghỉ để được nhận tiền trợ cấp hằng tháng."
        ),
        "category": "bao-hiem",
        "agency": "Trung tâm Dịch vụ việc làm tỉnh Đắk Lắk",
        "tags": ["thất nghiệp", "bảo hiểm thất nghiệp"],
        "documents": [
            "Đề nghị hưởng trợ cấp thất nghiệp",
            "Quyết định thôi việc hoặc hợp đồng lao động đã hết hạn",
            "Sổ bảo hiểm xã hội đã chốt",
        ],
        "fee": "Miễn phí",
        "processing_time": "20 ngày làm việc",
        "submission": ["online", "office"],
        "online_url": "https://dichvucong.gov.vn/",
        "checked_on": CHECKED_ON,
        "steps": [
            {
                "title": "Chốt sổ bảo hiểm xã hội",
                "body": "Nhờ công ty cũ chốt quá trình đóng bảo hiểm và đưa quyết định thôi việc.",
            },
            {
                "title": "Nộp hồ sơ trong 3 tháng",
                "body": (
                    "Nộp trực tuyến trên Cổng Dịch vụ công hoặc tại Trung tâm Dịch vụ việc làm. Quá "
                    "3 tháng sẽ không được giải quyết."
                ),
                "warning": "Đã có việc làm mới thì không được nộp, phải báo ngay nếu có việc trong thời gian hưởng.",
            },
            {
                "title": "Thông báo tìm việc hằng tháng",
                "body": "Mỗi tháng báo tình hình tìm việc theo lịch hẹn; tiền trợ cấp chuyển vào tài khoản ngân hàng.",
            },
        ],
    },
    {
        "slug": "tra-cuu-qua-trinh-dong-bhxh",
        "title": "Tra cứu quá trình đóng bảo hiểm xã hội trên VssID",
        "summary": (
            "Xem công ty đã đóng bảo hiểm xã hội cho bạn bao nhiêu tháng, mức lương đóng, thẻ bảo "
            "hiểm y tế còn hạn không, ngay trên ứng dụng VssID."
        ),
        "category": "bao-hiem",
        "agency": "Bảo hiểm xã hội Việt Nam",
        "tags": ["vssid", "bảo hiểm xã hội", "quá trình đóng"],
        "documents": ["Mã số bảo hiểm xã hội", "Số điện thoại đã đăng ký"],
        "fee": "Miễn phí",
        "processing_time": "Ngay lập tức",
        "submission": ["online"],
        "checked_on": CHECKED_ON,
        "steps": [
            {
                "title": "Cài VssID và đăng nhập",
                "body": "Cài ứng dụng VssID – Bảo hiểm xã hội số, đăng nhập bằng tài khoản VNeID cho nhanh.",
            },
            {
                "title": "Xem quá trình tham gia",
                "body": "Chọn “Quá trình tham gia”, chọn loại bảo hiểm và xem từng tháng đã đóng.",
            },
            {
                "title": "Báo sai sót",
                "body": "Nếu thiếu tháng, chụp màn hình và báo công ty hoặc cơ quan bảo hiểm xã hội nơi đóng.",
            },
        ],
    },
    # ------------------------------------------------------------ kinh doanh, thuế
    {
        "slug": "dang-ky-ho-kinh-doanh",
        "title": "Đăng ký hộ kinh doanh",
        "summary": (
            "Mở quán ăn, tiệm tạp hóa, cửa hàng sửa xe… với một địa điểm, dưới 10 lao động: đăng "
            "ký hộ kinh doanh để được cấp giấy chứng nhận và làm ăn đàng hoàng."
        ),
        "category": "kinh-doanh-thue",
        "agency": "Cơ quan đăng ký kinh doanh cấp xã",
        "tags": ["hộ kinh doanh", "giấy phép kinh doanh", "kinh doanh cá thể"],
        "documents": [
            "Giấy đề nghị đăng ký hộ kinh doanh",
            "Thẻ căn cước của chủ hộ",
            "Biên bản họp thành viên hộ gia đình nếu cả nhà cùng kinh doanh",
        ],
        "fee": "100.000 đồng; miễn phí khi nộp trực tuyến",
        "processing_time": "3 ngày làm việc",
        "submission": ["online", "office"],
        "online_url": "https://dichvucong.gov.vn/",
        "checked_on": CHECKED_ON,
        "steps": [
            {
                "title": "Đặt tên hộ kinh doanh",
                "body": "Tên gồm chữ “Hộ kinh doanh” và tên riêng, không trùng với hộ khác trong xã.",
            },
            {
                "title": "Nộp hồ sơ",
                "body": "Nộp giấy đề nghị, ngành nghề kinh doanh, vốn và địa chỉ quán trên Cổng Dịch vụ công.",
            },
            {
                "title": "Nhận giấy chứng nhận và kê khai thuế",
                "body": "Nhận giấy chứng nhận đăng ký hộ kinh doanh, rồi kê khai thuế khoán với cơ quan thuế.",
            },
        ],
    },
    {
        "slug": "dang-ky-ma-so-thue-ca-nhan",
        "title": "Đăng ký mã số thuế cá nhân",
        "summary": (
            "Người đi làm có thu nhập, người cho thuê nhà, bán hàng online cần mã số thuế. Từ năm "
            "2025, số định danh cá nhân được dùng thay mã số thuế."
        ),
        "category": "kinh-doanh-thue",
        "agency": "Cơ quan thuế nơi cư trú",
        "tags": ["mã số thuế", "thuế thu nhập cá nhân"],
        "documents": ["Thẻ căn cước"],
        "fee": "Miễn phí",
        "processing_time": "3 ngày làm việc",
        "submission": ["online"],
        "online_url": "https://thuedientu.gdt.gov.vn/",
        "checked_on": CHECKED_ON,
        "steps": [
            {
                "title": "Kiểm tra đã có mã chưa",
                "body": "Tra cứu trên ứng dụng eTax Mobile bằng số định danh 12 số để xem đã có mã số thuế chưa.",
            },
            {
                "title": "Đăng ký trực tuyến",
                "body": "Nếu chưa có, vào trang Thuế điện tử, chọn “Đăng ký thuế lần đầu”, khai thông tin cá nhân.",
            },
            {
                "title": "Nhận thông báo mã số thuế",
                "body": "Kết quả gửi về thư điện tử; từ nay dùng số định danh cá nhân khi kê khai.",
            },
        ],
    },
    {
        "slug": "chung-thuc-ban-sao-tu-ban-chinh",
        "title": "Chứng thực bản sao từ bản chính",
        "summary": (
            "Sao y giấy tờ như bằng tốt nghiệp, giấy khai sinh, sổ đỏ để nộp hồ sơ: mang bản chính "
            "và bản photo đến UBND xã hoặc văn phòng công chứng để được đóng dấu."
        ),
        "category": "tu-phap",
        "agency": "UBND xã, phường; phòng, văn phòng công chứng",
        "tags": ["chứng thực", "sao y"],
        "documents": ["Bản chính giấy tờ", "Bản photo cần chứng thực"],
        "fee": "2.000 đồng mỗi trang, từ trang thứ ba 1.000 đồng",
        "processing_time": "Trong ngày",
        "submission": ["office", "online"],
        "checked_on": CHECKED_ON,
        "steps": [
            {
                "title": "Photo giấy tờ",
                "body": "Photo rõ ràng, đủ các mặt. Nhiều xã có máy photo tại bộ phận một cửa.",
            },
            {
                "title": "Nộp bản chính và bản photo",
                "body": "Cán bộ đối chiếu bản photo với bản chính, ký và đóng dấu chứng thực.",
            },
            {
                "title": "Chứng thực bản sao điện tử",
                "body": "Có thể yêu cầu bản sao điện tử trên Cổng Dịch vụ công để nộp các hồ sơ trực tuyến.",
                "optional": True,
            },
        ],
    },
    # ------------------------------------------------------------ giáo dục, an sinh
    {
        "slug": "tuyen-sinh-lop-1-truc-tuyen",
        "title": "Đăng ký tuyển sinh vào lớp 1 trực tuyến",
        "summary": (
            "Phụ huynh có con đủ 6 tuổi đăng ký cho con vào lớp 1 tại trường tiểu học đúng tuyến "
            "trên hệ thống tuyển sinh của tỉnh, không phải xếp hàng nộp hồ sơ."
        ),
        "category": "giao-duc",
        "agency": "Trường tiểu học, UBND xã, phường",
        "tags": ["tuyển sinh", "lớp 1", "nhập học"],
        "documents": ["Số định danh cá nhân của trẻ", "Số điện thoại của phụ huynh"],
        "fee": "Miễn phí",
        "processing_time": "Theo lịch tuyển sinh từng năm, thường tháng 6 và tháng 7",
        "submission": ["online", "office"],
        "checked_on": CHECKED_ON,
        "steps": [
            {
                "title": "Xem trường đúng tuyến",
                "body": "Xem thông báo tuyển sinh của xã, phường để biết con thuộc tuyến trường nào.",
            },
            {
                "title": "Khai đơn trực tuyến",
                "body": "Vào trang tuyển sinh của tỉnh, nhập số định danh của con, chọn trường và gửi đơn.",
            },
            {
                "title": "Xác nhận nhập học",
                "body": "Khi có kết quả, mang giấy khai sinh đến trường xác nhận nhập học đúng hạn.",
            },
        ],
    },
    {
        "slug": "tro-cap-xa-hoi-nguoi-cao-tuoi",
        "title": "Trợ cấp xã hội hằng tháng cho người cao tuổi",
        "summary": (
            "Người từ đủ 75 tuổi không có lương hưu, hoặc người cao tuổi thuộc hộ nghèo không có "
            "người phụng dưỡng được nhận tiền trợ cấp hằng tháng và thẻ bảo hiểm y tế miễn phí."
        ),
        "category": "an-sinh-xa-hoi",
        "agency": "UBND xã, phường nơi thường trú",
        "tags": ["người cao tuổi", "trợ cấp xã hội", "bảo trợ xã hội"],
        "documents": ["Tờ khai đề nghị trợ giúp xã hội (mẫu số 1a)", "Thẻ căn cước của người cao tuổi"],
        "fee": "Miễn phí",
        "processing_time": "Khoảng 20 ngày làm việc",
        "submission": ["online", "office"],
        "online_url": "https://dichvucong.gov.vn/",
        "checked_on": CHECKED_ON,
        "steps": [
            {
                "title": "Làm tờ khai",
                "body": "Con cháu có thể khai thay ông bà. Ghi rõ ông bà không có lương hưu, trợ cấp bảo hiểm xã hội.",
            },
            {
                "title": "Nộp tại UBND xã",
                "body": "Nộp tờ khai tại bộ phận một cửa UBND xã hoặc trên Cổng Dịch vụ công.",
            },
            {
                "title": "Nhận tiền hằng tháng",
                "body": "Tiền chuyển vào tài khoản ngân hàng hoặc nhận tại bưu điện xã vào đầu mỗi tháng.",
            },
        ],
    },
    {
        "slug": "cong-nhan-ho-ngheo-ho-can-ngheo",
        "title": "Công nhận hộ nghèo, hộ cận nghèo",
        "summary": (
            "Gia đình khó khăn phát sinh trong năm (ốm đau, thiên tai, mất việc) làm giấy đề nghị "
            "rà soát để được công nhận hộ nghèo, hộ cận nghèo và hưởng chính sách hỗ trợ."
        ),
        "category": "an-sinh-xa-hoi",
        "agency": "UBND xã, phường",
        "tags": ["hộ nghèo", "hộ cận nghèo"],
        "documents": ["Giấy đề nghị rà soát, xác định hộ nghèo, hộ cận nghèo"],
        "fee": "Miễn phí",
        "processing_time": "Khoảng 15 ngày",
        "submission": ["office"],
        "checked_on": CHECKED_ON,
        "steps": [
            {
                "title": "Nộp giấy đề nghị",
                "body": "Chủ hộ nộp giấy đề nghị cho trưởng thôn, buôn hoặc tại UBND xã.",
            },
            {
                "title": "Cán bộ đến nhà rà soát",
                "body": "Cán bộ xã và thôn đến chấm điểm thu nhập, nhà ở, nước sạch, việc làm của cả nhà.",
            },
            {
                "title": "Nhận giấy chứng nhận",
                "body": "Kết quả được niêm yết; hộ được công nhận nhận giấy chứng nhận hộ nghèo, cận nghèo.",
            },
        ],
    },
    {
        "slug": "dang-ky-nghia-vu-quan-su-lan-dau",
        "title": "Đăng ký nghĩa vụ quân sự lần đầu",
        "summary": (
            "Nam công dân đủ 17 tuổi trong năm phải đăng ký nghĩa vụ quân sự lần đầu vào tháng 4 "
            "tại Ban Chỉ huy quân sự xã, phường nơi cư trú."
        ),
        "category": "quoc-phong",
        "agency": "Ban Chỉ huy quân sự xã, phường",
        "tags": ["nghĩa vụ quân sự", "nhập ngũ"],
        "documents": ["Thẻ căn cước", "Bản sao bằng tốt nghiệp cao nhất"],
        "fee": "Miễn phí",
        "processing_time": "Trong ngày",
        "submission": ["office", "online"],
        "checked_on": CHECKED_ON,
        "steps": [
            {
                "title": "Nhận lệnh gọi đăng ký",
                "body": "Tháng 3, xã gửi lệnh gọi đăng ký đến nhà những thanh niên đủ 17 tuổi trong năm.",
            },
            {
                "title": "Đến ban chỉ huy quân sự xã",
                "body": "Mang thẻ căn cước và bằng cấp, khai phiếu tự khai sức khỏe, học vấn, nghề nghiệp.",
            },
            {
                "title": "Nhận giấy chứng nhận đăng ký",
                "body": "Nhận giấy chứng nhận đăng ký nghĩa vụ quân sự, giữ cẩn thận để khám tuyển sau này.",
            },
        ],
    },
    {
        "slug": "tra-cuu-tinh-trang-ho-so-truc-tuyen",
        "title": "Tra cứu tình trạng hồ sơ đã nộp trực tuyến",
        "summary": (
            "Đã nộp hồ sơ trên Cổng Dịch vụ công mà chưa thấy kết quả? Xem hồ sơ đang ở bước nào, "
            "có bị yêu cầu bổ sung không, bằng mã hồ sơ."
        ),
        "category": "dich-vu-cong",
        "agency": "Cổng Dịch vụ công quốc gia",
        "tags": ["tra cứu hồ sơ", "dịch vụ công"],
        "documents": ["Mã hồ sơ nhận được khi nộp"],
        "fee": "Miễn phí",
        "processing_time": "Ngay lập tức",
        "submission": ["online"],
        "online_url": "https://dichvucong.gov.vn/",
        "checked_on": CHECKED_ON,
        "steps": [
            {
                "title": "Tìm mã hồ sơ",
                "body": "Mã hồ sơ có trong tin nhắn, thư điện tử hoặc mục “Quản lý hồ sơ” sau khi nộp.",
            },
            {
                "title": "Tra cứu",
                "body": "Đăng nhập Cổng Dịch vụ công, vào “Quản lý hồ sơ đã nộp”, hoặc nhập mã vào ô tra cứu.",
            },
            {
                "title": "Bổ sung nếu được yêu cầu",
                "body": "Nếu trạng thái là “Yêu cầu bổ sung”, đọc ghi chú của cán bộ, tải giấy tờ còn thiếu.",
            },
        ],
    },
]
