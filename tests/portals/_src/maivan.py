"""Content of the modelled phường Mai Vân portal (a vendor's faceted CMS: sorted, re-viewed and
filtered listing URLs, a tag cloud that combines filters, a pager that never ends, search pages
linked from keywords, print views). MODELLED, not copied: invented unit, people, figures, prose."""
from __future__ import annotations

SITE = {
    "id": "maivan",
    "name": "Trang thông tin điện tử phường Mai Vân",
    "unit": "phường Mai Vân",
    "base_url": "https://maivan.example.gov.vn",
    "address": "Số 8 phố Hòa Bình, phường Mai Vân",
    "phone": "0225 3742 519",
    "email": "ubnd.maivan@example.gov.vn",
}

CATEGORIES = {
    "chinh-quyen": "Chính quyền",
    "kinh-te-do-thi": "Kinh tế - Đô thị",
    "van-hoa-xa-hoi": "Văn hóa - Xã hội",
}
TAGS = {
    "chuyen-doi-so": "Chuyển đổi số",
    "an-sinh-xa-hoi": "An sinh xã hội",
    "ngan-sach": "Ngân sách",
    "do-thi-van-minh": "Đô thị văn minh",
    "cai-cach-hanh-chinh": "Cải cách hành chính",
}
PAGE_SIZE = 3  # the listings' default "Số tin/trang"
PER_PAGE_CHOICES = (3, 6, 12)

ARTICLES = [
    {"id": 3418, "slug": "phuong-mai-van-ho-tro-42-ho-ngheo-sua-chua-nha-o",
     "title": "Phường Mai Vân hỗ trợ 42 hộ nghèo sửa chữa nhà ở",
     "published": "2025-09-22T09:15", "category": "van-hoa-xa-hoi", "author": "Thu Hà", "views": 412,
     "tags": ["an-sinh-xa-hoi", "ngan-sach"], "keywords": ["hộ nghèo", "nhà ở"],
     "sapo": "UBND phường Mai Vân trao kinh phí hỗ trợ sửa chữa nhà ở cho 42 hộ nghèo, hộ cận nghèo trên địa bàn.",
     "paragraphs": [
         "Theo Quyết định số 215/QĐ-UBND ngày 15/9/2025 của UBND phường, mỗi hộ được hỗ trợ 25 triệu đồng; tổng kinh phí 1,05 tỷ đồng từ Quỹ Vì người nghèo và ngân sách phường.",
         "Các tổ dân phố được giao giám sát việc sửa chữa, bảo đảm hoàn thành trước mùa mưa bão.",
     ]},
    {"id": 3405, "slug": "trien-khai-thanh-toan-khong-dung-tien-mat-tai-cho-mai-van",
     "title": "Triển khai thanh toán không dùng tiền mặt tại chợ Mai Vân",
     "published": "2025-09-15T14:30", "category": "kinh-te-do-thi", "author": "Quốc Bảo", "views": 655,
     "tags": ["chuyen-doi-so"], "keywords": ["chuyển đổi số", "chợ Mai Vân"],
     "sapo": "186 trên 204 tiểu thương chợ Mai Vân đã niêm yết mã QR để người mua thanh toán qua ngân hàng.",
     "paragraphs": [
         "Tổ công nghệ số cộng đồng của phường hướng dẫn tiểu thương mở tài khoản, in mã QR và kiểm tra giao dịch trên điện thoại.",
         "Phường đặt mục tiêu 100% tiểu thương chợ Mai Vân thanh toán không dùng tiền mặt trong năm 2025.",
     ]},
    {"id": 3397, "slug": "hoi-nghi-giao-du-toan-ngan-sach-phuong-nam-2026",
     "title": "Hội nghị triển khai xây dựng dự toán ngân sách phường năm 2026",
     "published": "2025-09-08T08:00", "category": "chinh-quyen", "author": "Văn phòng HĐND - UBND phường", "views": 238,
     "tags": ["ngan-sach"], "keywords": ["ngân sách"],
     "sapo": "UBND phường Mai Vân triển khai xây dựng dự toán thu, chi ngân sách năm 2026 theo hướng dẫn của UBND thành phố.",
     "paragraphs": [
         "Dự kiến tổng thu ngân sách trên địa bàn năm 2026 đạt 64,5 tỷ đồng; chi đầu tư phát triển 18,2 tỷ đồng, ưu tiên chỉnh trang các tuyến phố.",
         "Các bộ phận chuyên môn gửi dự toán về bộ phận Tài chính - Kế toán trước ngày 30/9/2025.",
     ]},
    {"id": 3381, "slug": "ra-quan-chinh-trang-via-he-pho-hoa-binh",
     "title": "Ra quân chỉnh trang vỉa hè phố Hòa Bình",
     "published": "2025-08-29T07:40", "category": "kinh-te-do-thi", "author": "Quốc Bảo", "views": 503,
     "tags": ["do-thi-van-minh"], "keywords": ["vỉa hè", "đô thị văn minh"],
     "sapo": "Lực lượng trật tự đô thị phường Mai Vân ra quân lập lại trật tự vỉa hè trên tuyến phố Hòa Bình.",
     "paragraphs": [
         "Trong đợt ra quân, tổ công tác nhắc nhở 57 hộ kinh doanh, tháo dỡ 23 mái che và biển quảng cáo lấn chiếm lòng đường.",
         "Phường sẽ duy trì kiểm tra hằng tuần và xử lý nghiêm các trường hợp tái phạm.",
     ]},
    {"id": 3366, "slug": "100-phan-tram-thu-tuc-hanh-chinh-duoc-tiep-nhan-truc-tuyen",
     "title": "100% thủ tục hành chính cấp phường được tiếp nhận trực tuyến",
     "published": "2025-08-18T10:20", "category": "chinh-quyen", "author": "Thu Hà", "views": 721,
     "tags": ["cai-cach-hanh-chinh", "chuyen-doi-so"], "keywords": ["dịch vụ công", "chuyển đổi số"],
     "sapo": "Bộ phận một cửa phường Mai Vân tiếp nhận trực tuyến toàn bộ 96 thủ tục hành chính cấp phường.",
     "paragraphs": [
         "Trong 7 tháng, phường tiếp nhận 3.214 hồ sơ, trong đó 2.870 hồ sơ nộp trực tuyến, giải quyết đúng hạn 99,6%.",
         "Người dân được hướng dẫn nộp hồ sơ qua Cổng Dịch vụ công quốc gia và ứng dụng VNeID tại bộ phận một cửa.",
     ]},
    {"id": 3352, "slug": "tang-qua-gia-dinh-chinh-sach-nhan-ngay-27-7",
     "title": "Tặng quà gia đình chính sách nhân ngày Thương binh - Liệt sĩ",
     "published": "2025-07-25T15:00", "category": "van-hoa-xa-hoi", "author": "Thu Hà", "views": 344,
     "tags": ["an-sinh-xa-hoi"], "keywords": ["gia đình chính sách"],
     "sapo": "Nhân kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ, lãnh đạo phường Mai Vân thăm, tặng 168 suất quà cho các gia đình chính sách.",
     "paragraphs": [
         "Mỗi suất quà trị giá 500 nghìn đồng; tổng kinh phí 84 triệu đồng từ ngân sách phường và các doanh nghiệp trên địa bàn.",
         "Đoàn viên thanh niên phường tổ chức dọn dẹp, thắp hương tại Đài tưởng niệm liệt sĩ phường.",
     ]},
    {"id": 3340, "slug": "ky-hop-chuyen-de-hdnd-phuong-thong-qua-ke-hoach-dau-tu-cong",
     "title": "Kỳ họp chuyên đề HĐND phường thông qua kế hoạch đầu tư công",
     "published": "2025-07-10T16:10", "category": "chinh-quyen", "author": "Văn phòng HĐND - UBND phường", "views": 197,
     "tags": ["ngan-sach"], "keywords": ["đầu tư công", "ngân sách"],
     "sapo": "HĐND phường Mai Vân tổ chức kỳ họp chuyên đề, thông qua kế hoạch đầu tư công trung hạn giai đoạn 2026-2030.",
     "paragraphs": [
         "Tổng vốn dự kiến 92 tỷ đồng cho 14 công trình, gồm cải tạo nhà văn hóa tổ dân phố, hệ thống thoát nước và chiếu sáng công cộng.",
         "Nghị quyết số 07/NQ-HĐND ngày 10/7/2025 giao UBND phường triển khai, báo cáo tiến độ tại kỳ họp cuối năm.",
     ]},
    {"id": 3327, "slug": "mai-van-phat-dong-phong-trao-phan-loai-rac-tai-nguon",
     "title": "Mai Vân phát động phong trào phân loại rác tại nguồn",
     "published": "2025-06-27T08:30", "category": "kinh-te-do-thi", "author": "Quốc Bảo", "views": 286,
     "tags": ["do-thi-van-minh"], "keywords": ["rác thải", "đô thị văn minh"],
     "sapo": "UBND phường Mai Vân phát động phong trào phân loại rác thải sinh hoạt tại nguồn ở 12 tổ dân phố.",
     "paragraphs": [
         "Phường cấp miễn phí 1.500 thùng rác hai ngăn cho các hộ gia đình, kinh phí 270 triệu đồng.",
         "Đến cuối năm 2025, phường phấn đấu 70% hộ dân thực hiện phân loại rác tại nguồn.",
     ]},
]

ABOUT = [
    "Phường Mai Vân có diện tích tự nhiên 3,6 km², dân số khoảng 21.400 người, chia thành 12 tổ dân phố.",
    "Trụ sở Đảng ủy, HĐND, UBND phường đặt tại số 8 phố Hòa Bình.",
]
