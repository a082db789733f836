"""Nội dung mẫu: mẹo xử lý sự cố dùng chung — biên tập viên cần rà soát trước khi đăng."""

TROUBLESHOOTING = [
    {
        "slug": "otp-gui-ve-sim-cu",
        "title": "Mã OTP gửi về số điện thoại cũ",
        "problem": (
            "Ứng dụng báo đã gửi mã OTP nhưng tin nhắn lại về số điện thoại cũ mà bạn không còn "
            "dùng hoặc đã mất sim."
        ),
        "solution": (
            "Mã OTP luôn được gửi về số điện thoại bạn đã đăng ký với cơ quan công an hoặc ngân "
            "hàng. Nếu số đó không còn trong tay bạn, hãy làm một trong hai cách sau.\n\n"
            "Cách 1 – lấy lại sim cũ (nhanh nhất nếu số vẫn đứng tên bạn):\n"
            "- Mang thẻ căn cước đến cửa hàng của nhà mạng (Viettel, VinaPhone, MobiFone…).\n"
            "- Đề nghị cấp lại sim giữ nguyên số cũ; thường làm xong trong vài phút.\n"
            "- Lắp sim mới vào máy rồi làm lại bước nhận mã OTP.\n\n"
            "Cách 2 – đổi sang số điện thoại mới:\n"
            "- Với tài khoản VNeID: mang thẻ căn cước đến công an xã, phường nơi gần nhất để cán "
            "bộ cập nhật số điện thoại mới.\n"
            "- Với tài khoản ngân hàng: đến quầy giao dịch của ngân hàng để đổi số nhận mã.\n\n"
            "Số điện thoại dùng để nhận mã nên đứng tên chính bạn. Không mượn số của người khác, "
            "vì người giữ sim có thể nhận được mã và vào tài khoản của bạn."
        ),
    },
    {
        "slug": "khong-doc-duoc-chip-nfc",
        "title": "Điện thoại không đọc được chip trên thẻ căn cước",
        "problem": (
            "Khi ứng dụng yêu cầu áp thẻ căn cước vào điện thoại, màn hình cứ báo không đọc được "
            "chip hoặc đứng yên không chạy tiếp."
        ),
        "solution": (
            "Điện thoại đọc chip trên thẻ bằng sóng NFC ở cự ly rất gần. Hãy thử lần lượt các việc "
            "sau.\n\n"
            "- Máy Android: vào “Cài đặt”, tìm “NFC” (thường nằm trong mục “Kết nối”) và bật lên.\n"
            "- iPhone: từ iPhone 7 trở lên có sẵn NFC, không cần bật.\n"
            "- Tháo ốp lưng dày hoặc ốp có miếng kim loại, nhẫn đỡ điện thoại.\n"
            "- Đặt thẻ nằm sát mặt lưng máy: Android thường ở giữa lưng máy, iPhone ở phần trên "
            "gần camera. Dịch thẻ chậm từng chút cho tới khi máy rung hoặc báo đang đọc.\n"
            "- Giữ yên thẻ và máy khoảng 5–10 giây, không nhấc lên khi thanh tiến trình chưa chạy "
            "xong.\n\n"
            "Nếu máy của bạn không có NFC, hoặc thẻ bị cong, trầy chip, hãy nhờ người thân có điện "
            "thoại phù hợp làm giúp, hoặc đến công an xã, phường để được hỗ trợ. Thẻ có chip hỏng "
            "cần được cấp đổi."
        ),
    },
    {
        "slug": "khong-co-dien-thoai-thong-minh",
        "title": "Không có điện thoại thông minh",
        "problem": (
            "Gia đình chỉ có điện thoại bấm phím hoặc không có máy, nên không thể cài ứng dụng và "
            "làm thủ tục trực tuyến."
        ),
        "solution": (
            "Bạn vẫn làm được thủ tục. Không có điện thoại thông minh không phải là lý do để bị từ "
            "chối giải quyết hồ sơ.\n\n"
            "- Bộ phận một cửa của UBND xã, phường (Trung tâm phục vụ hành chính công): có máy "
            "tính và cán bộ giúp bạn nộp hồ sơ trực tuyến ngay tại chỗ.\n"
            "- Công an xã, phường: hỗ trợ đăng ký, kích hoạt tài khoản VNeID, làm thẻ căn cước và "
            "các thủ tục cư trú.\n"
            "- Tổ công nghệ số cộng đồng ở thôn, buôn, tổ dân phố: đoàn viên thanh niên, cán bộ "
            "thôn có thể đến tận nhà hướng dẫn người già, người ốm.\n"
            "- Điểm bưu điện văn hóa xã: nhận hồ sơ, thu tiền bảo hiểm y tế và chuyển kết quả về "
            "tận nhà.\n\n"
            "Điện thoại bấm phím vẫn nhận được tin nhắn mã OTP. Khi có người giúp, bạn tự đọc mã "
            "trên máy mình và chỉ đưa mã cho cán bộ đang ngồi cạnh bạn tại trụ sở, không bao giờ "
            "đọc mã qua điện thoại cho người lạ."
        ),
    },
    {
        "slug": "quen-passcode-vneid",
        "title": "Quên mật khẩu hoặc mã passcode VNeID",
        "problem": (
            "Bạn không nhớ mật khẩu đăng nhập hoặc mã passcode 6 số của ứng dụng VNeID, hoặc đã "
            "nhập sai nhiều lần và bị khóa tạm thời."
        ),
        "solution": (
            "Tài khoản VNeID có hai lớp khóa: mật khẩu để đăng nhập và mã passcode 6 số để mở các "
            "mục quan trọng như “Ví giấy tờ”. Quên cái nào thì lấy lại cái đó.\n\n"
            "- Quên mật khẩu: ở màn hình đăng nhập, bấm “Quên mật khẩu”, nhập số định danh cá nhân "
            "(12 số trên thẻ căn cước) và số điện thoại đã đăng ký, rồi nhập mã OTP và đặt mật "
            "khẩu mới.\n"
            "- Quên passcode: đăng nhập xong, bấm “Quên passcode” khi ứng dụng hỏi mã, làm theo "
            "hướng dẫn (nhập mật khẩu, mã OTP, có thể phải quét khuôn mặt) rồi đặt passcode mới.\n"
            "- Nếu bị khóa do nhập sai nhiều lần: chờ hết thời gian khóa mà ứng dụng thông báo rồi "
            "thử lại, đừng đoán liên tục.\n\n"
            "Nếu số điện thoại đăng ký không còn dùng, xem mẹo “Mã OTP gửi về số điện thoại cũ”. "
            "Trường hợp vẫn không vào được, mang thẻ căn cước đến công an xã, phường để được hỗ "
            "trợ.\n\n"
            "Đặt passcode dễ nhớ với bạn nhưng khó đoán với người khác: không dùng ngày sinh, "
            "không dùng 123456 hay 6 số giống nhau."
        ),
    },
    {
        "slug": "thanh-toan-loi-da-tru-tien",
        "title": "Thanh toán lỗi: tài khoản đã trừ tiền nhưng hồ sơ chưa cập nhật",
        "problem": (
            "Bạn đã chuyển tiền nộp phí, lệ phí hoặc tiền phạt, ngân hàng báo trừ tiền nhưng hồ sơ "
            "trên cổng dịch vụ công vẫn ghi “Chưa thanh toán”."
        ),
        "solution": (
            "Đừng vội thanh toán lại lần nữa, vì có thể bị trừ tiền hai lần. Thường hệ thống chỉ "
            "chậm cập nhật, tiền của bạn không mất.\n\n"
            "- Chụp lại màn hình biên lai hoặc tin nhắn báo trừ tiền của ngân hàng, ghi lại mã "
            "giao dịch và mã hồ sơ.\n"
            "- Chờ khoảng 15–30 phút rồi tải lại trang, xem mục quản lý hồ sơ hoặc lịch sử thanh "
            "toán.\n"
            "- Nếu đến hết ngày làm việc hôm sau vẫn chưa cập nhật, gọi tổng đài hỗ trợ ghi ở cuối "
            "trang Cổng Dịch vụ công quốc gia, hoặc báo cho bộ phận một cửa nơi giải quyết hồ sơ, "
            "kèm ảnh biên lai.\n"
            "- Đồng thời gọi tổng đài ngân hàng (số in ở mặt sau thẻ ngân hàng) để tra soát giao "
            "dịch.\n\n"
            "Nếu giao dịch không thành công, ngân hàng sẽ hoàn tiền vào tài khoản theo quy định "
            "của ngân hàng, thường trong vài ngày làm việc. Không nhờ người lạ trên mạng “lấy lại "
            "tiền giúp”: đó thường là lừa đảo."
        ),
    },
    {
        "slug": "ho-so-yeu-cau-bo-sung",
        "title": "Hồ sơ bị yêu cầu bổ sung hoặc bị trả lại",
        "problem": (
            "Bạn nhận được tin nhắn hoặc thông báo rằng hồ sơ trực tuyến cần bổ sung giấy tờ, hoặc "
            "bị từ chối tiếp nhận."
        ),
        "solution": (
            "Đây là việc thường gặp, nhất là khi ảnh giấy tờ bị mờ hoặc thiếu trang. Bạn không cần "
            "nộp lại từ đầu nếu hồ sơ chỉ bị yêu cầu bổ sung.\n\n"
            "- Mở mục quản lý hồ sơ (trên VNeID hoặc Cổng Dịch vụ công), bấm vào hồ sơ để đọc kỹ "
            "lý do cán bộ ghi.\n"
            "- Chụp lại giấy tờ cho rõ: đặt trên mặt bàn phẳng, đủ ánh sáng, chụp thẳng, thấy đủ "
            "bốn góc.\n"
            "- Bấm “Bổ sung hồ sơ” (hoặc nút tương tự), tải ảnh mới lên và gửi lại.\n"
            "- Nếu không hiểu lý do, gọi số điện thoại của bộ phận một cửa ghi trên thông báo hoặc "
            "đến hỏi trực tiếp.\n\n"
            "Nếu hồ sơ bị từ chối hẳn, thông báo phải ghi rõ lý do. Bạn sửa theo lý do đó rồi nộp "
            "hồ sơ mới."
        ),
    },
    {
        "slug": "thong-tin-ca-nhan-bi-sai",
        "title": "Thông tin cá nhân trên ứng dụng bị sai",
        "problem": (
            "Họ tên, ngày sinh, quê quán hoặc nơi thường trú hiện trên VNeID, VssID không đúng với "
            "giấy tờ của bạn."
        ),
        "solution": (
            "Các ứng dụng chỉ hiển thị dữ liệu lấy từ cơ sở dữ liệu quốc gia, nên phải sửa tận gốc "
            "ở cơ quan quản lý dữ liệu đó.\n\n"
            "- Sai họ tên, ngày sinh, quê quán, nơi thường trú: mang thẻ căn cước và giấy tờ chứng "
            "minh (giấy khai sinh, sổ hộ khẩu cũ nếu còn giữ) đến công an xã, phường để điều "
            "chỉnh.\n"
            "- Sai thông tin trên giấy khai sinh: hỏi cán bộ tư pháp – hộ tịch ở UBND xã, phường "
            "về thủ tục cải chính hộ tịch.\n"
            "- Sai thông tin bảo hiểm (nơi khám chữa bệnh, quá trình đóng): liên hệ cơ quan bảo "
            "hiểm xã hội nơi cư trú hoặc đơn vị nơi bạn làm việc.\n\n"
            "Sau khi được sửa, thông tin thường cập nhật lên ứng dụng sau vài ngày. Nên sửa sớm, "
            "vì thông tin sai có thể làm hồ sơ khác của bạn bị trả lại."
        ),
    },
    {
        "slug": "lo-cai-ung-dung-la",
        "title": "Lỡ cài ứng dụng lạ theo hướng dẫn của người lạ",
        "problem": (
            "Bạn đã bấm vào đường link hoặc cài một ứng dụng do người gọi điện, nhắn tin hướng "
            "dẫn, rồi thấy nghi ngờ bị lừa."
        ),
        "solution": (
            "Hãy làm ngay, không chờ đến mai. Ứng dụng lạ có thể đọc tin nhắn, lấy mã OTP và điều "
            "khiển điện thoại của bạn từ xa.\n\n"
            "- Bật “Chế độ máy bay” hoặc tắt Wi-Fi và dữ liệu di động để cắt kết nối của kẻ gian.\n"
            "- Dùng điện thoại của người thân gọi tổng đài ngân hàng (số in ở mặt sau thẻ) đề nghị "
            "khóa tạm thời tài khoản và thẻ.\n"
            "- Gỡ ứng dụng lạ: vào “Cài đặt” → “Ứng dụng”, chọn ứng dụng đó, bấm “Gỡ cài đặt”. Nếu "
            "không gỡ được, mang máy đến công an xã, phường hoặc cửa hàng điện thoại uy tín nhờ "
            "kiểm tra.\n"
            "- Đổi mật khẩu VNeID, ngân hàng, Zalo bằng một máy khác an toàn.\n"
            "- Báo cho công an xã, phường, mang theo điện thoại và ảnh chụp tin nhắn, số điện "
            "thoại của kẻ gian.\n\n"
            "Nếu máy vẫn chạy bất thường, có thể phải khôi phục cài đặt gốc. Trước khi làm, nhờ "
            "người am hiểu sao lưu ảnh, danh bạ giúp bạn."
        ),
    },
]
