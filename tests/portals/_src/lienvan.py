"""Content of the modelled xã Liên Vân portal (Laravel 10 + Blade, a commune portal launched in
2025: section pages of 6 stories and a "Xem thêm" button that fetches the next ones as an HTML
fragment). Invented unit, people and prose."""
from __future__ import annotations

SITE = {
    "id": "lienvan",
    "name": "Cổng thông tin điện tử xã Liên Vân",
    "unit": "xã Liên Vân",
    "base_url": "https://lienvan.example.gov.vn",
    "address": "Thôn Liên Trì, xã Liên Vân, tỉnh Bắc Hà",
    "phone": "0204 3862 517",
    "email": "ubnd.lienvan@example.gov.vn",
}

CATEGORIES = {"tin-tuc": "Tin tức - Sự kiện", "thong-bao": "Thông báo"}

# Newest first is the site's order; "author" is the byline that closes the story (in <p><strong>).
# "pdf": a notice's attachment (file, label shown).
ARTICLES = [
    {"id": 412, "slug": "lien-van-ra-quan-tong-ve-sinh-moi-truong-dip-quoc-khanh",
     "title": "Liên Vân ra quân tổng vệ sinh môi trường dịp Quốc khánh",
     "published": "2025-08-29T16:40", "category": "tin-tuc", "author": "Hà Linh",
     "paragraphs": [
         "Chiều 29/8, Ủy ban nhân dân xã Liên Vân phát động ra quân tổng vệ sinh môi trường chào mừng 80 năm Quốc khánh, với sự tham gia của hơn 600 đoàn viên, hội viên và người dân 14 thôn.",
         "Các lực lượng phát quang 9 km đường giao thông nông thôn, nạo vét 2,5 km kênh mương nội đồng và thu gom khoảng 12 tấn rác thải về điểm tập kết của xã.",
         "Ủy ban nhân dân xã giao các thôn duy trì ngày Chủ nhật xanh hằng tháng và báo cáo kết quả vào ngày 25 hằng tháng."]},
    {"id": 409, "slug": "hoi-nong-dan-xa-lien-van-trao-von-vay-cho-35-ho",
     "title": "Hội Nông dân xã Liên Vân trao vốn vay cho 35 hộ hội viên",
     "published": "2025-08-22T09:15", "category": "tin-tuc", "author": "Quang Huy",
     "paragraphs": [
         "Hội Nông dân xã Liên Vân phối hợp với Ngân hàng Chính sách xã hội giải ngân 1,75 tỷ đồng cho 35 hộ hội viên vay phát triển chăn nuôi và trồng cây ăn quả.",
         "Mỗi hộ được vay tối đa 50 triệu đồng trong 36 tháng; các hộ cam kết sử dụng vốn đúng mục đích và tham gia lớp tập huấn kỹ thuật chăn nuôi bò sinh sản do hội tổ chức.",
         "Đến nay, tổng dư nợ ủy thác qua Hội Nông dân xã đạt 18,6 tỷ đồng với 412 hộ vay, không có nợ quá hạn."]},
    {"id": 405, "slug": "khai-giang-lop-tin-hoc-co-ban-cho-nguoi-cao-tuoi",
     "title": "Khai giảng lớp tin học cơ bản cho người cao tuổi",
     "published": "2025-08-14T14:00", "category": "tin-tuc", "author": "Hà Linh",
     "paragraphs": [
         "Hội Người cao tuổi xã Liên Vân khai giảng lớp tin học cơ bản cho 40 hội viên tại nhà văn hóa thôn Liên Trì, do đoàn viên thanh niên trực tiếp hướng dẫn.",
         "Trong 10 buổi học, học viên được làm quen với điện thoại thông minh, cài đặt ứng dụng định danh điện tử, gọi video cho con cháu và nhận biết tin nhắn lừa đảo.",
         "Hội dự kiến mở thêm 2 lớp ở thôn Vân Hạ và thôn Đồng Lạc trong tháng 10."]},
    {"id": 398, "slug": "lien-van-hoan-thanh-cung-co-de-bao-song-cau",
     "title": "Liên Vân hoàn thành củng cố đê bao sông Cầu trước mùa mưa bão",
     "published": "2025-08-05T10:30", "category": "tin-tuc", "author": "Quang Huy",
     "paragraphs": [
         "Ủy ban nhân dân xã Liên Vân vừa nghiệm thu công trình củng cố 1,8 km đê bao ven sông Cầu đoạn qua thôn Vân Hạ, tổng kinh phí 4,2 tỷ đồng.",
         "Công trình đắp cao thêm 0,6 m mặt đê, gia cố 320 m mái đê bị sạt bằng rọ đá và làm mới 2 cống tiêu nước.",
         "Xã đã kiện toàn Ban chỉ huy phòng chống thiên tai, chuẩn bị 1.500 bao tải cát, 2 xuồng máy và phương án sơ tán 86 hộ dân vùng trũng."]},
    {"id": 391, "slug": "trao-giay-chung-nhan-quyen-su-dung-dat-cho-nguoi-dan-thon-dong-lac",
     "title": "Trao giấy chứng nhận quyền sử dụng đất cho người dân thôn Đồng Lạc",
     "published": "2025-07-28T08:45", "category": "tin-tuc", "author": "Thanh Mai",
     "paragraphs": [
         "Sáng 28/7, Ủy ban nhân dân xã Liên Vân trao 57 giấy chứng nhận quyền sử dụng đất cho các hộ dân thôn Đồng Lạc sau khi hoàn thành đo đạc lại bản đồ địa chính.",
         "Việc cấp giấy được thực hiện theo Luật Đất đai năm 2024; người dân nộp hồ sơ một lần tại bộ phận một cửa và nhận kết quả sau 15 ngày làm việc.",
         "Đến cuối năm, xã phấn đấu cấp giấy cho toàn bộ 214 thửa đất còn lại của thôn."]},
    {"id": 386, "slug": "lien-van-to-chuc-hoi-thi-nau-an-ngon-mon-que",
     "title": "Liên Vân tổ chức hội thi nấu ăn ngon món quê",
     "published": "2025-07-19T15:20", "category": "tin-tuc", "author": "Thanh Mai",
     "paragraphs": [
         "Hội Liên hiệp Phụ nữ xã Liên Vân tổ chức hội thi nấu ăn ngon món quê với 14 đội thi đến từ các chi hội phụ nữ thôn.",
         "Các đội chế biến những món ăn truyền thống như bánh gai, canh cá rô đồng, xôi trứng kiến và gà đồi hấp lá chanh trong thời gian 90 phút.",
         "Ban tổ chức trao giải nhất cho đội thôn Liên Trì, giải nhì cho đội thôn Vân Thượng và 3 giải khuyến khích."]},
    {"id": 379, "slug": "nghiem-thu-mo-hinh-trong-buoi-da-xanh-theo-vietgap",
     "title": "Nghiệm thu mô hình trồng bưởi da xanh theo tiêu chuẩn VietGAP",
     "published": "2025-07-08T10:00", "category": "tin-tuc", "author": "Quang Huy",
     "paragraphs": [
         "Trung tâm Dịch vụ nông nghiệp xã Liên Vân nghiệm thu mô hình trồng bưởi da xanh theo tiêu chuẩn VietGAP quy mô 6 ha tại thôn Vân Thượng.",
         "Sau 3 năm, cây sinh trưởng tốt, năng suất bình quân đạt 14 tấn mỗi héc-ta, giá bán cao hơn bưởi trồng thông thường 20%.",
         "Xã sẽ hỗ trợ các hộ đăng ký mã số vùng trồng và xây dựng nhãn hiệu tập thể Bưởi da xanh Liên Vân."]},
    {"id": 372, "slug": "xa-lien-van-tong-ket-cong-tac-tuyen-quan-nam-2025",
     "title": "Xã Liên Vân tổng kết công tác tuyển quân năm 2025",
     "published": "2025-06-24T09:30", "category": "tin-tuc", "author": "Hà Linh",
     "paragraphs": [
         "Hội đồng nghĩa vụ quân sự xã Liên Vân tổng kết công tác tuyển quân năm 2025: xã hoàn thành 100% chỉ tiêu với 18 thanh niên lên đường nhập ngũ.",
         "Công tác khám tuyển được tổ chức đúng quy trình, công khai, dân chủ; có 3 thanh niên tình nguyện viết đơn xin nhập ngũ.",
         "Hội đồng khen thưởng 4 thôn làm tốt công tác tuyên truyền, vận động thanh niên trong độ tuổi thực hiện nghĩa vụ."]},
    {"id": 418, "slug": "thong-bao-lich-tiep-cong-dan-thang-9-nam-2025",
     "title": "Thông báo lịch tiếp công dân tháng 9 năm 2025",
     "published": "2025-08-30T10:05", "category": "thong-bao", "author": None,
     "pdf": {"file": "lich-tiep-cong-dan-thang-9-2025.pdf", "label": "Lịch tiếp công dân tháng 9/2025"},
     "paragraphs": [
         "Ủy ban nhân dân xã Liên Vân thông báo lịch tiếp công dân định kỳ tháng 9 năm 2025 của Chủ tịch Ủy ban nhân dân xã, chi tiết trong tệp đính kèm."]},
    {"id": 403, "slug": "thong-bao-thu-hoi-dat-thuc-hien-du-an-duong-lien-thon",
     "title": "Thông báo thu hồi đất thực hiện dự án đường liên thôn Vân Hạ - Đồng Lạc",
     "published": "2025-08-11T15:30", "category": "thong-bao", "author": None,
     "pdf": {"file": "thong-bao-thu-hoi-dat-55-tb-ubnd.pdf", "label": "Thông báo số 55/TB-UBND ngày 11/8/2025"},
     "paragraphs": [
         "Ủy ban nhân dân xã Liên Vân thông báo thu hồi đất của 23 hộ gia đình để thực hiện dự án đường liên thôn Vân Hạ - Đồng Lạc; danh sách các thửa đất kèm theo thông báo."]},
    {"id": 377, "slug": "thong-bao-tuyen-dung-cong-chuc-van-phong-thong-ke",
     "title": "Thông báo tuyển dụng công chức Văn phòng - Thống kê năm 2025",
     "published": "2025-07-02T08:00", "category": "thong-bao", "author": None,
     "pdf": {"file": "thong-bao-tuyen-dung-cong-chuc-2025.pdf", "label": "Thông báo tuyển dụng và mẫu phiếu đăng ký"},
     "paragraphs": [
         "Ủy ban nhân dân xã Liên Vân thông báo tuyển dụng 02 công chức Văn phòng - Thống kê năm 2025; điều kiện, hồ sơ và thời hạn nhận hồ sơ xem tại tệp đính kèm."]},
]

# Photo albums (Thư viện ảnh): a title, a date and photos with captions, no story text.
ALBUMS = [
    {"slug": "hinh-anh-le-ra-quan-tong-ve-sinh-moi-truong", "title": "Hình ảnh lễ ra quân tổng vệ sinh môi trường",
     "published": "2025-08-29T17:30",
     "photos": [("ra-quan-1.jpg", "Lãnh đạo xã phát lệnh ra quân tại sân Ủy ban nhân dân xã."),
                ("ra-quan-2.jpg", "Đoàn viên thanh niên thôn Liên Trì phát quang đường làng."),
                ("ra-quan-3.jpg", "Hội viên phụ nữ thu gom rác thải dọc kênh mương nội đồng."),
                ("ra-quan-4.jpg", "Xe chở rác về điểm tập kết của xã cuối buổi ra quân.")]},
    {"slug": "hoi-thi-nau-an-ngon-mon-que-qua-anh", "title": "Hội thi nấu ăn ngon món quê qua ảnh",
     "published": "2025-07-19T18:00",
     "photos": [("nau-an-1.jpg", "Đội thi thôn Liên Trì trình bày món bánh gai truyền thống."),
                ("nau-an-2.jpg", "Ban giám khảo chấm điểm các món ăn dự thi."),
                ("nau-an-3.jpg", "Ban tổ chức trao giải nhất cho đội thôn Liên Trì.")]},
]

# Videos: a title, a date, an embedded player and one line about it.
VIDEOS = [
    {"slug": "phong-su-lien-van-xay-dung-nong-thon-moi-nang-cao", "title": "Phóng sự: Liên Vân xây dựng nông thôn mới nâng cao",
     "published": "2025-08-18T20:00", "youtube": "q3Lx8VnK2aE",
     "line": "Phóng sự của Đài Truyền thanh xã về kết quả xây dựng nông thôn mới nâng cao giai đoạn 2021 - 2025."},
    {"slug": "huong-dan-cai-dat-ung-dung-vneid", "title": "Hướng dẫn cài đặt ứng dụng VNeID",
     "published": "2025-07-30T09:00", "youtube": "Zt7pR1mWc4Q",
     "line": "Tổ công nghệ số cộng đồng hướng dẫn các bước cài đặt và kích hoạt tài khoản định danh điện tử mức 2."},
]

ABOUT = [
    "Xã Liên Vân được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp ba xã cũ, có diện tích tự nhiên 42,3 km2, 14 thôn với hơn 19.600 nhân khẩu.",
    "Xã nằm ven sông Cầu, có quốc lộ chạy qua; kinh tế chủ yếu là trồng lúa, cây ăn quả, chăn nuôi và tiểu thủ công nghiệp.",
    "Trụ sở Đảng ủy, Hội đồng nhân dân, Ủy ban nhân dân xã đặt tại thôn Liên Trì.",
]
