"""Content of the modelled huyện Thuận Khê portal (a vendor's PHP CMS whose long stories are
split over several pages, ?trang=<n> on the story URL, the same parameter its listings page by).
Invented unit and prose."""
from __future__ import annotations

SITE = {
    "id": "thuankhe",
    "name": "Cổng thông tin điện tử huyện Thuận Khê",
    "unit": "huyện Thuận Khê",
    "base_url": "https://thuankhe.example.gov.vn",
    "address": "Số 12 đường Trần Phú, thị trấn Thuận Khê, huyện Thuận Khê, tỉnh Hà Lam",
    "phone": "0226 3872 115",
    "email": "vanphong@thuankhe.example.gov.vn",
}

CATEGORIES = {"tin-tuc-su-kien": "Tin tức - Sự kiện", "kinh-te": "Kinh tế", "thong-bao": "Thông báo"}
PAGE_SIZE = 4  # a section's list shows 4 stories a page

# "pages": the story as the CMS splits it, paragraph lists one a page (the sapo shows on page 1
# only). "whole_view": the story links a single-page view "Xem toàn bài" (?trang=all).
# "series": a story of a series ("Bài 1", "Bài 2"): separate stories, each its own article.
ARTICLES = [
    {
        "id": 3101, "slug": "thuan-khe-tong-ket-5-nam-xay-dung-nong-thon-moi-giai-doan-2021-2025",
        "title": "Thuận Khê tổng kết 5 năm xây dựng nông thôn mới giai đoạn 2021-2025",
        "published": "2025-06-18T15:40", "category": "tin-tuc-su-kien", "author": "Hoàng Minh",
        "whole_view": True,
        "sapo": "Chiều 17/6, Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện Thuận Khê tổ chức hội nghị tổng kết 5 năm xây dựng nông thôn mới giai đoạn 2021-2025.",
        "pages": [
            [
                "Giai đoạn 2021-2025, toàn huyện huy động hơn 1.284 tỷ đồng cho xây dựng nông thôn mới, trong đó ngân sách Trung ương 312 tỷ đồng, ngân sách tỉnh 205 tỷ đồng, ngân sách huyện và xã 398 tỷ đồng, nhân dân đóng góp 146 tỷ đồng và hơn 62.000 ngày công.",
                "Đến tháng 6/2025, huyện có 14 trên 14 xã đạt chuẩn nông thôn mới, 6 xã đạt chuẩn nông thôn mới nâng cao và 2 xã đạt chuẩn nông thôn mới kiểu mẫu; thu nhập bình quân đầu người khu vực nông thôn đạt 58,6 triệu đồng một năm, tăng 21,4 triệu đồng so với năm 2020.",
            ],
            [
                "Về hạ tầng, các xã đã cứng hóa 286 km đường giao thông nông thôn, kiên cố 74 km kênh mương nội đồng, xây mới và nâng cấp 38 trường học, 11 trạm y tế và 96 nhà văn hóa thôn.",
                "Tỷ lệ hộ nghèo theo chuẩn đa chiều giảm từ 6,8% năm 2021 xuống còn 1,9% năm 2025; 98,7% dân số tham gia bảo hiểm y tế; 100% hộ dân dùng nước hợp vệ sinh, trong đó 72% dùng nước sạch theo quy chuẩn.",
            ],
            [
                "Phát biểu kết luận, đồng chí Chủ tịch UBND huyện đề nghị các xã sau sắp xếp tiếp tục duy trì, nâng chất lượng các tiêu chí, nhất là tiêu chí môi trường và an ninh trật tự, theo Quyết định số 318/QĐ-UBND ngày 8/3/2025 của UBND tỉnh.",
                "Dịp này, UBND huyện tặng giấy khen cho 24 tập thể và 37 cá nhân có thành tích xuất sắc trong phong trào thi đua \"Thuận Khê chung sức xây dựng nông thôn mới\".",
                "Hoàng Minh",
            ],
        ],
    },
    {
        "id": 3102, "slug": "ho-tro-xoa-nha-tam-nha-dot-nat-cho-112-ho-ngheo-ho-can-ngheo",
        "title": "Hỗ trợ xóa nhà tạm, nhà dột nát cho 112 hộ nghèo, hộ cận nghèo",
        "published": "2025-06-10T09:05", "category": "tin-tuc-su-kien", "author": "Lê Thu Hà",
        "whole_view": True,
        "sapo": "Thực hiện Kế hoạch số 45/KH-UBND ngày 12/2/2025 của UBND huyện, đến ngày 9/6 các xã đã khởi công 112 căn nhà cho hộ nghèo, hộ cận nghèo.",
        "pages": [
            [
                "Mỗi hộ xây mới được hỗ trợ 60 triệu đồng, hộ sửa chữa được hỗ trợ 30 triệu đồng từ nguồn ngân sách và Quỹ Vì người nghèo huyện. Tổng kinh phí hỗ trợ đợt này là 5,82 tỷ đồng.",
                "Trong số 112 căn, có 87 căn xây mới và 25 căn sửa chữa; 64 căn đã hoàn thành và bàn giao, số còn lại dự kiến hoàn thành trước ngày 30/8/2025.",
            ],
            [
                "Ngoài tiền hỗ trợ, các đoàn thể, dòng họ và hàng xóm đã góp hơn 2.100 ngày công, Đoàn Thanh niên huyện huy động 180 đoàn viên giúp vận chuyển vật liệu tại các thôn vùng cao.",
                "Gia đình bà Hà Thị Nụ ở xã Khê Thượng, một trong những hộ đầu tiên nhận nhà mới, chia sẻ: \"Mấy chục năm ở nhà tranh, nay có căn nhà vững chãi, gia đình tôi yên tâm làm ăn\".",
                "Lê Thu Hà",
            ],
        ],
    },
    {
        "id": 3103, "slug": "phat-trien-vung-nguyen-lieu-que-theo-chuoi-gia-tri",
        "title": "Phát triển vùng nguyên liệu quế theo chuỗi giá trị",
        "published": "2025-05-27T10:20", "category": "kinh-te", "author": "Phòng Nông nghiệp và Môi trường",
        "whole_view": False,
        "sapo": "Huyện Thuận Khê hiện có 3.460 ha quế, trong đó 1.120 ha được cấp mã số vùng trồng phục vụ xuất khẩu.",
        "pages": [
            [
                "Năm 2025, huyện hỗ trợ 1,6 tỷ đồng cho các hợp tác xã chuyển đổi sang canh tác quế hữu cơ, mỗi héc-ta được hỗ trợ 4 triệu đồng tiền phân bón và chứng nhận.",
                "Giá vỏ quế khô hiện dao động từ 42.000 đến 48.000 đồng một kg, giúp nhiều hộ ở các xã vùng cao có thu nhập trên 150 triệu đồng mỗi năm.",
            ],
            [
                "Huyện đã kêu gọi 2 doanh nghiệp đầu tư nhà máy chưng cất tinh dầu quế với tổng vốn 86 tỷ đồng, cam kết bao tiêu 70% sản lượng lá và cành quế của người dân.",
                "Mục tiêu đến năm 2030, diện tích quế đạt 4.500 ha, 50% diện tích được chứng nhận hữu cơ hoặc VietGAP.",
            ],
        ],
    },
    {
        "id": 3104, "slug": "chuyen-doi-so-o-thuan-khe-bai-1-dua-dich-vu-cong-den-tung-thon",
        "title": "Chuyển đổi số ở Thuận Khê - Bài 1: Đưa dịch vụ công đến từng thôn",
        "published": "2025-06-03T08:30", "category": "tin-tuc-su-kien", "author": "Nguyễn Quang",
        "series": 1,
        "sapo": "Loạt bài ghi nhận kết quả 3 năm thực hiện Đề án chuyển đổi số của huyện Thuận Khê.",
        "pages": [[
            "Năm 2025, tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến toàn trình tại các xã của huyện đạt 68,4%, tăng gần ba lần so với năm 2022.",
            "Mỗi thôn có một tổ công nghệ số cộng đồng với 5 đến 7 thành viên, tổng cộng 642 thành viên, trực tiếp hướng dẫn người dân nộp hồ sơ qua điện thoại.",
            "Nguyễn Quang",
        ]],
    },
    {
        "id": 3105, "slug": "chuyen-doi-so-o-thuan-khe-bai-2-thanh-toan-khong-dung-tien-mat-o-cho-phien",
        "title": "Chuyển đổi số ở Thuận Khê - Bài 2: Thanh toán không dùng tiền mặt ở chợ phiên",
        "published": "2025-06-04T08:30", "category": "tin-tuc-su-kien", "author": "Nguyễn Quang",
        "series": 2,
        "sapo": "Ở chợ phiên Khê Thượng, người bán rau, bán thịt giờ đều treo mã QR bên quầy hàng.",
        "pages": [[
            "Theo Phòng Văn hóa và Thông tin huyện, đã có 1.346 tiểu thương ở 9 chợ trên địa bàn dùng mã QR để nhận tiền, chiếm 81% số hộ kinh doanh cố định.",
            "Ngân hàng Nông nghiệp chi nhánh huyện đã mở mới 4.200 tài khoản cho người dân vùng cao trong năm 2024 và 5 tháng đầu năm 2025.",
            "Nguyễn Quang",
        ]],
    },
    {
        "id": 3106, "slug": "khai-mac-giai-bong-da-thieu-nien-nhi-dong-huyen-nam-2025",
        "title": "Khai mạc Giải bóng đá thiếu niên, nhi đồng huyện năm 2025",
        "published": "2025-06-14T16:10", "category": "tin-tuc-su-kien", "author": "Trung tâm Văn hóa - Thể thao",
        "sapo": "",
        "pages": [[
            "Giải có 16 đội bóng của các xã, thị trấn với hơn 280 cầu thủ tham gia, thi đấu từ ngày 14/6 đến ngày 29/6/2025 tại sân vận động huyện.",
            "Tổng kinh phí tổ chức giải là 186 triệu đồng, trong đó xã hội hóa 95 triệu đồng. Đội vô địch được thưởng 15 triệu đồng.",
            "Trung tâm Văn hóa - Thể thao",
        ]],
    },
    {
        "id": 3107, "slug": "giai-ngan-von-dau-tu-cong-5-thang-dau-nam-dat-41-ke-hoach",
        "title": "Giải ngân vốn đầu tư công 5 tháng đầu năm đạt 41% kế hoạch",
        "published": "2025-06-06T14:00", "category": "kinh-te", "author": "Phòng Tài chính - Kế hoạch",
        "sapo": "",
        "pages": [[
            "Tổng kế hoạch vốn đầu tư công năm 2025 của huyện là 486,3 tỷ đồng; đến ngày 31/5 đã giải ngân 199,4 tỷ đồng, đạt 41% kế hoạch, cao hơn bình quân chung của tỉnh.",
            "UBND huyện yêu cầu các chủ đầu tư đẩy nhanh tiến độ 12 công trình chuyển tiếp, bảo đảm giải ngân 100% kế hoạch vốn trước ngày 31/12/2025.",
            "Phòng Tài chính - Kế hoạch",
        ]],
    },
    {
        "id": 3108, "slug": "thong-bao-lich-tiep-cong-dan-dinh-ky-thang-7-2025",
        "title": "Thông báo lịch tiếp công dân định kỳ tháng 7/2025",
        "published": "2025-06-28T08:00", "category": "thong-bao", "author": "Ban Tiếp công dân huyện",
        "sapo": "",
        "pages": [[
            "Chủ tịch UBND huyện tiếp công dân định kỳ vào ngày 10/7/2025 và ngày 25/7/2025 tại Trụ sở Tiếp công dân huyện, số 12 đường Trần Phú, thị trấn Thuận Khê.",
            "Công dân đến đề nghị mang theo căn cước và các giấy tờ liên quan đến nội dung kiến nghị, phản ánh.",
            "Ban Tiếp công dân huyện",
        ]],
    },
]

ABOUT = [
    "Huyện Thuận Khê nằm ở phía tây tỉnh Hà Lam, có diện tích tự nhiên 512,6 km², gồm 13 xã và 1 thị trấn.",
    "Dân số toàn huyện năm 2024 là 118.460 người, gồm các dân tộc Kinh, Tày, Dao và Mông.",
]
