"""Content of the modelled phường Vân Sơn portal (a Vue app rendered wholly in the browser: every
page is an empty app root, the stories exist only in the JSON its script fetches from /api/).
Invented unit, people and prose."""
from __future__ import annotations

SITE = {
    "id": "vanson",
    "name": "Cổng thông tin điện tử phường Vân Sơn",
    "unit": "phường Vân Sơn",
    "base_url": "https://vanson.example.gov.vn",
}

ARTICLES = [
    {"id": 214, "slug": "van-son-ra-quan-tong-ve-sinh-moi-truong-cuoi-nam",
     "title": "Vân Sơn ra quân tổng vệ sinh môi trường cuối năm",
     "published": "2025-11-22T07:30", "category": "tin-tuc", "author": "Nguyễn Thu Hà",
     "paragraphs": [
         "Sáng 22/11, phường Vân Sơn tổ chức ra quân tổng vệ sinh môi trường với sự tham gia của hơn 600 đoàn viên, hội viên và người dân 9 tổ dân phố.",
         "Các lực lượng thu gom 14 tấn rác thải, phát quang 3 km đường ngõ xóm và khơi thông cống rãnh trước mùa mưa cuối năm."]},
    {"id": 211, "slug": "phuong-van-son-tiep-nhan-ho-so-truc-tuyen-toan-trinh",
     "title": "Phường Vân Sơn tiếp nhận 92% hồ sơ trực tuyến toàn trình",
     "published": "2025-11-15T14:00", "category": "chinh-quyen", "author": "Lê Minh Tuấn",
     "paragraphs": [
         "Trong tháng 10, bộ phận một cửa phường Vân Sơn tiếp nhận 1.184 hồ sơ, trong đó 92% được nộp trực tuyến toàn trình.",
         "Phường bố trí tổ công nghệ số cộng đồng hỗ trợ người cao tuổi cài đặt định danh điện tử và thanh toán lệ phí không dùng tiền mặt."]},
    {"id": 207, "slug": "khanh-thanh-nha-van-hoa-to-dan-pho-so-5",
     "title": "Khánh thành nhà văn hóa tổ dân phố số 5",
     "published": "2025-11-06T09:15", "category": "tin-tuc", "author": "Nguyễn Thu Hà",
     "paragraphs": [
         "Nhà văn hóa tổ dân phố số 5 phường Vân Sơn được khánh thành sau 5 tháng thi công, tổng kinh phí 1,6 tỷ đồng, trong đó nhân dân đóng góp 420 triệu đồng.",
         "Công trình có hội trường 120 chỗ ngồi, sân thể thao và khu vui chơi cho thiếu nhi."]},
]
