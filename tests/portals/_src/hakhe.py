"""Content of the modelled xã Hạ Khê portal: a commune formed on 1 July 2025 from the abolished
huyện Hạ Khê (both invented), which inherited the district portal's news. The old district host
redirects to the commune's host; the district's stories live on under /tin-cu/. Invented unit
and prose."""
from __future__ import annotations

SITE = {
    "id": "hakhe",
    "name": "Cổng thông tin điện tử xã Hạ Khê",
    "unit": "xã Hạ Khê",
    "base_url": "https://xahakhe.example.gov.vn",
    "address": "Số 8 đường Trần Phú, xã Hạ Khê, tỉnh Hà Lam",
    "phone": "0226 3862 115",
    "email": "ubnd@xahakhe.example.gov.vn",
}
OLD_SITE = {
    "id": "hakhe-cu",
    "name": "Cổng thông tin điện tử huyện Hạ Khê",
    "base_url": "https://hakhe.example.gov.vn",
}

CATEGORIES = {"tin-tuc": "Tin tức - Sự kiện", "tin-cu": "Tin cũ huyện Hạ Khê"}

# The commune's own news (from 1 July 2025), /tin-tuc/<slug>-<id>.html, newest first.
NEW = [
    {
        "id": 2105, "slug": "xa-ha-khe-thu-hoach-xong-1-240-ha-lua-mua",
        "title": "Xã Hạ Khê thu hoạch xong 1.240 ha lúa mùa",
        "published": "2025-10-20T16:10", "author": "Lê Thu Hà",
        "sapo": "Đến ngày 18/10, nông dân xã Hạ Khê đã thu hoạch xong 1.240 ha lúa mùa, năng suất bình quân ước đạt 58,6 tạ/ha, tăng 1,2 tạ/ha so với vụ mùa năm trước.",
        "paragraphs": [
            "Trên các cánh đồng mẫu lớn ở thôn Đông Hạ và Phú Hạ, 100% diện tích được thu hoạch bằng máy gặt đập liên hợp; giá thuê máy từ 350.000 đến 400.000 đồng mỗi sào.",
            "Ngay sau thu hoạch, UBND xã chỉ đạo các hợp tác xã hướng dẫn nông dân xử lý rơm rạ bằng chế phẩm sinh học, không đốt rơm gây ô nhiễm, chuẩn bị đất gieo trồng 320 ha cây vụ đông.",
            "Xã hỗ trợ 50% giá giống ngô, khoai tây cho các hộ tham gia sản xuất tập trung, tổng kinh phí dự kiến 412 triệu đồng từ nguồn ngân sách xã năm 2025.",
            "Lê Thu Hà",
        ],
    },
    {
        "id": 2104, "slug": "ha-khe-cap-can-cuoc-cho-1-856-cong-dan",
        "title": "Hạ Khê cấp căn cước cho 1.856 công dân trong quý III",
        "published": "2025-09-30T10:25", "author": "Công an xã Hạ Khê",
        "sapo": "",
        "paragraphs": [
            "Trong quý III năm 2025, Công an xã Hạ Khê đã tiếp nhận hồ sơ, cấp căn cước cho 1.856 công dân, kích hoạt 2.410 tài khoản định danh điện tử mức độ 2.",
            "Lực lượng công an xã tổ chức 14 đợt làm thủ tục lưu động tại nhà văn hóa các thôn và tại nhà đối với 37 người cao tuổi, người khuyết tật không thể đi lại.",
            "Công dân có nhu cầu làm căn cước có thể đến trụ sở Công an xã vào giờ hành chính các ngày trong tuần, kể cả sáng thứ Bảy.",
            "Công an xã Hạ Khê",
        ],
    },
    {
        "id": 2103, "slug": "ho-tro-48-ho-ngheo-ho-can-ngheo-sua-chua-nha-o",
        "title": "Hỗ trợ 48 hộ nghèo, hộ cận nghèo sửa chữa nhà ở",
        "published": "2025-09-05T08:40", "author": "Nguyễn Văn Tùng",
        "sapo": "UBND xã Hạ Khê vừa trao kinh phí hỗ trợ xây mới, sửa chữa nhà ở cho 48 hộ nghèo, hộ cận nghèo trên địa bàn với tổng số tiền 1,68 tỷ đồng.",
        "paragraphs": [
            "Theo Quyết định số 215/QĐ-UBND ngày 22/8/2025 của UBND xã, 21 hộ được hỗ trợ xây mới mỗi hộ 50 triệu đồng, 27 hộ được hỗ trợ sửa chữa mỗi hộ 23,3 triệu đồng.",
            "Nguồn kinh phí được huy động từ Quỹ Vì người nghèo của tỉnh, các doanh nghiệp đóng trên địa bàn và sự đóng góp của cán bộ, đảng viên trong xã.",
            "Các công trình phải hoàn thành trước ngày 31/12/2025; Mặt trận Tổ quốc xã phân công cán bộ theo dõi, giám sát việc sử dụng kinh phí đúng mục đích.",
            "Nguyễn Văn Tùng",
        ],
    },
    {
        "id": 2102, "slug": "trung-tam-phuc-vu-hanh-chinh-cong-xa-ha-khe-tiep-nhan-3-120-ho-so",
        "title": "Trung tâm Phục vụ hành chính công xã tiếp nhận 3.120 hồ sơ sau hai tháng",
        "published": "2025-08-29T15:00", "author": "Lê Thu Hà",
        "sapo": "",
        "paragraphs": [
            "Sau hai tháng vận hành mô hình chính quyền địa phương hai cấp, Trung tâm Phục vụ hành chính công xã Hạ Khê đã tiếp nhận 3.120 hồ sơ, trong đó 2.684 hồ sơ nộp trực tuyến, chiếm 86%.",
            "Tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt 98,7%; lĩnh vực hộ tịch, chứng thực và đất đai chiếm hơn 70% số hồ sơ.",
            "Xã bố trí 9 công chức làm việc tại trung tâm, tổ chức trực tiếp nhận hồ sơ vào sáng thứ Bảy để phục vụ người dân đi làm ăn xa.",
            "Lê Thu Hà",
        ],
    },
    {
        "id": 2101, "slug": "ky-hop-thu-nhat-hdnd-xa-ha-khe-khoa-i",
        "title": "Kỳ họp thứ nhất HĐND xã Hạ Khê khóa I, nhiệm kỳ 2021 - 2026",
        "published": "2025-07-01T11:30", "author": "Văn phòng HĐND và UBND xã",
        "sapo": "Sáng 1/7/2025, HĐND xã Hạ Khê khóa I tổ chức kỳ họp thứ nhất, kiện toàn các chức danh của HĐND, UBND xã sau khi sắp xếp đơn vị hành chính.",
        "paragraphs": [
            "Xã Hạ Khê được thành lập trên cơ sở nhập toàn bộ diện tích, dân số của thị trấn Hạ Khê và các xã Đông Hạ, Phú Hạ, Tân Hạ thuộc huyện Hạ Khê cũ, có diện tích tự nhiên 48,6 km² và 41.320 nhân khẩu.",
            "Kỳ họp đã bầu Chủ tịch, các Phó Chủ tịch HĐND xã; Chủ tịch, các Phó Chủ tịch UBND xã và thông qua 6 nghị quyết quan trọng về tổ chức bộ máy, dự toán ngân sách 6 tháng cuối năm 2025.",
            "Phát biểu bế mạc, Chủ tịch HĐND xã đề nghị cán bộ, công chức khẩn trương ổn định tổ chức, bảo đảm không gián đoạn việc giải quyết thủ tục hành chính cho người dân.",
            "Văn phòng HĐND và UBND xã",
        ],
    },
]

# The district's news (before 1 July 2025), migrated to /tin-cu/<slug>-<id>.html; "listed":
# whether the old-news list shows it (the migration left two out: only the old host's sitemap
# names them); "old": how the old district host answers its old URL /tin-tuc/<slug>-<id>.html.
OLD = [
    {
        "id": 1517, "slug": "huyen-ha-khe-ban-giao-ho-so-tai-lieu-cho-cac-xa-moi",
        "title": "Huyện Hạ Khê bàn giao hồ sơ, tài liệu cho các xã mới",
        "published": "2025-06-27T14:20", "author": "Văn phòng HĐND và UBND huyện",
        "listed": True, "old": "script",
        "sapo": "Chiều 26/6, UBND huyện Hạ Khê tổ chức bàn giao hồ sơ, tài liệu, tài sản cho UBND các xã hình thành sau sắp xếp đơn vị hành chính.",
        "paragraphs": [
            "Thực hiện Nghị quyết số 1664/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội, huyện Hạ Khê kết thúc hoạt động từ ngày 1/7/2025; địa bàn huyện được sắp xếp thành 3 xã.",
            "Huyện đã bàn giao 12.460 hồ sơ lưu trữ, 214 máy tính và 38 trụ sở, công trình công cộng; toàn bộ dữ liệu tin bài của Cổng thông tin điện tử huyện được chuyển sang cổng của xã Hạ Khê.",
            "Văn phòng HĐND và UBND huyện",
        ],
    },
    {
        "id": 1503, "slug": "ho-tro-xay-moi-24-nha-o-cho-nguoi-co-cong",
        "title": "Hỗ trợ xây mới 24 nhà ở cho người có công với cách mạng",
        "published": "2025-05-15T09:05", "author": "Trần Minh Đức",
        "listed": True, "old": "refresh",
        "sapo": "",
        "paragraphs": [
            "Năm 2025, huyện Hạ Khê hỗ trợ xây mới 24 nhà ở và sửa chữa 57 nhà ở cho người có công với cách mạng, tổng kinh phí 2,43 tỷ đồng.",
            "Mức hỗ trợ xây mới là 60 triệu đồng mỗi nhà, sửa chữa 30 triệu đồng mỗi nhà theo Quyết định số 318/QĐ-UBND ngày 2/4/2025 của UBND tỉnh Hà Lam.",
            "Đến nay đã có 19 nhà xây mới được khởi công; các xã cam kết hoàn thành toàn bộ trước ngày 27/7/2025.",
            "Trần Minh Đức",
        ],
    },
    {
        "id": 1492, "slug": "ra-quan-xay-dung-nong-thon-moi-nang-cao-nam-2025",
        "title": "Ra quân xây dựng nông thôn mới nâng cao năm 2025",
        "published": "2025-04-10T07:45", "author": "Lê Thu Hà",
        "listed": True, "old": "chain",
        "sapo": "Ngày 9/4, huyện Hạ Khê tổ chức lễ ra quân xây dựng nông thôn mới nâng cao, với sự tham gia của hơn 2.000 cán bộ, đoàn viên và nhân dân.",
        "paragraphs": [
            "Trong ngày ra quân, các lực lượng đã nạo vét 14 km kênh mương, trồng 3.500 cây xanh và làm mới 2,8 km đường giao thông nông thôn.",
            "Huyện phấn đấu năm 2025 có thêm 2 xã đạt chuẩn nông thôn mới nâng cao và 1 xã đạt chuẩn nông thôn mới kiểu mẫu; kinh phí hỗ trợ từ ngân sách huyện là 6,5 tỷ đồng.",
            "Lê Thu Hà",
        ],
    },
    {
        "id": 1481, "slug": "giai-ngan-von-dau-tu-cong-quy-i-dat-31-phan-tram",
        "title": "Giải ngân vốn đầu tư công quý I đạt 31% kế hoạch",
        "published": "2025-03-06T16:30", "author": "Phòng Tài chính - Kế hoạch",
        "listed": True, "old": "moved",
        "sapo": "",
        "paragraphs": [
            "Theo Quyết định số 123/QĐ-UBND ngày 5/3/2025 của UBND huyện Hạ Khê, kế hoạch vốn đầu tư công năm 2025 của huyện là 186,4 tỷ đồng, phân bổ cho 42 dự án.",
            "Hết quý I, huyện đã giải ngân 57,8 tỷ đồng, đạt 31% kế hoạch, cao hơn mức bình quân của tỉnh; 6 dự án chuyển tiếp đã hoàn thành, bàn giao đưa vào sử dụng.",
            "UBND huyện yêu cầu các chủ đầu tư lập kế hoạch giải ngân chi tiết từng tháng, xử lý dứt điểm vướng mắc giải phóng mặt bằng tại dự án đường trục trung tâm.",
            "Phòng Tài chính - Kế hoạch",
        ],
    },
    {
        "id": 1402, "slug": "trao-140-suat-qua-tet-cho-ho-ngheo",
        "title": "Trao 140 suất quà Tết cho hộ nghèo, gia đình chính sách",
        "published": "2025-01-17T10:00", "author": "Nguyễn Văn Tùng",
        "listed": False, "old": "moved-302",
        "sapo": "",
        "paragraphs": [
            "Nhân dịp Tết Nguyên đán Ất Tỵ 2025, Ủy ban MTTQ huyện Hạ Khê đã trao 140 suất quà cho hộ nghèo, gia đình chính sách, mỗi suất gồm 500.000 đồng tiền mặt và nhu yếu phẩm.",
            "Tổng giá trị quà tặng là 98 triệu đồng, do các doanh nghiệp và nhà hảo tâm trên địa bàn ủng hộ thông qua Quỹ Vì người nghèo huyện.",
            "Nguyễn Văn Tùng",
        ],
    },
    {
        "id": 1388, "slug": "huyen-ha-khe-thu-ngan-sach-nam-2024-vuot-du-toan",
        "title": "Huyện Hạ Khê thu ngân sách năm 2024 vượt 12% dự toán",
        "published": "2024-12-20T14:45", "author": "Phòng Tài chính - Kế hoạch",
        "listed": False, "old": "moved",
        "sapo": "",
        "paragraphs": [
            "Năm 2024, tổng thu ngân sách nhà nước trên địa bàn huyện Hạ Khê đạt 312,6 tỷ đồng, vượt 12% dự toán tỉnh giao; thu tiền sử dụng đất đạt 148 tỷ đồng.",
            "Chi ngân sách được điều hành chặt chẽ, ưu tiên cho an sinh xã hội, giáo dục và xây dựng nông thôn mới; tiết kiệm 10% chi thường xuyên được 4,2 tỷ đồng.",
            "Phòng Tài chính - Kế hoạch",
        ],
    },
]

# An old story the migration lost: its old URL redirects to an address the commune's portal
# answers with its "not found" page (status 200).
LOST = {"id": 1455, "slug": "khai-mac-giai-bong-da-thanh-nien-huyen-ha-khe-2025",
        "title": "Khai mạc Giải bóng đá thanh niên huyện Hạ Khê năm 2025"}

ABOUT = [
    "Xã Hạ Khê được thành lập từ ngày 1/7/2025 trên cơ sở nhập thị trấn Hạ Khê và các xã Đông Hạ, Phú Hạ, Tân Hạ thuộc huyện Hạ Khê cũ.",
    "Diện tích tự nhiên 48,6 km², dân số 41.320 người, gồm 22 thôn, tổ dân phố. Trụ sở Đảng ủy, HĐND, UBND xã đặt tại số 8 đường Trần Phú.",
]
