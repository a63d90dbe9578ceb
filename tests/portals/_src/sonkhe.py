"""Content of the modelled xã Sơn Khê portal (a provincial "portal" product hosting many commune
sites on SharePoint publishing pages: /portal/pages/<yyyy-mm-dd>/<Slug-In-TitleCase>-<id>.aspx).
Invented unit and prose."""
from __future__ import annotations

SITE = {
    "id": "sonkhe",
    "name": "Cổng thông tin điện tử xã Sơn Khê",
    "unit": "xã Sơn Khê",
    "province": "tỉnh Hà Lam",
    "province_portal": "https://halam.example.gov.vn",
    "base_url": "https://xasonkhe.example.gov.vn",
    "address": "Thôn Trung Sơn, xã Sơn Khê, tỉnh Hà Lam",
    "phone": "0239 3876 215",
    "email": "ubndxasonkhe@example.gov.vn",
}

# Category page slug -> (name, teasers per page, pager kind): "query" links ?Page=<n>; "postback"
# is a SharePoint web part's repeater pager, javascript:__doPostBack(...) links.
CATEGORIES = {
    "Tin-tuc-Su-kien": ("Tin tức - Sự kiện", 4, "query"),
    "Nong-thon-moi": ("Nông thôn mới", 2, "postback"),
    "Thong-bao": ("Thông báo", 4, "query"),
}

# The week the site shows as "this week" (ISO week of 2025) and how many weeks on each side the
# model serves: the schedule's prev/next links go on for ever; a crawl must not.
SCHEDULE_WEEK = (2025, 41)
SCHEDULE_SPAN = 60

ARTICLES = [
    {
        "id": 512604, "published": "2025-10-08T15:40", "category": "Tin-tuc-Su-kien",
        "title": "Xã Sơn Khê tổ chức Lễ ra quân chiến dịch làm đường giao thông nông thôn",
        "author": "Phan Thu Hà",
        "sapo": "Sáng 8/10, Ủy ban nhân dân xã Sơn Khê tổ chức lễ ra quân chiến dịch làm đường giao thông nông thôn đợt cao điểm năm 2025 tại thôn Khe Mây.",
        "paragraphs": [
            "Theo kế hoạch, đợt cao điểm từ nay đến ngày 30/11 toàn xã làm mới 4,2 km đường bê tông thôn xóm và 1,8 km rãnh thoát nước. Tổng kinh phí hơn 3,6 tỷ đồng, trong đó tỉnh hỗ trợ xi măng theo cơ chế của Nghị quyết số 51/2021/NQ-HĐND, nhân dân đóng góp ngày công và hiến đất.",
            "Đến nay đã có 37 hộ tự nguyện hiến 1.260 mét vuông đất, tháo dỡ cổng, tường rào để mở rộng mặt đường. Ban Chỉ đạo xã phân công cán bộ phụ trách từng tuyến, kiểm tra chất lượng vật liệu và tiến độ hằng tuần.",
            "Phát biểu tại buổi lễ, Chủ tịch UBND xã đề nghị các thôn phát huy vai trò của Ban công tác Mặt trận, huy động con em xa quê ủng hộ, phấn đấu hoàn thành chỉ tiêu trước thời hạn.",
            "Phan Thu Hà",
        ],
    },
    {
        "id": 512571, "published": "2025-10-03T09:20", "category": "Tin-tuc-Su-kien",
        "title": "Hội đồng nhân dân xã Sơn Khê tổ chức kỳ họp chuyên đề",
        "author": "Trần Quốc Việt",
        "sapo": "Ngày 2/10, Hội đồng nhân dân xã Sơn Khê khóa I, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp chuyên đề để xem xét, quyết định một số nội dung quan trọng.",
        "paragraphs": [
            "Kỳ họp đã thông qua Nghị quyết điều chỉnh dự toán ngân sách xã năm 2025, tăng thu 1,45 tỷ đồng từ nguồn đấu giá quyền sử dụng đất để đầu tư sửa chữa Trường Mầm non Sơn Khê và nhà văn hóa thôn Bãi Ngang.",
            "Các đại biểu cũng thông qua danh mục 6 công trình khởi công mới năm 2026 và kế hoạch hỗ trợ 28 hộ nghèo, hộ cận nghèo sửa chữa nhà ở theo Quyết định số 1420/QĐ-UBND ngày 12/9/2025 của Ủy ban nhân dân tỉnh.",
            "Trần Quốc Việt",
        ],
    },
    {
        "id": 512530, "published": "2025-09-26T16:05", "category": "Nong-thon-moi",
        "title": "Thôn Bãi Ngang ra mắt khu dân cư nông thôn mới kiểu mẫu",
        "author": "Phan Thu Hà",
        "sapo": "Sau hai năm xây dựng, thôn Bãi Ngang là thôn thứ ba của xã Sơn Khê đạt chuẩn khu dân cư nông thôn mới kiểu mẫu.",
        "paragraphs": [
            "Thôn có 212 hộ với 786 nhân khẩu. Trong hai năm, nhân dân đóng góp hơn 2,1 tỷ đồng cùng 4.500 ngày công để cứng hóa 3,4 km đường ngõ, trồng 1.800 mét hàng rào xanh và lắp 96 bóng đèn chiếu sáng.",
            "Thu nhập bình quân đầu người của thôn năm 2025 ước đạt 58 triệu đồng, tỷ lệ hộ nghèo giảm còn 1,4%. Các vườn hộ được chỉnh trang, 41 vườn đạt chuẩn vườn mẫu.",
            "Dịp này, Ủy ban nhân dân xã tặng giấy khen cho 12 tập thể và 25 hộ gia đình có thành tích xuất sắc trong phong trào.",
            "Phan Thu Hà",
        ],
    },
    {
        "id": 512498, "published": "2025-09-22T08:30", "category": "Thong-bao",
        "title": "Thông báo tiếp nhận hồ sơ đề nghị hỗ trợ sửa chữa nhà ở năm 2025",
        "author": "Văn phòng HĐND - UBND xã",
        "sapo": "",
        "paragraphs": [
            "Ủy ban nhân dân xã Sơn Khê thông báo tiếp nhận hồ sơ đề nghị hỗ trợ sửa chữa nhà ở cho hộ nghèo, hộ cận nghèo từ ngày 22/9 đến hết ngày 10/10/2025 tại Bộ phận một cửa xã.",
            "Văn phòng HĐND - UBND xã",
        ],
        "attachment": (7741, "TB-95-UBND-ho-tro-sua-chua-nha-o.pdf", "Thông báo số 95/TB-UBND"),
    },
    {
        "id": 512466, "published": "2025-09-17T10:15", "category": "Tin-tuc-Su-kien",
        "title": "Trao 24 suất học bổng cho học sinh nghèo vượt khó",
        "author": "Nguyễn Hải Yến",
        "sapo": "Nhân dịp khai giảng năm học mới, Hội Khuyến học xã Sơn Khê phối hợp với Quỹ khuyến học dòng họ Phan trao 24 suất học bổng cho học sinh có hoàn cảnh khó khăn.",
        "paragraphs": [
            "Mỗi suất học bổng trị giá 1,5 triệu đồng tiền mặt cùng bộ sách giáo khoa và đồ dùng học tập. Tổng giá trị học bổng đợt này là 42 triệu đồng.",
            "Cũng dịp này, Hội Khuyến học xã biểu dương 16 học sinh đạt giải học sinh giỏi cấp tỉnh và 9 em đỗ thủ khoa các trường đại học năm 2025.",
            "Nguyễn Hải Yến",
        ],
    },
    {
        "id": 512431, "published": "2025-09-10T14:50", "category": "Nong-thon-moi",
        "title": "Sơn Khê nhân rộng mô hình trồng bưởi Phúc Trạch theo tiêu chuẩn VietGAP",
        "author": "Lê Minh Tuấn",
        "sapo": "Từ 8 ha thí điểm năm 2023, đến nay diện tích bưởi Phúc Trạch trồng theo tiêu chuẩn VietGAP của xã Sơn Khê đã tăng lên 35 ha với 64 hộ tham gia.",
        "paragraphs": [
            "Các hộ được hỗ trợ 50% kinh phí chứng nhận, tập huấn ghi chép nhật ký sản xuất và sử dụng phân bón hữu cơ. Năng suất bình quân đạt 16 tấn mỗi ha, giá bán cao hơn bưởi thường từ 3.000 đến 5.000 đồng mỗi quả.",
            "Hợp tác xã Nông nghiệp Sơn Khê đã ký hợp đồng bao tiêu 180 tấn bưởi vụ năm nay với hai doanh nghiệp phân phối tại Hà Nội và Thành phố Hồ Chí Minh.",
            "Lê Minh Tuấn",
        ],
    },
    {
        "id": 512402, "published": "2025-09-04T07:45", "category": "Tin-tuc-Su-kien",
        "title": "Tổng kết 10 năm thực hiện phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa",
        "author": "Trần Quốc Việt",
        "sapo": "Ủy ban Mặt trận Tổ quốc xã Sơn Khê tổ chức hội nghị tổng kết 10 năm thực hiện phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa giai đoạn 2015 - 2025.",
        "paragraphs": [
            "Sau 10 năm, tỷ lệ gia đình đạt danh hiệu gia đình văn hóa của xã luôn trên 92%, 11 trên 11 thôn giữ vững danh hiệu thôn văn hóa. Các thôn đều xây dựng và thực hiện tốt hương ước, quy ước.",
            "Hội nghị đã khen thưởng 15 tập thể và 32 cá nhân có thành tích tiêu biểu trong phong trào.",
            "Trần Quốc Việt",
        ],
    },
    {
        "id": 512377, "published": "2025-08-28T11:00", "category": "Nong-thon-moi",
        "title": "Hoàn thành cứng hóa kênh mương nội đồng vùng Đồng Trằm",
        "author": "Lê Minh Tuấn",
        "sapo": "Công trình cứng hóa 2,6 km kênh mương nội đồng vùng Đồng Trằm vừa được nghiệm thu, đưa vào sử dụng kịp phục vụ sản xuất vụ đông.",
        "paragraphs": [
            "Công trình có tổng mức đầu tư 1,92 tỷ đồng từ nguồn vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới và ngân sách xã, bảo đảm tưới tiêu chủ động cho 74 ha lúa và rau màu.",
            "Lê Minh Tuấn",
        ],
    },
    {
        "id": 512350, "published": "2025-08-21T15:30", "category": "Thong-bao",
        "title": "Thông báo lịch tiêm phòng dại cho chó, mèo đợt 2 năm 2025",
        "author": "Văn phòng HĐND - UBND xã",
        "sapo": "",
        "paragraphs": [
            "Từ ngày 25 đến 30/8/2025, xã Sơn Khê tổ chức tiêm phòng dại cho đàn chó, mèo tại các thôn theo lịch kèm theo; các hộ chăn nuôi đưa vật nuôi đến điểm tiêm đúng giờ.",
            "Văn phòng HĐND - UBND xã",
        ],
        "attachment": (7716, "Lich-tiem-phong-dai-dot-2-2025.pdf", "Lịch tiêm phòng dại đợt 2"),
    },
    {
        "id": 512318, "published": "2025-08-14T09:00", "category": "Tin-tuc-Su-kien",
        "title": "Sơn Khê diễn tập phòng chống thiên tai và tìm kiếm cứu nạn năm 2025",
        "author": "Nguyễn Hải Yến",
        "sapo": "Ngày 13/8, Ban Chỉ huy phòng thủ dân sự xã Sơn Khê tổ chức diễn tập phòng chống thiên tai và tìm kiếm cứu nạn với tình huống mưa lớn gây ngập lụt, sạt lở đất.",
        "paragraphs": [
            "Cuộc diễn tập huy động hơn 150 người thuộc các lực lượng công an, quân sự, y tế, đoàn thanh niên và nhân dân thôn Khe Mây, cùng 4 xuồng máy, 2 xe cứu thương và các trang thiết bị cứu hộ.",
            "Các lực lượng đã thực hành sơ tán 46 hộ dân ở vùng nguy cơ sạt lở đến nơi an toàn, cứu người bị nạn trên sông Ngàn Phố và khắc phục hậu quả sau mưa lũ.",
            "Nguyễn Hải Yến",
        ],
    },
]

DOCUMENTS = [
    {"id": 7741, "number": "95/TB-UBND", "issued": "20/09/2025", "kind": "Thông báo",
     "summary": "Thông báo tiếp nhận hồ sơ đề nghị hỗ trợ sửa chữa nhà ở năm 2025",
     "signer": "Phan Văn Lợi", "file": "TB-95-UBND-ho-tro-sua-chua-nha-o.pdf"},
    {"id": 7729, "number": "142/KH-UBND", "issued": "05/09/2025", "kind": "Kế hoạch",
     "summary": "Kế hoạch làm đường giao thông nông thôn đợt cao điểm năm 2025",
     "signer": "Phan Văn Lợi", "file": "KH-142-UBND-giao-thong-nong-thon.pdf"},
    {"id": 7716, "number": "88/TB-UBND", "issued": "19/08/2025", "kind": "Thông báo",
     "summary": "Lịch tiêm phòng dại cho chó, mèo đợt 2 năm 2025",
     "signer": "Nguyễn Đình Hùng", "file": "Lich-tiem-phong-dai-dot-2-2025.pdf"},
    {"id": 7702, "number": "310/QĐ-UBND", "issued": "01/08/2025", "kind": "Quyết định",
     "summary": "Quyết định kiện toàn Ban Chỉ huy phòng thủ dân sự xã Sơn Khê",
     "signer": "Phan Văn Lợi", "file": "QD-310-UBND-ban-chi-huy-PTDS.pdf"},
]

# The work schedule of "this week" (other weeks show the leaders' fixed items or nothing).
SCHEDULE = [
    ("Thứ Hai", "Sáng", "Chủ tịch UBND xã chủ trì giao ban đầu tuần", "Hội trường UBND xã"),
    ("Thứ Hai", "Chiều", "Phó Chủ tịch kiểm tra tiến độ làm đường thôn Khe Mây", "Thôn Khe Mây"),
    ("Thứ Tư", "Sáng", "Tiếp công dân định kỳ", "Phòng tiếp công dân"),
    ("Thứ Năm", "Cả ngày", "Lãnh đạo xã dự hội nghị trực tuyến của tỉnh về chuyển đổi số", "Điểm cầu xã"),
    ("Thứ Sáu", "Chiều", "Họp Ban Chỉ đạo xây dựng nông thôn mới", "Phòng họp số 2"),
]

ABOUT = [
    "Xã Sơn Khê nằm ở phía tây của tỉnh, có diện tích tự nhiên 48,6 km2, dân số 9.840 người, sinh sống tại 11 thôn. Phía bắc giáp sông Ngàn Phố, phía nam giáp dãy núi Giăng Màn.",
    "Kinh tế của xã chủ yếu là nông nghiệp với các sản phẩm chủ lực là bưởi Phúc Trạch, chè xanh và chăn nuôi bò. Năm 2020, xã được công nhận đạt chuẩn nông thôn mới; năm 2024 đạt chuẩn nông thôn mới nâng cao.",
    "Trụ sở Đảng ủy, Hội đồng nhân dân, Ủy ban nhân dân xã đặt tại thôn Trung Sơn.",
]
