"""Nội dung mẫu: hướng dẫn thủ tục từng bước — biên tập viên cần rà soát trước khi đăng."""

GUIDES = [
    # -------------------- Kích hoạt tài khoản định danh điện tử mức 2 (VNeID)
    {
        "slug": "kich-hoat-vneid-muc-2",
        "language": "vi",
        "title": "Kích hoạt tài khoản định danh điện tử mức 2 (VNeID)",
        "summary": (
            "Kích hoạt tài khoản VNeID mức 2 trên điện thoại để làm thủ tục trực tuyến, dùng căn "
            "cước điện tử và các giấy tờ khác ngay trên ứng dụng."
        ),
        "audience": (
            "Mọi công dân từ đủ 14 tuổi đã có thẻ căn cước hoặc thẻ căn cước công dân gắn chip; "
            "cha mẹ cần tài khoản để làm thủ tục cho con."
        ),
        "category": "giay-to-tuy-than",
        "agency": "Công an xã, phường nơi cư trú hoặc nơi làm thủ tục cấp thẻ căn cước",
        "tags": [
            "vneid",
            "định danh điện tử",
            "định danh mức 2",
            "kích hoạt vneid",
            "cccd",
            "căn cước",
        ],
        "submission": ["online", "office"],
        "documents": [
            "Thẻ căn cước hoặc thẻ căn cước công dân gắn chip (bản gốc)",
            "Số điện thoại đứng tên chính bạn, đang dùng được để nhận tin nhắn",
            "Điện thoại thông minh có kết nối Internet (Wi-Fi hoặc 4G)",
        ],
        "fee": "Miễn phí",
        "processing_time": (
            "Đăng ký tại công an: thường có tin nhắn xác nhận trong vài ngày làm việc. Kích hoạt "
            "trên điện thoại: khoảng 10 phút."
        ),
        "result": (
            "Tài khoản định danh điện tử mức 2 trên ứng dụng VNeID, dùng để đăng nhập Cổng Dịch vụ "
            "công quốc gia và xuất trình giấy tờ điện tử"
        ),
        "legal_basis": (
            "Luật Căn cước 2023; Nghị định 69/2024/NĐ-CP quy định về định danh và xác thực điện tử"
        ),
        "online_url": "https://dichvucong.gov.vn/",
        "checked_on": "2026-10-15",
        "steps": [
            {
                "title": "Đăng ký tài khoản mức 2 tại công an",
                "body": (
                    "Nếu bạn làm thẻ căn cước từ ngày 1/7/2024 trở đi, cán bộ thường đã đăng ký "
                    "tài khoản mức 2 cho bạn cùng lúc. Khi đăng ký xong, bạn sẽ nhận được tin nhắn "
                    "báo tài khoản đã được tạo.\n\n"
                    "Nếu chưa đăng ký hoặc không nhớ, hãy mang thẻ căn cước đến công an xã, phường "
                    "và nói: “Tôi muốn đăng ký tài khoản định danh điện tử mức 2”. Cán bộ sẽ:\n"
                    "- Kiểm tra thông tin trên thẻ của bạn;\n"
                    "- Chụp ảnh khuôn mặt, lấy vân tay nếu cần;\n"
                    "- Ghi số điện thoại để gửi mã kích hoạt."
                ),
                "tip": (
                    "Đọc số điện thoại cho cán bộ thật chậm và nhìn lại trên màn hình, vì mã kích "
                    "hoạt sẽ gửi về đúng số này."
                ),
                "warning": (
                    "Công an không gọi điện bảo bạn bấm đường link hay cài ứng dụng để “kích hoạt "
                    "VNeID giúp”. Gặp cuộc gọi như vậy, hãy cúp máy."
                ),
            },
            {
                "title": "Cài ứng dụng VNeID",
                "body": (
                    "Mở kho ứng dụng trên điện thoại:\n"
                    "- Máy Android: mở “CH Play” (Google Play);\n"
                    "- iPhone: mở “App Store”.\n\n"
                    "Gõ chữ VNeID vào ô tìm kiếm. Chọn đúng ứng dụng VNeID của Bộ Công an, xem tên "
                    "nhà phát triển và số lượt tải (hàng chục triệu lượt) rồi bấm “Cài đặt” "
                    "(iPhone là “Nhận”)."
                ),
                "warning": (
                    "Không cài VNeID từ đường link gửi qua tin nhắn, Zalo, Facebook. Ứng dụng giả "
                    "có thể lấy sạch tiền trong tài khoản ngân hàng của bạn."
                ),
            },
            {
                "title": "Nhập số định danh và số điện thoại",
                "body": (
                    "Mở ứng dụng VNeID, bấm “Kích hoạt tài khoản định danh điện tử”, chọn đối "
                    "tượng “Công dân”.\n\n"
                    "- Nhập số định danh cá nhân: đó là dãy 12 số in trên thẻ căn cước. Bạn cũng "
                    "có thể bấm biểu tượng quét để quét mã QR trên thẻ cho nhanh.\n"
                    "- Nhập số điện thoại đã đăng ký với công an.\n"
                    "- Đọc điều khoản, đánh dấu đồng ý, rồi bấm “Gửi yêu cầu”."
                ),
                "tip": "Ngồi nơi có sóng điện thoại tốt để tin nhắn mã OTP đến nhanh.",
            },
            {
                "title": "Nhập mã kích hoạt (OTP)",
                "body": (
                    "Vài giây sau, điện thoại nhận được tin nhắn có mã gồm 6 chữ số. Nhập mã này "
                    "vào ứng dụng.\n\n"
                    "Mã chỉ dùng được trong vài phút. Nếu hết thời gian, bấm “Gửi lại mã” để nhận "
                    "mã mới."
                ),
                "warning": (
                    "Mã OTP chỉ dành cho bạn. Không đọc mã cho bất kỳ ai qua điện thoại, kể cả "
                    "người xưng là công an hay cán bộ xã."
                ),
            },
            {
                "title": "Đặt mật khẩu đăng nhập",
                "body": (
                    "Ứng dụng yêu cầu đặt mật khẩu dài từ 8 đến 20 ký tự, có đủ:\n"
                    "- Chữ in hoa (A, B, C…);\n"
                    "- Chữ thường (a, b, c…);\n"
                    "- Chữ số (0–9);\n"
                    "- Ký tự đặc biệt (như ! @ # $).\n\n"
                    "Nhập mật khẩu hai lần giống nhau rồi bấm “Xác nhận”. Sau đó đăng nhập lại "
                    "bằng số định danh và mật khẩu vừa đặt."
                ),
                "tip": (
                    "Lấy một câu dễ nhớ với riêng bạn, ghép chữ cái đầu với số và dấu. Xem hướng "
                    "dẫn “Tạo mật khẩu mạnh và giữ kín mã OTP”."
                ),
            },
            {
                "title": "Tạo mã passcode 6 số",
                "body": (
                    "Lần đầu đăng nhập, ứng dụng yêu cầu tạo passcode gồm 6 chữ số. Passcode dùng "
                    "để mở các mục quan trọng như “Ví giấy tờ” và xác nhận khi nộp hồ sơ.\n\n"
                    "Nhập passcode hai lần giống nhau. Bạn có thể bật đăng nhập bằng vân tay hoặc "
                    "khuôn mặt nếu máy hỗ trợ, đỡ phải nhớ nhiều."
                ),
                "warning": "Không đặt passcode là ngày sinh, 123456 hay 6 số giống nhau.",
            },
            {
                "title": "Kiểm tra tài khoản và thêm giấy tờ vào “Ví giấy tờ”",
                "body": (
                    "Vào “Ví giấy tờ” để xem thẻ căn cước điện tử của bạn. Nếu thấy đầy đủ thông "
                    "tin và ảnh, tài khoản mức 2 đã dùng được.\n\n"
                    "Bạn có thể tích hợp thêm thẻ bảo hiểm y tế, giấy phép lái xe, giấy đăng ký xe "
                    "bằng cách bấm vào mục tương ứng và làm theo hướng dẫn. Khi đi khám bệnh hay "
                    "bị kiểm tra giấy tờ, chỉ cần mở ứng dụng."
                ),
                "optional": True,
            },
        ],
        "faq": [
            {
                "question": "Tài khoản mức 1 và mức 2 khác nhau thế nào?",
                "answer": (
                    "Mức 1 tự đăng ký trên điện thoại, chỉ dùng được một số tiện ích. Mức 2 được "
                    "công an xác minh trực tiếp nên có giá trị như thẻ căn cước gắn chip và dùng "
                    "được cho hầu hết thủ tục trực tuyến. Để làm thủ tục, bạn nên có mức 2."
                ),
            },
            {
                "question": "Tôi không có điện thoại thông minh thì có sao không?",
                "answer": (
                    "Không sao. Bạn vẫn làm thủ tục trực tiếp ở bộ phận một cửa UBND xã, phường "
                    "hoặc nhờ tổ công nghệ số cộng đồng hỗ trợ. Thẻ căn cước gắn chip vẫn dùng "
                    "được khi đi khám bệnh, làm giấy tờ."
                ),
            },
            {
                "question": "Một số điện thoại có đăng ký được cho nhiều người không?",
                "answer": (
                    "Mỗi tài khoản nên dùng số điện thoại đứng tên chính chủ. Cha mẹ có thể đăng "
                    "ký cho con dưới 14 tuổi ngay trong tài khoản của mình, không cần số riêng cho "
                    "con."
                ),
            },
        ],
        "troubleshooting": [
            "otp-gui-ve-sim-cu",
            "quen-passcode-vneid",
            "khong-doc-duoc-chip-nfc",
            "khong-co-dien-thoai-thong-minh",
        ],
        "related": [
            "tao-va-bao-ve-mat-khau-otp",
            "dang-ky-khai-sinh-truc-tuyen",
            "cap-doi-the-can-cuoc",
            "nhan-biet-phong-tranh-lua-dao",
        ],
    },
    # -------------------- Đăng ký khai sinh trực tuyến
    {
        "slug": "dang-ky-khai-sinh-truc-tuyen",
        "language": "vi",
        "title": "Đăng ký khai sinh trực tuyến",
        "summary": (
            "Làm giấy khai sinh cho con ngay trên điện thoại. Chỉ một lần khai, bé được đăng ký "
            "khai sinh, đăng ký thường trú và cấp thẻ bảo hiểm y tế dưới 6 tuổi."
        ),
        "audience": ("Cha, mẹ có con mới sinh; ông, bà hoặc người thân khi cha mẹ không thể đi đăng ký"),
        "category": "ho-tich",
        "agency": "UBND xã, phường nơi cư trú của cha hoặc mẹ",
        "tags": [
            "khai sinh",
            "giấy khai sinh",
            "làm giấy khai sinh cho con",
            "bhyt trẻ em",
            "liên thông",
            "nhập hộ khẩu cho con",
        ],
        "procedure_code": "1.001193",
        "submission": ["online", "office"],
        "documents": [
            "Tờ khai đăng ký khai sinh (điền trực tuyến)",
            "Giấy chứng sinh do bệnh viện, trạm y tế cấp (ảnh chụp rõ nét hoặc bản điện tử)",
            "Thẻ căn cước của người đi đăng ký",
            ("Giấy chứng nhận kết hôn của cha mẹ (nếu có; không cần nếu đã có trong cơ sở dữ liệu hộ tịch)"),
            (
                "Văn bản ủy quyền khi nhờ người khác nộp thay (ông, bà, anh chị em ruột của bé "
                "không cần chứng thực)"
            ),
        ],
        "fee": (
            "Miễn phí khi đăng ký đúng hạn (trong 60 ngày kể từ ngày sinh). Đăng ký quá hạn: theo "
            "quy định của tỉnh. Cước bưu chính nếu chọn nhận giấy tại nhà."
        ),
        "processing_time": (
            "Trong ngày làm việc nếu hồ sơ đầy đủ; hồ sơ nhận sau 15 giờ thì trả kết quả trong "
            "ngày làm việc tiếp theo. Phần thường trú và thẻ BHYT có thể thêm vài ngày."
        ),
        "result": (
            "Giấy khai sinh bản điện tử và bản giấy, số định danh cá nhân của bé, thông tin thường "
            "trú và thẻ BHYT cho trẻ dưới 6 tuổi"
        ),
        "legal_basis": (
            "Luật Hộ tịch 2014; Nghị định 123/2015/NĐ-CP (đã được sửa đổi, bổ sung); Nghị định "
            "63/2024/NĐ-CP về thực hiện liên thông thủ tục hành chính; Thông tư 04/2020/TT-BTP"
        ),
        "online_url": "https://dichvucong.gov.vn/",
        "checked_on": "2026-10-02",
        "steps": [
            {
                "title": "Chuẩn bị giấy tờ",
                "body": (
                    "Trước khi bắt đầu, để sẵn bên cạnh:\n"
                    "- Giấy chứng sinh của bé;\n"
                    "- Thẻ căn cước của bạn;\n"
                    "- Giấy chứng nhận kết hôn (nếu cha mẹ đã đăng ký kết hôn);\n"
                    "- Tên đã chọn cho bé, viết ra giấy có đủ dấu.\n\n"
                    "Chụp giấy chứng sinh trên mặt bàn phẳng, đủ sáng, thấy rõ bốn góc và con dấu."
                ),
                "tip": (
                    "Cha mẹ có trách nhiệm đăng ký khai sinh trong 60 ngày kể từ ngày bé chào đời. "
                    "Làm sớm để bé có thẻ BHYT khi đi tiêm, đi khám."
                ),
            },
            {
                "guide": "kich-hoat-vneid-muc-2",
                "title": "Kích hoạt tài khoản VNeID mức 2 của cha hoặc mẹ",
                "body": (
                    "Người đi đăng ký cần tài khoản mức 2 để đăng nhập và xác nhận hồ sơ. Nếu bạn "
                    "đã dùng VNeID mức 2, hãy bỏ qua bước này."
                ),
            },
            {
                "title": "Mở dịch vụ khai sinh trên ứng dụng VNeID",
                "body": (
                    "Đăng nhập ứng dụng VNeID, bấm “Thủ tục hành chính”, chọn “Đăng ký khai sinh” "
                    "(dịch vụ liên thông khai sinh – thường trú – thẻ BHYT cho trẻ dưới 6 tuổi), "
                    "rồi bấm “Tạo mới yêu cầu”."
                ),
            },
            {
                "title": "Hoặc nộp trên Cổng Dịch vụ công quốc gia",
                "body": (
                    "Nếu quen dùng máy tính, vào dichvucong.gov.vn, bấm “Đăng nhập”, chọn đăng "
                    "nhập bằng tài khoản định danh điện tử và xác nhận trên ứng dụng VNeID.\n\n"
                    "Tìm mục dịch vụ công liên thông khai sinh, chọn thủ tục “Đăng ký khai sinh, "
                    "đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi”."
                ),
                "alternative": True,
            },
            {
                "title": "Điền thông tin của bé và cha mẹ",
                "body": (
                    "Điền lần lượt các ô trên tờ khai điện tử:\n"
                    "- Họ tên của bé (gõ có dấu), ngày giờ sinh, giới tính, dân tộc, quốc tịch;\n"
                    "- Nơi sinh: ghi đúng như trên giấy chứng sinh;\n"
                    "- Quê quán, thông tin cha mẹ (phần lớn được tự điền từ tài khoản);\n"
                    "- Cơ quan đăng ký: UBND xã, phường nơi cư trú;\n"
                    "- Nơi đăng ký thường trú cho bé (thường là nơi ở của cha hoặc mẹ);\n"
                    "- Nơi khám chữa bệnh ban đầu cho thẻ BHYT của bé (trạm y tế xã hoặc bệnh viện "
                    "gần nhà).\n\n"
                    "Tải ảnh giấy chứng sinh lên, chọn cách nhận bản giấy: tại UBND xã hay qua bưu "
                    "điện."
                ),
                "warning": (
                    "Đọc lại từng chữ trong tên bé trước khi gửi. Sửa tên, sửa dấu sau này phải "
                    "làm thủ tục cải chính hộ tịch, rất mất công."
                ),
            },
            {
                "title": "Gửi hồ sơ và theo dõi",
                "body": (
                    "Bấm “Gửi hồ sơ”, xác nhận bằng passcode hoặc mã OTP. Ghi lại mã hồ sơ hiện "
                    "trên màn hình.\n\n"
                    "Theo dõi tiến độ trong mục quản lý hồ sơ đã nộp. Nếu cán bộ tư pháp – hộ tịch "
                    "cần bổ sung, bạn sẽ nhận được thông báo kèm lý do."
                ),
            },
            {
                "title": "Nhận giấy khai sinh",
                "body": (
                    "Khi hồ sơ xong, giấy khai sinh bản điện tử và số định danh của bé hiện trong "
                    "ứng dụng. Thẻ BHYT điện tử của bé được cập nhật sau.\n\n"
                    "Nhận bản giấy theo cách đã chọn:\n"
                    "- Tại UBND xã, phường: mang thẻ căn cước và bản gốc giấy chứng sinh để nộp "
                    "lại;\n"
                    "- Qua bưu điện: nhân viên giao tận nhà, bạn trả cước khi nhận."
                ),
                "fee": "Cước bưu chính nếu nhận tại nhà (theo bảng giá bưu điện)",
            },
        ],
        "faq": [
            {
                "question": "Con sinh đã quá 60 ngày thì có khai sinh trực tuyến được không?",
                "answer": (
                    "Vẫn đăng ký được, gọi là đăng ký khai sinh quá hạn. Có thể phải nộp lệ phí "
                    "theo quy định của tỉnh và thêm giấy tờ. Nên hỏi cán bộ tư pháp – hộ tịch xã "
                    "trước khi nộp."
                ),
            },
            {
                "question": "Ông bà có được đi khai sinh cho cháu không?",
                "answer": (
                    "Được, khi cha mẹ không thể đi đăng ký. Ông bà có thể nộp trực tuyến bằng tài "
                    "khoản VNeID mức 2 của mình hoặc nộp trực tiếp tại UBND xã, phường."
                ),
            },
            {
                "question": "Giấy khai sinh điện tử có dùng được như bản giấy không?",
                "answer": (
                    "Có. Bản điện tử có giá trị như bản giấy khi làm thủ tục. Bạn vẫn nên giữ cẩn "
                    "thận bản giấy để dùng khi cần."
                ),
            },
        ],
        "troubleshooting": [
            "otp-gui-ve-sim-cu",
            "ho-so-yeu-cau-bo-sung",
            "thong-tin-ca-nhan-bi-sai",
            "khong-co-dien-thoai-thong-minh",
        ],
        "related": [
            "kich-hoat-vneid-muc-2",
            "gia-han-bhyt-ho-gia-dinh",
            "dang-ky-thuong-tru-tam-tru-truc-tuyen",
            "dang-ky-ket-hon",
        ],
    },
    # -------------------- Đăng ký thường trú, tạm trú trực tuyến
    {
        "slug": "dang-ky-thuong-tru-tam-tru-truc-tuyen",
        "language": "vi",
        "title": "Đăng ký thường trú, tạm trú trực tuyến",
        "summary": (
            "Đăng ký nơi ở lâu dài (thường trú) hoặc nơi ở tạm thời từ 30 ngày trở lên (tạm trú) "
            "trên ứng dụng VNeID, không phải xếp hàng ở công an."
        ),
        "audience": (
            "Người chuyển đến nơi ở mới, người đi làm, đi học xa nhà, chủ nhà trọ muốn biết thủ "
            "tục cho người thuê"
        ),
        "category": "dat-dai-nha-o",
        "agency": "Công an xã, phường nơi bạn đến ở",
        "tags": ["thường trú", "tạm trú", "hộ khẩu", "nhập hộ khẩu", "đăng ký tạm trú", "cư trú"],
        "submission": ["online", "office"],
        "documents": [
            "Tờ khai thay đổi thông tin cư trú (mẫu CT01, điền trực tuyến)",
            (
                "Giấy tờ chứng minh chỗ ở hợp pháp: sổ đỏ, hợp đồng mua bán, hợp đồng thuê, mượn "
                "nhà… (ảnh chụp)"
            ),
            "Ý kiến đồng ý của chủ hộ, chủ nhà (khi ở nhờ, ở thuê hoặc nhập vào hộ của người khác)",
            (
                "Giấy tờ chứng minh quan hệ gia đình (khi về ở với cha mẹ, vợ chồng, con), nếu "
                "thông tin chưa có trong cơ sở dữ liệu"
            ),
        ],
        "fee": (
            "Theo Thông tư 75/2022/TT-BTC: thường trú 20.000 đồng nộp trực tiếp, 10.000 đồng nộp "
            "trực tuyến; tạm trú 15.000 đồng nộp trực tiếp, 7.000 đồng nộp trực tuyến. Mức thu và "
            "trường hợp miễn hiển thị khi nộp."
        ),
        "processing_time": (
            "Thường trú: không quá 7 ngày làm việc; tạm trú: không quá 3 ngày làm việc, kể từ khi "
            "nhận đủ hồ sơ hợp lệ"
        ),
        "result": (
            "Thông tin thường trú hoặc tạm trú được cập nhật vào Cơ sở dữ liệu về cư trú; thông "
            "báo kết quả gửi qua VNeID hoặc tin nhắn"
        ),
        "legal_basis": (
            "Luật Cư trú 2020; Nghị định 154/2024/NĐ-CP; Thông tư 55/2021/TT-BCA (đã được sửa đổi, "
            "bổ sung); Thông tư 75/2022/TT-BTC"
        ),
        "online_url": "https://dichvucong.gov.vn/",
        "checked_on": "2026-09-20",
        "steps": [
            {
                "title": "Xác định cần đăng ký thường trú hay tạm trú",
                "body": (
                    "- Thường trú: nơi bạn ở ổn định, lâu dài, ví dụ nhà của mình, hoặc về ở hẳn "
                    "với cha mẹ, vợ chồng.\n"
                    "- Tạm trú: bạn đến ở nơi khác từ 30 ngày trở lên để làm việc, học tập, nhưng "
                    "vẫn giữ nơi thường trú cũ.\n\n"
                    "Từ năm 2023, sổ hộ khẩu giấy không còn được dùng. Nơi ở của bạn được ghi "
                    "trong Cơ sở dữ liệu về cư trú và xem được trong ứng dụng VNeID."
                ),
            },
            {
                "title": "Chụp ảnh giấy tờ về chỗ ở",
                "body": (
                    "Chụp rõ từng trang giấy tờ chứng minh chỗ ở, ví dụ:\n"
                    "- Trang có tên chủ sử dụng trên sổ đỏ;\n"
                    "- Hợp đồng thuê nhà, thuê phòng trọ có chữ ký hai bên;\n"
                    "- Giấy cho ở nhờ của người thân.\n\n"
                    "Nếu ở nhà người khác, hỏi trước chủ hộ hoặc chủ nhà để họ đồng ý cho bạn đăng "
                    "ký."
                ),
            },
            {
                "title": "Mở thủ tục trên ứng dụng VNeID",
                "body": (
                    "Đăng nhập VNeID bằng tài khoản mức 2, bấm “Thủ tục hành chính”, chọn “Đăng ký "
                    "thường trú” hoặc “Đăng ký tạm trú”, rồi bấm “Tạo mới yêu cầu”."
                ),
            },
            {
                "title": "Hoặc nộp trên Cổng Dịch vụ công quốc gia",
                "body": (
                    "Vào dichvucong.gov.vn, đăng nhập bằng tài khoản định danh điện tử. Gõ “đăng "
                    "ký tạm trú” hoặc “đăng ký thường trú” vào ô tìm kiếm, chọn thủ tục của Bộ "
                    "Công an, chọn tỉnh Đắk Lắk và công an xã, phường nơi bạn ở."
                ),
                "alternative": True,
            },
            {
                "title": "Điền tờ khai và tải giấy tờ",
                "body": (
                    "- Chọn cơ quan thực hiện là công an xã, phường nơi bạn ở.\n"
                    "- Nhập địa chỉ nơi đăng ký, mối quan hệ với chủ hộ.\n"
                    "- Tải ảnh giấy tờ chứng minh chỗ ở.\n"
                    "- Phần ý kiến của chủ hộ, chủ nhà: chủ hộ có thể xác nhận trực tuyến theo "
                    "hướng dẫn trên ứng dụng, hoặc ký vào tờ khai rồi bạn chụp ảnh tải lên.\n\n"
                    "Kiểm tra lại rồi bấm “Tiếp tục”."
                ),
                "tip": (
                    "Người thuê trọ nên nhờ chủ nhà cùng ngồi làm, vừa nhanh vừa tránh hồ sơ bị "
                    "trả lại vì thiếu ý kiến đồng ý."
                ),
            },
            {
                "title": "Nộp lệ phí trực tuyến",
                "body": (
                    "Ứng dụng hiện số tiền lệ phí. Bấm “Thanh toán”, chọn ngân hàng hoặc ví điện "
                    "tử, kiểm tra số tiền và nội dung rồi xác nhận bằng mã OTP của ngân hàng.\n\n"
                    "Chụp lại màn hình biên lai để giữ làm bằng chứng."
                ),
                "fee": "10.000 đồng (thường trú) hoặc 7.000 đồng (tạm trú) khi nộp trực tuyến",
            },
            {
                "title": "Theo dõi và xem kết quả",
                "body": (
                    "Cán bộ công an có thể gọi điện hoặc đến kiểm tra chỗ ở thực tế. Khi được "
                    "duyệt, bạn nhận được thông báo.\n\n"
                    "Mở mục “Thông tin cư trú” trong VNeID để xem nơi thường trú, tạm trú mới. Khi "
                    "cần giấy xác nhận, bạn có thể đề nghị xác nhận thông tin cư trú ngay trên ứng "
                    "dụng."
                ),
            },
        ],
        "faq": [
            {
                "question": "Tôi đi hái cà phê thuê vài tuần thì có phải đăng ký tạm trú không?",
                "answer": (
                    "Ở dưới 30 ngày thì không phải đăng ký tạm trú. Khi đó chủ nhà, chủ trang trại "
                    "nơi bạn ở có trách nhiệm thông báo lưu trú với công an xã, phường (có thể báo "
                    "qua ứng dụng VNeID)."
                ),
            },
            {
                "question": "Không còn sổ hộ khẩu thì chứng minh nơi ở bằng gì?",
                "answer": (
                    "Bạn dùng thẻ căn cước, mục “Thông tin cư trú” trong VNeID, hoặc giấy xác nhận "
                    "thông tin cư trú do công an cấp khi nơi tiếp nhận hồ sơ yêu cầu."
                ),
            },
        ],
        "troubleshooting": [
            "ho-so-yeu-cau-bo-sung",
            "thanh-toan-loi-da-tru-tien",
            "thong-tin-ca-nhan-bi-sai",
        ],
        "related": [
            "kich-hoat-vneid-muc-2",
            "dang-ky-khai-sinh-truc-tuyen",
            "dang-ky-tuyen-sinh-dau-cap-truc-tuyen",
        ],
    },
    # -------------------- Cấp đổi thẻ căn cước
    {
        "slug": "cap-doi-the-can-cuoc",
        "language": "vi",
        "title": "Cấp đổi thẻ căn cước",
        "summary": (
            "Đổi thẻ căn cước khi đến tuổi phải đổi, khi thông tin thay đổi hoặc thẻ bị hỏng. Có "
            "thể đặt lịch trên VNeID để đến công an không phải chờ lâu."
        ),
        "audience": (
            "Người đủ 14, 25, 40, 60 tuổi; người thay đổi họ tên, thông tin nhân thân; người có "
            "thẻ hỏng, sai thông tin"
        ),
        "category": "giay-to-tuy-than",
        "agency": (
            "Công an xã, phường hoặc Phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh Đắk Lắk"
        ),
        "tags": [
            "căn cước",
            "cccd",
            "đổi căn cước",
            "làm căn cước",
            "thẻ căn cước",
            "chứng minh nhân dân",
        ],
        "submission": ["online", "office"],
        "documents": [
            "Thẻ căn cước, thẻ căn cước công dân hoặc chứng minh nhân dân đang dùng (bản gốc)",
            (
                "Giấy tờ chứng minh thông tin thay đổi (khi đổi vì thay đổi họ tên, ngày sinh… mà "
                "thông tin chưa được cập nhật)"
            ),
        ],
        "fee": (
            "Cấp lần đầu: miễn phí; cấp đổi: 50.000 đồng; cấp lại khi mất: 70.000 đồng. Một số "
            "trường hợp được miễn (ví dụ đồng bào dân tộc thiểu số ở xã có điều kiện kinh tế – xã "
            "hội đặc biệt khó khăn) – hỏi cán bộ khi làm thủ tục."
        ),
        "processing_time": "Không quá 7 ngày làm việc kể từ ngày nhận đủ hồ sơ",
        "result": (
            "Thẻ căn cước mới (nhận tại nơi làm thủ tục hoặc qua bưu điện) và căn cước điện tử cập "
            "nhật trên VNeID"
        ),
        "legal_basis": (
            "Luật Căn cước 2023; Nghị định 70/2024/NĐ-CP; Thông tư 17/2024/TT-BCA; Thông tư "
            "59/2019/TT-BTC (được sửa đổi bởi Thông tư 73/2024/TT-BTC)"
        ),
        "online_url": "https://dichvucong.gov.vn/",
        "checked_on": "2026-08-28",
        "steps": [
            {
                "title": "Xem mình có cần đổi thẻ không",
                "body": (
                    "Bạn phải đổi thẻ khi:\n"
                    "- Đủ 14, 25, 40 và 60 tuổi (thẻ làm khi từ 60 tuổi dùng suốt đời);\n"
                    "- Thay đổi họ tên, ngày sinh, giới tính hoặc thông tin in trên thẻ;\n"
                    "- Thẻ bị hỏng, mờ, gãy, chip không đọc được hoặc có sai sót.\n\n"
                    "Thẻ căn cước công dân gắn chip còn hạn vẫn dùng được đến hết hạn in trên thẻ. "
                    "Chứng minh nhân dân đã hết giá trị từ ngày 1/1/2025."
                ),
                "tip": (
                    "Thẻ đổi trong vòng 2 năm trước tuổi phải đổi vẫn dùng được đến mốc tuổi tiếp "
                    "theo, nên không cần đổi hai lần."
                ),
            },
            {
                "title": "Đặt lịch hoặc nộp hồ sơ trước trên VNeID",
                "body": (
                    "Đăng nhập VNeID, bấm “Thủ tục hành chính”, chọn thủ tục cấp thẻ căn cước, "
                    "chọn “Cấp đổi”, rồi chọn nơi làm thủ tục, ngày giờ đến.\n\n"
                    "Làm bước này giúp cán bộ chuẩn bị trước, bạn đến là vào làm luôn."
                ),
                "optional": True,
            },
            {
                "title": "Đến công an để chụp ảnh, lấy vân tay",
                "body": (
                    "Mang thẻ cũ đến công an xã, phường đã chọn. Cán bộ sẽ:\n"
                    "- Chụp ảnh khuôn mặt, thu vân tay và mống mắt;\n"
                    "- In phiếu thông tin để bạn kiểm tra họ tên, ngày sinh, quê quán;\n"
                    "- Đề nghị bạn ký xác nhận.\n\n"
                    "Đọc kỹ phiếu trước khi ký. Thấy sai, báo ngay để sửa."
                ),
                "tip": (
                    "Mặc áo có cổ, không đội mũ, không đeo kính màu. Người già yếu, ốm đau, khuyết "
                    "tật không đi được có thể đề nghị công an đến làm tại nhà."
                ),
            },
            {
                "title": "Nộp lệ phí",
                "body": (
                    "Nộp lệ phí ngay tại nơi làm thủ tục (tiền mặt hoặc quét mã chuyển khoản) hoặc "
                    "thanh toán trực tuyến nếu đã nộp hồ sơ trên VNeID. Nhận biên lai và giấy hẹn "
                    "trả thẻ."
                ),
                "fee": "50.000 đồng (cấp đổi) hoặc 70.000 đồng (cấp lại), trừ trường hợp được miễn",
            },
            {
                "title": "Nhận thẻ mới",
                "body": (
                    "Nhận thẻ theo cách đã chọn: đến nơi làm thủ tục theo giấy hẹn hoặc nhận qua "
                    "bưu điện tại nhà (trả cước chuyển phát).\n\n"
                    "Khi nhận, kiểm tra lại thông tin và ảnh trên thẻ. Vài ngày sau, mở “Ví giấy "
                    "tờ” trong VNeID để xem căn cước điện tử đã cập nhật."
                ),
            },
        ],
        "faq": [
            {
                "question": ("Thẻ căn cước công dân gắn chip còn hạn, có bắt buộc đổi sang thẻ mới không?"),
                "answer": (
                    "Không bắt buộc. Thẻ còn hạn vẫn có giá trị sử dụng đến hết thời hạn in trên "
                    "thẻ. Bạn chỉ đổi khi đến tuổi phải đổi, thay đổi thông tin hoặc thẻ hỏng."
                ),
            },
            {
                "question": "Trẻ em dưới 14 tuổi có cần làm thẻ căn cước không?",
                "answer": (
                    "Không bắt buộc. Cha mẹ có thể xin cấp khi cần. Với trẻ dưới 6 tuổi, cha mẹ "
                    "làm qua ứng dụng VNeID hoặc Cổng Dịch vụ công, không cần đưa trẻ đến lấy vân "
                    "tay."
                ),
            },
            {
                "question": "Đi làm ăn xa có phải về quê đổi thẻ không?",
                "answer": (
                    "Không. Bạn có thể làm thủ tục ở cơ quan công an có thẩm quyền nơi đang sinh "
                    "sống, không cần về nơi thường trú."
                ),
            },
        ],
        "troubleshooting": [
            "khong-doc-duoc-chip-nfc",
            "thong-tin-ca-nhan-bi-sai",
            "khong-co-dien-thoai-thong-minh",
        ],
        "related": ["kich-hoat-vneid-muc-2", "cap-phieu-ly-lich-tu-phap-tren-vneid"],
    },
    # -------------------- Gia hạn thẻ bảo hiểm y tế hộ gia đình
    {
        "slug": "gia-han-bhyt-ho-gia-dinh",
        "language": "vi",
        "title": "Gia hạn thẻ bảo hiểm y tế hộ gia đình",
        "summary": (
            "Đóng tiền gia hạn thẻ BHYT cho cả nhà trên Cổng Dịch vụ công quốc gia hoặc tại điểm "
            "thu gần nhà, để đi khám chữa bệnh không bị gián đoạn quyền lợi."
        ),
        "audience": (
            "Hộ gia đình tự đóng BHYT: người làm nông, buôn bán nhỏ, lao động tự do không có BHYT "
            "qua nơi làm việc hoặc diện được Nhà nước cấp thẻ"
        ),
        "category": "bao-hiem",
        "agency": "Cơ quan bảo hiểm xã hội nơi cư trú; đại lý thu BHYT (bưu điện, UBND xã, phường)",
        "tags": ["bhyt", "bảo hiểm y tế", "gia hạn bhyt", "bhyt hộ gia đình", "đóng bảo hiểm"],
        "submission": ["online", "office"],
        "documents": [
            "Mã số BHXH (nay là số định danh cá nhân) của từng người trong hộ",
            "Tài khoản ngân hàng có dịch vụ ngân hàng điện tử (khi đóng trực tuyến)",
            "Tiền mặt (khi đóng tại đại lý thu, bưu điện)",
        ],
        "fee": (
            "Người thứ nhất đóng 4,5% mức lương cơ sở; người thứ hai, ba, tư đóng lần lượt 70%, "
            "60%, 50% mức của người thứ nhất; từ người thứ năm đóng 40%. Số tiền cụ thể hiện ra "
            "khi nộp."
        ),
        "processing_time": (
            "Thẻ được gia hạn sau khi đóng tiền thành công; thông tin cập nhật trên VssID, VNeID "
            "trong vài ngày làm việc"
        ),
        "result": (
            "Thẻ BHYT được gia hạn; dùng thẻ điện tử trên VssID, VNeID hoặc thẻ căn cước gắn chip "
            "khi đi khám bệnh"
        ),
        "legal_basis": (
            "Luật Bảo hiểm y tế 2008 (sửa đổi, bổ sung năm 2014 và 2024); Nghị định 188/2025/NĐ-CP "
            "quy định chi tiết và hướng dẫn thi hành Luật Bảo hiểm y tế"
        ),
        "online_url": "https://dichvucong.gov.vn/",
        "checked_on": "2026-11-05",
        "steps": [
            {
                "title": "Xem thẻ BHYT còn hạn đến ngày nào",
                "body": (
                    "Mở một trong hai ứng dụng:\n"
                    "- VssID: bấm “Thẻ BHYT”, xem dòng “Giá trị sử dụng”;\n"
                    "- VNeID: vào “Ví giấy tờ”, chọn thẻ bảo hiểm y tế.\n\n"
                    "Ghi ngày hết hạn của từng người trong nhà ra lịch treo tường."
                ),
                "tip": "Nên gia hạn trước ngày hết hạn khoảng một tháng.",
                "warning": (
                    "Nếu để thẻ hết hạn lâu (từ 3 tháng trở lên) rồi mới đóng lại, thẻ mới thường "
                    "phải chờ 30 ngày mới dùng được và thời gian tham gia liên tục bị tính lại."
                ),
            },
            {
                "title": "Tính số tiền cả nhà phải đóng",
                "body": (
                    "Mức đóng tính theo mức lương cơ sở. Ví dụ với mức lương cơ sở 2.340.000 "
                    "đồng/tháng (áp dụng từ 1/7/2024), đóng 12 tháng:\n"
                    "- Người thứ nhất: 1.263.600 đồng;\n"
                    "- Người thứ hai: 884.520 đồng;\n"
                    "- Người thứ ba: 758.160 đồng;\n"
                    "- Người thứ tư: 631.800 đồng;\n"
                    "- Từ người thứ năm: 505.440 đồng mỗi người.\n\n"
                    "Khi mức lương cơ sở thay đổi, số tiền thay đổi theo. Bạn có thể chọn đóng 3, "
                    "6 hoặc 12 tháng một lần. Hộ cận nghèo và một số đối tượng được Nhà nước hỗ "
                    "trợ thêm."
                ),
            },
            {
                "title": "Gia hạn và thanh toán trên Cổng Dịch vụ công quốc gia",
                "body": (
                    "- Vào dichvucong.gov.vn, đăng nhập bằng tài khoản định danh điện tử.\n"
                    "- Gõ “gia hạn thẻ bảo hiểm y tế” vào ô tìm kiếm, chọn dịch vụ gia hạn thẻ "
                    "BHYT theo hộ gia đình.\n"
                    "- Nhập mã số BHXH của người cần gia hạn, chọn số tháng đóng.\n"
                    "- Kiểm tra họ tên, số tiền rồi bấm “Thanh toán”, chọn ngân hàng và xác nhận "
                    "bằng mã OTP."
                ),
                "fee": "Theo mức đóng BHYT hộ gia đình (xem bước 2)",
            },
            {
                "title": "Hoặc đóng tiền tại điểm thu BHYT gần nhà",
                "body": (
                    "Đến bưu điện văn hóa xã hoặc đại lý thu BHYT ở UBND xã, thôn, buôn. Mang theo "
                    "thẻ căn cước hoặc mã số BHXH của từng người.\n\n"
                    "Nhân viên thu tiền và đưa biên lai có đóng dấu. Giữ biên lai đến khi thẻ mới "
                    "hiện trên ứng dụng."
                ),
                "fee": "Theo mức đóng BHYT hộ gia đình (xem bước 2)",
                "warning": (
                    "Chỉ đóng cho người thu có thẻ nhân viên đại lý và luôn lấy biên lai. Không "
                    "chuyển tiền BHYT theo tin nhắn lạ."
                ),
                "alternative": True,
            },
            {
                "title": "Kiểm tra thẻ sau khi gia hạn",
                "body": (
                    "Sau vài ngày, mở VssID hoặc VNeID xem hạn thẻ mới. Khi đi khám, bạn chỉ cần "
                    "mang thẻ căn cước gắn chip hoặc mở thẻ BHYT trên ứng dụng, không cần thẻ giấy."
                ),
            },
        ],
        "faq": [
            {
                "question": ("Tôi có được đóng BHYT cho một mình tôi mà không đóng cho cả nhà không?"),
                "answer": (
                    "Theo quy định, các thành viên trong hộ chưa có thẻ BHYT theo diện khác đều "
                    "tham gia cùng nhau. Nếu gia đình có trường hợp đặc biệt, hãy hỏi đại lý thu "
                    "hoặc cơ quan bảo hiểm xã hội."
                ),
            },
            {
                "question": "Nhà tôi thuộc hộ cận nghèo thì sao?",
                "answer": (
                    "Hộ cận nghèo được Nhà nước hỗ trợ một phần hoặc toàn bộ tiền đóng BHYT, mức "
                    "cụ thể theo quy định của tỉnh. Hỏi cán bộ UBND xã để được hướng dẫn."
                ),
            },
        ],
        "troubleshooting": [
            "thanh-toan-loi-da-tru-tien",
            "thong-tin-ca-nhan-bi-sai",
            "khong-co-dien-thoai-thong-minh",
        ],
        "related": [
            "tra-cuu-va-dung-vssid",
            "dang-ky-khai-sinh-truc-tuyen",
            "kich-hoat-vneid-muc-2",
        ],
    },
    # -------------------- Tra cứu bảo hiểm và dùng ứng dụng VssID
    {
        "slug": "tra-cuu-va-dung-vssid",
        "language": "vi",
        "title": "Tra cứu bảo hiểm và dùng ứng dụng VssID",
        "summary": (
            "Cài ứng dụng VssID của Bảo hiểm xã hội Việt Nam để xem thẻ BHYT, quá trình đóng bảo "
            "hiểm và lịch sử khám chữa bệnh của mình."
        ),
        "audience": (
            "Người lao động, người tham gia BHYT, BHXH tự nguyện muốn tự kiểm tra quyền lợi bảo hiểm của mình"
        ),
        "category": "bao-hiem",
        "agency": "Bảo hiểm xã hội Việt Nam (ứng dụng VssID)",
        "tags": ["vssid", "bhxh", "bhyt", "tra cứu bảo hiểm", "bảo hiểm xã hội số"],
        "submission": ["online"],
        "documents": [
            "Điện thoại thông minh có Internet",
            "Tài khoản VNeID mức 2 (để đăng nhập nhanh)",
            "Hoặc mã số BHXH và mật khẩu VssID đã đăng ký trước đây",
        ],
        "fee": "Miễn phí",
        "processing_time": "Dùng ngay sau khi đăng nhập",
        "result": (
            "Xem thẻ BHYT điện tử, quá trình đóng BHXH, BHYT, bảo hiểm thất nghiệp và lịch sử khám "
            "chữa bệnh trên điện thoại"
        ),
        "legal_basis": (
            "Luật Bảo hiểm xã hội 2024; Luật Bảo hiểm y tế 2008 (sửa đổi, bổ sung năm 2014 và 2024)"
        ),
        "online_url": "https://dichvucong.gov.vn/",
        "checked_on": "2026-09-10",
        "steps": [
            {
                "title": "Cài ứng dụng VssID",
                "body": (
                    "Mở “CH Play” (Android) hoặc “App Store” (iPhone), gõ VssID. Chọn ứng dụng "
                    "“VssID – Bảo hiểm xã hội số” của Bảo hiểm xã hội Việt Nam rồi bấm “Cài đặt”."
                ),
                "warning": "Không cài VssID từ đường link người lạ gửi qua tin nhắn, Zalo.",
            },
            {
                "title": "Đăng nhập bằng tài khoản VNeID",
                "body": (
                    "Mở VssID, bấm đăng nhập bằng tài khoản định danh điện tử VNeID. Điện thoại tự "
                    "chuyển sang ứng dụng VNeID: bấm “Xác nhận” và nhập passcode. Sau đó máy quay "
                    "về VssID, bạn đã đăng nhập xong."
                ),
                "tip": "Cần cài sẵn VNeID trên cùng điện thoại và đã kích hoạt mức 2.",
            },
            {
                "title": "Hoặc đăng nhập bằng mã số BHXH",
                "body": (
                    "Nếu trước đây đã đăng ký tài khoản VssID, nhập mã số BHXH và mật khẩu rồi bấm "
                    "“Đăng nhập”. Quên mật khẩu thì bấm “Quên mật khẩu” để nhận mã OTP qua tin "
                    "nhắn."
                ),
                "alternative": True,
            },
            {
                "title": "Xem thẻ BHYT",
                "body": (
                    "Bấm “Thẻ BHYT” để xem:\n"
                    "- Hạn sử dụng của thẻ;\n"
                    "- Nơi đăng ký khám chữa bệnh ban đầu;\n"
                    "- Thời điểm đủ 5 năm tham gia liên tục (được hưởng thêm quyền lợi).\n\n"
                    "Khi đi khám, có thể mở màn hình này cho nhân viên y tế xem."
                ),
            },
            {
                "title": "Xem quá trình tham gia bảo hiểm",
                "body": (
                    "Bấm “Quá trình tham gia”, chọn từng loại: BHXH, BHYT, bảo hiểm thất nghiệp. "
                    "Ứng dụng hiện từng tháng đã đóng, đơn vị đóng và mức đóng.\n\n"
                    "Nếu thấy thiếu tháng dù công ty đã trừ lương, hãy hỏi công ty trước, rồi báo "
                    "cơ quan bảo hiểm xã hội."
                ),
            },
            {
                "title": "Xem lịch sử khám chữa bệnh",
                "body": (
                    "Bấm “Lịch sử KCB” để xem những lần bạn dùng thẻ BHYT: ngày khám, nơi khám và "
                    "số tiền quỹ BHYT đã chi trả.\n\n"
                    "Thấy lần khám mà bạn không hề đi, hãy báo cơ quan bảo hiểm xã hội: có thể thẻ "
                    "của bạn đã bị người khác dùng."
                ),
                "optional": True,
            },
        ],
        "faq": [
            {
                "question": "Mã số BHXH của tôi là số nào?",
                "answer": (
                    "Theo Luật Bảo hiểm xã hội 2024, số định danh cá nhân (12 số trên thẻ căn "
                    "cước) được dùng làm mã số BHXH. Mã 10 số in trên thẻ BHYT cũ vẫn tra cứu được."
                ),
            },
            {
                "question": "Có cần in thẻ BHYT giấy nữa không?",
                "answer": (
                    "Không bắt buộc. Cơ sở khám chữa bệnh chấp nhận thẻ căn cước gắn chip, thẻ "
                    "BHYT trên VssID hoặc VNeID."
                ),
            },
        ],
        "troubleshooting": ["quen-passcode-vneid", "otp-gui-ve-sim-cu", "thong-tin-ca-nhan-bi-sai"],
        "related": ["gia-han-bhyt-ho-gia-dinh", "kich-hoat-vneid-muc-2"],
    },
    # -------------------- Đăng ký kết hôn
    {
        "slug": "dang-ky-ket-hon",
        "language": "vi",
        "title": "Đăng ký kết hôn",
        "summary": (
            "Nộp hồ sơ đăng ký kết hôn trực tuyến hoặc tại UBND xã, phường; sau đó hai người cùng "
            "đến ký và nhận giấy chứng nhận kết hôn."
        ),
        "audience": (
            "Nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi, là công dân Việt Nam cư trú trong nước, muốn "
            "đăng ký kết hôn"
        ),
        "category": "ho-tich",
        "agency": "UBND xã, phường nơi cư trú của bên nam hoặc bên nữ",
        "tags": [
            "kết hôn",
            "đăng ký kết hôn",
            "giấy đăng ký kết hôn",
            "giấy chứng nhận kết hôn",
            "xác nhận tình trạng hôn nhân",
        ],
        "procedure_code": "1.000894",
        "submission": ["online", "office"],
        "documents": [
            "Tờ khai đăng ký kết hôn (điền trực tuyến hoặc tại bộ phận một cửa)",
            "Thẻ căn cước của hai bên",
            (
                "Giấy xác nhận tình trạng hôn nhân (chỉ khi cán bộ không tra cứu được thông tin, "
                "ví dụ một bên cư trú ở địa phương khác)"
            ),
        ],
        "fee": "Miễn lệ phí với công dân Việt Nam cư trú trong nước",
        "processing_time": (
            "Ngay trong ngày làm việc nếu đủ hồ sơ; trường hợp cần xác minh thì không quá 5 ngày làm việc"
        ),
        "result": (
            "Giấy chứng nhận kết hôn (mỗi bên một bản chính); thông tin được ghi vào Cơ sở dữ liệu "
            "hộ tịch điện tử"
        ),
        "legal_basis": (
            "Luật Hôn nhân và gia đình 2014; Luật Hộ tịch 2014; Nghị định 123/2015/NĐ-CP (đã được "
            "sửa đổi, bổ sung); Thông tư 04/2020/TT-BTP"
        ),
        "online_url": "https://dichvucong.gov.vn/",
        "checked_on": "2026-07-30",
        "steps": [
            {
                "title": "Kiểm tra điều kiện kết hôn",
                "body": (
                    "Hai người được đăng ký kết hôn khi:\n"
                    "- Nam từ đủ 20 tuổi, nữ từ đủ 18 tuổi;\n"
                    "- Cả hai tự nguyện, không ai bị ép buộc;\n"
                    "- Không ai đang có vợ hoặc có chồng;\n"
                    "- Không có quan hệ họ hàng trong phạm vi mà pháp luật cấm kết hôn.\n\n"
                    "Tảo hôn (lấy vợ, lấy chồng khi chưa đủ tuổi) là vi phạm pháp luật và ảnh "
                    "hưởng đến sức khỏe, việc học của các em."
                ),
            },
            {
                "title": "Chuẩn bị giấy tờ",
                "body": (
                    "Mỗi người chuẩn bị thẻ căn cước. Nếu bạn đăng ký ở xã không phải nơi mình "
                    "thường trú, hãy hỏi trước cán bộ tư pháp – hộ tịch xem có cần giấy xác nhận "
                    "tình trạng hôn nhân không. Giấy này xin ở UBND xã nơi bạn thường trú, có thể "
                    "nộp trực tuyến."
                ),
            },
            {
                "title": "Nộp hồ sơ trên Cổng Dịch vụ công quốc gia",
                "body": (
                    "Một trong hai người đăng nhập dichvucong.gov.vn bằng tài khoản định danh điện "
                    "tử, gõ “đăng ký kết hôn” vào ô tìm kiếm, chọn UBND xã, phường nơi muốn đăng "
                    "ký.\n\n"
                    "Điền thông tin của cả hai người, tải ảnh giấy tờ, rồi bấm “Nộp hồ sơ”. Ghi "
                    "lại mã hồ sơ."
                ),
            },
            {
                "title": "Hoặc nộp trực tiếp tại UBND xã, phường",
                "body": (
                    "Đến bộ phận một cửa của UBND xã, phường, mang thẻ căn cước và giấy tờ đã "
                    "chuẩn bị. Cán bộ phát tờ khai hoặc nhập giúp vào máy."
                ),
                "alternative": True,
            },
            {
                "title": "Cùng có mặt để ký và nhận giấy chứng nhận",
                "body": (
                    "Đến ngày hẹn, cả hai người cùng đến UBND xã, phường, mang thẻ căn cước. Cán "
                    "bộ hỏi lại ý muốn kết hôn của hai người, rồi cả hai ký vào Sổ hộ tịch và giấy "
                    "chứng nhận kết hôn.\n\n"
                    "Mỗi người nhận một bản chính giấy chứng nhận kết hôn."
                ),
                "warning": (
                    "Không nhờ người khác ký thay. Nếu một bên vắng mặt, cán bộ không trao giấy chứng nhận."
                ),
            },
            {
                "guide": "dang-ky-thuong-tru-tam-tru-truc-tuyen",
                "title": "Đăng ký thường trú về nơi ở mới",
                "body": (
                    "Nếu sau khi cưới một người chuyển về ở hẳn với gia đình vợ hoặc chồng, hãy "
                    "đăng ký thường trú tại nơi ở mới."
                ),
                "optional": True,
            },
        ],
        "faq": [
            {
                "question": "Hai người ở hai xã khác nhau thì đăng ký ở đâu?",
                "answer": (
                    "Đăng ký tại UBND xã, phường nơi cư trú của một trong hai người, tùy hai bạn "
                    "chọn nơi thuận tiện."
                ),
            },
            {
                "question": "Có bắt buộc khám sức khỏe trước khi kết hôn không?",
                "answer": (
                    "Không bắt buộc, nhưng nên khám sức khỏe tiền hôn nhân tại trạm y tế hoặc bệnh "
                    "viện để chuẩn bị tốt cho việc sinh con khỏe mạnh."
                ),
            },
        ],
        "troubleshooting": ["ho-so-yeu-cau-bo-sung", "khong-co-dien-thoai-thong-minh"],
        "related": [
            "dang-ky-khai-sinh-truc-tuyen",
            "dang-ky-thuong-tru-tam-tru-truc-tuyen",
            "kich-hoat-vneid-muc-2",
        ],
    },
    # -------------------- Xin phiếu lý lịch tư pháp trên VNeID
    {
        "slug": "cap-phieu-ly-lich-tu-phap-tren-vneid",
        "language": "vi",
        "title": "Xin phiếu lý lịch tư pháp trên VNeID",
        "summary": (
            "Xin phiếu lý lịch tư pháp ngay trên ứng dụng VNeID để nộp hồ sơ xin việc, đi học, đi "
            "làm việc ở nước ngoài, không phải đến cơ quan."
        ),
        "audience": (
            "Công dân Việt Nam cần phiếu lý lịch tư pháp cho hồ sơ xin việc, học tập, xuất khẩu "
            "lao động, thành lập doanh nghiệp…"
        ),
        "category": "giay-to-tuy-than",
        "agency": (
            "Cơ quan cấp phiếu lý lịch tư pháp cấp tỉnh nơi bạn thường trú (tên cơ quan hiện khi "
            "chọn nơi nộp trên VNeID)"
        ),
        "tags": ["lý lịch tư pháp", "phiếu lý lịch tư pháp", "lltp", "xin việc", "vneid"],
        "submission": ["online", "office"],
        "documents": [
            "Tờ khai yêu cầu cấp phiếu lý lịch tư pháp (điền trực tuyến trên VNeID)",
            "Tài khoản VNeID mức 2 của người xin phiếu",
            "Thông tin quá trình cư trú, nơi học tập, làm việc từ khi đủ 14 tuổi",
        ],
        "fee": (
            "200.000 đồng/lần (sinh viên, người có công: 100.000 đồng; một số đối tượng được "
            "miễn). Từ phiếu thứ 3 trở đi thêm 5.000 đồng/phiếu. Mức giảm khi nộp trực tuyến (nếu "
            "có) hiện lúc thanh toán."
        ),
        "processing_time": (
            "Không quá 10 ngày kể từ ngày nhận đủ hồ sơ hợp lệ; có thể lâu hơn nếu cần xác minh"
        ),
        "result": (
            "Phiếu lý lịch tư pháp bản điện tử trên VNeID và/hoặc bản giấy nhận trực tiếp, qua bưu điện"
        ),
        "legal_basis": (
            "Luật Lý lịch tư pháp 2009 (đã được sửa đổi, bổ sung); Nghị định 111/2010/NĐ-CP; Thông "
            "tư 244/2016/TT-BTC về phí cung cấp thông tin lý lịch tư pháp"
        ),
        "online_url": "https://dichvucong.gov.vn/",
        "checked_on": "2026-10-22",
        "steps": [
            {
                "title": "Hỏi rõ cần loại phiếu nào",
                "body": (
                    "Có hai loại phiếu:\n"
                    "- Phiếu số 1: loại thường dùng khi xin việc, làm hồ sơ. Hầu hết mọi người cần "
                    "phiếu này.\n"
                    "- Phiếu số 2: ghi đầy đủ hơn, chỉ cấp cho chính người đó hoặc cơ quan tiến "
                    "hành tố tụng.\n\n"
                    "Hỏi nơi yêu cầu nộp phiếu (công ty, trường, đơn vị đưa lao động đi làm việc ở "
                    "nước ngoài) xem họ cần loại nào, mấy bản, bản điện tử hay bản giấy."
                ),
            },
            {
                "guide": "kich-hoat-vneid-muc-2",
                "title": "Đăng nhập VNeID mức 2",
                "body": (
                    "Hồ sơ xin phiếu lý lịch tư pháp trên VNeID chỉ nộp được bằng tài khoản mức 2. "
                    "Nếu đã có, bỏ qua bước này."
                ),
            },
            {
                "title": "Tạo yêu cầu cấp phiếu",
                "body": (
                    "Trong VNeID, bấm “Thủ tục hành chính”, chọn “Cấp phiếu lý lịch tư pháp”, rồi "
                    "“Tạo mới yêu cầu”. Điền các mục:\n"
                    "- Cơ quan thực hiện: chọn tỉnh nơi bạn thường trú;\n"
                    "- Mục đích sử dụng (ví dụ: bổ sung hồ sơ xin việc);\n"
                    "- Loại phiếu và số lượng phiếu;\n"
                    "- Quá trình cư trú, học tập, làm việc từ khi đủ 14 tuổi.\n\n"
                    "Thông tin cá nhân, cha mẹ, vợ chồng phần lớn được tự điền từ cơ sở dữ liệu. "
                    "Bạn chỉ cần kiểm tra lại."
                ),
                "tip": (
                    "Ghi quá trình cư trú theo từng mốc năm, càng đúng thì hồ sơ càng nhanh vì ít "
                    "phải xác minh."
                ),
            },
            {
                "title": "Chọn cách nhận kết quả",
                "body": (
                    "- Bản điện tử: phiếu hiện ngay trong ứng dụng VNeID, có giá trị như bản "
                    "giấy.\n"
                    "- Bản giấy: nhận tại cơ quan cấp phiếu hoặc qua bưu điện (trả thêm cước "
                    "chuyển phát).\n\n"
                    "Chọn theo yêu cầu của nơi bạn sẽ nộp phiếu."
                ),
            },
            {
                "title": "Thanh toán lệ phí",
                "body": (
                    "Kiểm tra số tiền hiện trên màn hình, bấm “Thanh toán”, chọn ngân hàng hoặc ví "
                    "điện tử và xác nhận bằng mã OTP. Chụp lại biên lai."
                ),
                "fee": "200.000 đồng/lần (có trường hợp giảm, miễn) và cước bưu chính nếu có",
            },
            {
                "title": "Theo dõi và nhận phiếu",
                "body": (
                    "Xem tình trạng trong mục quản lý hồ sơ của thủ tục trên VNeID. Khi có kết "
                    "quả, bạn nhận được thông báo.\n\n"
                    "Phiếu điện tử có thể mở ra cho nơi nhận xem hoặc chia sẻ theo hướng dẫn trên "
                    "ứng dụng. Nếu chọn bản giấy, bưu điện sẽ giao đến địa chỉ bạn đã khai."
                ),
            },
        ],
        "faq": [
            {
                "question": "Phiếu lý lịch tư pháp điện tử có được công ty chấp nhận không?",
                "answer": (
                    "Phiếu điện tử có giá trị pháp lý như bản giấy. Nếu nơi nhận vẫn muốn bản "
                    "giấy, bạn chọn nhận thêm bản giấy khi nộp hồ sơ."
                ),
            },
            {
                "question": "Ai được miễn phí khi xin phiếu?",
                "answer": (
                    "Theo quy định về phí, trẻ em, người cao tuổi, người khuyết tật, người thuộc "
                    "hộ nghèo, người cư trú ở xã có điều kiện kinh tế – xã hội đặc biệt khó khăn "
                    "và một số đối tượng khác được miễn. Hệ thống hoặc cán bộ sẽ kiểm tra khi bạn "
                    "nộp."
                ),
            },
            {
                "question": "Phiếu có thời hạn bao lâu?",
                "answer": (
                    "Pháp luật không ghi thời hạn trên phiếu, nhưng nhiều nơi chỉ nhận phiếu cấp "
                    "trong vòng 6 tháng. Hỏi nơi nhận trước khi xin."
                ),
            },
        ],
        "troubleshooting": [
            "thanh-toan-loi-da-tru-tien",
            "quen-passcode-vneid",
            "ho-so-yeu-cau-bo-sung",
        ],
        "related": ["kich-hoat-vneid-muc-2", "cap-doi-the-can-cuoc"],
    },
    # -------------------- Đổi giấy phép lái xe trực tuyến
    {
        "slug": "cap-doi-giay-phep-lai-xe-truc-tuyen",
        "language": "vi",
        "title": "Đổi giấy phép lái xe trực tuyến",
        "summary": (
            "Đổi giấy phép lái xe sắp hết hạn, bị hỏng hoặc bằng giấy bìa sang thẻ nhựa trên Cổng "
            "Dịch vụ công quốc gia; giấy phép mới gửi về tận nhà."
        ),
        "audience": (
            "Người có giấy phép lái xe ô tô sắp hết hạn, giấy phép bị hỏng, hoặc muốn đổi bằng "
            "giấy bìa sang thẻ PET"
        ),
        "category": "giao-thong",
        "agency": "Phòng Cảnh sát giao thông Công an tỉnh Đắk Lắk",
        "tags": ["bằng lái", "giấy phép lái xe", "gplx", "đổi bằng lái", "bằng lái xe máy"],
        "submission": ["online", "office"],
        "documents": [
            "Đơn đề nghị đổi giấy phép lái xe (điền trực tuyến)",
            "Giấy phép lái xe đang dùng (ảnh chụp hai mặt)",
            (
                "Giấy khám sức khỏe của người lái xe (bản điện tử đã liên thông hoặc ảnh chụp) – "
                "cần với giấy phép ô tô; không cần khi đổi giấy phép xe mô tô"
            ),
        ],
        "fee": (
            "135.000 đồng/lần (mức giảm khi nộp trực tuyến, nếu có, hiện lúc thanh toán); chưa gồm "
            "cước chuyển phát và tiền khám sức khỏe"
        ),
        "processing_time": (
            "Thường không quá 5 ngày làm việc kể từ khi nhận đủ hồ sơ hợp lệ, chưa tính thời gian chuyển phát"
        ),
        "result": (
            "Giấy phép lái xe bằng vật liệu PET gửi qua bưu điện; giấy phép lái xe điện tử cập "
            "nhật trên VNeID"
        ),
        "legal_basis": (
            "Luật Trật tự, an toàn giao thông đường bộ 2024; Thông tư 12/2025/TT-BCA; Thông tư "
            "37/2023/TT-BTC về phí, lệ phí trong lĩnh vực giao thông đường bộ (và văn bản sửa đổi, "
            "bổ sung)"
        ),
        "online_url": "https://dichvucong.gov.vn/",
        "checked_on": "2026-03-18",
        "steps": [
            {
                "title": "Xem giấy phép của bạn có cần đổi không",
                "body": (
                    "- Giấy phép xe máy không thời hạn, kể cả loại giấy bìa, vẫn dùng được. Bạn có "
                    "thể đổi sang thẻ PET nếu giấy đã cũ, rách, mờ.\n"
                    "- Giấy phép ô tô có thời hạn: nên đổi trước khi hết hạn.\n"
                    "- Giấy phép cấp trước ngày 1/1/2025 vẫn dùng theo thời hạn ghi trên giấy.\n\n"
                    "Giấy phép ô tô đã hết hạn lâu có thể phải sát hạch lại. Hỏi Phòng Cảnh sát "
                    "giao thông nếu bạn không chắc."
                ),
            },
            {
                "title": "Khám sức khỏe (với giấy phép ô tô)",
                "body": (
                    "Khám sức khỏe lái xe tại bệnh viện hoặc trung tâm y tế đủ điều kiện. Khi "
                    "khám, đề nghị cơ sở y tế gửi giấy khám sức khỏe điện tử lên hệ thống để khỏi "
                    "phải tải ảnh.\n\n"
                    "Đổi giấy phép xe mô tô thì bỏ qua bước này."
                ),
                "fee": "Theo bảng giá của cơ sở khám sức khỏe",
                "optional": True,
            },
            {
                "title": "Nộp hồ sơ trên Cổng Dịch vụ công quốc gia",
                "body": (
                    "- Vào dichvucong.gov.vn, đăng nhập bằng tài khoản định danh điện tử.\n"
                    "- Gõ “đổi giấy phép lái xe” vào ô tìm kiếm, chọn thủ tục do Bộ Công an thực "
                    "hiện.\n"
                    "- Chọn cơ quan giải quyết: Công an tỉnh Đắk Lắk.\n"
                    "- Nhập số giấy phép, tải ảnh hai mặt; giấy khám sức khỏe đã liên thông sẽ tự "
                    "hiện ra.\n"
                    "- Nhập địa chỉ nhận giấy phép mới."
                ),
            },
            {
                "title": "Hoặc nộp trực tiếp tại điểm tiếp nhận của Cảnh sát giao thông",
                "body": (
                    "Mang giấy phép lái xe gốc, thẻ căn cước và giấy khám sức khỏe (nếu cần) đến "
                    "điểm tiếp nhận hồ sơ của Phòng Cảnh sát giao thông. Cán bộ chụp ảnh và nhận "
                    "hồ sơ tại chỗ."
                ),
                "alternative": True,
            },
            {
                "title": "Thanh toán lệ phí và cước chuyển phát",
                "body": (
                    "Bấm “Thanh toán”, chọn ngân hàng hoặc ví điện tử, xác nhận bằng mã OTP. Giữ "
                    "lại biên lai điện tử."
                ),
                "fee": "135.000 đồng lệ phí và cước chuyển phát theo bảng giá bưu điện",
            },
            {
                "title": "Nhận giấy phép mới",
                "body": (
                    "Nhân viên bưu điện giao giấy phép đến địa chỉ bạn đã khai; xuất trình thẻ căn "
                    "cước khi nhận. Kiểm tra họ tên, hạng xe, ngày hết hạn.\n\n"
                    "Mở VNeID, vào “Ví giấy tờ” để tích hợp giấy phép lái xe điện tử."
                ),
            },
        ],
        "faq": [
            {
                "question": "Bằng lái xe máy giấy bìa cũ có bị phạt không?",
                "answer": (
                    "Không. Giấy phép còn giá trị thì vẫn dùng được. Bạn chỉ nên đổi khi giấy đã "
                    "rách, mờ, khó đọc."
                ),
            },
            {
                "question": "Có giấy phép trên VNeID thì có cần mang bản thẻ không?",
                "answer": (
                    "Giấy phép lái xe đã tích hợp trên VNeID được dùng để xuất trình khi cảnh sát "
                    "kiểm tra, có giá trị như bản thẻ. Nên mang theo điện thoại còn pin."
                ),
            },
        ],
        "troubleshooting": [
            "thanh-toan-loi-da-tru-tien",
            "ho-so-yeu-cau-bo-sung",
            "otp-gui-ve-sim-cu",
        ],
        "related": ["nop-phat-giao-thong-va-thue-dat-truc-tuyen", "kich-hoat-vneid-muc-2"],
    },
    # -------------------- Nộp phạt vi phạm giao thông và thuế đất trực tuyến
    {
        "slug": "nop-phat-giao-thong-va-thue-dat-truc-tuyen",
        "language": "vi",
        "title": "Nộp phạt vi phạm giao thông và thuế đất trực tuyến",
        "summary": (
            "Nộp tiền phạt vi phạm giao thông và thuế sử dụng đất phi nông nghiệp (đất ở) bằng "
            "điện thoại, không phải đến ngân hàng hay kho bạc."
        ),
        "audience": "Người bị xử phạt vi phạm giao thông; hộ gia đình phải nộp thuế đất ở hằng năm",
        "category": "thue-phi-thanh-toan",
        "agency": "Cơ quan ra quyết định xử phạt (công an); cơ quan thuế quản lý nơi có đất",
        "tags": [
            "nộp phạt",
            "phạt nguội",
            "thuế đất",
            "nộp thuế online",
            "etax",
            "thanh toán trực tuyến",
        ],
        "submission": ["online", "office"],
        "documents": [
            "Quyết định xử phạt vi phạm hành chính (có số quyết định)",
            "Thông báo nộp thuế sử dụng đất phi nông nghiệp (nếu nộp thuế đất)",
            "Tài khoản ngân hàng có dịch vụ ngân hàng điện tử hoặc ví điện tử được cổng chấp nhận",
            "Tài khoản VNeID mức 2",
        ],
        "fee": (
            "Không thu thêm phí khi nộp qua Cổng Dịch vụ công; số tiền theo quyết định xử phạt "
            "hoặc thông báo thuế. Ngân hàng có thể thu phí giao dịch theo biểu phí riêng."
        ),
        "processing_time": "Ghi nhận ngay khi thanh toán thành công",
        "result": (
            "Biên lai, chứng từ nộp tiền điện tử; giấy tờ bị tạm giữ (nếu có) được trả theo cách bạn chọn"
        ),
        "legal_basis": (
            "Luật Xử lý vi phạm hành chính 2012 (sửa đổi, bổ sung năm 2020); Nghị định "
            "168/2024/NĐ-CP; Luật Quản lý thuế 2019; Luật Thuế sử dụng đất phi nông nghiệp 2010"
        ),
        "online_url": "https://dichvucong.gov.vn/",
        "checked_on": "2026-08-14",
        "steps": [
            {
                "title": "Kiểm tra khoản tiền phải nộp",
                "body": (
                    "- Tiền phạt: xem số quyết định xử phạt và số tiền trên quyết định cảnh sát "
                    "giao cho bạn. Muốn biết xe có bị “phạt nguội” không, tra trên trang của Cục "
                    "Cảnh sát giao thông (csgt.vn) bằng biển số xe.\n"
                    "- Thuế đất ở: xem thông báo nộp thuế do cơ quan thuế gửi, thường phải nộp "
                    "trước ngày 31/10 hằng năm."
                ),
                "warning": (
                    "Tin nhắn báo “phạt nguội” kèm đường link bảo bấm vào để nộp là lừa đảo. Chỉ "
                    "tra cứu, nộp tiền trên trang và ứng dụng chính thức."
                ),
            },
            {
                "title": "Nộp phạt trên Cổng Dịch vụ công quốc gia",
                "body": (
                    "- Vào dichvucong.gov.vn, đăng nhập bằng tài khoản định danh điện tử.\n"
                    "- Chọn mục “Thanh toán trực tuyến”, rồi chọn nộp phạt vi phạm giao thông.\n"
                    "- Nhập số quyết định xử phạt, chọn cơ quan ra quyết định, bấm “Tra cứu”.\n"
                    "- Kiểm tra họ tên, số tiền; bấm “Thanh toán”, chọn ngân hàng và xác nhận bằng "
                    "mã OTP."
                ),
                "fee": "Số tiền ghi trên quyết định xử phạt",
            },
            {
                "title": "Hoặc nộp tại ngân hàng, kho bạc, bưu điện",
                "body": (
                    "Mang quyết định xử phạt đến ngân hàng thương mại, kho bạc hoặc bưu điện có "
                    "nhận thu tiền phạt. Nộp tiền mặt và giữ biên lai."
                ),
                "fee": "Số tiền ghi trên quyết định xử phạt",
                "alternative": True,
            },
            {
                "title": "Nhận lại giấy tờ bị tạm giữ",
                "body": (
                    "Nếu bị tạm giữ giấy phép lái xe hoặc giấy đăng ký xe, khi nộp phạt trực tuyến "
                    "bạn có thể chọn nhận lại qua bưu điện (trả cước) hoặc mang biên lai đến nơi "
                    "tạm giữ để nhận."
                ),
                "optional": True,
            },
            {
                "title": "Nộp thuế đất ở trên ứng dụng eTax Mobile",
                "body": (
                    "- Cài ứng dụng “eTax Mobile” của ngành thuế từ CH Play hoặc App Store.\n"
                    "- Đăng nhập bằng mã số thuế cá nhân (nay là số định danh cá nhân) và mật khẩu "
                    "được cấp, hoặc theo cách đăng nhập ứng dụng cho phép.\n"
                    "- Chọn “Nộp thuế”, tìm khoản thuế sử dụng đất phi nông nghiệp cần nộp, đánh "
                    "dấu chọn rồi bấm nộp.\n"
                    "- Chọn ngân hàng liên kết và xác nhận bằng mã OTP."
                ),
                "fee": "Số tiền ghi trên thông báo thuế",
                "optional": True,
            },
            {
                "title": "Lưu biên lai",
                "body": (
                    "Chụp màn hình hoặc tải chứng từ nộp tiền điện tử về máy. Giữ biên lai ít nhất "
                    "đến khi khoản tiền được ghi nhận là đã nộp."
                ),
            },
        ],
        "faq": [
            {
                "question": "Nộp phạt chậm thì sao?",
                "answer": (
                    "Quá hạn nộp phạt, mỗi ngày chậm phải nộp thêm 0,05% số tiền phạt. Chậm nộp "
                    "thuế thì tính tiền chậm nộp 0,03% mỗi ngày. Nên nộp đúng hạn."
                ),
            },
            {
                "question": "Tôi không có tài khoản ngân hàng thì làm sao?",
                "answer": (
                    "Bạn nộp tiền mặt tại ngân hàng, kho bạc hoặc bưu điện. Nếu nhờ con cháu nộp "
                    "online giúp, hãy kiểm tra đúng số quyết định, họ tên và lấy biên lai."
                ),
            },
        ],
        "troubleshooting": [
            "thanh-toan-loi-da-tru-tien",
            "otp-gui-ve-sim-cu",
            "lo-cai-ung-dung-la",
        ],
        "related": [
            "cap-doi-giay-phep-lai-xe-truc-tuyen",
            "nhan-biet-phong-tranh-lua-dao",
            "tao-va-bao-ve-mat-khau-otp",
        ],
    },
    # -------------------- Cấp giấy chứng nhận quyền sử dụng đất lần đầu (sổ đỏ)
    {
        "slug": "cap-giay-chung-nhan-quyen-su-dung-dat-lan-dau",
        "language": "vi",
        "title": "Cấp giấy chứng nhận quyền sử dụng đất lần đầu (sổ đỏ)",
        "summary": (
            "Làm sổ đỏ lần đầu cho đất đang sử dụng. Phần lớn công việc như đo đạc, kiểm tra thực "
            "địa, niêm yết vẫn phải làm trực tiếp; điện thoại giúp bạn theo dõi hồ sơ và nộp tiền."
        ),
        "audience": ("Hộ gia đình, cá nhân đang sử dụng đất ổn định nhưng chưa được cấp giấy chứng nhận"),
        "category": "dat-dai-nha-o",
        "agency": (
            "UBND xã, phường nơi có đất (tiếp nhận tại bộ phận một cửa); Văn phòng đăng ký đất đai "
            "và chi nhánh"
        ),
        "tags": ["sổ đỏ", "làm sổ đỏ", "bìa đỏ", "giấy chứng nhận quyền sử dụng đất", "đất đai"],
        "submission": ["office", "online"],
        "documents": [
            ("Đơn đăng ký đất đai, tài sản gắn liền với đất (Mẫu 04/ĐK kèm theo Nghị định 101/2024/NĐ-CP)"),
            (
                "Giấy tờ về quyền sử dụng đất nếu có (quyết định giao đất, giấy mua bán có xác "
                "nhận của chính quyền, giấy tờ thừa kế…)"
            ),
            (
                "Mảnh trích đo bản đồ địa chính thửa đất (nếu nơi đó chưa có bản đồ địa chính hoặc "
                "ranh giới đã thay đổi)"
            ),
            "Giấy tờ về nhà ở, công trình trên đất (nếu muốn ghi vào giấy chứng nhận)",
            "Giấy tờ chứng minh được miễn, giảm nghĩa vụ tài chính (nếu có)",
            "Thẻ căn cước của người đứng tên",
        ],
        "fee": (
            "Theo quy định của tỉnh: lệ phí cấp giấy chứng nhận, phí thẩm định hồ sơ; tiền sử dụng "
            "đất, lệ phí trước bạ (nếu phải nộp) theo thông báo của cơ quan thuế"
        ),
        "processing_time": (
            "Không quá 20 ngày làm việc kể từ khi nhận đủ hồ sơ, không tính thời gian niêm yết, đo "
            "đạc và nộp nghĩa vụ tài chính; xã vùng sâu, vùng xa có thể dài hơn"
        ),
        "result": "Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất",
        "legal_basis": (
            "Luật Đất đai 2024; Nghị định 101/2024/NĐ-CP về đăng ký, cấp giấy chứng nhận và hệ "
            "thống thông tin đất đai; Nghị định 151/2025/NĐ-CP về phân định thẩm quyền của chính "
            "quyền địa phương hai cấp trong lĩnh vực đất đai; quy định của tỉnh Đắk Lắk về phí, lệ "
            "phí"
        ),
        "online_url": "https://dichvucong.gov.vn/",
        "checked_on": "2026-04-12",
        "steps": [
            {
                "title": "Hỏi cán bộ địa chính xã trước khi làm",
                "body": (
                    "Mang các giấy tờ đất đang có đến UBND xã, phường, gặp cán bộ địa chính để hỏi "
                    "(không mất tiền):\n"
                    "- Thửa đất đã có trên bản đồ địa chính chưa, có cần đo lại không;\n"
                    "- Đất có nằm trong quy hoạch, có tranh chấp không;\n"
                    "- Gia đình cần chuẩn bị thêm giấy tờ gì, có phải nộp tiền sử dụng đất không."
                ),
                "tip": ("Ghi lại số điện thoại của bộ phận một cửa để hỏi thêm mà không phải đi lại."),
            },
            {
                "title": "Chuẩn bị hồ sơ",
                "body": (
                    "Lấy mẫu đơn 04/ĐK tại bộ phận một cửa. Điền đơn, photo các giấy tờ đất và "
                    "mang theo bản gốc để cán bộ đối chiếu.\n\n"
                    "Nếu đất là của chung cả nhà hoặc của hai vợ chồng, bàn trước xem ai đứng tên "
                    "để ghi cho đúng."
                ),
            },
            {
                "title": "Nộp hồ sơ tại bộ phận một cửa UBND xã, phường",
                "body": (
                    "Nộp hồ sơ và nhận giấy tiếp nhận hồ sơ, hẹn trả kết quả. Trên giấy có mã hồ "
                    "sơ: giữ thật kỹ, vì bạn dùng mã này để tra cứu tiến độ trên điện thoại."
                ),
            },
            {
                "title": "Hoặc nộp trực tuyến nếu thủ tục đã mở trên cổng",
                "body": (
                    "Vào dichvucong.gov.vn, đăng nhập bằng tài khoản định danh điện tử, tìm thủ "
                    "tục đăng ký, cấp giấy chứng nhận lần đầu và chọn xã, phường nơi có đất. Điền "
                    "đơn, tải ảnh giấy tờ rồi nộp."
                ),
                "warning": (
                    "Nộp trực tuyến vẫn phải mang bản gốc giấy tờ đến đối chiếu và có mặt khi kiểm "
                    "tra, đo đạc đất. Nếu không chắc, hãy nộp trực tiếp."
                ),
                "alternative": True,
            },
            {
                "title": "Có mặt khi kiểm tra thực địa và đo đạc",
                "body": (
                    "Cán bộ sẽ hẹn ngày xuống kiểm tra hiện trạng và đo thửa đất. Bạn cần:\n"
                    "- Có mặt, chỉ đúng mốc ranh giới;\n"
                    "- Mời các hộ có đất giáp ranh cùng có mặt để ký xác nhận ranh giới.\n\n"
                    "Sau đó, UBND xã niêm yết công khai hồ sơ 15 ngày tại trụ sở và khu dân cư. "
                    "Hãy đến xem, thấy sai tên, sai diện tích thì báo ngay."
                ),
                "fee": "Chi phí trích đo (nếu phải đo) theo giá của đơn vị đo đạc",
            },
            {
                "title": "Nộp tiền nghĩa vụ tài chính",
                "body": (
                    "Cơ quan thuế gửi thông báo số tiền phải nộp (nếu có), như tiền sử dụng đất, "
                    "lệ phí trước bạ. Bạn có thể nộp tại ngân hàng, kho bạc hoặc nộp trực tuyến "
                    "trên Cổng Dịch vụ công, ứng dụng eTax Mobile.\n\n"
                    "Giữ chứng từ nộp tiền để nhận giấy chứng nhận. Nếu khó khăn, hỏi cán bộ về "
                    "trường hợp được ghi nợ hoặc miễn, giảm tiền sử dụng đất."
                ),
                "fee": "Theo thông báo của cơ quan thuế",
            },
            {
                "title": "Nhận giấy chứng nhận",
                "body": (
                    "Mang giấy hẹn, thẻ căn cước và chứng từ đã nộp tiền đến bộ phận một cửa. Kiểm "
                    "tra họ tên, số thửa, diện tích, mục đích sử dụng đất trước khi ký nhận.\n\n"
                    "Giấy chứng nhận mẫu mới có mã QR để tra cứu thông tin thửa đất."
                ),
            },
        ],
        "faq": [
            {
                "question": "Sao không làm hết trên mạng được?",
                "answer": (
                    "Vì phải đo đạc, kiểm tra thực địa, lấy ý kiến khu dân cư và niêm yết công "
                    "khai. Những việc này làm tại chỗ để tránh cấp sai, cấp chồng lên đất người "
                    "khác. Điện thoại giúp bạn tra cứu tiến độ và nộp tiền."
                ),
            },
            {
                "question": "Đất không có giấy tờ gì thì có làm sổ được không?",
                "answer": (
                    "Có thể được, nếu đất sử dụng ổn định, không tranh chấp, phù hợp quy hoạch và "
                    "được UBND xã xác nhận. Tùy thời điểm bắt đầu sử dụng đất, bạn có thể phải nộp "
                    "tiền sử dụng đất. Hỏi cán bộ địa chính xã để biết trường hợp của mình."
                ),
            },
            {
                "question": "Có nên nhờ người làm dịch vụ “trọn gói, lấy nhanh” không?",
                "answer": (
                    "Không nên. Thủ tục có thời hạn rõ ràng và cán bộ phải hướng dẫn bạn miễn phí. "
                    "Đưa giấy tờ gốc cho người lạ dễ bị mất, bị lừa tiền."
                ),
            },
        ],
        "troubleshooting": [
            "ho-so-yeu-cau-bo-sung",
            "thanh-toan-loi-da-tru-tien",
            "khong-co-dien-thoai-thong-minh",
        ],
        "related": [
            "tra-cuu-ho-so-dat-dai",
            "nop-phat-giao-thong-va-thue-dat-truc-tuyen",
            "nhan-biet-phong-tranh-lua-dao",
        ],
    },
    # -------------------- Tra cứu hồ sơ đất đai và thông tin thửa đất
    {
        "slug": "tra-cuu-ho-so-dat-dai",
        "language": "vi",
        "title": "Tra cứu hồ sơ đất đai và thông tin thửa đất",
        "summary": (
            "Xem hồ sơ đất đai đã nộp đang ở bước nào bằng mã hồ sơ, và biết cách xin thông tin "
            "thửa đất từ nguồn chính thức."
        ),
        "audience": (
            "Người đã nộp hồ sơ đất đai (cấp sổ, sang tên, tách thửa…) hoặc cần thông tin về một "
            "thửa đất trước khi mua bán"
        ),
        "category": "dat-dai-nha-o",
        "agency": ("Bộ phận một cửa UBND xã, phường; Văn phòng đăng ký đất đai tỉnh Đắk Lắk và chi nhánh"),
        "tags": ["tra cứu hồ sơ", "hồ sơ đất đai", "sổ đỏ", "thông tin thửa đất", "quy hoạch"],
        "submission": ["online", "office"],
        "documents": [
            "Giấy tiếp nhận hồ sơ và hẹn trả kết quả (có mã hồ sơ)",
            "Thẻ căn cước (khi xin cung cấp thông tin đất đai)",
            ("Phiếu yêu cầu cung cấp thông tin, dữ liệu đất đai (khi cần trích lục, thông tin thửa đất)"),
        ],
        "fee": (
            "Tra cứu tình trạng hồ sơ: miễn phí. Xin cung cấp thông tin, trích lục thửa đất: phí "
            "khai thác, sử dụng dữ liệu đất đai theo quy định của tỉnh."
        ),
        "processing_time": (
            "Tra cứu trực tuyến: ngay lập tức. Cung cấp thông tin đất đai: theo thời hạn ghi trên phiếu hẹn."
        ),
        "result": (
            "Biết hồ sơ đang ở bước nào; bản trích lục hoặc văn bản cung cấp thông tin thửa đất (nếu yêu cầu)"
        ),
        "legal_basis": (
            "Luật Đất đai 2024; Nghị định 101/2024/NĐ-CP; Luật Phí và lệ phí 2015; quy định của "
            "HĐND tỉnh Đắk Lắk về phí khai thác, sử dụng dữ liệu đất đai"
        ),
        "online_url": "https://dichvucong.gov.vn/",
        "checked_on": "2026-07-08",
        "steps": [
            {
                "title": "Tìm mã hồ sơ",
                "body": (
                    "Mã hồ sơ in trên giấy tiếp nhận hồ sơ và hẹn trả kết quả, thường là một dãy "
                    "chữ và số dài. Nếu nộp trực tuyến, mã hồ sơ hiện ngay sau khi nộp và có trong "
                    "tin nhắn, thư điện tử gửi cho bạn.\n\n"
                    "Chụp ảnh giấy hẹn lưu trong điện thoại để không bị thất lạc."
                ),
            },
            {
                "title": "Tra cứu trên Cổng Dịch vụ công quốc gia",
                "body": (
                    "Vào dichvucong.gov.vn, bấm “Tra cứu hồ sơ”, nhập mã hồ sơ và mã xác nhận hiện "
                    "trên màn hình rồi bấm “Tra cứu”.\n\n"
                    "Nếu đã đăng nhập, bạn xem được tất cả hồ sơ của mình trong mục quản lý hồ sơ "
                    "đã nộp."
                ),
            },
            {
                "title": "Hoặc hỏi trực tiếp bộ phận một cửa",
                "body": (
                    "Gọi số điện thoại in trên giấy hẹn hoặc đến bộ phận một cửa UBND xã, phường, "
                    "đọc mã hồ sơ để cán bộ tra giúp. Mang thẻ căn cước nếu đến trực tiếp."
                ),
                "alternative": True,
            },
            {
                "title": "Hiểu trạng thái hồ sơ",
                "body": (
                    "- “Đã tiếp nhận”, “Đang xử lý”: hồ sơ đang được giải quyết, bạn chờ.\n"
                    "- “Yêu cầu bổ sung”: đọc lý do và bổ sung giấy tờ.\n"
                    "- “Chờ thực hiện nghĩa vụ tài chính”: chờ thông báo thuế và nộp tiền.\n"
                    "- “Đã có kết quả”: mang giấy hẹn đến nhận.\n"
                    "- “Quá hạn”: xem bước phản ánh bên dưới."
                ),
            },
            {
                "title": "Xin thông tin thửa đất, trích lục bản đồ",
                "body": (
                    "Khi cần biết chính xác thông tin một thửa đất (chủ sử dụng, diện tích, quy "
                    "hoạch…), hãy làm phiếu yêu cầu cung cấp thông tin đất đai tại Văn phòng đăng "
                    "ký đất đai hoặc chi nhánh, hoặc qua bộ phận một cửa.\n\n"
                    "Các ứng dụng, trang mạng tư nhân rao “tra cứu quy hoạch” chỉ để tham khảo, "
                    "không thay được văn bản của cơ quan nhà nước."
                ),
                "fee": "Theo quy định của tỉnh về phí khai thác dữ liệu đất đai",
                "optional": True,
            },
            {
                "title": "Phản ánh khi hồ sơ bị trễ hẹn",
                "body": (
                    "Khi hồ sơ quá hạn, cơ quan giải quyết phải gửi văn bản xin lỗi và hẹn lại "
                    "ngày trả kết quả. Nếu không nhận được, bạn có thể:\n"
                    "- Gửi phản ánh, kiến nghị trên Cổng Dịch vụ công quốc gia, ghi rõ mã hồ sơ;\n"
                    "- Hỏi trực tiếp lãnh đạo bộ phận một cửa."
                ),
                "warning": ("Không đưa mã hồ sơ, số căn cước hay tiền cho người lạ hứa “đẩy nhanh hồ sơ”."),
            },
        ],
        "faq": [
            {
                "question": "Mất giấy hẹn thì tra cứu bằng cách nào?",
                "answer": (
                    "Đăng nhập Cổng Dịch vụ công để xem hồ sơ của mình, hoặc mang thẻ căn cước đến "
                    "bộ phận một cửa nhờ tra theo tên và số định danh."
                ),
            },
            {
                "question": "Xem quy hoạch đất ở đâu thì chính xác?",
                "answer": (
                    "Thông tin chính xác nhất là văn bản cung cấp thông tin của Văn phòng đăng ký "
                    "đất đai hoặc bản đồ quy hoạch công bố tại UBND xã, phường và trên trang thông "
                    "tin chính thức của tỉnh."
                ),
            },
        ],
        "troubleshooting": ["ho-so-yeu-cau-bo-sung", "khong-co-dien-thoai-thong-minh"],
        "related": [
            "cap-giay-chung-nhan-quyen-su-dung-dat-lan-dau",
            "nhan-biet-phong-tranh-lua-dao",
        ],
    },
    # -------------------- Nhận biết và phòng tránh lừa đảo qua điện thoại, mạng xã hội
    {
        "slug": "nhan-biet-phong-tranh-lua-dao",
        "language": "vi",
        "title": "Nhận biết và phòng tránh lừa đảo qua điện thoại, mạng xã hội",
        "summary": (
            "Những kiểu lừa đảo hay gặp, cách nhận ra kẻ gian mạo danh công an, ngân hàng, và việc "
            "cần làm ngay nếu lỡ chuyển tiền hoặc đọc mã OTP."
        ),
        "audience": (
            "Mọi người, nhất là người cao tuổi, bà con nông thôn mới dùng điện thoại thông minh và "
            "người có tài khoản ngân hàng"
        ),
        "category": "an-toan-tren-mang",
        "agency": "Công an xã, phường nơi gần nhất (tiếp nhận tin báo)",
        "tags": ["lừa đảo", "lừa đảo qua điện thoại", "mạo danh công an", "otp", "cuộc gọi lạ"],
        "submission": [],
        "documents": [
            "Điện thoại của bạn (giữ nguyên tin nhắn, lịch sử cuộc gọi để làm bằng chứng)",
            "Thông tin tài khoản đã chuyển tiền và ảnh chụp giao dịch (nếu lỡ chuyển)",
        ],
        "fee": "Miễn phí",
        "processing_time": "Báo tin ngay khi phát hiện; càng sớm càng dễ ngăn chặn",
        "result": "Giữ an toàn tiền bạc, thông tin cá nhân; tin báo được công an tiếp nhận, xử lý",
        "legal_basis": (
            "Luật An ninh mạng 2018; Bộ luật Hình sự 2015 (tội lừa đảo chiếm đoạt tài sản); Luật "
            "Bảo vệ dữ liệu cá nhân 2025"
        ),
        "online_url": "",
        "checked_on": "2026-11-12",
        "steps": [
            {
                "title": "Biết các kiểu lừa đảo hay gặp",
                "body": (
                    "Kẻ gian thường gọi điện, nhắn tin hoặc gọi video qua Zalo, Facebook và:\n"
                    "- Xưng là công an, nói bạn liên quan một vụ án, đòi “chứng minh trong sạch” "
                    "bằng cách chuyển tiền;\n"
                    "- Xưng là cán bộ, bảo bạn “cập nhật VNeID”, “đồng bộ căn cước” bằng đường "
                    "link;\n"
                    "- Giả điện lực, bảo hiểm xã hội, ngân hàng, báo sắp cắt điện, hoàn tiền;\n"
                    "- Báo con, cháu bị tai nạn đang cấp cứu, cần chuyển tiền gấp;\n"
                    "- Báo trúng thưởng, rủ “việc nhẹ lương cao”, “làm nhiệm vụ” nhận hoa hồng;\n"
                    "- Bán phân bón, giống cây giá rẻ, bắt đặt cọc trước rồi biến mất;\n"
                    "- Gọi video giả mặt, giả giọng người thân để vay tiền."
                ),
            },
            {
                "title": "Nhớ ba điều “không”",
                "body": (
                    "- Không đọc mã OTP, mật khẩu, passcode cho bất kỳ ai.\n"
                    "- Không chuyển tiền cho người chỉ quen qua điện thoại, mạng xã hội.\n"
                    "- Không bấm đường link, không cài ứng dụng theo lời người lạ.\n\n"
                    "Công an làm việc với người dân bằng giấy mời, tại trụ sở; không bao giờ yêu "
                    "cầu chuyển tiền vào tài khoản để “tạm giữ” hay “xác minh”."
                ),
            },
            {
                "title": "Khi nghi ngờ: dừng lại và cúp máy",
                "body": (
                    "Kẻ gian luôn thúc giục, dọa dẫm để bạn không kịp suy nghĩ. Hãy:\n"
                    "- Cúp máy, không tranh cãi;\n"
                    "- Gọi lại cho người thân bằng số bạn đã lưu từ trước, hoặc hỏi câu mà chỉ "
                    "người nhà biết;\n"
                    "- Gọi công an xã, phường hoặc hỏi con cháu, hàng xóm trước khi làm bất cứ "
                    "việc gì."
                ),
                "tip": ("Ghi số điện thoại của công an xã, trưởng thôn lên tờ giấy dán cạnh điện thoại."),
            },
            {
                "title": "Chỉ cài ứng dụng từ CH Play, App Store",
                "body": (
                    "Ứng dụng thật như VNeID, VssID, ứng dụng ngân hàng đều có trên CH Play "
                    "(Android) và App Store (iPhone).\n\n"
                    "- Không cài tệp có đuôi “.apk” gửi qua Zalo, tin nhắn.\n"
                    "- Không bấm “Cho phép” khi một ứng dụng lạ xin quyền trợ năng, quyền đọc tin "
                    "nhắn hoặc quyền điều khiển màn hình."
                ),
            },
            {
                "title": "Nếu lỡ chuyển tiền hoặc đọc mã OTP",
                "body": (
                    "Làm ngay, từng phút đều quý:\n"
                    "- Gọi tổng đài ngân hàng (số in ở mặt sau thẻ) đề nghị khóa tài khoản, tra "
                    "soát giao dịch;\n"
                    "- Đổi mật khẩu ngân hàng, VNeID, Zalo;\n"
                    "- Đến công an xã, phường trình báo, mang theo điện thoại, ảnh chụp tin nhắn, "
                    "số tài khoản đã chuyển."
                ),
                "warning": (
                    "Cẩn thận với người tự xưng có thể “lấy lại tiền bị lừa” nếu bạn trả phí "
                    "trước: đó là lừa đảo lần hai."
                ),
            },
            {
                "title": "Báo tin số điện thoại, tài khoản lừa đảo",
                "body": (
                    "Giúp người khác không bị lừa:\n"
                    "- Nhắn tin phản ánh cuộc gọi rác, cuộc gọi lừa đảo đến đầu số 156 theo hướng "
                    "dẫn của nhà mạng;\n"
                    "- Bấm “Báo cáo” tài khoản giả trên Zalo, Facebook;\n"
                    "- Dùng chức năng tố giác, tin báo tội phạm trên ứng dụng VNeID (nếu có trong "
                    "phiên bản của bạn);\n"
                    "- Kể lại cho người thân, hàng xóm, nhất là người cao tuổi."
                ),
                "optional": True,
            },
        ],
        "faq": [
            {
                "question": "Công an có gọi điện bảo tôi cài VNeID hay cập nhật thông tin không?",
                "answer": (
                    "Không. Công an không hướng dẫn cài ứng dụng hay cập nhật thông tin qua đường "
                    "link gửi bằng điện thoại. Muốn làm, bạn đến trực tiếp công an xã, phường."
                ),
            },
            {
                "question": ("Người gọi biết đúng họ tên, số căn cước của tôi, có phải người thật không?"),
                "answer": (
                    "Chưa chắc. Thông tin cá nhân có thể đã bị lộ từ trước. Biết thông tin của bạn "
                    "không chứng minh được họ là cán bộ thật."
                ),
            },
            {
                "question": "Tôi chỉ đọc mã OTP, chưa thấy mất tiền, có sao không?",
                "answer": (
                    "Có thể kẻ gian đã vào được tài khoản của bạn. Hãy gọi ngân hàng, đổi mật khẩu "
                    "ngay và theo dõi tài khoản vài ngày tới."
                ),
            },
        ],
        "troubleshooting": ["lo-cai-ung-dung-la", "otp-gui-ve-sim-cu"],
        "related": [
            "tao-va-bao-ve-mat-khau-otp",
            "kich-hoat-vneid-muc-2",
            "nop-phat-giao-thong-va-thue-dat-truc-tuyen",
        ],
    },
    # -------------------- Tạo mật khẩu mạnh và giữ kín mã OTP
    {
        "slug": "tao-va-bao-ve-mat-khau-otp",
        "language": "vi",
        "title": "Tạo mật khẩu mạnh và giữ kín mã OTP",
        "summary": (
            "Cách đặt mật khẩu dễ nhớ mà khó đoán, khóa điện thoại và giữ kín mã OTP để bảo vệ tài "
            "khoản VNeID, ngân hàng, Zalo."
        ),
        "audience": ("Mọi người dùng điện thoại thông minh, nhất là người mới có tài khoản ngân hàng"),
        "category": "an-toan-tren-mang",
        "agency": "",
        "tags": ["mật khẩu", "otp", "mã otp", "passcode", "bảo mật", "tài khoản ngân hàng"],
        "submission": [],
        "documents": [
            "Điện thoại thông minh",
            "Một cuốn sổ nhỏ cất ở nơi kín đáo (nếu bạn muốn ghi gợi ý mật khẩu)",
        ],
        "fee": "Miễn phí",
        "processing_time": "Khoảng 15–20 phút",
        "result": ("Các tài khoản quan trọng (VNeID, ngân hàng, Zalo) có mật khẩu mạnh, khó bị chiếm đoạt"),
        "legal_basis": "",
        "online_url": "",
        "checked_on": "2026-06-25",
        "steps": [
            {
                "title": "Hiểu mật khẩu, passcode và mã OTP",
                "body": (
                    "- Mật khẩu giống chìa khóa nhà: bạn dùng nhiều lần, phải giữ kín.\n"
                    "- Passcode, mã PIN: mật khẩu ngắn bằng số, dùng để mở ứng dụng hoặc xác "
                    "nhận.\n"
                    "- Mã OTP: mã dùng một lần, gửi qua tin nhắn, chỉ có hiệu lực vài phút.\n\n"
                    "Ngân hàng, công an, cán bộ xã không bao giờ hỏi các mã này của bạn."
                ),
            },
            {
                "title": "Đặt mật khẩu dài, dễ nhớ với riêng mình",
                "body": (
                    "Nghĩ một câu chỉ bạn biết, lấy chữ cái đầu của mỗi tiếng, giữ lại số và dấu "
                    "câu. Ví dụ câu “Vườn cà phê nhà tôi có 120 gốc!” thành mật khẩu "
                    "“Vcpntc120g!”.\n\n"
                    "Tránh dùng:\n"
                    "- Ngày sinh, số điện thoại, biển số xe;\n"
                    "- Tên con, tên làng, tên buôn;\n"
                    "- Dãy dễ đoán như 123456, 111111, abc123."
                ),
                "warning": "Đừng dùng đúng câu ví dụ ở trên, hãy nghĩ câu của riêng bạn.",
            },
            {
                "title": "Mỗi tài khoản quan trọng một mật khẩu riêng",
                "body": (
                    "VNeID, ngân hàng, Zalo, thư điện tử nên có mật khẩu khác nhau. Nếu một tài "
                    "khoản bị lộ, kẻ gian không mở được các tài khoản còn lại.\n\n"
                    "Mẹo: dùng cùng một câu gốc nhưng thêm vài chữ riêng cho từng tài khoản mà chỉ "
                    "bạn hiểu."
                ),
            },
            {
                "title": "Cất giữ mật khẩu an toàn",
                "body": (
                    "- Có thể ghi gợi ý vào một cuốn sổ nhỏ, cất nơi kín đáo trong nhà, không kẹp "
                    "cùng điện thoại hay ví.\n"
                    "- Có thể dùng trình quản lý mật khẩu có sẵn trên điện thoại (của Google trên "
                    "Android, ứng dụng “Mật khẩu” trên iPhone).\n"
                    "- Không chụp ảnh mật khẩu, không gửi mật khẩu qua Zalo, Facebook."
                ),
                "optional": True,
            },
            {
                "title": "Khóa màn hình và bật xác thực hai lớp",
                "body": (
                    "- Khóa màn hình: vào “Cài đặt”, tìm mục “Màn hình khóa” hoặc “Bảo mật”, đặt "
                    "mã PIN 6 số, thêm vân tay hoặc khuôn mặt.\n"
                    "- Zalo, Facebook: vào phần cài đặt tài khoản và bảo mật, bật xác thực hai lớp "
                    "(tên mục có thể khác một chút tùy phiên bản).\n"
                    "- Ứng dụng ngân hàng: bật xác thực bằng vân tay, khuôn mặt hoặc Smart OTP."
                ),
            },
            {
                "title": "Đọc kỹ tin nhắn OTP và giữ kín",
                "body": (
                    "Tin nhắn OTP thật thường ghi rõ mã dùng để làm gì, có khi kèm số tiền. Đọc "
                    "hết tin trước khi nhập mã.\n\n"
                    "Nếu bạn nhận mã OTP mà mình không hề yêu cầu, có thể ai đó đang cố vào tài "
                    "khoản của bạn. Không đọc mã cho ai, đổi mật khẩu ngay."
                ),
            },
            {
                "title": "Đổi mật khẩu khi nghi bị lộ",
                "body": (
                    "Đổi mật khẩu ngay khi lỡ nói cho người khác, khi mất điện thoại hoặc thấy "
                    "đăng nhập lạ. Trong phần bảo mật của ứng dụng, chọn đăng xuất khỏi các thiết "
                    "bị khác nếu có. Báo ngân hàng nếu liên quan đến tài khoản tiền."
                ),
            },
        ],
        "faq": [
            {
                "question": "Tôi lớn tuổi, khó nhớ mật khẩu dài thì làm sao?",
                "answer": (
                    "Dùng cách lấy chữ cái đầu của một câu quen thuộc với bạn. Bật mở khóa bằng "
                    "vân tay hoặc khuôn mặt để ít phải gõ mật khẩu. Con cháu có thể hướng dẫn, "
                    "nhưng bạn nên tự đặt mật khẩu."
                ),
            },
            {
                "question": "Có nên nhờ con cháu giữ mật khẩu giùm không?",
                "answer": (
                    "Hạn chế. Nếu thật cần, chỉ nhờ người thật sự tin cậy trong nhà, và đổi mật "
                    "khẩu khi không còn cần nhờ nữa."
                ),
            },
        ],
        "troubleshooting": ["quen-passcode-vneid", "otp-gui-ve-sim-cu", "lo-cai-ung-dung-la"],
        "related": ["nhan-biet-phong-tranh-lua-dao", "kich-hoat-vneid-muc-2"],
    },
    # -------------------- Đăng ký tuyển sinh lớp 1, lớp 6 trực tuyến
    {
        "slug": "dang-ky-tuyen-sinh-dau-cap-truc-tuyen",
        "language": "vi",
        "title": "Đăng ký tuyển sinh lớp 1, lớp 6 trực tuyến",
        "summary": (
            "Đăng ký cho con vào lớp 1 hoặc lớp 6 trên trang tuyển sinh trực tuyến bằng số định "
            "danh cá nhân của con, không phải xếp hàng nộp hồ sơ."
        ),
        "audience": (
            "Cha mẹ, người giám hộ có con vào lớp 1 (trẻ 6 tuổi) hoặc lớp 6 (học sinh hoàn thành "
            "chương trình tiểu học)"
        ),
        "category": "giao-duc",
        "agency": "Trường tiểu học, trung học cơ sở; UBND xã, phường theo kế hoạch tuyển sinh",
        "tags": ["tuyển sinh", "tuyển sinh lớp 1", "tuyển sinh lớp 6", "nhập học", "đầu cấp"],
        "submission": ["online", "office"],
        "documents": [
            ("Số định danh cá nhân của con (12 số; xem trên giấy khai sinh mới hoặc trong VNeID của cha mẹ)"),
            "Giấy khai sinh của con (khi trường yêu cầu đối chiếu)",
            "Học bạ hoặc giấy xác nhận hoàn thành chương trình tiểu học (với lớp 6)",
            "Giấy tờ ưu tiên, nếu có (con thương binh, liệt sĩ, hộ nghèo…)",
            "Số điện thoại của cha hoặc mẹ để nhận tin nhắn",
        ],
        "fee": (
            "Miễn phí đăng ký. Học sinh trường công lập được miễn học phí theo chính sách hiện "
            "hành; các khoản thu khác theo quy định của tỉnh."
        ),
        "processing_time": (
            "Theo kế hoạch tuyển sinh hằng năm của tỉnh và xã, phường (thường đăng ký trong tháng "
            "6–7, có kết quả trước năm học mới)"
        ),
        "result": ("Thông báo kết quả trúng tuyển qua trang tuyển sinh, tin nhắn hoặc niêm yết tại trường"),
        "legal_basis": (
            "Luật Giáo dục 2019; Điều lệ trường tiểu học (Thông tư 28/2020/TT-BGDĐT); Quy chế "
            "tuyển sinh trung học cơ sở và trung học phổ thông (Thông tư 30/2024/TT-BGDĐT); kế "
            "hoạch tuyển sinh hằng năm của tỉnh Đắk Lắk"
        ),
        "online_url": "",
        "checked_on": "2026-06-10",
        "steps": [
            {
                "title": "Theo dõi kế hoạch tuyển sinh",
                "body": (
                    "Khoảng tháng 5, UBND xã, phường và các trường thông báo kế hoạch tuyển sinh:\n"
                    "- Thời gian đăng ký trực tuyến và nộp hồ sơ;\n"
                    "- Tuyến tuyển sinh (con học trường nào theo nơi cư trú);\n"
                    "- Địa chỉ trang đăng ký tuyển sinh trực tuyến.\n\n"
                    "Xem trên bảng tin của trường, nhóm Zalo phụ huynh do giáo viên lập, loa phát "
                    "thanh thôn, buôn."
                ),
                "warning": (
                    "Chỉ dùng địa chỉ trang tuyển sinh do nhà trường, UBND xã công bố. Không đưa "
                    "tiền cho người hứa “giữ chỗ” vào trường."
                ),
            },
            {
                "title": "Chuẩn bị thông tin của con",
                "body": (
                    "Số định danh cá nhân của con là thông tin quan trọng nhất. Bạn tìm ở:\n"
                    "- Giấy khai sinh cấp gần đây (ô “Số định danh cá nhân”);\n"
                    "- Ứng dụng VNeID của cha mẹ, mục thông tin cư trú có danh sách thành viên "
                    "hộ.\n\n"
                    "Với lớp 6, chuẩn bị thêm học bạ hoặc kết quả học tập lớp 5 của con."
                ),
            },
            {
                "title": "Đăng ký trên trang tuyển sinh trực tuyến",
                "body": (
                    "- Mở trang tuyển sinh, chọn cấp học (lớp 1 hoặc lớp 6).\n"
                    "- Nhập số định danh của con và mã xác nhận; thông tin họ tên, ngày sinh, nơi "
                    "cư trú được lấy tự động từ cơ sở dữ liệu dân cư.\n"
                    "- Bổ sung số điện thoại, chọn trường theo đúng tuyến.\n"
                    "- Tải ảnh giấy tờ ưu tiên (nếu có), rồi bấm “Đăng ký”."
                ),
                "tip": (
                    "Làm vào ngày đầu hoặc giữa đợt, tránh sát hạn vì trang có thể chậm do nhiều "
                    "người truy cập."
                ),
            },
            {
                "title": "Hoặc nộp hồ sơ trực tiếp tại trường",
                "body": (
                    "Mang giấy khai sinh, học bạ (với lớp 6) và giấy tờ ưu tiên đến trường trong "
                    "thời gian tuyển sinh. Thầy cô sẽ nhập hồ sơ giúp bạn."
                ),
                "alternative": True,
            },
            {
                "title": "Kiểm tra và lưu mã hồ sơ",
                "body": (
                    "Sau khi đăng ký, trang hiện mã hồ sơ. Chụp màn hình lại. Kiểm tra tên con, "
                    "ngày sinh, trường đã chọn. Nếu sai, sửa ngay khi còn trong thời gian đăng ký."
                ),
            },
            {
                "title": "Xem kết quả và xác nhận nhập học",
                "body": (
                    "Khi có kết quả, tra cứu trên trang tuyển sinh hoặc chờ tin nhắn, thông báo "
                    "của trường. Làm theo hướng dẫn xác nhận nhập học trong thời hạn; nộp hồ sơ "
                    "giấy nếu trường yêu cầu."
                ),
            },
            {
                "title": "Cài ứng dụng liên lạc với nhà trường",
                "body": (
                    "Nhiều trường dùng sổ liên lạc điện tử hoặc nhóm Zalo lớp để báo điểm, lịch "
                    "học. Cài theo hướng dẫn của giáo viên chủ nhiệm.\n\n"
                    "Mọi khoản thu phải có thông báo chính thức của trường. Không chuyển tiền theo "
                    "tin nhắn lạ tự xưng là giáo viên."
                ),
                "optional": True,
            },
        ],
        "faq": [
            {
                "question": "Con sinh vào cuối năm có được vào lớp 1 không?",
                "answer": (
                    "Tuổi vào lớp 1 là 6 tuổi, tính theo năm sinh. Ví dụ năm học 2026–2027 nhận "
                    "trẻ sinh năm 2020, dù sinh vào tháng 1 hay tháng 12."
                ),
            },
            {
                "question": (
                    "Gia đình tạm trú ở Đắk Lắk, hộ khẩu ở tỉnh khác, con có được học gần nhà không?"
                ),
                "answer": (
                    "Được. Nơi cư trú gồm cả nơi tạm trú, nên bạn cần đăng ký tạm trú cho cả nhà "
                    "trước kỳ tuyển sinh để con được xếp vào trường theo tuyến."
                ),
            },
            {
                "question": "Nhà không có máy tính, đăng ký bằng điện thoại được không?",
                "answer": (
                    "Được. Trang tuyển sinh mở được trên điện thoại. Nếu khó, đến trường hoặc nhờ "
                    "tổ công nghệ số cộng đồng ở thôn, buôn hỗ trợ."
                ),
            },
        ],
        "troubleshooting": ["thong-tin-ca-nhan-bi-sai", "khong-co-dien-thoai-thong-minh"],
        "related": [
            "dang-ky-thuong-tru-tam-tru-truc-tuyen",
            "dang-ky-khai-sinh-truc-tuyen",
            "nhan-biet-phong-tranh-lua-dao",
        ],
    },
    # -------------------- Tra cứu giá cà phê và đăng ký mã số vùng trồng
    {
        "slug": "tra-cuu-gia-ca-phe-va-dang-ky-ma-so-vung-trong",
        "language": "vi",
        "title": "Tra cứu giá cà phê và đăng ký mã số vùng trồng",
        "summary": (
            "Xem giá cà phê, hồ tiêu từ nguồn tin cậy và chuẩn bị hồ sơ xin mã số vùng trồng để "
            "bán cà phê vào những thị trường đòi hỏi truy xuất nguồn gốc."
        ),
        "audience": (
            "Nông hộ trồng cà phê, hồ tiêu, sầu riêng; tổ hợp tác, hợp tác xã nông nghiệp ở Đắk Lắk"
        ),
        "category": "nong-nghiep",
        "agency": ("Chi cục Trồng trọt và Bảo vệ thực vật (Sở Nông nghiệp và Môi trường tỉnh Đắk Lắk)"),
        "tags": ["cà phê", "giá cà phê", "mã số vùng trồng", "truy xuất nguồn gốc", "hợp tác xã"],
        "submission": ["office", "post", "online"],
        "documents": [
            "Giấy đề nghị cấp mã số vùng trồng (theo mẫu)",
            "Danh sách hộ tham gia, diện tích và số cây của từng hộ",
            "Sơ đồ vùng trồng và tọa độ các điểm ranh giới (có thể lấy bằng điện thoại)",
            "Nhật ký canh tác: ghi chép bón phân, phun thuốc bảo vệ thực vật, thu hoạch",
            "Hợp đồng liên kết tiêu thụ (nếu có)",
        ],
        "fee": (
            "Theo quy định hiện hành – hỏi Chi cục Trồng trọt và Bảo vệ thực vật; chi phí đo vẽ, "
            "chứng nhận (nếu thuê dịch vụ) do hai bên thỏa thuận"
        ),
        "processing_time": (
            "Theo quy định hiện hành, gồm cả thời gian kiểm tra thực tế tại vườn; hỏi cơ quan tiếp "
            "nhận khi nộp hồ sơ"
        ),
        "result": ("Mã số vùng trồng được cấp và công bố, dùng để truy xuất nguồn gốc khi bán nông sản"),
        "legal_basis": (
            "Luật Trồng trọt 2018; văn bản hướng dẫn của Bộ Nông nghiệp và Môi trường về cấp, quản "
            "lý mã số vùng trồng"
        ),
        "online_url": "https://dichvucong.gov.vn/",
        "checked_on": "2026-09-30",
        "steps": [
            {
                "title": "Xem giá cà phê từ nguồn tin cậy",
                "body": (
                    "Giá cà phê thay đổi từng ngày. Nên xem ở nhiều nguồn rồi so sánh:\n"
                    "- Bản tin giá nông sản trên báo, đài phát thanh – truyền hình của tỉnh;\n"
                    "- Thông tin của hợp tác xã, doanh nghiệp thu mua mà bạn có hợp đồng;\n"
                    "- Giá niêm yết tại đại lý trong xã.\n\n"
                    "Giá đăng trên mạng là giá tham khảo. Giá thật khi bán còn tùy độ ẩm, tỷ lệ "
                    "hạt đen, vỡ và tạp chất."
                ),
                "warning": (
                    "Cẩn thận các nhóm Zalo, Facebook “dự báo giá” rủ góp vốn, vay tiền để “ôm "
                    "hàng”. Không chuyển tiền đặt cọc cho người mua chưa từng gặp."
                ),
            },
            {
                "title": "Hiểu mã số vùng trồng là gì",
                "body": (
                    "Mã số vùng trồng giống như “số nhà” của vườn cây. Nhờ mã này, người mua biết "
                    "cà phê được trồng ở đâu, chăm sóc thế nào.\n\n"
                    "Nhiều thị trường, nhất là châu Âu, yêu cầu chứng minh nguồn gốc và cà phê "
                    "không trồng trên đất phá rừng. Có mã số vùng trồng và nhật ký canh tác giúp "
                    "bà con dễ bán hàng cho doanh nghiệp xuất khẩu."
                ),
            },
            {
                "title": "Tham gia tổ hợp tác hoặc hợp tác xã",
                "body": (
                    "Vùng trồng được cấp mã cần có diện tích đủ lớn và cách chăm sóc giống nhau, "
                    "nên hộ nhỏ thường đăng ký chung theo nhóm. Hỏi hợp tác xã, tổ hợp tác trong "
                    "xã hoặc cán bộ khuyến nông để tham gia.\n\n"
                    "Đại diện nhóm sẽ đứng ra làm hồ sơ cho cả vùng."
                ),
                "tip": (
                    "Doanh nghiệp thu mua có liên kết thường hỗ trợ làm hồ sơ, đo vẽ vườn cho các "
                    "hộ trong vùng."
                ),
            },
            {
                "title": "Ghi nhật ký canh tác",
                "body": (
                    "Mỗi lần bón phân, phun thuốc, tưới, thu hoạch, ghi lại:\n"
                    "- Ngày làm;\n"
                    "- Tên phân, thuốc và lượng dùng;\n"
                    "- Người làm.\n\n"
                    "Có thể ghi vào sổ giấy hoặc ứng dụng do hợp tác xã hướng dẫn. Chỉ dùng thuốc "
                    "bảo vệ thực vật có trong danh mục được phép sử dụng ở Việt Nam."
                ),
            },
            {
                "title": "Lấy tọa độ và vẽ sơ đồ vườn",
                "body": (
                    "Đứng ở từng góc vườn, mở ứng dụng bản đồ trên điện thoại (ví dụ Google Maps), "
                    "nhấn giữ vào chấm xanh vị trí của bạn để hiện tọa độ, chụp màn hình lại.\n\n"
                    "Ghi tọa độ các góc theo thứ tự đi quanh vườn. Cán bộ hoặc hợp tác xã sẽ dùng "
                    "số liệu này để vẽ ranh giới vùng trồng."
                ),
                "optional": True,
            },
            {
                "title": "Nộp hồ sơ đề nghị cấp mã số",
                "body": (
                    "Đại diện tổ hợp tác, hợp tác xã nộp hồ sơ tại Chi cục Trồng trọt và Bảo vệ "
                    "thực vật, gửi qua bưu điện, hoặc nộp trực tuyến nếu thủ tục đã mở trên Cổng "
                    "Dịch vụ công.\n\n"
                    "Sau đó, cán bộ chuyên môn xuống kiểm tra thực tế vườn, xem nhật ký canh tác "
                    "trước khi cấp mã."
                ),
            },
            {
                "title": "Giữ mã số sau khi được cấp",
                "body": (
                    "Mã số vùng trồng được kiểm tra định kỳ. Để không bị thu hồi mã:\n"
                    "- Tiếp tục ghi nhật ký đầy đủ;\n"
                    "- Dùng đúng thuốc, đúng liều, đúng thời gian cách ly trước thu hoạch;\n"
                    "- Báo cho đại diện nhóm khi thay đổi diện tích, chuyển đổi cây trồng."
                ),
            },
        ],
        "faq": [
            {
                "question": "Nhà tôi chỉ có 1 ha cà phê thì có xin được mã số vùng trồng không?",
                "answer": (
                    "Hộ nhỏ nên tham gia cùng các hộ lân cận qua tổ hợp tác, hợp tác xã để đủ diện "
                    "tích và làm hồ sơ chung. Hỏi Chi cục Trồng trọt và Bảo vệ thực vật hoặc cán "
                    "bộ khuyến nông xã về yêu cầu cụ thể."
                ),
            },
            {
                "question": "Có mã số vùng trồng thì chắc chắn bán được giá cao hơn không?",
                "answer": (
                    "Không chắc chắn. Giá còn tùy chất lượng và thị trường. Nhưng có mã số và nhật "
                    "ký rõ ràng giúp bạn bán được cho nhiều người mua hơn, nhất là doanh nghiệp "
                    "xuất khẩu."
                ),
            },
        ],
        "troubleshooting": ["khong-co-dien-thoai-thong-minh", "lo-cai-ung-dung-la"],
        "related": ["nhan-biet-phong-tranh-lua-dao", "tao-va-bao-ve-mat-khau-otp"],
    },
]
