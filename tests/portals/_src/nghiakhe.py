"""Content of the modelled xã Nghĩa Khê news blog (a commune's news site on Blogger/Blogspot, 2025).
Invented unit, people and prose; ids and timestamps made up in Blogger's shapes."""
from __future__ import annotations

SITE = {
    "id": "nghiakhe",
    "name": "Tin tức xã Nghĩa Khê",
    "unit": "xã Nghĩa Khê",
    "base_url": "http://xanghiakhe.blogspot.example",
    "blog_id": "4718263905512873341",
    "description": "Trang tin của Ủy ban nhân dân xã Nghĩa Khê, huyện Lâm Khê",
    "address": "Thôn Đông, xã Nghĩa Khê, huyện Lâm Khê",
    "phone": "0222.3871.246",
    "email": "ubndxanghiakhe@example.com",
}

# Blogger profile ids of the blog's authors (their names link to www.blogger.com/profile/<id>).
AUTHORS = {"Văn phòng UBND xã": "08714462931057712345", "Nguyễn Thị Thu Hà": "11527390846612209876"}

# "style": how the post's HTML was typed: "p" (the newer editor: one <p> a paragraph) or "br"
# (the older compose mode: text lines in one div separated by <br /><br />).
# "jump": the index of the paragraph after which the post has its jump break (<!--more-->):
# listings show the text up to it and "Đọc thêm »"; without it a listing shows the whole post.
ARTICLES = [
    {"id": "2213948571120396654", "slug": "xa-phu-khe-ra-quan-don-ve-sinh-moi",
     "published": "2025-05-26T16:40", "author": "Văn phòng UBND xã", "labels": ["Tin tức", "Môi trường"],
     "style": "p", "jump": 0,
     "title": "Xã Nghĩa Khê ra quân tổng vệ sinh môi trường hưởng ứng Ngày Môi trường thế giới",
     "paragraphs": [
         "Sáng 25/5, Ủy ban nhân dân xã Nghĩa Khê phối hợp với Ủy ban Mặt trận Tổ quốc xã tổ chức lễ ra quân tổng vệ sinh môi trường hưởng ứng Ngày Môi trường thế giới 5/6.",
         "Hơn 600 cán bộ, đoàn viên, hội viên và nhân dân 7 thôn đã tham gia phát quang 12 km đường giao thông nông thôn, thu gom 9 tấn rác thải và khơi thông 3,5 km kênh mương nội đồng.",
         "Theo Kế hoạch số 58/KH-UBND ngày 12/5/2025 của UBND xã, từ nay đến hết tháng 6 mỗi thôn duy trì ngày chủ nhật xanh hằng tuần, mỗi hộ gia đình tự phân loại rác tại nguồn.",
         "Dịp này, Hội Liên hiệp Phụ nữ xã trao 200 thùng phân loại rác cho các hộ gia đình ở thôn Đông và thôn Trại, trị giá 24 triệu đồng do các nhà hảo tâm ủng hộ.",
         "Văn phòng UBND xã"],
     "comments": [{"id": "6034517782910364418", "ts": "1748252460417", "when": "2025-05-26T16:41",
                   "name": "Lê Văn Hùng", "text": "Thôn Trại xin đăng ký thêm 30 thùng phân loại rác cho các hộ còn lại."}]},
    {"id": "7749021836654410983", "slug": "thong-bao-lich-tiep-cong-dan-thang-6",
     "published": "2025-05-22T09:05", "author": "Văn phòng UBND xã", "labels": ["Thông báo"],
     "style": "p", "jump": None,
     "title": "Thông báo lịch tiếp công dân tháng 6 năm 2025",
     "paragraphs": [
         "Ủy ban nhân dân xã Nghĩa Khê thông báo lịch tiếp công dân định kỳ tháng 6 năm 2025 như sau.",
         "Chủ tịch UBND xã tiếp công dân vào sáng thứ Năm các ngày 5/6 và 19/6/2025 tại phòng tiếp công dân của UBND xã; các Phó Chủ tịch tiếp vào sáng thứ Ba hằng tuần.",
         "Công dân đến kiến nghị, phản ánh mang theo căn cước công dân và giấy tờ liên quan. Mọi thắc mắc xin liên hệ Văn phòng UBND xã, điện thoại 0222.3871.246.",
         "Văn phòng UBND xã"]},
    {"id": "1380462675390027711", "slug": "ho-tro-xay-nha-cho-ho-ngheo",
     "published": "2025-05-19T10:30", "author": "Nguyễn Thị Thu Hà", "labels": ["Tin tức", "Xóa nhà tạm"],
     "style": "br", "jump": 1,
     "title": "Khởi công xây mới 4 nhà ở cho hộ nghèo, hộ có hoàn cảnh khó khăn",
     "image": {"name": "khoi-cong-nha-o.jpg", "key": "AVvXsEh3kQ9pW2mTn7Lr0y", "caption": "Lãnh đạo xã dự lễ khởi công nhà ở của hộ ông Nguyễn Văn Tám, thôn Đoài."},
     "paragraphs": [
         "Ngày 17/5, UBND xã Nghĩa Khê tổ chức lễ khởi công xây mới 4 nhà ở cho hộ nghèo và hộ có hoàn cảnh khó khăn trong chương trình xóa nhà tạm, nhà dột nát năm 2025.",
         "Lãnh đạo xã dự lễ khởi công nhà ở của hộ ông Nguyễn Văn Tám, thôn Đoài.",
         "Mỗi căn nhà có diện tích từ 45 đến 60 m², được hỗ trợ 60 triệu đồng từ ngân sách tỉnh theo Quyết định số 1025/QĐ-UBND ngày 8/4/2025 và 20 triệu đồng từ Quỹ Vì người nghèo của xã.",
         "Đoàn Thanh niên và Hội Cựu chiến binh xã nhận giúp 350 ngày công; các công trình dự kiến hoàn thành trước ngày 30/8/2025.",
         "Nguyễn Thị Thu Hà"]},
    {"id": "5521837704416298231", "slug": "hoi-nghi-so-ket-san-xuat-vu-chiem-xuan",
     "published": "2025-05-12T08:30", "author": "Nguyễn Thị Thu Hà", "labels": ["Nông nghiệp", "Tin tức"],
     "style": "p", "jump": 0,
     "title": "Nghĩa Khê thu hoạch 420 ha lúa chiêm xuân, năng suất ước đạt 68 tạ/ha",
     "paragraphs": [
         "Đến ngày 11/5, nông dân xã Nghĩa Khê đã thu hoạch được 420 ha lúa vụ chiêm xuân, đạt 85% diện tích gieo cấy; năng suất ước đạt 68 tạ/ha, tăng 2,5 tạ/ha so với cùng kỳ.",
         "Hợp tác xã dịch vụ nông nghiệp huy động 11 máy gặt đập liên hợp phục vụ bà con, giá dịch vụ 350.000 đồng một sào, giảm 20.000 đồng so với vụ trước.",
         "UBND xã khuyến cáo bà con không đốt rơm rạ trên đồng ruộng, tận dụng rơm làm thức ăn cho trâu bò và trồng nấm.",
         "Nguyễn Thị Thu Hà"]},
    {"id": "3307715942088123564", "slug": "trao-qua-cho-tre-em-ngheo",
     "published": "2025-05-05T15:20", "author": "Văn phòng UBND xã", "labels": ["Tin tức"],
     "style": "br", "jump": None,
     "title": "Trao 50 suất học bổng cho học sinh nghèo vượt khó",
     "paragraphs": [
         "Chiều 4/5, Hội Khuyến học xã Nghĩa Khê trao 50 suất học bổng cho học sinh nghèo vượt khó của 3 trường trên địa bàn, mỗi suất 1.000.000 đồng.",
         "Nguồn kinh phí 50 triệu đồng do các doanh nghiệp và con em quê hương xa quê ủng hộ Quỹ khuyến học của xã năm 2025.",
         "Văn phòng UBND xã"]},
    {"id": "9041178326655193072", "slug": "ky-niem-50-nam-giai-phong-mien-nam",
     "published": "2025-04-29T19:10", "author": "Nguyễn Thị Thu Hà", "labels": ["Tin tức"],
     "style": "p", "jump": 1,
     "title": "Nghĩa Khê tổ chức chương trình văn nghệ kỷ niệm 50 năm Ngày giải phóng miền Nam",
     "paragraphs": [
         "Tối 28/4, tại sân vận động trung tâm, xã Nghĩa Khê tổ chức chương trình văn nghệ chào mừng kỷ niệm 50 năm Ngày giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025).",
         "Chương trình gồm 15 tiết mục ca, múa, nhạc của các câu lạc bộ văn nghệ 7 thôn, thu hút hơn 1.500 người dân đến xem.",
         "Nhân dịp này, UBND xã tặng 32 suất quà cho các cựu chiến binh từng tham gia chiến dịch Hồ Chí Minh, mỗi suất trị giá 500.000 đồng.",
         "Nguyễn Thị Thu Hà"]},
    {"id": "6678340912257734419", "slug": "ket-qua-thu-ngan-sach-quy-i",
     "published": "2025-04-18T14:00", "author": "Văn phòng UBND xã", "labels": ["Kinh tế", "Tin tức"],
     "style": "p", "jump": None,
     "title": "Thu ngân sách xã quý I năm 2025 đạt 31% dự toán",
     "paragraphs": [
         "Theo báo cáo của UBND xã Nghĩa Khê, tổng thu ngân sách trên địa bàn quý I năm 2025 đạt 2,84 tỷ đồng, bằng 31% dự toán Hội đồng nhân dân xã giao.",
         "Chi ngân sách quý I là 2,15 tỷ đồng, tập trung cho chi thường xuyên, an sinh xã hội và sửa chữa 1,2 km đường trục thôn Bắc.",
         "Văn phòng UBND xã"]},
    {"id": "2590384417763320096", "slug": "tiem-vac-xin-cho-dan-gia-cam",
     "published": "2025-04-08T07:45", "author": "Nguyễn Thị Thu Hà", "labels": ["Nông nghiệp", "Tin tức"],
     "style": "br", "jump": 0,
     "title": "Tiêm phòng vắc xin cúm gia cầm đợt 1 năm 2025",
     "paragraphs": [
         "Từ ngày 7/4 đến 20/4/2025, xã Nghĩa Khê tổ chức tiêm phòng vắc xin cúm gia cầm đợt 1 cho đàn gia cầm của 1.240 hộ chăn nuôi trên địa bàn.",
         "Vắc xin được cấp miễn phí theo Kế hoạch số 21/KH-UBND ngày 28/3/2025 của UBND huyện Lâm Khê; tổng đàn được tiêm dự kiến 46.000 con.",
         "Thú y viên các thôn đến từng hộ tiêm phòng và hướng dẫn bà con vệ sinh, tiêu độc chuồng trại.",
         "Nguyễn Thị Thu Hà"]},
    {"id": "8823905571046627715", "slug": "hoi-nghi-tong-ket-cong-tac-dan-van",
     "published": "2025-03-27T16:15", "author": "Văn phòng UBND xã", "labels": ["Tin tức"],
     "style": "p", "jump": None,
     "title": "Hội nghị tổng kết 10 năm thực hiện mô hình “Dân vận khéo”",
     "paragraphs": [
         "Ngày 26/3, Ban Dân vận Đảng ủy xã Nghĩa Khê tổ chức hội nghị tổng kết 10 năm thực hiện mô hình “Dân vận khéo” giai đoạn 2015 - 2025.",
         "Trong 10 năm, toàn xã xây dựng được 46 mô hình “Dân vận khéo” trên các lĩnh vực, nhân dân hiến 8.600 m² đất để mở rộng đường giao thông nông thôn.",
         "Hội nghị khen thưởng 9 tập thể và 14 cá nhân có thành tích tiêu biểu.",
         "Văn phòng UBND xã"]},
    {"id": "4417262098873301250", "slug": "thong-bao-tuyen-quan-2025",
     "published": "2025-02-10T08:00", "author": "Văn phòng UBND xã", "labels": ["Thông báo"],
     "style": "br", "jump": None,
     "title": "Danh sách công dân nhập ngũ năm 2025",
     "paragraphs": [
         "Hội đồng Nghĩa vụ quân sự xã Nghĩa Khê thông báo danh sách 18 công dân trúng tuyển nhập ngũ năm 2025 theo Quyết định số 45/QĐ-HĐNVQS ngày 10/2/2025 của Hội đồng Nghĩa vụ quân sự huyện.",
         "Lễ giao nhận quân tổ chức lúc 7 giờ ngày 14/2/2025 tại Trung tâm Văn hóa huyện Lâm Khê. Công dân có mặt tại UBND xã lúc 5 giờ 30 cùng ngày.",
         "Văn phòng UBND xã"]},
]

ABOUT = [
    "Xã Nghĩa Khê nằm ở phía đông huyện Lâm Khê, có diện tích tự nhiên 9,8 km², dân số hơn 11.200 người sống ở 7 thôn.",
    "Trang tin này do Văn phòng UBND xã quản lý, đăng tải tin tức về hoạt động của chính quyền và đời sống nhân dân trong xã.",
    "Mọi ý kiến đóng góp xin gửi về hộp thư ubndxanghiakhe@example.com.",
]
