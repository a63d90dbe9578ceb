"""Content of the modelled phường Thủy Khê portal (a modern news CMS of the kind provincial papers
run, with E-magazine longform stories, a live blog, event pages and photo stories). Invented unit
and prose."""
from __future__ import annotations

SITE = {
    "id": "thuykhe",
    "name": "Cổng thông tin điện tử phường Thủy Khê",
    "short": "Thủy Khê",
    "unit": "phường Thủy Khê",
    "base_url": "https://thuykhe.example.gov.vn",
    "address": "Số 8 đường Trần Phú, phường Thủy Khê, tỉnh Đoài Sơn",
    "phone": "0237 3912 466",
    "email": "ubnd@thuykhe.example.gov.vn",
}

CATEGORIES = {
    "thoi-su": "Thời sự",
    "kinh-te": "Kinh tế",
    "van-hoa-xa-hoi": "Văn hóa - Xã hội",
    "emagazine": "E-magazine",
    "multimedia": "Ảnh",
}

# "Dòng sự kiện": topic pages listing their stories with leads
EVENTS = [
    {"id": 12, "slug": "dai-hoi-dang-bo-phuong-thuy-khe-lan-thu-i", "title": "Đại hội Đảng bộ phường Thủy Khê lần thứ I",
     "lead": "Các tin, bài về Đại hội Đảng bộ phường Thủy Khê lần thứ I, nhiệm kỳ 2025 - 2030.", "stories": [2518, 2507, 2511]},
    {"id": 9, "slug": "chinh-quyen-dia-phuong-hai-cap", "title": "Chính quyền địa phương hai cấp",
     "lead": "Hoạt động của chính quyền phường Thủy Khê sau sắp xếp đơn vị hành chính từ ngày 1/7/2025.", "stories": [2507, 2489, 2498]},
]

# kinds: story (ordinary), emagazine (longform), live (a live blog), photo (a photo story)
ARTICLES = [
    {
        "id": 2518, "kind": "live", "category": "thoi-su", "tags": [], "slug": "truc-tiep-dai-hoi-dang-bo-phuong-thuy-khe-lan-thu-i-nhiem-ky-2025-2030",
        "title": "Tường thuật trực tiếp: Đại hội Đảng bộ phường Thủy Khê lần thứ I, nhiệm kỳ 2025 - 2030",
        "published": "2025-09-24T07:30", "author": "Nhóm phóng viên",
        "sapo": "Ngày 24/9/2025, Đại hội Đại biểu Đảng bộ phường Thủy Khê lần thứ I, nhiệm kỳ 2025 - 2030 khai mạc trọng thể với 180 đại biểu đại diện cho 1.426 đảng viên trong toàn Đảng bộ.",
        # newest first, as the page shows them
        "entries": [
            ("2025-09-24T11:20", "Đại hội bế mạc phiên thứ nhất. Buổi chiều, đại hội thảo luận các chỉ tiêu phát triển kinh tế - xã hội và bầu Ban Chấp hành Đảng bộ phường khóa I."),
            ("2025-09-24T10:05", "Đồng chí Bí thư Tỉnh ủy phát biểu chỉ đạo, đề nghị Đảng bộ phường tập trung cải cách hành chính, phấn đấu 100% thủ tục hành chính được giải quyết trực tuyến toàn trình trước năm 2027."),
            ("2025-09-24T08:40", "Đồng chí Phó Bí thư Đảng ủy phường trình bày báo cáo chính trị: giai đoạn 2020 - 2025 tốc độ tăng trưởng giá trị sản xuất bình quân đạt 9,2%/năm, thu nhập bình quân đầu người đạt 86 triệu đồng, tỷ lệ hộ nghèo giảm còn 0,7%."),
            ("2025-09-24T07:45", "Đại hội làm lễ chào cờ, các đại biểu dâng hương tưởng niệm Chủ tịch Hồ Chí Minh và các anh hùng liệt sĩ tại Nhà bia tưởng niệm phường."),
        ],
    },
    {
        "id": 2511, "kind": "story", "category": "thoi-su", "slug": "thuy-khe-ho-tro-126-ho-ngheo-sua-chua-nha-o",
        "title": "Thủy Khê hỗ trợ 126 hộ nghèo, cận nghèo sửa chữa nhà ở",
        "published": "2025-09-18T15:10", "author": "Lê Minh Châu",
        "sapo": "Thực hiện Quyết định số 123/QĐ-UBND ngày 5/3/2025 của UBND phường, đến giữa tháng 9, phường Thủy Khê đã hỗ trợ 126 hộ nghèo, cận nghèo xây mới và sửa chữa nhà ở với tổng kinh phí 5,04 tỷ đồng.",
        "paragraphs": [
            "Trong số 126 hộ được hỗ trợ có 38 hộ xây mới, mỗi hộ nhận 60 triệu đồng, và 88 hộ sửa chữa, mỗi hộ 31,4 triệu đồng; nguồn kinh phí từ Quỹ Vì người nghèo của tỉnh, ngân sách phường và các doanh nghiệp đóng góp.",
            "Ủy ban Mặt trận Tổ quốc phường đã huy động hơn 1.200 ngày công của đoàn viên, hội viên giúp các hộ vận chuyển vật liệu, tháo dỡ nhà cũ.",
            "Phường đặt mục tiêu đến ngày 30/11/2025 hoàn thành toàn bộ 140 căn theo kế hoạch, không còn hộ nghèo ở nhà tạm, nhà dột nát.",
        ],
        "photo": ("thuykhe-nha-o-2511.jpg", "Bàn giao nhà mới cho hộ bà Trần Thị Hạnh, tổ dân phố 4."),
        "tags": ["an-sinh-xa-hoi"],
    },
    {
        "id": 2507, "kind": "emagazine", "category": "emagazine", "slug": "thuy-khe-mot-nam-chinh-quyen-hai-cap",
        "title": "Thủy Khê - những ngày đầu của chính quyền hai cấp",
        "published": "2025-09-12T06:00", "author": "Lê Minh Châu - Phạm Quốc Bảo",
        "sapo": "Từ ngày 1/7/2025, ba xã, thị trấn cũ hợp thành phường Thủy Khê với 42.600 nhân khẩu. Hơn hai tháng vận hành chính quyền hai cấp, bộ máy mới đã đi vào nền nếp, người dân làm thủ tục ngay tại phường mà không phải lên huyện như trước.",
        "sections": [
            {"heading": "Một bộ máy, ba trụ sở", "paragraphs": [
                "Sáng thứ Hai, Trung tâm Phục vụ hành chính công phường Thủy Khê đã kín chỗ từ 7 giờ 30. Mười hai quầy tiếp nhận hồ sơ, hai quầy hướng dẫn nộp trực tuyến và một ki-ốt tra cứu được bố trí tại trụ sở chính, tòa nhà trước đây của UBND thị trấn.",
                "Hai trụ sở của các xã cũ được giữ lại làm điểm tiếp nhận hồ sơ, mỗi điểm có hai công chức thường trực, để người cao tuổi ở các thôn xa không phải đi thêm hơn 8 km.",
            ]},
            {"quote": ("Chúng tôi xác định người dân không phải đi xa hơn, chờ lâu hơn so với trước khi sắp xếp. Đó là thước đo đầu tiên của chính quyền mới.", "Chủ tịch UBND phường Thủy Khê Nguyễn Văn Khải")},
            {"image": ("emag-2507-1.jpg", "Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công phường.")},
            {"heading": "Những con số sau hai tháng", "paragraphs": [
                "Từ ngày 1/7 đến 31/8/2025, phường tiếp nhận 6.318 hồ sơ, giải quyết đúng và trước hạn 6.274 hồ sơ, đạt 99,3%; 71% hồ sơ được nộp trực tuyến.",
                "Theo Quyết định số 86/QĐ-UBND ngày 2/7/2025, phường bố trí 64 cán bộ, công chức vào 4 phòng chuyên môn và Trung tâm Phục vụ hành chính công; 11 người dôi dư được giải quyết chế độ theo quy định.",
            ]},
            {"image": ("emag-2507-2.jpg", "Công chức Trung tâm hướng dẫn người dân nộp hồ sơ trực tuyến.")},
            {"heading": "Phía trước còn nhiều việc", "paragraphs": [
                "Hệ thống phần mềm của ba đơn vị cũ chưa được chuyển đổi hết dữ liệu hộ tịch; phường đang số hóa 18.400 trang sổ hộ tịch, dự kiến hoàn thành trong quý IV.",
                "Phường cũng kiến nghị tỉnh sớm bố trí 2,7 tỷ đồng cải tạo trụ sở chính, mở rộng nhà để xe và phòng họp trực tuyến phục vụ người dân.",
            ]},
        ],
        "credits": [("Nội dung", "Lê Minh Châu - Phạm Quốc Bảo"), ("Ảnh", "Phạm Quốc Bảo"), ("Trình bày", "Hoàng Anh")],
        "tags": ["chinh-quyen-hai-cap"],
    },
    {
        "id": 2503, "kind": "photo", "category": "multimedia", "slug": "anh-sac-mau-trung-thu-cua-thieu-nhi-thuy-khe",
        "title": "[Ảnh] Sắc màu Trung thu của thiếu nhi Thủy Khê",
        "published": "2025-09-06T20:15", "author": "Phạm Quốc Bảo",
        "sapo": "Tối 5/9, Đoàn Thanh niên phường Thủy Khê tổ chức chương trình \"Trung thu cho em\" cho hơn 600 thiếu nhi, tặng 250 suất quà cho các em có hoàn cảnh khó khăn, mỗi suất trị giá 300.000 đồng.",
        "photos": [
            ("trung-thu-1.jpg", "Các em thiếu nhi rước đèn ông sao quanh sân Nhà văn hóa phường."),
            ("trung-thu-2.jpg", "Mâm cỗ Trung thu do chi đoàn tổ dân phố 6 bày, đạt giải nhất hội thi."),
            ("trung-thu-3.jpg", "Đại diện Đoàn Thanh niên phường trao quà cho thiếu nhi có hoàn cảnh khó khăn."),
            ("trung-thu-4.jpg", "Tiết mục múa lân của câu lạc bộ thiếu nhi phường."),
            ("trung-thu-5.jpg", "Niềm vui của các em khi nhận quà Trung thu."),
        ],
        "tags": [],
    },
    {
        "id": 2498, "kind": "story", "category": "kinh-te", "slug": "thu-ngan-sach-8-thang-dat-71-phan-tram-du-toan",
        "title": "Thu ngân sách 8 tháng đạt 71% dự toán",
        "published": "2025-09-03T09:40", "author": "Đinh Thị Thu",
        "sapo": "Tám tháng đầu năm 2025, tổng thu ngân sách trên địa bàn phường Thủy Khê đạt 38,6 tỷ đồng, bằng 71% dự toán, tăng 12,5% so với cùng kỳ.",
        "paragraphs": [
            "Thu từ khu vực ngoài quốc doanh đạt 14,2 tỷ đồng; thu tiền sử dụng đất 17,8 tỷ đồng từ đấu giá 22 lô đất tại khu dân cư Đồng Mới; các khoản phí, lệ phí 2,1 tỷ đồng.",
            "Chi ngân sách 8 tháng là 29,4 tỷ đồng, trong đó chi đầu tư phát triển 11,3 tỷ đồng cho 6 công trình giao thông, trường học.",
            "UBND phường giao Phòng Kinh tế rà soát 415 hộ kinh doanh, đôn đốc thu nợ đọng thuế 640 triệu đồng, phấn đấu thu vượt dự toán năm ít nhất 10%.",
        ],
        "photo": None,
        "tags": [],
    },
    {
        "id": 2494, "kind": "emagazine", "category": "emagazine", "slug": "lang-non-la-thuy-khe-giu-nghe-giua-pho",
        "title": "Làng nón Thủy Khê giữ nghề giữa phố",
        "published": "2025-08-29T06:00", "author": "Đinh Thị Thu",
        "sapo": "Khi làng Đông Thủy thành một khu phố của phường Thủy Khê, 93 hộ vẫn giữ nghề chằm nón lá đã có hơn trăm năm. Họ đưa chiếc nón lên sàn thương mại điện tử và đón khách du lịch về tận nhà.",
        "sections": [
            {"heading": "Trăm năm một nghề", "paragraphs": [
                "Bà Nguyễn Thị Lựu, 71 tuổi, đã chằm nón từ năm lên mười. Mỗi chiếc nón bài thơ cần 16 vành tre, 24 lá cọ phơi sương và gần một ngày làm việc của người thợ lành nghề.",
                "Khu phố Đông Thủy hiện có 93 hộ với khoảng 260 lao động làm nón, mỗi năm làm ra chừng 110.000 chiếc, thu nhập bình quân 4,5 triệu đồng một người mỗi tháng.",
            ]},
            {"image": ("emag-2494-1.jpg", "Bà Nguyễn Thị Lựu bên khung nón ở khu phố Đông Thủy.")},
            {"quote": ("Nón bây giờ không chỉ để đội. Khách mua về làm quà, làm đèn trang trí, nên mình phải làm đẹp hơn, đều hơn.", "Chị Trần Thị Mơ, chủ cơ sở nón Mơ Thủy")},
            {"heading": "Lên sàn, đón khách", "paragraphs": [
                "Năm 2024, Hội Nông dân phường hỗ trợ 30 hộ mở gian hàng trên hai sàn thương mại điện tử; doanh thu bán trực tuyến 8 tháng năm 2025 đạt 1,9 tỷ đồng.",
                "Theo Kế hoạch số 57/KH-UBND ngày 14/4/2025, phường đầu tư 850 triệu đồng làm điểm trưng bày và trải nghiệm nghề, đón hơn 3.000 lượt khách từ tháng 5 đến nay.",
            ]},
            {"image": ("emag-2494-2.jpg", "Du khách học chằm nón tại điểm trải nghiệm làng nghề.")},
            {"heading": "Giữ nghề cho lớp trẻ", "paragraphs": [
                "Lớp thợ trẻ dưới 35 tuổi chỉ còn khoảng 40 người. Phường đã mở 3 lớp dạy nghề miễn phí cho 75 học viên, mỗi học viên được hỗ trợ 1,2 triệu đồng tiền ăn trong thời gian học.",
            ]},
        ],
        "credits": [("Bài", "Đinh Thị Thu"), ("Ảnh", "Phạm Quốc Bảo"), ("Thiết kế", "Hoàng Anh")],
        "tags": ["lang-nghe"],
    },
    {
        "id": 2489, "kind": "story", "category": "thoi-su", "slug": "doi-thoai-voi-210-ho-dan-ve-du-an-mo-rong-duong-tran-phu",
        "title": "Đối thoại với 210 hộ dân về dự án mở rộng đường Trần Phú",
        "published": "2025-08-21T16:25", "author": "Lê Minh Châu",
        "sapo": "Chiều 20/8, UBND phường Thủy Khê tổ chức đối thoại với 210 hộ dân có đất bị ảnh hưởng bởi dự án mở rộng đường Trần Phú, đoạn từ cầu Thủy đến ngã ba Đông Thủy.",
        "paragraphs": [
            "Dự án dài 2,3 km, tổng mức đầu tư 146 tỷ đồng, được phê duyệt tại Quyết định số 1874/QĐ-UBND ngày 9/6/2025 của UBND tỉnh; mặt đường mở rộng từ 7 m lên 21 m.",
            "Các hộ dân đề nghị công khai đơn giá bồi thường, bố trí tái định cư tại chỗ và hỗ trợ ổn định sản xuất cho 46 hộ kinh doanh ven đường.",
            "Chủ tịch UBND phường đã trả lời 17 ý kiến, cam kết niêm yết phương án bồi thường tại nhà văn hóa các tổ dân phố trước ngày 15/9/2025.",
        ],
        "photo": ("doi-thoai-2489.jpg", "Quang cảnh buổi đối thoại tại Nhà văn hóa phường."),
        "tags": [],
    },
    {
        "id": 2482, "kind": "story", "category": "van-hoa-xa-hoi", "slug": "ra-quan-chien-dich-ngay-chu-nhat-xanh",
        "title": "Hơn 1.500 người ra quân \"Ngày Chủ nhật xanh\"",
        "published": "2025-08-17T10:05", "author": "Đinh Thị Thu",
        "sapo": "Sáng 17/8, phường Thủy Khê ra quân chiến dịch \"Ngày Chủ nhật xanh\" với hơn 1.500 cán bộ, đoàn viên và người dân tham gia tại 14 tổ dân phố.",
        "paragraphs": [
            "Các lực lượng đã thu gom 26 tấn rác thải, nạo vét 3,8 km kênh mương, trồng mới 420 cây xanh trên các tuyến đường Trần Phú, Lê Lai và khu vực bờ sông Thủy.",
            "Phường trích 180 triệu đồng mua 60 thùng rác phân loại đặt tại các khu dân cư, chợ và trường học.",
            "Chiến dịch được duy trì vào ngày Chủ nhật thứ ba hằng tháng đến hết năm 2025.",
        ],
        "photo": None,
        "tags": ["moi-truong"],
    },
]

TAGS = {"an-sinh-xa-hoi": "An sinh xã hội", "chinh-quyen-hai-cap": "Chính quyền hai cấp",
        "lang-nghe": "Làng nghề", "moi-truong": "Môi trường"}

ABOUT = [
    "Phường Thủy Khê được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp toàn bộ diện tích tự nhiên và dân số của thị trấn Thủy Khê, xã Đông Thủy và xã Thủy Lợi.",
    "Phường có diện tích tự nhiên 28,4 km², dân số 42.600 người, được chia thành 14 tổ dân phố.",
]
