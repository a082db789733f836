"""Nội dung mẫu: khóa học kỹ năng số — biên tập viên cần rà soát trước khi đăng."""

COURSES = [
    {
        "slug": "lam-quen-voi-dien-thoai-thong-minh",
        "title": "Làm quen với điện thoại thông minh",
        "summary": (
            "Khóa học đầu tiên cho người chưa quen điện thoại cảm ứng: bật máy, chạm, vuốt, kết "
            "nối Wi-Fi, 4G và cài ứng dụng an toàn từ CH Play, App Store."
        ),
        "audience": "Người cao tuổi, bà con nông dân, người mới dùng điện thoại cảm ứng",
        "level": "co-ban",
        "estimated_minutes": 45,
        "category": "ky-nang-so",
        "lessons": [
            {
                "slug": "bat-may-va-thao-tac-co-ban",
                "title": "Bật máy, khóa màn hình và các thao tác chạm, vuốt",
                "summary": (
                    "Biết các nút trên điện thoại, cách bật, tắt, mở khóa màn hình và những thao "
                    "tác tay cơ bản."
                ),
                "objectives": [
                    "Bật, tắt và khởi động lại điện thoại",
                    "Mở khóa màn hình và đặt mã khóa cho máy",
                    "Chạm, vuốt, nhấn giữ và quay về màn hình chính",
                ],
                "body": (
                    "Điện thoại thông minh thoạt nhìn có vẻ khó, nhưng chỉ cần nhớ vài nút và vài "
                    "động tác tay là dùng được. Bạn cứ thử thoải mái, bấm nhầm cũng không hỏng "
                    "máy.\n\n"
                    "Các nút trên thân máy:\n"
                    "- Nút nguồn: thường ở cạnh phải. Nhấn giữ khoảng 3 giây để bật máy. Khi máy "
                    "đang mở, nhấn nhanh một lần để tắt hoặc bật màn hình.\n"
                    "- Hai nút âm lượng: nằm cạnh trái hoặc ngay trên nút nguồn, dùng để to nhỏ "
                    "tiếng chuông, tiếng nói.\n"
                    "- Lỗ cắm sạc: ở cạnh dưới. Sạc khi pin còn khoảng 20%, dùng cục sạc đi kèm "
                    "máy hoặc loại tốt, không sạc qua đêm trên giường, gối.\n\n"
                    "Muốn tắt hẳn máy, nhấn giữ nút nguồn (một số máy phải giữ cùng nút giảm âm "
                    "lượng), rồi chạm vào chữ “Tắt nguồn”. Khi máy chạy chậm hoặc đứng yên, chọn "
                    "“Khởi động lại”.\n\n"
                    "Các động tác tay trên màn hình:\n"
                    "- Chạm: đặt nhẹ đầu ngón tay lên biểu tượng rồi nhấc lên, dùng để mở ứng "
                    "dụng, bấm nút.\n"
                    "- Vuốt: kéo ngón tay lên, xuống hoặc sang ngang để xem tiếp nội dung.\n"
                    "- Nhấn giữ: đặt ngón tay lên một chỗ khoảng 1 giây để hiện thêm lựa chọn.\n"
                    "- Chụm, mở hai ngón tay: thu nhỏ hoặc phóng to chữ, ảnh.\n\n"
                    "Màn hình chính là nơi có các biểu tượng ứng dụng. Dù đang ở đâu, bạn vuốt từ "
                    "mép dưới màn hình lên (hoặc chạm nút hình ngôi nhà, hình tròn ở dưới) để quay "
                    "về màn hình chính.\n\n"
                    "Để người khác không tự ý mở máy, hãy đặt mã khóa: vào “Cài đặt”, tìm mục “Màn "
                    "hình khóa” hoặc “Bảo mật”, chọn mã PIN 6 số và thêm vân tay nếu máy có. Mắt "
                    "kém thì vào “Cài đặt”, mục “Màn hình”, tăng cỡ chữ cho dễ đọc."
                ),
                "practice": [
                    "Nhấn giữ nút nguồn để tắt máy, chờ 10 giây rồi bật lại.",
                    "Mở khóa màn hình, vuốt sang trái, sang phải để xem các trang ứng dụng.",
                    (
                        "Mở ứng dụng “Ảnh” hoặc “Thư viện”, chụm hai ngón tay để thu nhỏ, mở ra để "
                        "phóng to một tấm ảnh."
                    ),
                    "Vào “Cài đặt”, tăng cỡ chữ lên một bậc rồi quay về màn hình chính.",
                ],
                "quiz": [
                    {
                        "question": "Muốn bật điện thoại đang tắt, bạn làm thế nào?",
                        "choices": [
                            "Nhấn nhanh nút tăng âm lượng",
                            "Nhấn giữ nút nguồn khoảng 3 giây",
                            "Cắm sạc rồi chờ máy tự bật",
                        ],
                        "answer": 1,
                        "explanation": (
                            "Nút nguồn dùng để bật, tắt máy. Phải nhấn giữ vài giây thì máy mới khởi động."
                        ),
                    },
                    {
                        "question": "Động tác nào dùng để phóng to chữ trên màn hình?",
                        "choices": [
                            "Đặt hai ngón tay lên màn hình rồi mở rộng ra",
                            "Nhấn giữ nút nguồn",
                            "Lắc mạnh điện thoại",
                        ],
                        "answer": 0,
                        "explanation": "Mở rộng hai ngón tay để phóng to, chụm lại để thu nhỏ.",
                    },
                    {
                        "question": "Vì sao nên đặt mã khóa màn hình?",
                        "choices": [
                            "Để máy chạy nhanh hơn",
                            "Để tiết kiệm pin",
                            "Để người khác không tự ý mở máy, xem tin nhắn và tài khoản của bạn",
                        ],
                        "answer": 2,
                        "explanation": (
                            "Trong điện thoại có tin nhắn, mã OTP và ứng dụng ngân hàng. Mã khóa "
                            "giúp bảo vệ những thứ đó khi bạn để quên hay đánh rơi máy."
                        ),
                    },
                ],
            },
            {
                "slug": "ket-noi-wifi-va-4g",
                "title": "Kết nối Wi-Fi và 4G",
                "summary": (
                    "Phân biệt Wi-Fi và 4G, biết cách bật, tắt và kết nối mạng để dùng ứng dụng, "
                    "làm thủ tục trực tuyến."
                ),
                "objectives": [
                    "Phân biệt mạng Wi-Fi và dữ liệu di động 4G",
                    "Kết nối điện thoại với một mạng Wi-Fi có mật khẩu",
                    "Bật, tắt 4G và kiểm tra máy đã có mạng hay chưa",
                ],
                "body": (
                    "Muốn làm thủ tục trực tuyến, xem tin tức hay gọi video, điện thoại cần có "
                    "mạng Internet. Có hai cách để có mạng.\n\n"
                    "Wi-Fi là mạng không dây lấy từ cục phát đặt trong nhà, quán, nhà văn hóa, trụ "
                    "sở xã. Dùng Wi-Fi không bị trừ tiền theo dung lượng, nhưng chỉ dùng được "
                    "trong phạm vi gần cục phát.\n\n"
                    "4G (dữ liệu di động) là mạng lấy từ sim điện thoại, dùng được ở ngoài rẫy, "
                    "trên đường, miễn là có sóng. Bạn cần đăng ký gói cước dữ liệu với nhà mạng, "
                    "nếu không có thể bị trừ tiền nhanh.\n\n"
                    "Cách kết nối Wi-Fi:\n"
                    "- Vào “Cài đặt”, chạm “Wi-Fi” (hoặc “Kết nối”, rồi “Wi-Fi”) và gạt nút sang "
                    "bật.\n"
                    "- Máy hiện danh sách mạng ở gần. Chạm vào tên mạng nhà bạn hoặc nơi bạn đang "
                    "ngồi.\n"
                    "- Nhập mật khẩu Wi-Fi (thường dán dưới cục phát, hoặc hỏi chủ nhà), chú ý chữ "
                    "hoa, chữ thường, rồi chạm “Kết nối”.\n"
                    "- Khi thấy chữ “Đã kết nối” và biểu tượng hình quạt ở góc trên màn hình là "
                    "xong. Lần sau máy sẽ tự kết nối.\n\n"
                    "Cách bật 4G: vuốt từ mép trên màn hình xuống để mở bảng điều khiển nhanh, "
                    "chạm vào biểu tượng “Dữ liệu di động” (hai mũi tên lên xuống). Khi có mạng, "
                    "góc trên màn hình hiện chữ 4G.\n\n"
                    "Nên nhớ:\n"
                    "- Khi nộp hồ sơ hoặc chuyển tiền, ưu tiên Wi-Fi ở nhà hoặc 4G của chính "
                    "mình.\n"
                    "- Hạn chế dùng Wi-Fi công cộng không mật khẩu để đăng nhập ngân hàng.\n"
                    "- Nếu trang web không tải được, tắt Wi-Fi rồi bật lại, hoặc chuyển sang 4G.\n"
                    "- Để tiết kiệm pin và tiền cước, tắt 4G khi không dùng đến."
                ),
                "practice": [
                    "Vào “Cài đặt”, mở mục Wi-Fi và xem danh sách các mạng ở gần.",
                    "Kết nối với mạng Wi-Fi của nhà bạn hoặc của lớp học, nhập đúng mật khẩu.",
                    "Vuốt từ mép trên màn hình xuống, tắt rồi bật lại “Dữ liệu di động”.",
                    "Mở một trang tin bất kỳ để kiểm tra máy đã có mạng.",
                ],
                "quiz": [
                    {
                        "question": "Khi đang ở ngoài rẫy, không có Wi-Fi, bạn dùng mạng gì?",
                        "choices": [
                            "Dữ liệu di động 4G từ sim điện thoại",
                            "Bluetooth",
                            "Chế độ máy bay",
                        ],
                        "answer": 0,
                        "explanation": ("4G lấy mạng từ sim nên dùng được ở bất kỳ đâu có sóng điện thoại."),
                    },
                    {
                        "question": "Mật khẩu Wi-Fi nhà mình thường tìm ở đâu?",
                        "choices": [
                            "Trong tin nhắn của người lạ",
                            "Trên nhãn dán dưới cục phát Wi-Fi hoặc hỏi người lắp mạng",
                            "Trên thẻ căn cước",
                        ],
                        "answer": 1,
                        "explanation": (
                            "Nhà mạng thường dán mật khẩu dưới cục phát. Bạn cũng có thể hỏi nhân "
                            "viên đã lắp mạng cho gia đình."
                        ),
                    },
                    {
                        "question": "Khi đăng nhập ứng dụng ngân hàng, nên dùng mạng nào?",
                        "choices": [
                            "Wi-Fi công cộng không có mật khẩu ở quán",
                            "Bất kỳ mạng nào cũng như nhau",
                            "Wi-Fi ở nhà có mật khẩu hoặc 4G của chính mình",
                        ],
                        "answer": 2,
                        "explanation": (
                            "Mạng công cộng không mật khẩu dễ bị người xấu theo dõi. Mạng ở nhà và "
                            "4G của bạn an toàn hơn."
                        ),
                    },
                ],
            },
            {
                "slug": "cai-ung-dung-an-toan",
                "title": "Cài ứng dụng an toàn từ CH Play, App Store",
                "summary": (
                    "Tìm, cài và gỡ ứng dụng từ kho chính thức; nhận ra ứng dụng giả và đường link "
                    "cài đặt nguy hiểm."
                ),
                "objectives": [
                    "Tìm và cài một ứng dụng từ CH Play hoặc App Store",
                    "Nhận ra ứng dụng giả mạo trước khi cài",
                    "Gỡ một ứng dụng không còn dùng",
                ],
                "body": (
                    "Ứng dụng là các chương trình cài thêm vào điện thoại, ví dụ VNeID để dùng "
                    "giấy tờ điện tử, VssID để xem bảo hiểm, Zalo để nhắn tin. Điều quan trọng "
                    "nhất là chỉ cài ứng dụng từ kho chính thức:\n"
                    "- Máy Android (Samsung, Oppo, Xiaomi, Vivo…): kho “CH Play”, biểu tượng hình "
                    "tam giác nhiều màu.\n"
                    "- iPhone: kho “App Store”, biểu tượng chữ A màu xanh.\n\n"
                    "Lần đầu dùng, kho ứng dụng yêu cầu đăng nhập tài khoản Google (Android) hoặc "
                    "Apple ID (iPhone). Hãy tự tạo và tự giữ mật khẩu tài khoản này.\n\n"
                    "Cách cài ứng dụng:\n"
                    "- Mở CH Play hoặc App Store, chạm vào ô tìm kiếm, gõ tên ứng dụng, ví dụ "
                    "VNeID.\n"
                    "- Trước khi cài, kiểm tra ba điều: tên nhà phát triển có đúng là cơ quan, "
                    "công ty làm ra ứng dụng không; số lượt tải có nhiều không; đánh giá của người "
                    "dùng có tốt không.\n"
                    "- Chạm “Cài đặt” (iPhone là “Nhận”), chờ thanh tải chạy xong rồi chạm “Mở”.\n"
                    "\n"
                    "Dấu hiệu ứng dụng giả hoặc nguy hiểm:\n"
                    "- Được gửi qua đường link trong tin nhắn, Zalo, Facebook, nhất là tệp có đuôi "
                    "“.apk”;\n"
                    "- Người lạ gọi điện hướng dẫn từng bước cài đặt;\n"
                    "- Ứng dụng xin những quyền không liên quan, như quyền “trợ năng”, đọc toàn bộ "
                    "tin nhắn, điều khiển màn hình.\n\n"
                    "Gặp những dấu hiệu trên, dừng lại ngay, không bấm “Cho phép”.\n\n"
                    "Gỡ ứng dụng không dùng nữa cho máy nhẹ và an toàn hơn: nhấn giữ biểu tượng "
                    "ứng dụng, chọn “Gỡ cài đặt” (iPhone là “Xóa ứng dụng”). Thỉnh thoảng mở kho "
                    "ứng dụng để cập nhật các ứng dụng đang dùng lên bản mới nhất."
                ),
                "practice": [
                    "Mở CH Play hoặc App Store, tìm ứng dụng VNeID và đọc tên nhà phát triển.",
                    "Cài một ứng dụng hữu ích, ví dụ ứng dụng thời tiết, rồi mở thử.",
                    (
                        "Nhấn giữ biểu tượng ứng dụng vừa cài, tìm nút gỡ cài đặt (chưa cần gỡ nếu "
                        "bạn muốn giữ lại)."
                    ),
                    "Kể cho người ngồi cạnh ba dấu hiệu của ứng dụng giả.",
                ],
                "quiz": [
                    {
                        "question": "Nên cài ứng dụng VNeID từ đâu?",
                        "choices": [
                            "Từ đường link một người tự xưng công an gửi qua Zalo",
                            "Từ CH Play (Android) hoặc App Store (iPhone)",
                            "Từ tệp .apk bạn bè chia sẻ",
                        ],
                        "answer": 1,
                        "explanation": (
                            "Kho ứng dụng chính thức kiểm tra ứng dụng trước khi cho tải. Đường "
                            "link và tệp .apk gửi qua tin nhắn dễ là ứng dụng giả để đánh cắp tiền."
                        ),
                    },
                    {
                        "question": (
                            "Một ứng dụng mới cài xin “quyền trợ năng” để điều khiển màn hình. Bạn làm gì?"
                        ),
                        "choices": [
                            "Bấm “Cho phép” cho nhanh",
                            "Không cho phép, gỡ ứng dụng và hỏi người tin cậy",
                            "Tắt máy rồi bật lại và cho phép",
                        ],
                        "answer": 1,
                        "explanation": (
                            "Ứng dụng lừa đảo thường xin quyền trợ năng để tự thao tác trên máy, "
                            "kể cả chuyển tiền. Không cấp quyền này cho ứng dụng lạ."
                        ),
                    },
                    {
                        "question": "Trước khi cài, cần kiểm tra điều gì trên trang ứng dụng?",
                        "choices": [
                            "Màu sắc biểu tượng có đẹp không",
                            "Tên nhà phát triển, số lượt tải và đánh giá của người dùng",
                            "Dung lượng ứng dụng càng lớn càng tốt",
                        ],
                        "answer": 1,
                        "explanation": (
                            "Ứng dụng giả thường có tên nhà phát triển lạ, ít lượt tải và nhiều đánh giá xấu."
                        ),
                    },
                    {
                        "question": "Muốn gỡ một ứng dụng trên máy, bạn làm thế nào?",
                        "choices": [
                            "Nhấn giữ biểu tượng ứng dụng rồi chọn gỡ cài đặt",
                            "Tháo sim ra khỏi máy",
                            "Tắt Wi-Fi",
                        ],
                        "answer": 0,
                        "explanation": (
                            "Nhấn giữ biểu tượng sẽ hiện lựa chọn “Gỡ cài đặt” hoặc “Xóa ứng dụng”."
                        ),
                    },
                ],
            },
        ],
    },
    {
        "slug": "dich-vu-cong-truc-tuyen-cho-moi-nguoi",
        "title": "Dịch vụ công trực tuyến cho mọi người",
        "summary": (
            "Dùng tài khoản VNeID, nộp hồ sơ trên Cổng Dịch vụ công quốc gia và thanh toán phí, lệ "
            "phí trực tuyến một cách an toàn."
        ),
        "audience": ("Người đã biết dùng điện thoại cơ bản, muốn tự làm thủ tục hành chính trên mạng"),
        "level": "nang-cao",
        "estimated_minutes": 60,
        "category": "ky-nang-so",
        "lessons": [
            {
                "slug": "tai-khoan-vneid",
                "title": "Tài khoản VNeID: chìa khóa làm thủ tục trực tuyến",
                "summary": (
                    "Hiểu tài khoản định danh điện tử là gì, khác nhau giữa mức 1 và mức 2, và "
                    "cách giữ an toàn cho tài khoản."
                ),
                "objectives": [
                    "Giải thích được tài khoản định danh điện tử dùng để làm gì",
                    "Phân biệt tài khoản mức 1 và mức 2",
                    "Biết những việc không bao giờ được làm với tài khoản VNeID",
                ],
                "body": (
                    "Khi làm thủ tục ở trụ sở, cán bộ xem thẻ căn cước để biết bạn là ai. Khi làm "
                    "thủ tục trên mạng, tài khoản định danh điện tử VNeID làm đúng việc đó. Tài "
                    "khoản do Bộ Công an cấp, gắn với số định danh cá nhân 12 số của bạn.\n\n"
                    "Có hai mức tài khoản:\n"
                    "- Mức 1: tự đăng ký trên ứng dụng, dùng được một số tiện ích đơn giản.\n"
                    "- Mức 2: được công an xác minh trực tiếp (chụp ảnh, lấy vân tay), có giá trị "
                    "như thẻ căn cước. Hầu hết thủ tục trực tuyến cần mức 2.\n\n"
                    "Người làm thẻ căn cước từ tháng 7/2024 thường đã được đăng ký mức 2 cùng lúc, "
                    "chỉ cần kích hoạt trên điện thoại.\n\n"
                    "Có tài khoản mức 2, bạn có thể:\n"
                    "- Xuất trình căn cước điện tử, thẻ bảo hiểm y tế, giấy phép lái xe trong “Ví "
                    "giấy tờ”;\n"
                    "- Nộp hồ sơ khai sinh, đăng ký tạm trú, xin phiếu lý lịch tư pháp ngay trên "
                    "ứng dụng;\n"
                    "- Đăng nhập Cổng Dịch vụ công quốc gia và nhiều ứng dụng khác như VssID mà "
                    "không cần tạo thêm tài khoản.\n\n"
                    "Tài khoản có hai lớp khóa: mật khẩu để đăng nhập và passcode 6 số để mở các "
                    "mục quan trọng. Mỗi khi đăng ký hay đổi thông tin, hệ thống gửi mã OTP về số "
                    "điện thoại của bạn.\n\n"
                    "Những việc không bao giờ làm:\n"
                    "- Đọc mật khẩu, passcode, mã OTP cho người khác, kể cả người xưng là công "
                    "an;\n"
                    "- Cài VNeID từ đường link gửi qua tin nhắn;\n"
                    "- Cho người lạ mượn điện thoại đã đăng nhập sẵn;\n"
                    "- Đăng ký tài khoản bằng số điện thoại không đứng tên mình.\n\n"
                    "Nếu đổi số điện thoại, hãy đến công an xã, phường để cập nhật, tránh trường "
                    "hợp mã OTP gửi về sim cũ mà người khác đang giữ."
                ),
                "practice": [
                    "Mở ứng dụng VNeID và đăng nhập bằng số định danh, mật khẩu của bạn.",
                    "Vào “Ví giấy tờ”, nhập passcode để xem căn cước điện tử.",
                    "Tìm mục “Thủ tục hành chính” và đọc tên các thủ tục có sẵn (chưa cần nộp).",
                    "Đăng xuất khỏi ứng dụng rồi đăng nhập lại.",
                ],
                "video": "video-kich-hoat-vneid-muc-2",
                "quiz": [
                    {
                        "question": (
                            "Muốn nộp hồ sơ khai sinh cho con trên VNeID, bạn cần tài khoản mức nào?"
                        ),
                        "choices": ["Mức 1", "Mức 2", "Không cần tài khoản"],
                        "answer": 1,
                        "explanation": (
                            "Các thủ tục hành chính trên VNeID cần tài khoản mức 2 vì đã được công "
                            "an xác minh trực tiếp."
                        ),
                    },
                    {
                        "question": (
                            "Một người gọi điện xưng là công an, xin mã OTP để “kích hoạt giúp” "
                            "VNeID. Bạn làm gì?"
                        ),
                        "choices": [
                            "Đọc mã vì họ là công an",
                            "Cúp máy, không đọc mã, báo công an xã nếu cần",
                            "Đọc nửa mã cho an toàn",
                        ],
                        "answer": 1,
                        "explanation": (
                            "Công an không bao giờ xin mã OTP qua điện thoại. Đây là thủ đoạn lừa "
                            "đảo để chiếm tài khoản."
                        ),
                    },
                    {
                        "question": "Passcode 6 số của VNeID dùng để làm gì?",
                        "choices": [
                            "Để gọi điện thoại",
                            "Để mở các mục quan trọng như “Ví giấy tờ” và xác nhận hồ sơ",
                            "Để kết nối Wi-Fi",
                        ],
                        "answer": 1,
                        "explanation": (
                            "Passcode là lớp khóa thứ hai, bảo vệ giấy tờ điện tử và các thao tác "
                            "quan trọng ngay cả khi máy đang mở."
                        ),
                    },
                ],
            },
            {
                "slug": "nop-ho-so-tren-cong-dich-vu-cong",
                "title": "Nộp hồ sơ trên Cổng Dịch vụ công quốc gia",
                "summary": (
                    "Đăng nhập Cổng Dịch vụ công quốc gia bằng VNeID, tìm đúng thủ tục, nộp hồ sơ "
                    "và theo dõi kết quả."
                ),
                "objectives": [
                    "Đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản VNeID",
                    "Tìm đúng thủ tục và cơ quan giải quyết",
                    "Theo dõi hồ sơ và bổ sung khi được yêu cầu",
                ],
                "body": (
                    "Cổng Dịch vụ công quốc gia có địa chỉ dichvucong.gov.vn. Đây là nơi tập trung "
                    "các thủ tục hành chính của cả nước, từ khai sinh, bảo hiểm y tế đến giấy phép "
                    "lái xe. Mở được trên điện thoại lẫn máy tính.\n\n"
                    "Kiểm tra kỹ địa chỉ trên thanh trình duyệt: phải là dichvucong.gov.vn, có "
                    "đuôi .gov.vn. Trang giả thường có tên gần giống, thêm chữ hoặc dấu gạch.\n\n"
                    "Cách đăng nhập:\n"
                    "- Bấm “Đăng nhập”, chọn đăng nhập bằng tài khoản định danh điện tử.\n"
                    "- Nhập số định danh và mật khẩu VNeID, hoặc dùng ứng dụng VNeID quét mã QR "
                    "hiện trên màn hình máy tính.\n"
                    "- Xác nhận trên ứng dụng VNeID là xong.\n\n"
                    "Cách tìm và nộp thủ tục:\n"
                    "- Gõ vài chữ quen thuộc vào ô tìm kiếm, ví dụ “gia hạn thẻ bảo hiểm y tế”.\n"
                    "- Đọc tên thủ tục và cơ quan thực hiện, chọn đúng tỉnh Đắk Lắk và xã, phường "
                    "nơi bạn ở.\n"
                    "- Đọc phần giấy tờ cần chuẩn bị, chụp sẵn ảnh cho rõ.\n"
                    "- Điền tờ khai, tải ảnh lên, kiểm tra lại rồi bấm nộp.\n"
                    "- Ghi lại mã hồ sơ hiện trên màn hình.\n\n"
                    "Theo dõi hồ sơ: vào mục quản lý hồ sơ đã nộp, hoặc bấm “Tra cứu hồ sơ” rồi "
                    "nhập mã. Khi cán bộ yêu cầu bổ sung, bạn nhận được thông báo kèm lý do; chỉ "
                    "cần sửa đúng phần đó, không phải nộp lại từ đầu.\n\n"
                    "Mẹo chụp ảnh giấy tờ: đặt giấy trên mặt bàn phẳng, màu nền tối, đủ ánh sáng, "
                    "chụp thẳng từ trên xuống, thấy đủ bốn góc và không bị lóa. Ảnh rõ giúp hồ sơ "
                    "không bị trả lại.\n\n"
                    "Nếu bí, bạn có thể gọi tổng đài hỗ trợ ghi ở cuối trang cổng, hoặc đến bộ "
                    "phận một cửa UBND xã, phường nhờ cán bộ hướng dẫn."
                ),
                "practice": [
                    "Mở trình duyệt, gõ dichvucong.gov.vn và kiểm tra địa chỉ có đuôi .gov.vn.",
                    "Đăng nhập bằng tài khoản định danh điện tử VNeID.",
                    ("Tìm thủ tục “đăng ký tạm trú” và đọc phần giấy tờ cần chuẩn bị (chưa cần nộp)."),
                    "Mở mục quản lý hồ sơ để xem các hồ sơ bạn đã nộp (nếu có).",
                    "Chụp thử một tờ giấy trên bàn theo mẹo trong bài, xem ảnh đã rõ chưa.",
                ],
                "quiz": [
                    {
                        "question": "Địa chỉ nào là Cổng Dịch vụ công quốc gia?",
                        "choices": [
                            "dichvucong-gov.vn.com",
                            "dichvucong.gov.vn",
                            "dichvucongquocgia.net",
                        ],
                        "answer": 1,
                        "explanation": (
                            "Trang chính thức có đuôi .gov.vn. Các địa chỉ gần giống nhưng khác "
                            "đuôi có thể là trang giả."
                        ),
                    },
                    {
                        "question": "Hồ sơ bị “yêu cầu bổ sung”, bạn nên làm gì?",
                        "choices": [
                            "Bỏ luôn hồ sơ",
                            "Đọc lý do, chụp lại giấy tờ cho rõ và bổ sung đúng phần được yêu cầu",
                            "Nộp lại hồ sơ mới hoàn toàn ngay lập tức",
                        ],
                        "answer": 1,
                        "explanation": ("Bổ sung đúng phần cán bộ yêu cầu là đủ, hồ sơ sẽ được xử lý tiếp."),
                    },
                    {
                        "question": "Sau khi nộp hồ sơ, điều gì cần ghi lại?",
                        "choices": ["Mã hồ sơ", "Mật khẩu VNeID", "Mã OTP"],
                        "answer": 0,
                        "explanation": (
                            "Mã hồ sơ dùng để tra cứu tiến độ. Mật khẩu và mã OTP phải giữ kín, "
                            "không ghi ra để người khác thấy."
                        ),
                    },
                ],
            },
            {
                "slug": "thanh-toan-truc-tuyen-an-toan",
                "title": "Thanh toán phí, lệ phí trực tuyến an toàn",
                "summary": (
                    "Nộp phí, lệ phí, tiền phạt qua Cổng Dịch vụ công bằng tài khoản ngân hàng "
                    "hoặc ví điện tử, và tránh bẫy lừa đảo khi thanh toán."
                ),
                "objectives": [
                    "Thực hiện được một lần thanh toán trên Cổng Dịch vụ công",
                    "Kiểm tra đúng số tiền, người nhận trước khi xác nhận",
                    "Xử lý khi tiền đã bị trừ mà hồ sơ chưa cập nhật",
                ],
                "body": (
                    "Nhiều thủ tục có phí, lệ phí: đăng ký tạm trú, đổi giấy phép lái xe, xin "
                    "phiếu lý lịch tư pháp… Khi nộp trực tuyến, bạn trả tiền ngay trên cổng, không "
                    "cần đến ngân hàng. Một số lệ phí còn thấp hơn khi nộp trực tuyến.\n\n"
                    "Bạn cần một tài khoản ngân hàng có dịch vụ ngân hàng điện tử (ứng dụng ngân "
                    "hàng trên điện thoại) hoặc một ví điện tử được cổng chấp nhận.\n\n"
                    "Các bước thanh toán:\n"
                    "- Khi hồ sơ đến bước nộp tiền, bấm “Thanh toán”.\n"
                    "- Chọn ngân hàng hoặc ví điện tử của bạn trong danh sách.\n"
                    "- Máy chuyển sang trang hoặc ứng dụng của ngân hàng. Kiểm tra kỹ số tiền, tên "
                    "đơn vị nhận (cơ quan nhà nước, kho bạc) và nội dung.\n"
                    "- Xác nhận bằng mã OTP, vân tay hoặc khuôn mặt.\n"
                    "- Chờ màn hình báo thành công, chụp lại biên lai.\n\n"
                    "Để an toàn:\n"
                    "- Chỉ thanh toán bắt đầu từ nút trên cổng dịch vụ công hoặc ứng dụng VNeID, "
                    "không theo đường link trong tin nhắn, Zalo.\n"
                    "- Cơ quan nhà nước không bao giờ yêu cầu chuyển tiền vào tài khoản cá nhân.\n"
                    "- Không đọc mã OTP cho ai; mã OTP thanh toán chỉ nhập vào đúng ứng dụng bạn "
                    "đang dùng.\n"
                    "- Đặt hạn mức chuyển tiền trong ngày vừa đủ dùng trong ứng dụng ngân hàng.\n\n"
                    "Nếu tài khoản đã bị trừ tiền mà hồ sơ vẫn ghi chưa thanh toán, đừng thanh "
                    "toán lại ngay. Chờ khoảng 15–30 phút rồi kiểm tra lại. Nếu sang ngày làm việc "
                    "hôm sau vẫn chưa cập nhật, mang ảnh biên lai báo cho bộ phận một cửa hoặc "
                    "tổng đài hỗ trợ, đồng thời gọi ngân hàng để tra soát."
                ),
                "practice": [
                    ("Mở ứng dụng ngân hàng của bạn, tìm mục cài đặt hạn mức chuyển tiền trong ngày."),
                    ("Bật xác thực bằng vân tay hoặc khuôn mặt cho ứng dụng ngân hàng nếu máy hỗ trợ."),
                    "Xem lại một tin nhắn OTP cũ và chỉ ra phần ghi số tiền, mục đích giao dịch.",
                    (
                        "Cùng người hướng dẫn đi qua các bước thanh toán trên cổng (dừng lại trước "
                        "bước xác nhận nếu chưa cần nộp)."
                    ),
                ],
                "video": "video-nhan-biet-cuoc-goi-lua-dao",
                "quiz": [
                    {
                        "question": (
                            "Một tin nhắn gửi đường link bảo bạn bấm vào để nộp lệ phí hồ sơ. Bạn làm gì?"
                        ),
                        "choices": [
                            "Bấm vào và nộp ngay cho kịp hạn",
                            "Không bấm, tự mở cổng dịch vụ công hoặc VNeID để kiểm tra hồ sơ",
                            "Chuyển tiếp tin nhắn cho người thân nộp giúp",
                        ],
                        "answer": 1,
                        "explanation": (
                            "Chỉ thanh toán từ nút trên cổng hoặc ứng dụng chính thức. Đường link "
                            "trong tin nhắn có thể dẫn tới trang giả."
                        ),
                    },
                    {
                        "question": "Trước khi xác nhận thanh toán, cần kiểm tra gì?",
                        "choices": [
                            "Số tiền, tên đơn vị nhận và nội dung thanh toán",
                            "Màu giao diện ứng dụng",
                            "Giờ trên điện thoại",
                        ],
                        "answer": 0,
                        "explanation": (
                            "Kiểm tra ba thông tin này giúp tránh trả nhầm số tiền hoặc chuyển cho người lạ."
                        ),
                    },
                    {
                        "question": (
                            "Tài khoản đã trừ tiền nhưng hồ sơ vẫn ghi “chưa thanh toán”. Việc đầu "
                            "tiên nên làm là gì?"
                        ),
                        "choices": [
                            "Thanh toán lại ngay lập tức",
                            "Nhờ người lạ trên mạng lấy lại tiền",
                            "Chụp biên lai, chờ một lúc rồi kiểm tra lại trước khi báo hỗ trợ",
                        ],
                        "answer": 2,
                        "explanation": (
                            "Hệ thống thường chỉ chậm cập nhật. Thanh toán lại có thể bị trừ tiền "
                            "hai lần; người lạ hứa lấy lại tiền thường là lừa đảo."
                        ),
                    },
                    {
                        "question": (
                            "Cơ quan nhà nước có yêu cầu bạn chuyển lệ phí vào tài khoản cá nhân "
                            "của cán bộ không?"
                        ),
                        "choices": [
                            "Có, nếu cán bộ gọi điện",
                            "Không bao giờ",
                            "Có, khi gần hết hạn",
                        ],
                        "answer": 1,
                        "explanation": (
                            "Phí, lệ phí nộp vào tài khoản của cơ quan nhà nước qua cổng thanh "
                            "toán, không bao giờ vào tài khoản cá nhân."
                        ),
                    },
                ],
            },
        ],
    },
]
