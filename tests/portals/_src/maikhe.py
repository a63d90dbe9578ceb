"""Content of the modelled xã Mai Khê portal: since 1 July 2025 not a host of its own but a site
(a Liferay "site", /web/<friendly-url>) of the province's shared portal platform, beside the
province's own news (the guest site, /web/guest and /) and its sibling communes' sites. Invented
units, people and prose (tỉnh Quảng Khê is no real province); modelled, not copied."""
from __future__ import annotations

SITE = {
    "id": "maikhe",
    "name": "Cổng thông tin điện tử xã Mai Khê",
    "unit": "xã Mai Khê",
    "province": "tỉnh Quảng Khê",
    "base_url": "https://quangkhe.example.gov.vn",
    "friendly": "xa-mai-khe",  # the site's friendly URL: /web/xa-mai-khe
    "address": "Thôn Mai Trung, xã Mai Khê, tỉnh Quảng Khê",
    "phone": "0233 3861 402",
    "email": "ubnd.xamaikhe@example.gov.vn",
}

PROVINCE = {
    "name": "Cổng thông tin điện tử tỉnh Quảng Khê",
    "unit": "tỉnh Quảng Khê",
    "address": "Số 12 đường Lê Lợi, thành phố Khê Châu, tỉnh Quảng Khê",
}

# Liferay's slugger drops đ/Đ: "Đào Khê" -> "ao-khe"; the site friendly URLs are typed by an
# administrator, so they keep the d.
SECTIONS = {  # friendly URL of the page -> (name, asset publisher instance, teasers per page)
    "tin-tuc": ("Tin tức - Sự kiện", "xk3VbT7qLm2P", 3),
    "thong-bao": ("Thông báo", "Rq8nWc1ZeD4s", 3),
}

ARTICLES = [
    {
        "slug": "xa-mai-khe-ra-quan-chien-dich-giao-thong-nong-thon-nam-2025",
        "section": "tin-tuc", "published": "2025-10-14T08:30", "author": "Lê Thị Hồng Nhung",
        "title": "Xã Mai Khê ra quân chiến dịch giao thông nông thôn năm 2025",
        "sapo": "Sáng 13/10, Ủy ban nhân dân xã Mai Khê tổ chức lễ ra quân chiến dịch làm đường giao thông nông thôn đợt cao điểm cuối năm 2025 tại thôn Mai Trung.",
        "paragraphs": [
            "Theo kế hoạch, từ nay đến ngày 15/12, toàn xã làm mới 5,6 km đường bê tông thôn xóm và 2,1 km rãnh thoát nước. Tổng kinh phí hơn 4,2 tỷ đồng, trong đó tỉnh hỗ trợ xi măng theo Quyết định số 1875/QĐ-UBND ngày 20/8/2025 của Ủy ban nhân dân tỉnh, nhân dân đóng góp ngày công và hiến đất.",
            "Đến nay đã có 52 hộ tự nguyện hiến 1.840 mét vuông đất, tháo dỡ cổng, tường rào để mở rộng mặt đường. Ban Chỉ đạo xã phân công cán bộ phụ trách từng tuyến, kiểm tra chất lượng vật liệu hằng tuần.",
            "Phát biểu tại buổi lễ, Chủ tịch Ủy ban nhân dân xã đề nghị các thôn phát huy vai trò của Ban công tác Mặt trận, vận động con em xa quê ủng hộ, phấn đấu hoàn thành chỉ tiêu trước thời hạn.",
        ],
    },
    {
        "slug": "ho-tro-41-ho-ngheo-sua-chua-nha-o-truoc-mua-mua-bao",
        "section": "tin-tuc", "published": "2025-10-09T15:10", "author": "Trần Văn Quyết",
        "title": "Hỗ trợ 41 hộ nghèo sửa chữa nhà ở trước mùa mưa bão",
        "sapo": "Ủy ban nhân dân xã Mai Khê vừa trao kinh phí hỗ trợ sửa chữa nhà ở cho 41 hộ nghèo, hộ cận nghèo trên địa bàn trước mùa mưa bão năm 2025.",
        "paragraphs": [
            "Mỗi hộ được hỗ trợ 30 triệu đồng từ nguồn Chương trình mục tiêu quốc gia giảm nghèo bền vững và Quỹ Vì người nghèo của xã, tổng số tiền 1,23 tỷ đồng. Các hộ phải hoàn thành việc sửa chữa mái, tường và nền nhà trước ngày 30/11/2025.",
            "Đoàn Thanh niên và Hội Cựu chiến binh xã nhận giúp 9 hộ neo đơn với hơn 300 ngày công vận chuyển vật liệu, tháo dỡ mái cũ. Công chức địa chính - xây dựng hướng dẫn các hộ gia cố nhà chống bão.",
            "Theo rà soát đầu năm, xã Mai Khê còn 187 hộ nghèo, chiếm 3,2% tổng số hộ; mục tiêu đến cuối năm giảm còn dưới 2,5%.",
        ],
    },
    {
        "slug": "ang-bo-xa-mai-khe-so-ket-cong-tac-quy-iii",
        "section": "tin-tuc", "published": "2025-10-02T10:00", "author": "Lê Thị Hồng Nhung",
        "title": "Đảng bộ xã Mai Khê sơ kết công tác quý III",
        "sapo": "Ngày 1/10, Ban Chấp hành Đảng bộ xã Mai Khê tổ chức hội nghị sơ kết công tác quý III, triển khai nhiệm vụ quý IV năm 2025.",
        "paragraphs": [
            "Ba tháng đầu sau khi sắp xếp đơn vị hành chính, bộ máy của xã đi vào hoạt động ổn định. Trung tâm Phục vụ hành chính công xã tiếp nhận 2.964 hồ sơ, giải quyết đúng hạn 98,7%; 76% hồ sơ nộp trực tuyến.",
            "Thu ngân sách trên địa bàn ước đạt 11,4 tỷ đồng, bằng 81% dự toán năm. Hội nghị thống nhất tập trung thu tiền sử dụng đất, đẩy nhanh giải ngân vốn đầu tư công và chuẩn bị tổ chức Đại hội các chi bộ thôn.",
        ],
    },
    {
        "slug": "mai-khe-tiem-vac-xin-phong-benh-cho-an-gia-suc-gia-cam-ot-2",
        "section": "tin-tuc", "published": "2025-09-24T09:45", "author": "Phạm Minh Đức",
        "title": "Mai Khê tiêm vắc xin phòng bệnh cho đàn gia súc, gia cầm đợt 2",
        "sapo": "Từ ngày 22/9 đến 10/10, xã Mai Khê tổ chức tiêm phòng đợt 2 năm 2025 cho đàn gia súc, gia cầm tại 14 thôn.",
        "paragraphs": [
            "Đợt này tiêm vắc xin lở mồm long móng cho 3.150 con trâu, bò, vắc xin dịch tả lợn cho 8.400 con lợn và cúm gia cầm cho hơn 62.000 con gà, vịt. Kinh phí mua vắc xin 186 triệu đồng do ngân sách tỉnh và xã chi trả.",
            "Ủy ban nhân dân xã đề nghị các hộ chăn nuôi phối hợp với thú y viên, không giấu dịch, không bán chạy gia súc, gia cầm ốm.",
        ],
    },
    {
        "slug": "trao-104-the-bao-hiem-y-te-cho-nguoi-cao-tuoi",
        "section": "tin-tuc", "published": "2025-09-16T14:20", "author": "Trần Văn Quyết",
        "title": "Trao 104 thẻ bảo hiểm y tế cho người cao tuổi",
        "sapo": "Hội Người cao tuổi xã Mai Khê phối hợp với Bảo hiểm xã hội khu vực trao 104 thẻ bảo hiểm y tế cho hội viên từ 75 tuổi trở lên chưa có lương hưu.",
        "paragraphs": [
            "Tổng giá trị các thẻ hơn 109 triệu đồng, do ngân sách nhà nước đóng theo Nghị định số 188/2025/NĐ-CP. Cán bộ bảo hiểm hướng dẫn hội viên cài đặt ứng dụng VssID để dùng thẻ điện tử khi đi khám bệnh.",
            "Dịp này, Hội trao 20 suất quà, mỗi suất 500.000 đồng, cho hội viên có hoàn cảnh khó khăn.",
        ],
    },
    {
        "slug": "thong-bao-lich-tiep-cong-dan-dinh-ky-thang-10-2025",
        "section": "thong-bao", "published": "2025-10-06T07:30", "author": "Văn phòng HĐND và UBND xã",
        "title": "Thông báo lịch tiếp công dân định kỳ tháng 10/2025",
        "sapo": "Chủ tịch Ủy ban nhân dân xã Mai Khê tiếp công dân định kỳ vào ngày 15/10/2025 tại Trụ sở Ủy ban nhân dân xã, thôn Mai Trung.",
        "paragraphs": [
            "Công dân có kiến nghị, phản ánh mang theo căn cước công dân và giấy tờ liên quan; nội dung đã được giải quyết đúng quy định sẽ không tiếp lại.",
        ],
    },
    {
        "slug": "ke-hoach-chuyen-oi-so-xa-mai-khe-giai-oan-2025-2026",
        "section": "thong-bao", "published": "2025-09-29T16:00", "author": "Văn phòng HĐND và UBND xã",
        "title": "Kế hoạch chuyển đổi số xã Mai Khê giai đoạn 2025 - 2026",
        "sapo": "Ủy ban nhân dân xã ban hành Kế hoạch số 58/KH-UBND ngày 26/9/2025 về chuyển đổi số giai đoạn 2025 - 2026, toàn văn kèm theo.",
        "paragraphs": [],
        "file": ("58-kh-ubnd-chuyen-doi-so.pdf", "Kế hoạch số 58/KH-UBND"),
    },
]

# Sibling communes of the same platform: their own sites, each with a news page and stories.
SIBLINGS = [
    {
        "friendly": "xa-dao-khe", "name": "Cổng thông tin điện tử xã Đào Khê", "unit": "xã Đào Khê",
        "instance": "Hh2mZ0pQa9Vc", "per_page": 2,
        "articles": [
            ("xa-ao-khe-khanh-thanh-nha-van-hoa-thon-ong-ban", "Xã Đào Khê khánh thành nhà văn hóa thôn Đồng Bản", "2025-10-11T09:00",
             "Nhà văn hóa thôn Đồng Bản được xây dựng trên diện tích 420 mét vuông, tổng kinh phí 1,6 tỷ đồng, trong đó nhân dân đóng góp 620 triệu đồng.",
             ["Công trình gồm hội trường 150 chỗ ngồi, sân thể thao và khu vệ sinh, khởi công từ tháng 4/2025.", "Ủy ban nhân dân xã Đào Khê tặng giấy khen cho 16 hộ có nhiều đóng góp."]),
            ("ao-khe-thu-hoach-80-ha-lua-he-thu", "Đào Khê thu hoạch 80 ha lúa hè thu", "2025-09-30T16:30",
             "Nông dân xã Đào Khê đã thu hoạch xong 80 ha lúa hè thu, năng suất bình quân 58 tạ mỗi héc-ta.",
             ["Giống lúa chất lượng cao chiếm 72% diện tích, giá bán lúa tươi tại ruộng 7.200 đồng mỗi ki-lô-gam."]),
            ("ao-khe-ra-soat-ho-ngheo-ho-can-ngheo-nam-2025", "Đào Khê rà soát hộ nghèo, hộ cận nghèo năm 2025", "2025-09-18T08:00",
             "Xã Đào Khê triển khai rà soát hộ nghèo, hộ cận nghèo năm 2025 theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025.",
             ["Ban chỉ đạo rà soát ở 9 thôn, dự kiến công bố kết quả trước ngày 15/12/2025."]),
        ],
    },
    {
        "friendly": "phuong-lien-khe", "name": "Cổng thông tin điện tử phường Liên Khê", "unit": "phường Liên Khê",
        "instance": "Pq4sYt6LkW1b", "per_page": 3,
        "articles": [
            ("phuong-lien-khe-ra-mat-to-cong-nghe-so-cong-ong", "Phường Liên Khê ra mắt tổ công nghệ số cộng đồng", "2025-10-08T14:00",
             "Phường Liên Khê ra mắt 12 tổ công nghệ số cộng đồng với 86 thành viên ở các tổ dân phố.",
             ["Các tổ hướng dẫn người dân cài đặt VNeID, nộp hồ sơ trực tuyến và thanh toán không dùng tiền mặt."]),
            ("lien-khe-chinh-trang-via-he-tuyen-pho-tran-phu", "Liên Khê chỉnh trang vỉa hè tuyến phố Trần Phú", "2025-09-27T10:15",
             "Phường Liên Khê khởi công chỉnh trang 1,2 km vỉa hè tuyến phố Trần Phú với kinh phí 3,8 tỷ đồng.",
             ["Công trình lát đá, trồng cây xanh và lắp đèn chiếu sáng, dự kiến hoàn thành trước Tết Nguyên đán."]),
        ],
    },
    {
        "friendly": "xa-tan-khe", "name": "Cổng thông tin điện tử xã Tân Khê", "unit": "xã Tân Khê",
        "instance": "Zc7uNe3RfX5d", "per_page": 3,
        "articles": [
            ("tan-khe-trao-sinh-ke-cho-25-ho-ngheo", "Tân Khê trao sinh kế cho 25 hộ nghèo", "2025-10-10T08:45",
             "Xã Tân Khê trao 25 con bò giống, mỗi con trị giá 15 triệu đồng, cho 25 hộ nghèo thôn Khe Rào và Bản Chè.",
             ["Kinh phí từ Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2025, tổng cộng 375 triệu đồng."]),
            ("tan-khe-hop-mat-ky-niem-ngay-truyen-thong-hoi-nong-dan", "Tân Khê họp mặt kỷ niệm ngày truyền thống Hội Nông dân", "2025-10-03T15:00",
             "Hội Nông dân xã Tân Khê họp mặt kỷ niệm 95 năm ngày thành lập Hội Nông dân Việt Nam.",
             ["Hội hiện có 1.420 hội viên, năm 2025 có 186 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp."]),
        ],
    },
]

# The province's own news (the guest site: / and /web/guest).
PROVINCE_ARTICLES = [
    ("ubnd-tinh-quang-khe-giao-du-toan-bo-sung-cho-cac-xa-phuong", "UBND tỉnh Quảng Khê giao dự toán bổ sung cho các xã, phường", "2025-10-12T17:00",
     "Ủy ban nhân dân tỉnh ban hành Quyết định số 2214/QĐ-UBND ngày 10/10/2025 giao dự toán bổ sung 186 tỷ đồng cho 94 xã, phường sau sắp xếp.",
     ["Kinh phí dùng cho việc sửa chữa trụ sở, mua sắm trang thiết bị và chi trả chế độ cho cán bộ dôi dư.", "Sở Tài chính hướng dẫn các xã, phường sử dụng đúng mục đích."]),
    ("tinh-quang-khe-ky-niem-80-nam-quoc-khanh", "Tỉnh Quảng Khê kỷ niệm 80 năm Quốc khánh", "2025-09-01T20:00",
     "Tối 1/9, Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh tổ chức lễ kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9.",
     ["Dịp này, tỉnh khen thưởng 45 tập thể và 120 cá nhân có thành tích xuất sắc."]),
    ("quang-khe-van-hanh-94-trung-tam-phuc-vu-hanh-chinh-cong-cap-xa", "Quảng Khê vận hành 94 trung tâm phục vụ hành chính công cấp xã", "2025-07-01T11:00",
     "Từ ngày 1/7/2025, 94 trung tâm phục vụ hành chính công cấp xã của tỉnh Quảng Khê chính thức đi vào hoạt động.",
     ["Mỗi trung tâm bố trí từ 6 đến 10 công chức tiếp nhận hồ sơ, trả kết quả."]),
]

DOCUMENTS = [  # number, date, summary, file
    ("58/KH-UBND", "2025-09-26", "Kế hoạch chuyển đổi số xã Mai Khê giai đoạn 2025 - 2026", "58-kh-ubnd-chuyen-doi-so.pdf"),
    ("412/QĐ-UBND", "2025-09-12", "Quyết định phê duyệt danh sách hộ nghèo được hỗ trợ sửa chữa nhà ở năm 2025", "412-qd-ubnd-ho-tro-nha-o.pdf"),
    ("37/NQ-HĐND", "2025-08-28", "Nghị quyết điều chỉnh dự toán ngân sách xã năm 2025", "37-nq-hdnd-du-toan.pdf"),
]

ABOUT = [
    "Xã Mai Khê được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp toàn bộ diện tích tự nhiên và quy mô dân số của các xã Mai Sơn, Khê Thượng và Bình Mai.",
    "Xã có diện tích tự nhiên 68,4 km², dân số 21.560 người, gồm 14 thôn. Trụ sở Đảng ủy, HĐND, UBND xã đặt tại thôn Mai Trung.",
    "Kinh tế của xã chủ yếu là nông nghiệp, trồng rừng và dịch vụ; thu nhập bình quân đầu người năm 2024 đạt 52 triệu đồng.",
]
