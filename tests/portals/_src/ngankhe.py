"""Content of the modelled huyện Ngân Khê portal (a jQuery AJAX portal of about 2013 on Google's
hashbang crawling scheme). Invented unit and prose."""
from __future__ import annotations

SITE = {
    "id": "ngankhe",
    "name": "Cổng thông tin điện tử huyện Ngân Khê",
    "unit": "huyện Ngân Khê",
    "base_url": "https://ngankhe.example.gov.vn",
    "address": "Số 2 đường Trần Phú, thị trấn Ngân Khê, huyện Ngân Khê, tỉnh Hà Lam",
    "phone": "0226 3861 205",
    "email": "vanphong@ngankhe.example.gov.vn",
}

# the app's categories: id -> name (its routes #!/danh-muc/<id>)
CATEGORIES = {1: "Tin tức - Sự kiện", 2: "Kinh tế - Xã hội", 3: "Thông báo"}

ARTICLES = [
    {
        "id": 1187, "slug": "ngan-khe-ban-giao-du-lieu-truoc-khi-ket-thuc-cap-huyen", "category": 1,
        "title": "Ngân Khê bàn giao hồ sơ, dữ liệu trước khi kết thúc hoạt động cấp huyện",
        "published": "2025-06-24T16:10", "author": "Hoàng Minh Đức",
        "sapo": "Chiều 23/6, UBND huyện Ngân Khê tổ chức hội nghị bàn giao hồ sơ, tài liệu và cơ sở dữ liệu cho 5 xã mới hình thành sau sắp xếp đơn vị hành chính.",
        "paragraphs": [
            "Theo Quyết định số 1126/QĐ-UBND ngày 16/6/2025 của UBND huyện, các phòng chuyên môn bàn giao 14.280 hồ sơ lưu trữ, 312 hồ sơ đất đai đang giải quyết dở dang và toàn bộ dữ liệu hộ tịch điện tử cho các xã tiếp nhận.",
            "Mỗi xã mới được bàn giao một bộ danh mục tài sản công; riêng trụ sở UBND huyện được giao cho xã Ngân Khê sử dụng làm Trung tâm Phục vụ hành chính công từ ngày 1/7/2025.",
            "Chủ tịch UBND huyện đề nghị các xã không để gián đoạn việc tiếp nhận, giải quyết thủ tục hành chính cho người dân trong thời gian chuyển tiếp.",
            "Hoàng Minh Đức",
        ],
    },
    {
        "id": 1181, "slug": "ho-tro-xay-moi-86-nha-o-cho-ho-ngheo", "category": 2,
        "title": "Hỗ trợ xây mới, sửa chữa 86 nhà ở cho hộ nghèo, hộ cận nghèo",
        "published": "2025-06-12T09:30", "author": "Lê Thu Hà",
        "sapo": "Đến giữa tháng 6/2025, huyện Ngân Khê hoàn thành xây mới 52 nhà và sửa chữa 34 nhà cho hộ nghèo, hộ cận nghèo trong chương trình xóa nhà tạm, nhà dột nát.",
        "paragraphs": [
            "Mỗi nhà xây mới được hỗ trợ 60 triệu đồng, mỗi nhà sửa chữa 30 triệu đồng; tổng kinh phí hỗ trợ 4,14 tỷ đồng từ ngân sách tỉnh, huyện và Quỹ Vì người nghèo.",
            "Ngoài tiền hỗ trợ, các đoàn thể đã huy động 1.260 ngày công lao động giúp các gia đình vận chuyển vật liệu, san nền và dựng nhà.",
            "Huyện phấn đấu hoàn thành 100% chỉ tiêu xóa nhà tạm trước ngày 30/6/2025 theo Kế hoạch số 58/KH-UBND ngày 3/3/2025.",
            "Lê Thu Hà",
        ],
    },
    {
        "id": 1176, "slug": "thong-bao-lich-tiep-cong-dan-thang-6-2025", "category": 3,
        "title": "Thông báo lịch tiếp công dân định kỳ tháng 6 năm 2025",
        "published": "2025-06-02T08:00", "author": "Văn phòng HĐND và UBND huyện",
        "sapo": "",
        "paragraphs": [
            "Chủ tịch UBND huyện Ngân Khê tiếp công dân định kỳ vào sáng thứ Năm ngày 19/6/2025 tại Trụ sở tiếp công dân huyện. Công dân có nhu cầu đăng ký trước tại Ban Tiếp công dân huyện hoặc qua số điện thoại 0226 3861 205 trong giờ hành chính.",
        ],
    },
    {
        "id": 1170, "slug": "thu-hoach-lua-xuan-nang-suat-64-ta-ha", "category": 2,
        "title": "Ngân Khê thu hoạch lúa xuân, năng suất ước đạt 64 tạ/ha",
        "published": "2025-05-27T10:15", "author": "Phạm Văn Tuấn",
        "sapo": "Vụ xuân năm 2025, toàn huyện gieo cấy 3.420 ha lúa; đến ngày 26/5 đã thu hoạch được 2.150 ha, năng suất ước đạt 64 tạ/ha, tăng 2,3 tạ so với vụ xuân năm trước.",
        "paragraphs": [
            "Diện tích lúa chất lượng cao chiếm 58%, trong đó 420 ha được liên kết bao tiêu sản phẩm với giá cao hơn thị trường 500 đồng/kg.",
            "Phòng Nông nghiệp và Phát triển nông thôn khuyến cáo nông dân thu hoạch dứt điểm trước ngày 5/6 để tránh mưa lớn, đồng thời không đốt rơm rạ trên đồng ruộng.",
            "Phạm Văn Tuấn",
        ],
    },
    {
        "id": 1164, "slug": "ky-hop-chuyen-de-hdnd-huyen-thong-qua-4-nghi-quyet", "category": 1,
        "title": "Kỳ họp chuyên đề HĐND huyện thông qua 4 nghị quyết",
        "published": "2025-05-16T15:40", "author": "Hoàng Minh Đức",
        "sapo": "Ngày 15/5, HĐND huyện Ngân Khê khóa XX tổ chức kỳ họp chuyên đề, xem xét và thông qua 4 nghị quyết về đầu tư công và ngân sách.",
        "paragraphs": [
            "Kỳ họp điều chỉnh kế hoạch đầu tư công năm 2025, bổ sung 12,6 tỷ đồng cho 3 công trình trường học và 2 tuyến đường giao thông nông thôn tại các xã Ngân Sơn, Ngân Thủy.",
            "Các đại biểu cũng thông qua nghị quyết phân bổ 2,1 tỷ đồng kinh phí hỗ trợ cán bộ, công chức dôi dư sau sắp xếp đơn vị hành chính.",
            "Hoàng Minh Đức",
        ],
    },
    {
        "id": 1158, "slug": "trao-200-the-bao-hiem-y-te-cho-nguoi-cao-tuoi", "category": 2,
        "title": "Trao 200 thẻ bảo hiểm y tế cho người cao tuổi có hoàn cảnh khó khăn",
        "published": "2025-04-29T09:05", "author": "Lê Thu Hà",
        "sapo": "",
        "paragraphs": [
            "Hội Người cao tuổi huyện Ngân Khê vừa phối hợp với Bảo hiểm xã hội huyện trao 200 thẻ bảo hiểm y tế cho người cao tuổi chưa thuộc diện được cấp thẻ, tổng giá trị 210,6 triệu đồng.",
            "Kinh phí do 14 doanh nghiệp và nhà hảo tâm đóng góp. Đến nay tỷ lệ người dân tham gia bảo hiểm y tế trên địa bàn huyện đạt 93,4%, vượt 0,9% chỉ tiêu tỉnh giao.",
            "Lê Thu Hà",
        ],
    },
    {
        "id": 1151, "slug": "ra-quan-chien-dich-thanh-nien-tinh-nguyen-he", "category": 1,
        "title": "Ra quân Chiến dịch Thanh niên tình nguyện hè năm 2025",
        "published": "2025-04-18T07:45", "author": "Nguyễn Quốc Bảo",
        "sapo": "Sáng 17/4, Huyện đoàn Ngân Khê ra quân Chiến dịch Thanh niên tình nguyện hè với 1.150 đoàn viên, thanh niên tham gia.",
        "paragraphs": [
            "Trong chiến dịch, các cơ sở đoàn đảm nhận 18 công trình, phần việc thanh niên, trồng 3.000 cây xanh trên các tuyến đường liên xã và sửa chữa 6 km đường giao thông nông thôn.",
            "Huyện đoàn cũng tổ chức 25 lớp hướng dẫn kỹ năng số cho người cao tuổi, giúp 640 người cài đặt và sử dụng ứng dụng định danh điện tử.",
            "Nguyễn Quốc Bảo",
        ],
    },
    {
        "id": 1143, "slug": "thong-bao-dau-gia-quyen-su-dung-dat-khu-dan-cu-dong-lang", "category": 3,
        "title": "Thông báo đấu giá quyền sử dụng đất 18 lô tại khu dân cư Đồng Láng",
        "published": "2025-03-24T14:00", "author": "Trung tâm Phát triển quỹ đất huyện",
        "sapo": "",
        "paragraphs": [
            "Thực hiện Quyết định số 412/QĐ-UBND ngày 10/3/2025 của UBND huyện Ngân Khê, Trung tâm Phát triển quỹ đất huyện tổ chức đấu giá quyền sử dụng 18 lô đất ở tại khu dân cư Đồng Láng, xã Ngân Thủy, diện tích mỗi lô từ 120 đến 180 m², giá khởi điểm từ 4,2 triệu đồng/m².",
            "Hồ sơ bán từ ngày 25/3 đến ngày 14/4/2025 tại Trung tâm; tiền đặt trước bằng 20% giá khởi điểm.",
        ],
    },
    {
        "id": 1136, "slug": "ngan-khe-giai-ngan-von-dau-tu-cong-quy-i-dat-31-phan-tram", "category": 2,
        "title": "Giải ngân vốn đầu tư công quý I đạt 31% kế hoạch",
        "published": "2025-03-10T11:20", "author": "Phạm Văn Tuấn",
        "sapo": "Hết quý I năm 2025, huyện Ngân Khê giải ngân 46,8 tỷ đồng vốn đầu tư công, đạt 31% kế hoạch, cao hơn mức bình quân của tỉnh.",
        "paragraphs": [
            "Trong đó, vốn ngân sách tỉnh giải ngân 29,5 tỷ đồng, vốn ngân sách huyện 17,3 tỷ đồng. Ba công trình chuyển tiếp đã hoàn thành, đưa vào sử dụng gồm Trường Tiểu học Ngân Sơn, cầu Khe Mơ và tuyến đường trục xã Ngân Hòa.",
            "UBND huyện yêu cầu chủ đầu tư các dự án giải ngân chậm báo cáo nguyên nhân trước ngày 20/3 và cam kết tiến độ từng tháng.",
            "Phạm Văn Tuấn",
        ],
    },
]

ABOUT = [
    "Huyện Ngân Khê nằm ở phía tây tỉnh Hà Lam, diện tích tự nhiên 318,6 km², dân số 112.450 người, gồm 14 xã và 1 thị trấn.",
    "Kinh tế của huyện chủ yếu là nông nghiệp, lâm nghiệp và tiểu thủ công nghiệp; các sản phẩm chủ lực gồm lúa chất lượng cao, chè Ngân Sơn và gỗ rừng trồng.",
]
