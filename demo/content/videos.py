"""Nội dung mẫu: video hướng dẫn kèm phụ đề — biên tập viên cần rà soát trước khi đăng."""

VIDEOS = [
    {
        "slug": "video-kich-hoat-vneid-muc-2",
        "title": "Video: Kích hoạt tài khoản VNeID mức 2 trên điện thoại",
        "summary": (
            "Xem từng bước kích hoạt tài khoản định danh điện tử mức 2: cài ứng dụng, nhập số định "
            "danh, nhận mã OTP, đặt mật khẩu và passcode."
        ),
        "category": "giay-to-tuy-than",
        "transcript": (
            "Xin chào bà con. Video này hướng dẫn kích hoạt tài khoản định danh điện tử mức 2 trên "
            "ứng dụng VNeID.\n\n"
            "Trước hết, bà con chuẩn bị thẻ căn cước gắn chip và chiếc điện thoại có số thuê bao "
            "đứng tên mình. Nếu chưa đăng ký tài khoản mức 2, hãy mang thẻ đến công an xã, phường "
            "để được đăng ký.\n\n"
            "Bước tiếp theo, mở CH Play hoặc App Store, gõ chữ VNeID, chọn đúng ứng dụng của Bộ "
            "Công an rồi bấm cài đặt. Tuyệt đối không cài từ đường link người lạ gửi.\n\n"
            "Mở ứng dụng, bấm “Kích hoạt tài khoản định danh điện tử”, chọn “Công dân”. Nhập 12 số "
            "định danh in trên thẻ căn cước và số điện thoại của mình, rồi bấm “Gửi yêu cầu”.\n\n"
            "Điện thoại sẽ nhận tin nhắn có mã OTP gồm 6 chữ số. Bà con nhập mã vào ứng dụng. Nhớ "
            "rằng mã này chỉ dành cho mình, không đọc cho bất kỳ ai.\n\n"
            "Sau đó, đặt mật khẩu từ 8 đến 20 ký tự, có chữ hoa, chữ thường, chữ số và ký tự đặc "
            "biệt. Đăng nhập lần đầu, ứng dụng yêu cầu tạo passcode 6 số để mở các mục quan "
            "trọng.\n\n"
            "Cuối cùng, vào “Ví giấy tờ” để xem thẻ căn cước điện tử. Thấy đủ thông tin là tài "
            "khoản đã sẵn sàng. Chúc bà con thành công."
        ),
        "chapters": [
            {
                "start": 0,
                "title": "Chuẩn bị thẻ căn cước và số điện thoại",
                "guide": "kich-hoat-vneid-muc-2",
                "step": 1,
            },
            {
                "start": 4,
                "title": "Cài ứng dụng VNeID",
                "guide": "kich-hoat-vneid-muc-2",
                "step": 2,
            },
            {
                "start": 8,
                "title": "Nhập số định danh và số điện thoại",
                "guide": "kich-hoat-vneid-muc-2",
                "step": 3,
            },
            {
                "start": 12,
                "title": "Nhập mã OTP",
                "guide": "kich-hoat-vneid-muc-2",
                "step": 4,
            },
            {
                "start": 16,
                "title": "Đặt mật khẩu và passcode",
                "guide": "kich-hoat-vneid-muc-2",
                "step": 5,
            },
            {
                "start": 21,
                "title": "Kiểm tra “Ví giấy tờ”",
                "guide": "kich-hoat-vneid-muc-2",
                "step": 7,
            },
        ],
        "captions": {
            "vi": [
                [0, 4, "Chuẩn bị thẻ căn cước gắn chip và số điện thoại đứng tên mình."],
                [4, 8, "Mở CH Play hoặc App Store, tìm và cài ứng dụng VNeID của Bộ Công an."],
                [8, 12, "Bấm “Kích hoạt tài khoản định danh điện tử”, nhập 12 số định danh."],
                [12, 16, "Nhập mã OTP 6 số gửi về điện thoại. Không đọc mã cho ai."],
                [16, 19, "Đặt mật khẩu có chữ hoa, chữ thường, số và ký tự đặc biệt."],
                [19, 21, "Tạo passcode 6 số, tránh ngày sinh và 123456."],
                [21, 24, "Vào “Ví giấy tờ” xem căn cước điện tử. Vậy là xong!"],
            ],
        },
    },
    {
        "slug": "video-nhan-biet-cuoc-goi-lua-dao",
        "title": "Video: Nhận biết cuộc gọi lừa đảo",
        "summary": (
            "Những dấu hiệu của cuộc gọi lừa đảo mạo danh công an, ngân hàng, người thân và việc "
            "cần làm ngay để giữ an toàn tiền bạc."
        ),
        "category": "an-toan-tren-mang",
        "transcript": (
            "Bà con ơi, kẻ lừa đảo qua điện thoại ngày càng tinh vi. Chúng có thể biết tên, số căn "
            "cước, thậm chí giả giọng, giả mặt người thân khi gọi video.\n\n"
            "Hãy nhớ các dấu hiệu sau. Người gọi xưng là công an, nói mình liên quan đến vụ án. "
            "Người gọi bảo cập nhật VNeID, đồng bộ căn cước qua một đường link. Người gọi báo con "
            "cháu đang cấp cứu, cần chuyển tiền ngay. Điểm chung là luôn thúc giục, dọa dẫm và bắt "
            "giữ bí mật.\n\n"
            "Bà con hãy nhớ ba điều không: không đọc mã OTP, mật khẩu cho ai; không chuyển tiền "
            "cho người chỉ quen qua điện thoại; không bấm link, không cài ứng dụng theo lời người "
            "lạ. Công an làm việc bằng giấy mời, tại trụ sở, không bao giờ bảo chuyển tiền để xác "
            "minh.\n\n"
            "Khi nghi ngờ, hãy dừng lại và cúp máy. Gọi lại cho người thân bằng số đã lưu sẵn, "
            "hoặc hỏi công an xã, phường.\n\n"
            "Nếu lỡ chuyển tiền hay đọc mã, gọi ngay tổng đài ngân hàng ghi sau thẻ để khóa tài "
            "khoản, đổi mật khẩu và đến công an trình báo, mang theo điện thoại làm bằng chứng. "
            "Cẩn thận với người hứa lấy lại tiền nếu trả phí trước, vì đó là lừa đảo lần hai.\n\n"
            "Hãy chia sẻ video này với ông bà, cha mẹ của bạn."
        ),
        "chapters": [
            {
                "start": 0,
                "title": "Các kiểu lừa đảo hay gặp",
                "guide": "nhan-biet-phong-tranh-lua-dao",
                "step": 1,
            },
            {
                "start": 7,
                "title": "Ba điều “không”",
                "guide": "nhan-biet-phong-tranh-lua-dao",
                "step": 2,
            },
            {
                "start": 13,
                "title": "Dừng lại và cúp máy",
                "guide": "nhan-biet-phong-tranh-lua-dao",
                "step": 3,
            },
            {
                "start": 18,
                "title": "Nếu lỡ chuyển tiền hoặc đọc mã OTP",
                "guide": "nhan-biet-phong-tranh-lua-dao",
                "step": 5,
            },
            {
                "start": 23,
                "title": "Chia sẻ với người thân",
                "guide": None,
                "step": None,
            },
        ],
        "captions": {
            "vi": [
                [0, 4, "Kẻ gian có thể biết tên, số căn cước, giả cả giọng nói người thân."],
                [4, 7, "Mạo danh công an, đòi cập nhật VNeID qua link: hãy cảnh giác!"],
                [7, 10, "Không đọc mã OTP. Không chuyển tiền. Không bấm link lạ."],
                [10, 13, "Công an làm việc bằng giấy mời, tại trụ sở."],
                [13, 18, "Nghi ngờ thì cúp máy, gọi lại người thân bằng số đã lưu sẵn."],
                [18, 21, "Lỡ chuyển tiền: gọi ngay ngân hàng để khóa tài khoản."],
                [21, 23, "Đến công an xã, phường trình báo, mang theo điện thoại."],
                [23, 24, "Hãy chia sẻ với ông bà, cha mẹ."],
            ],
        },
    },
]
