"""Content of the modelled phường Hương Khê portal (a multi-level portal product whose URLs carry
GUIDs and no numeric id: /<Section>/<Sub>/tid/<Slug>/newsid/<GUID>/cid/<GUID>). Invented unit
and prose."""
from __future__ import annotations

SITE = {
    "id": "huongkhe",
    "name": "Cổng thông tin điện tử phường Hương Khê",
    "unit": "phường Hương Khê",
    "base_url": "https://huongkhe.example.gov.vn",
    "address": "Số 18 đường Lê Thánh Tôn, phường Hương Khê, thành phố Thuận Giang",
    "phone": "0234 3822 617",
    "email": "phuonghuongkhe@example.gov.vn",
}

# (section path, sub path) -> shown name. Every sub category has its own GUID (cid); the
# portal derives a story's URL from the category it is shown under.
SECTIONS = {
    ("Tin-tuc", "Tin-hoat-dong"): "Tin hoạt động",
    ("Tin-tuc", "Kinh-te-Do-thi"): "Kinh tế - Đô thị",
    ("Tin-tuc", "Van-hoa-Xa-hoi"): "Văn hóa - Xã hội",
    ("Chuyen-doi-so", "Chinh-quyen-so"): "Chính quyền số",
    ("Thong-bao", "Thong-bao-chung"): "Thông báo",
}
SECTION_NAMES = {"Tin-tuc": "Tin tức", "Chuyen-doi-so": "Chuyển đổi số", "Thong-bao": "Thông báo"}
PAGE_SIZE = 3

# "also": the story is also shown in Chuyển đổi số / Chính quyền số, under that path too;
# "canonical": whether the template emits a canonical link (it does for items of the news
# module's newer layout, not for older ones).
ARTICLES = [
    {
        "slug": "Phuong-Huong-Khe-trien-khai-ung-dung-nen-tang-so-cho-to-dan-pho",
        "title": "Phường Hương Khê triển khai ứng dụng nền tảng số cho tổ dân phố",
        "published": "2025-10-09T10:30", "section": ("Tin-tuc", "Tin-hoat-dong"),
        "also": True, "canonical": True, "author": "Hoàng Thị Mai Anh",
        "sapo": "Từ tháng 10/2025, 24 tổ dân phố của phường Hương Khê sử dụng ứng dụng Sổ tay tổ dân phố trên điện thoại để thông tin, lấy ý kiến và tiếp nhận phản ánh của người dân.",
        "paragraphs": [
            "Ứng dụng cho phép tổ trưởng gửi thông báo đến từng hộ, tổ chức khảo sát ý kiến, theo dõi việc đóng góp quỹ và chuyển phản ánh về hệ thống Thông tin giám sát đô thị thông minh của thành phố. Đến nay đã có 3.150 trên 4.020 hộ cài đặt, đạt 78%.",
            "Ủy ban nhân dân phường chi 96 triệu đồng hỗ trợ mỗi tổ dân phố 4 triệu đồng mua thiết bị và phí kết nối năm đầu. Tổ công nghệ số cộng đồng của phường hướng dẫn các hộ người cao tuổi cài đặt tại nhà.",
            "Theo kế hoạch, đến cuối năm 2025 tỷ lệ hộ sử dụng ứng dụng đạt trên 90%, các cuộc họp tổ dân phố được thông báo và ghi biên bản trên ứng dụng.",
            "Hoàng Thị Mai Anh",
        ],
    },
    {
        "slug": "Hoi-nghi-doi-thoai-giua-Chu-tich-UBND-phuong-voi-thanh-nien",
        "title": "Hội nghị đối thoại giữa Chủ tịch UBND phường với thanh niên",
        "published": "2025-10-04T08:15", "section": ("Tin-tuc", "Tin-hoat-dong"),
        "also": False, "canonical": True, "author": "Nguyễn Văn Thành",
        "sapo": "Sáng 3/10, Ủy ban nhân dân phường Hương Khê tổ chức hội nghị đối thoại giữa Chủ tịch UBND phường với hơn 120 đoàn viên, thanh niên trên địa bàn.",
        "paragraphs": [
            "Các ý kiến tập trung vào việc làm sau tốt nghiệp, vay vốn khởi nghiệp, sân chơi thể thao cho thanh niên và an toàn giao thông trên tuyến đường Lê Thánh Tôn vào giờ tan học.",
            "Chủ tịch UBND phường cho biết năm 2025 phường đã giới thiệu việc làm cho 214 lao động trẻ, giải ngân 1,2 tỷ đồng vốn vay từ Quỹ quốc gia về việc làm cho 26 dự án của thanh niên.",
            "Nguyễn Văn Thành",
        ],
    },
    {
        "slug": "Ra-quan-tong-ve-sinh-moi-truong-cac-tuyen-kiet-hem",
        "title": "Ra quân tổng vệ sinh môi trường các tuyến kiệt, hẻm",
        "published": "2025-09-28T07:00", "section": ("Tin-tuc", "Tin-hoat-dong"),
        "also": False, "canonical": False, "author": "Nguyễn Văn Thành",
        "sapo": "Hưởng ứng Chiến dịch Làm cho thế giới sạch hơn năm 2025, phường Hương Khê huy động hơn 800 lượt người ra quân tổng vệ sinh các tuyến kiệt, hẻm.",
        "paragraphs": [
            "Các lực lượng đã thu gom 26 tấn rác thải, phát quang 3,5 km bờ kênh Ngự Hà đoạn qua phường và xóa 140 quảng cáo rao vặt sai quy định trên cột điện, tường rào.",
            "Nguyễn Văn Thành",
        ],
    },
    {
        "slug": "Phuong-Huong-Khe-ban-giao-5-can-nha-cho-ho-ngheo",
        "title": "Phường Hương Khê bàn giao 5 căn nhà cho hộ nghèo",
        "published": "2025-09-19T15:45", "section": ("Tin-tuc", "Tin-hoat-dong"),
        "also": False, "canonical": True, "author": "Hoàng Thị Mai Anh",
        "sapo": "Ủy ban Mặt trận Tổ quốc phường Hương Khê vừa bàn giao 5 căn nhà Đại đoàn kết cho các hộ nghèo ở tổ dân phố 7, 11 và 19.",
        "paragraphs": [
            "Mỗi căn nhà rộng từ 40 đến 55 mét vuông, tổng kinh phí 520 triệu đồng, trong đó Quỹ Vì người nghèo phường hỗ trợ 300 triệu đồng, các nhà hảo tâm và người thân góp phần còn lại.",
            "Năm 2025, phường có 38 hộ nghèo, chiếm 0,9% tổng số hộ; phường phấn đấu đến năm 2026 không còn hộ nghèo ở nhà tạm.",
            "Hoàng Thị Mai Anh",
        ],
    },
    {
        "slug": "Tap-huan-nghiep-vu-cho-luc-luong-bao-ve-an-ninh-trat-tu-co-so",
        "title": "Tập huấn nghiệp vụ cho lực lượng bảo vệ an ninh, trật tự ở cơ sở",
        "published": "2025-09-11T14:00", "section": ("Tin-tuc", "Tin-hoat-dong"),
        "also": False, "canonical": True, "author": "Lê Quang Huy",
        "sapo": "Công an phường Hương Khê tổ chức lớp tập huấn nghiệp vụ cho 72 thành viên tổ bảo vệ an ninh, trật tự ở cơ sở.",
        "paragraphs": [
            "Học viên được bồi dưỡng kiến thức pháp luật, kỹ năng tuần tra, xử lý tình huống, phòng cháy chữa cháy tại khu dân cư và hướng dẫn người dân kích hoạt tài khoản định danh điện tử.",
            "Lê Quang Huy",
        ],
    },
    {
        "slug": "Chinh-trang-tuyen-duong-Dang-Tran-Con-bang-nguon-von-xa-hoi-hoa",
        "title": "Chỉnh trang tuyến đường Đặng Trần Côn bằng nguồn vốn xã hội hóa",
        "published": "2025-10-06T09:00", "section": ("Tin-tuc", "Kinh-te-Do-thi"),
        "also": True, "canonical": False, "author": "Lê Quang Huy",
        "sapo": "Người dân và các hộ kinh doanh trên tuyến đường Đặng Trần Côn đóng góp 640 triệu đồng để lát lại vỉa hè, trồng cây xanh và gắn mã QR giới thiệu các di tích trên tuyến.",
        "paragraphs": [
            "Dự án dài 850 mét, thi công trong 45 ngày, sử dụng gạch đá tự nhiên theo thiết kế thống nhất của thành phố. Mỗi di tích, nhà vườn trên tuyến có một biển mã QR dẫn đến trang giới thiệu bằng bốn thứ tiếng.",
            "Ủy ban nhân dân phường cam kết bố trí thêm 180 triệu đồng từ ngân sách để lắp hệ thống chiếu sáng nghệ thuật, hoàn thành trước Tết Nguyên đán.",
            "Lê Quang Huy",
        ],
    },
    {
        "slug": "Ho-kinh-doanh-chuyen-sang-ke-khai-thue-dien-tu",
        "title": "Hộ kinh doanh chuyển sang kê khai thuế điện tử",
        "published": "2025-09-24T10:10", "section": ("Tin-tuc", "Kinh-te-Do-thi"),
        "also": False, "canonical": True, "author": "Trần Thị Thu Hiền",
        "sapo": "Đến cuối tháng 9/2025, 412 trên 455 hộ kinh doanh trên địa bàn phường Hương Khê đã chuyển sang kê khai và nộp thuế điện tử.",
        "paragraphs": [
            "Đội thuế liên phường phối hợp với Ủy ban nhân dân phường tổ chức 6 buổi hướng dẫn tại chỗ, hỗ trợ các hộ đăng ký tài khoản, sử dụng hóa đơn điện tử khởi tạo từ máy tính tiền.",
            "Số thu ngân sách trên địa bàn 9 tháng đạt 14,8 tỷ đồng, bằng 86% dự toán năm.",
            "Trần Thị Thu Hiền",
        ],
    },
    {
        "slug": "Phuong-Huong-Khe-to-chuc-Le-hoi-Trung-thu-cho-thieu-nhi",
        "title": "Phường Hương Khê tổ chức Lễ hội Trung thu cho thiếu nhi",
        "published": "2025-10-05T19:30", "section": ("Tin-tuc", "Van-hoa-Xa-hoi"),
        "also": False, "canonical": True, "author": "Trần Thị Thu Hiền",
        "sapo": "Tối 5/10, tại sân nhà văn hóa phường, hơn 600 thiếu nhi tham gia Lễ hội Trung thu với chủ đề Rước đèn ông sao.",
        "paragraphs": [
            "Các em được xem múa lân, thi làm lồng đèn và phá cỗ trông trăng. Phường trao 150 suất quà, mỗi suất 200.000 đồng, cho trẻ em có hoàn cảnh khó khăn và con em gia đình chính sách.",
            "Trần Thị Thu Hiền",
        ],
    },
    {
        "slug": "Khai-mac-lop-day-boi-nhan-dao-cho-tre-em",
        "title": "Khai mạc lớp dạy bơi nhân đạo cho trẻ em",
        "published": "2025-09-15T16:20", "section": ("Tin-tuc", "Van-hoa-Xa-hoi"),
        "also": False, "canonical": True, "author": "Nguyễn Văn Thành",
        "sapo": "Hội Chữ thập đỏ phường Hương Khê phối hợp với Trung tâm Văn hóa - Thể thao thành phố khai mạc lớp dạy bơi nhân đạo cho 60 trẻ em từ 8 đến 14 tuổi.",
        "paragraphs": [
            "Lớp học kéo dài 20 buổi tại bể bơi của trường Trung học cơ sở Nguyễn Tri Phương, các em được học kỹ năng bơi an toàn, cách tự cứu và cứu người đuối nước đúng cách.",
            "Nguyễn Văn Thành",
        ],
    },
    {
        "slug": "Thong-bao-thu-nhan-ho-so-cap-the-bao-hiem-y-te-cho-hoc-sinh",
        "title": "Thông báo thu nhận hồ sơ cấp thẻ bảo hiểm y tế cho học sinh",
        "published": "2025-09-08T08:00", "section": ("Thong-bao", "Thong-bao-chung"),
        "also": False, "canonical": True, "author": "Văn phòng HĐND và UBND phường",
        "sapo": "",
        "paragraphs": [
            "Ủy ban nhân dân phường Hương Khê thông báo thu nhận hồ sơ cấp thẻ bảo hiểm y tế năm học 2025 - 2026 cho học sinh thuộc hộ cận nghèo đến hết ngày 30/9/2025.",
            "Văn phòng HĐND và UBND phường",
        ],
        "attachment": ("TB-214-UBND-BHYT-hoc-sinh.pdf", "Thông báo số 214/TB-UBND"),
    },
]

DOCUMENTS = [
    {"number": "214/TB-UBND", "issued": "05/09/2025", "kind": "Thông báo",
     "slug": "Thong-bao-thu-nhan-ho-so-cap-the-BHYT-cho-hoc-sinh",
     "summary": "Thông báo thu nhận hồ sơ cấp thẻ bảo hiểm y tế cho học sinh năm học 2025 - 2026",
     "file": "TB-214-UBND-BHYT-hoc-sinh.pdf"},
    {"number": "87/KH-UBND", "issued": "18/08/2025", "kind": "Kế hoạch",
     "slug": "Ke-hoach-chuyen-doi-so-phuong-Huong-Khe-nam-2025",
     "summary": "Kế hoạch chuyển đổi số phường Hương Khê năm 2025",
     "file": "KH-87-UBND-chuyen-doi-so.pdf"},
    {"number": "305/QĐ-UBND", "issued": "02/08/2025", "kind": "Quyết định",
     "slug": "Quyet-dinh-thanh-lap-To-cong-nghe-so-cong-dong",
     "summary": "Quyết định thành lập Tổ công nghệ số cộng đồng các tổ dân phố",
     "file": "QD-305-UBND-to-CNS.pdf"},
]

SCHEDULE = [
    ("Thứ Hai, 06/10", "07h30", "Chủ tịch UBND phường chủ trì giao ban đầu tuần", "Phòng họp UBND phường"),
    ("Thứ Ba, 07/10", "14h00", "Kiểm tra công tác chỉnh trang đô thị tuyến Đặng Trần Côn", "Đường Đặng Trần Côn"),
    ("Thứ Năm, 09/10", "08h00", "Tiếp công dân định kỳ", "Trụ sở tiếp công dân"),
    ("Thứ Sáu, 10/10", "15h00", "Họp Ban Chỉ đạo chuyển đổi số phường", "Phòng họp UBND phường"),
]

ABOUT = [
    "Phường Hương Khê nằm ở trung tâm thành phố Thuận Giang, có diện tích tự nhiên 3,12 km2, dân số 16.480 người sinh sống tại 24 tổ dân phố.",
    "Trên địa bàn phường có nhiều di tích lịch sử, văn hóa và nhà vườn truyền thống. Kinh tế của phường chủ yếu là thương mại, dịch vụ và du lịch.",
    "Trụ sở Đảng ủy, Hội đồng nhân dân, Ủy ban nhân dân phường đặt tại số 18 đường Lê Thánh Tôn.",
]
