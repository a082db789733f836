"""Nội dung mẫu (demo) cho trang Bình dân học vụ số Đắk Lắk."""
