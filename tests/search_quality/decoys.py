"""News and lessons that talk about the same services as the guides, in the same words.

A citizen who types "đổi bằng lái" wants the guide, not the article announcing that licences
can now be renewed online; these decoys make the quality set measure that.
"""

NEWS = [
    {
        "title": "Từ 1/7, thẻ căn cước thay thế hoàn toàn chứng minh nhân dân",
        "lead": (
            "Công an tỉnh khuyến cáo người dân còn dùng chứng minh nhân dân 9 số sớm làm thẻ căn "
            "cước để không gặp khó khi làm thủ tục ngân hàng, đăng ký khai sinh cho con."
        ),
        "body": (
            "Các điểm cấp thẻ căn cước lưu động sẽ đến từng xã vùng sâu trong tháng tới. Người dân "
            "mang theo giấy tờ cũ, không cần ảnh thẻ."
        ),
    },
    {
        "title": "Hơn 90% hồ sơ đăng ký khai sinh được nộp trực tuyến",
        "lead": (
            "Nhờ thủ tục liên thông khai sinh, thường trú, bảo hiểm y tế, phần lớn cha mẹ ở Đắk Lắk "
            "đã tự làm giấy khai sinh cho con trên điện thoại."
        ),
        "body": "Sở Tư pháp cho biết số hồ sơ khai sinh trực tuyến tăng gấp đôi so với năm trước.",
    },
    {
        "title": "Cảnh giác cuộc gọi giả danh công an yêu cầu cập nhật VNeID",
        "lead": (
            "Nhiều người dân nhận cuộc gọi tự xưng công an phường, đề nghị cài ứng dụng lạ để “kích "
            "hoạt định danh điện tử mức 2”, rồi bị chiếm đoạt tiền trong tài khoản."
        ),
        "body": "Công an không bao giờ gọi điện yêu cầu cài ứng dụng hay đọc mã OTP.",
    },
    {
        "title": "Giấy phép lái xe đã được tích hợp vào ứng dụng VNeID",
        "lead": (
            "Người dân có thể xuất trình giấy phép lái xe điện tử trên VNeID khi cảnh sát giao "
            "thông kiểm tra, không cần mang bằng lái bản giấy."
        ),
        "body": "Việc đổi giấy phép lái xe, cấp lại giấy phép lái xe nay do ngành công an thực hiện.",
    },
    {
        "title": "Tuyển sinh lớp 1 năm học mới: phụ huynh đăng ký trực tuyến từ tháng 6",
        "lead": (
            "Phòng Văn hóa – Xã hội các xã, phường thông báo lịch tuyển sinh đầu cấp; hệ thống "
            "tuyển sinh trực tuyến mở từ ngày 15/6."
        ),
        "body": "Trẻ sinh năm 2020 đủ tuổi vào lớp 1. Phụ huynh cần số định danh của con.",
    },
    {
        "title": "Đắk Lắk đẩy nhanh cấp giấy chứng nhận quyền sử dụng đất cho bà con vùng đồng bào",
        "lead": (
            "Hàng nghìn hộ gia đình ở các xã phía đông tỉnh sắp nhận sổ đỏ sau đợt đo đạc lại bản "
            "đồ địa chính."
        ),
        "body": "Tỉnh ưu tiên cấp giấy chứng nhận lần đầu cho đất ở, đất sản xuất đã sử dụng ổn định.",
    },
    {
        "title": "Tăng mức đóng bảo hiểm y tế hộ gia đình từ tháng 7",
        "lead": (
            "Mức lương cơ sở tăng kéo theo mức đóng bảo hiểm y tế theo hộ gia đình; người dân nên "
            "gia hạn thẻ sớm để được tính theo mức cũ."
        ),
        "body": "Người thứ hai trong hộ đóng 70%, người thứ ba đóng 60% mức của người thứ nhất.",
    },
    {
        "title": "Hàng trăm lao động mất việc được hướng dẫn nhận trợ cấp thất nghiệp",
        "lead": (
            "Trung tâm Dịch vụ việc làm tổ chức buổi tư vấn tại khu công nghiệp cho người lao động "
            "vừa nghỉ việc."
        ),
        "body": "Người lao động được hướng dẫn nộp hồ sơ hưởng bảo hiểm thất nghiệp trực tuyến.",
    },
    {
        "title": "Xã ra quân hỗ trợ người dân đăng ký tạm trú, thường trú qua VNeID",
        "lead": (
            "Đoàn thanh niên và công an xã mở điểm hỗ trợ đăng ký cư trú tại nhà văn hóa thôn mỗi "
            "sáng chủ nhật."
        ),
        "body": "Người thuê trọ và chủ nhà trọ được hướng dẫn khai tạm trú trên điện thoại.",
    },
    {
        "title": "Phạt nguội qua camera: hơn 2.000 trường hợp vi phạm trong tháng",
        "lead": (
            "Hệ thống camera giám sát giao thông trên quốc lộ 14 ghi nhận nhiều lỗi vượt đèn đỏ, "
            "chạy quá tốc độ."
        ),
        "body": "Chủ xe có thể tra cứu vi phạm giao thông và nộp phạt trực tuyến.",
    },
    {
        "title": "Người cao tuổi từ 75 tuổi được nhận trợ cấp hưu trí xã hội",
        "lead": "Chính sách mới giúp hàng chục nghìn người cao tuổi không có lương hưu ở Đắk Lắk có thu nhập hằng tháng.",
        "body": "UBND xã rà soát danh sách người cao tuổi đủ điều kiện.",
    },
    {
        "title": "Hộ kinh doanh chuyển sang kê khai thuế, bỏ thuế khoán",
        "lead": "Các hộ kinh doanh cá thể cần chuẩn bị hóa đơn điện tử và tài khoản thuế điện tử.",
        "body": "Cơ quan thuế tổ chức tập huấn cho hộ kinh doanh về mã số thuế và hóa đơn.",
    },
]

# One course with lessons that mention the same procedures.
COURSE = {
    "title": "Làm thủ tục hành chính trên điện thoại",
    "summary": "Khóa học giúp người dân tự nộp hồ sơ dịch vụ công trực tuyến, từ đăng nhập đến nhận kết quả.",
}

LESSONS = [
    {
        "title": "Đăng nhập Cổng Dịch vụ công bằng tài khoản VNeID",
        "summary": "Dùng tài khoản định danh điện tử để đăng nhập cổng dịch vụ công quốc gia.",
        "body": "<p>Mở trang dichvucong.gov.vn, chọn đăng nhập bằng VNeID và quét mã QR.</p>",
    },
    {
        "title": "Chụp ảnh giấy tờ rõ nét để nộp hồ sơ trực tuyến",
        "summary": "Cách chụp giấy khai sinh, thẻ căn cước, sổ đỏ không bị mờ, lóa khi nộp hồ sơ.",
        "body": "<p>Đặt giấy tờ trên nền tối, đủ ánh sáng, chụp thẳng từ trên xuống.</p>",
    },
    {
        "title": "Thanh toán lệ phí, tiền phạt bằng ứng dụng ngân hàng",
        "summary": "Trả lệ phí thủ tục, nộp phạt giao thông, đóng tiền điện an toàn trên điện thoại.",
        "body": "<p>Luôn kiểm tra tên người nhận trước khi xác nhận chuyển tiền.</p>",
    },
    {
        "title": "Xem thẻ bảo hiểm y tế và bảo hiểm xã hội trên điện thoại",
        "summary": "Dùng VssID và VNeID để xem hạn thẻ bảo hiểm y tế, quá trình đóng bảo hiểm xã hội.",
        "body": "<p>Tích hợp thẻ bảo hiểm y tế vào ví giấy tờ của VNeID để đi khám bằng căn cước.</p>",
    },
]
