"""Content of the modelled huyện Đan Khê portal (an ASP.NET WebForms district portal of the
"FITC" family: Default.aspx?sname=…&sid=…&pageid=…&catid=…&id=…, a table layout, the story
between <!-- FitcBatDauDocTin --> and <!-- FitcKetThucDocTin -->). Invented unit, people and
prose; modelled, not copied. Dated before the 1 July 2025 reform, when districts still had
portals of their own."""
from __future__ import annotations

SITE = {
    "id": "dankhe",
    "name": "Cổng thông tin điện tử huyện Đan Khê",
    "unit": "huyện Đan Khê",
    "sname": "dankhe",
    "sid": 4,
    "base_url": "https://dankhe.example.gov.vn",
    "address": "Số 8 đường Trần Hưng Đạo, thị trấn Đan Khê, huyện Đan Khê",
    "phone": "0237 3845 120",
    "email": "vanphong@dankhe.example.gov.vn",
}

# catid -> (name, catname slug, teasers per page); the parent "Tin tức" (catid 60) lists both.
PARENT = (60, "Tin tức", "Tin-tuc")
CATEGORIES = {
    61: ("Tin tức - Sự kiện", "Tin-tuc-su-kien", 3),
    64: ("Kinh tế - Xã hội", "Kinh-te-xa-hoi", 3),
}

ARTICLES = [
    {
        "id": 2861, "catid": 61, "published": "2025-04-18T15:20", "author": "Hoàng Văn Tuấn",
        "title": "Huyện Đan Khê hỗ trợ 126 hộ nghèo xóa nhà tạm, nhà dột nát",
        "sapo": "Ngày 17/4, Ban Chỉ đạo xóa nhà tạm, nhà dột nát huyện Đan Khê trao kinh phí hỗ trợ đợt 2 cho 126 hộ nghèo, hộ cận nghèo tại 9 xã.",
        "caption": "Lãnh đạo huyện trao kinh phí hỗ trợ cho các hộ nghèo xã Đan Hà.",
        "paragraphs": [
            "Mỗi hộ xây mới được hỗ trợ 60 triệu đồng, hộ sửa chữa được hỗ trợ 30 triệu đồng, tổng số tiền hơn 5,8 tỷ đồng từ ngân sách Trung ương, ngân sách tỉnh và Quỹ Vì người nghèo huyện.",
            "Theo Quyết định số 612/QĐ-UBND ngày 28/3/2025 của Ủy ban nhân dân huyện, năm 2025 Đan Khê phấn đấu hoàn thành xóa 214 nhà tạm, nhà dột nát trước ngày 31/8/2025.",
            "Phát biểu tại buổi lễ, Chủ tịch Ủy ban nhân dân huyện đề nghị các xã huy động thêm ngày công của đoàn viên, hội viên, giám sát chặt chẽ việc sử dụng kinh phí, bảo đảm đúng đối tượng.",
        ],
    },
    {
        "id": 2855, "catid": 61, "published": "2025-04-10T09:05", "author": "Nguyễn Thị Mai Anh",
        "title": "Hội nghị triển khai sắp xếp đơn vị hành chính cấp xã",
        "sapo": "Sáng 9/4, Ban Thường vụ Huyện ủy Đan Khê tổ chức hội nghị triển khai phương án sắp xếp đơn vị hành chính cấp xã và tổ chức chính quyền địa phương hai cấp.",
        "caption": "Quang cảnh hội nghị.",
        "paragraphs": [
            "Theo phương án, 17 xã, thị trấn của huyện được sắp xếp thành 6 xã mới. Các xã được hình thành trên cơ sở giữ ổn định địa bàn, thuận lợi cho người dân khi giải quyết thủ tục hành chính.",
            "Hội nghị yêu cầu các cấp ủy tổ chức lấy ý kiến cử tri trước ngày 20/4/2025, làm tốt công tác tư tưởng cho cán bộ, công chức và kiểm kê tài sản, hồ sơ, tài liệu của các đơn vị.",
        ],
    },
    {
        "id": 2848, "catid": 61, "published": "2025-03-26T16:40", "author": "Hoàng Văn Tuấn",
        "title": "Đan Khê ra quân trồng 65 ha rừng tập trung",
        "sapo": "Hưởng ứng Tết trồng cây đời đời nhớ ơn Bác Hồ, huyện Đan Khê ra quân trồng rừng năm 2025 tại thôn Khe Gỗ, xã Đan Hà.",
        "caption": "Cán bộ, đoàn viên thanh niên trồng cây tại thôn Khe Gỗ.",
        "paragraphs": [
            "Năm 2025, toàn huyện phấn đấu trồng 65 ha rừng tập trung và 120.000 cây phân tán. Huyện hỗ trợ 100% cây giống keo lai mô cho các hộ trồng rừng sản xuất, kinh phí 740 triệu đồng.",
            "Hạt Kiểm lâm huyện hướng dẫn người dân kỹ thuật trồng, chăm sóc và phòng cháy rừng trong mùa khô.",
        ],
    },
    {
        "id": 2841, "catid": 61, "published": "2025-03-06T10:25", "author": "Lê Quang Huy",
        "title": "Phê duyệt kế hoạch phát triển giáo dục huyện Đan Khê năm học 2025 - 2026",
        "sapo": "Ủy ban nhân dân huyện Đan Khê ban hành Quyết định số 123/QĐ-UBND ngày 5/3/2025 phê duyệt kế hoạch phát triển giáo dục năm học 2025 - 2026.",
        "caption": "Học sinh Trường Tiểu học Đan Khê trong giờ học.",
        "paragraphs": [
            "Theo kế hoạch, năm học tới toàn huyện có 38 trường với 412 lớp và 12.640 học sinh, tăng 215 học sinh so với năm học trước. Huyện bố trí 9,6 tỷ đồng xây thêm 14 phòng học tại Trường Trung học cơ sở Đan Hà và Trường Tiểu học Khê Bình.",
            "Ngành giáo dục phấn đấu 100% trẻ 5 tuổi ra lớp, tỷ lệ học sinh hoàn thành chương trình tiểu học đạt trên 99,5%.",
        ],
    },
    {
        "id": 2833, "catid": 61, "published": "2025-02-21T08:15", "author": "Nguyễn Thị Mai Anh",
        "title": "Đan Khê giao quân năm 2025",
        "sapo": "Ngày 20/2, Hội đồng Nghĩa vụ quân sự huyện Đan Khê tổ chức lễ giao nhận quân năm 2025 cho 186 thanh niên.",
        "caption": "Tân binh huyện Đan Khê lên đường nhập ngũ.",
        "paragraphs": [
            "Năm nay có 164 thanh niên nhập ngũ vào Quân đội và 22 thanh niên thực hiện nghĩa vụ tham gia Công an nhân dân; 41 tân binh có trình độ cao đẳng, đại học.",
            "Mỗi tân binh được huyện tặng quà trị giá 2 triệu đồng; Ủy ban Mặt trận Tổ quốc huyện tặng thêm 1 triệu đồng cho 12 tân binh thuộc hộ nghèo.",
        ],
    },
    {
        "id": 2858, "catid": 64, "published": "2025-04-14T14:00", "author": "Phạm Thanh Bình",
        "title": "Thu ngân sách quý I năm 2025 đạt 31% dự toán",
        "sapo": "Tổng thu ngân sách nhà nước trên địa bàn huyện Đan Khê quý I năm 2025 ước đạt 48,6 tỷ đồng, bằng 31% dự toán tỉnh giao.",
        "caption": "Bộ phận một cửa Chi cục Thuế khu vực tiếp nhận hồ sơ.",
        "paragraphs": [
            "Trong đó thu tiền sử dụng đất đạt 21,3 tỷ đồng, thu từ khu vực ngoài quốc doanh 14,8 tỷ đồng. Chi ngân sách địa phương 96,2 tỷ đồng, bảo đảm chi lương, chi an sinh xã hội và các nhiệm vụ cấp bách.",
            "Ủy ban nhân dân huyện yêu cầu các xã đẩy nhanh đấu giá quyền sử dụng đất tại 6 khu dân cư đã có quy hoạch chi tiết.",
        ],
    },
    {
        "id": 2844, "catid": 64, "published": "2025-03-14T11:30", "author": "Phạm Thanh Bình",
        "title": "Đan Khê giải ngân vốn đầu tư công đạt 18%",
        "sapo": "Đến ngày 10/3/2025, huyện Đan Khê đã giải ngân 23,4 tỷ đồng vốn đầu tư công, đạt 18% kế hoạch năm.",
        "caption": "Thi công tuyến đường Đan Hà - Khê Bình.",
        "paragraphs": [
            "Huyện có 27 dự án được giao vốn năm 2025 với tổng kế hoạch 130 tỷ đồng, trong đó 9 dự án khởi công mới. Một số dự án chậm do vướng mặt bằng ở các xã Khê Bình, Đan Thượng.",
            "Ủy ban nhân dân huyện thành lập tổ công tác đặc biệt, họp hằng tuần để tháo gỡ khó khăn, phấn đấu giải ngân 100% kế hoạch vốn trước ngày 31/1/2026.",
        ],
    },
    {
        "id": 2836, "catid": 64, "published": "2025-02-27T15:50", "author": "Trần Hữu Lộc",
        "title": "Hội chợ nông sản huyện Đan Khê thu hút 74 gian hàng",
        "sapo": "Hội chợ nông sản, sản phẩm OCOP huyện Đan Khê năm 2025 diễn ra từ ngày 25 đến 27/2 tại Quảng trường trung tâm huyện với 74 gian hàng.",
        "caption": "Khách tham quan gian hàng sản phẩm OCOP.",
        "paragraphs": [
            "Doanh thu của hội chợ ước đạt 1,9 tỷ đồng. Các sản phẩm được ưa chuộng là mật ong Khe Gỗ, chè xanh Đan Thượng và miến dong Khê Bình, đều đạt chuẩn OCOP 3 sao.",
        ],
    },
]

DOCUMENTS = [  # number, date, summary, file
    ("612/QĐ-UBND", "2025-03-28", "Quyết định phê duyệt danh sách hộ được hỗ trợ xóa nhà tạm, nhà dột nát năm 2025", "612-QD-UBND.pdf"),
    ("123/QĐ-UBND", "2025-03-05", "Quyết định phê duyệt kế hoạch phát triển giáo dục năm học 2025 - 2026", "123-QD-UBND.pdf"),
    ("45/KH-UBND", "2025-02-12", "Kế hoạch cải cách hành chính huyện Đan Khê năm 2025", "45-KH-UBND.pdf"),
    ("18/BC-UBND", "2025-01-20", "Báo cáo tình hình kinh tế - xã hội năm 2024, nhiệm vụ năm 2025", "18-BC-UBND.pdf"),
]

SCHEDULE = [
    ("Thứ Hai, 14/04/2025", "08h00: Chủ tịch UBND huyện dự giao ban Ban Thường vụ Huyện ủy."),
    ("Thứ Ba, 15/04/2025", "08h00: Phó Chủ tịch UBND huyện kiểm tra tiến độ dự án đường Đan Hà - Khê Bình."),
    ("Thứ Tư, 16/04/2025", "14h00: Họp Ban Chỉ đạo xóa nhà tạm, nhà dột nát huyện."),
    ("Thứ Năm, 17/04/2025", "08h00: Trao kinh phí hỗ trợ hộ nghèo đợt 2."),
    ("Thứ Sáu, 18/04/2025", "08h00: Tiếp công dân định kỳ."),
]

ABOUT = [
    "Huyện Đan Khê nằm ở phía tây của tỉnh, có diện tích tự nhiên 512,6 km², dân số 86.420 người, gồm 16 xã và 1 thị trấn.",
    "Kinh tế của huyện chủ yếu là nông, lâm nghiệp; những năm gần đây thương mại, dịch vụ và du lịch sinh thái phát triển khá.",
    "Năm 2024, tổng giá trị sản xuất trên địa bàn đạt 6.840 tỷ đồng, thu nhập bình quân đầu người 54 triệu đồng, tỷ lệ hộ nghèo còn 4,1%.",
]
