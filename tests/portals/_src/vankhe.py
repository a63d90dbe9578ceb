"""Content of the modelled xã Vân Khê portal (Drupal views template). Invented unit and prose."""
from __future__ import annotations

SITE = {
    "id": "vankhe",
    "name": "Cổng thông tin điện tử xã Vân Khê",
    "unit": "xã Vân Khê",
    "base_url": "https://vankhe.example.gov.vn",
    "address": "Thôn Đông, xã Vân Khê, huyện Kim Sơn Thượng",
    "phone": "0226 3862 415",
    "email": "ubndvankhe@example.gov.vn",
}

CATEGORIES = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "kinh-te-xa-hoi": "Kinh tế - Xã hội",
}

TAGS = {
    "nong-thon-moi": "Nông thôn mới",
    "chuyen-doi-so": "Chuyển đổi số",
    "an-sinh-xa-hoi": "An sinh xã hội",
}

ARTICLES = [
    {
        "node": 412, "slug": "hoi-nghi-tong-ket-cong-tac-nam-2023-va-trien-khai-nhiem-vu-nam-2024",
        "title": "Hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024",
        "published": "2024-01-09T08:40", "category": "tin-tuc-su-kien", "tags": ["nong-thon-moi"],
        "author": "Thu Hà",
        "paragraphs": [
            "Sáng 8/1, Ủy ban nhân dân xã Vân Khê tổ chức hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024. Dự hội nghị có đại diện lãnh đạo huyện, Đảng ủy, Hội đồng nhân dân xã cùng trưởng các thôn và đoàn thể.",
            "Năm 2023, tổng giá trị sản xuất trên địa bàn xã ước đạt 412 tỷ đồng, tăng 7,8% so với năm trước. Thu ngân sách đạt 126% dự toán huyện giao; toàn xã làm mới 3,2 km đường giao thông nông thôn và kiên cố hóa 1,5 km kênh mương nội đồng.",
            "Công tác an sinh xã hội được quan tâm, tỷ lệ hộ nghèo giảm còn 1,9%; 100% trẻ em trong độ tuổi được tiêm chủng đầy đủ. Tình hình an ninh chính trị, trật tự an toàn xã hội được giữ vững.",
            "Phát biểu chỉ đạo, đồng chí Phó Chủ tịch UBND huyện đề nghị xã tập trung hoàn thiện các tiêu chí xã nông thôn mới nâng cao, đẩy mạnh cải cách hành chính và chuyển đổi số trong năm 2024.",
            "Thu Hà",
        ],
    },
    {
        "node": 415, "slug": "ra-quan-lam-thuy-loi-noi-dong-vu-dong-xuan",
        "title": "Ra quân làm thủy lợi nội đồng vụ Đông Xuân",
        "published": "2024-01-18T14:05", "category": "kinh-te-xa-hoi", "tags": ["nong-thon-moi"],
        "author": "Minh Đức",
        "paragraphs": [
            "Ngày 17/1, xã Vân Khê tổ chức lễ ra quân làm thủy lợi nội đồng vụ Đông Xuân với sự tham gia của gần 400 cán bộ, đoàn viên thanh niên và bà con nông dân các thôn.",
            "Theo kế hoạch, xã nạo vét 14 tuyến kênh cấp III với tổng chiều dài 9,6 km, khối lượng đất đào đắp khoảng 11.200 m³. Các tuyến kênh được ưu tiên ở khu vực cánh đồng thôn Đoài và thôn Trại, nơi thường xuyên thiếu nước vào đầu vụ.",
            "Hợp tác xã dịch vụ nông nghiệp bố trí 6 máy bơm dã chiến, bảo đảm đủ nước cho gieo cấy hơn 320 ha lúa trước ngày 10/2.",
            "Minh Đức",
        ],
    },
    {
        "node": 421, "slug": "trao-qua-tet-cho-ho-ngheo-va-gia-dinh-chinh-sach",
        "title": "Trao quà Tết cho hộ nghèo và gia đình chính sách",
        "published": "2024-02-02T10:20", "category": "tin-tuc-su-kien", "tags": ["an-sinh-xa-hoi"],
        "author": "Thu Hà",
        "paragraphs": [
            "Nhân dịp Tết Nguyên đán Giáp Thìn, lãnh đạo xã Vân Khê đã đến thăm, trao quà cho các gia đình chính sách, hộ nghèo và người cao tuổi neo đơn trên địa bàn.",
            "Tổng cộng có 286 suất quà được trao, trị giá hơn 143 triệu đồng, trích từ ngân sách xã, Quỹ Vì người nghèo và sự ủng hộ của các doanh nghiệp đóng trên địa bàn.",
            "Tại các gia đình, lãnh đạo xã ân cần hỏi thăm sức khỏe, động viên bà con vượt khó, đón Tết vui tươi, đầm ấm, không để hộ nào không có Tết.",
            "Thu Hà",
        ],
    },
    {
        "node": 428, "slug": "xa-van-khe-trien-khai-to-cong-nghe-so-cong-dong",
        "title": "Xã Vân Khê triển khai tổ công nghệ số cộng đồng",
        "published": "2024-02-27T16:30", "category": "kinh-te-xa-hoi", "tags": ["chuyen-doi-so"],
        "author": "Ngọc Anh",
        "paragraphs": [
            "Ủy ban nhân dân xã Vân Khê vừa kiện toàn 9 tổ công nghệ số cộng đồng tại các thôn, mỗi tổ gồm trưởng thôn, công an viên, đoàn viên thanh niên và nhân viên bưu điện văn hóa xã.",
            "Các tổ có nhiệm vụ hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh điện tử, sử dụng dịch vụ công trực tuyến và thanh toán không dùng tiền mặt khi nộp phí, lệ phí.",
            "Đến nay, toàn xã đã có 4.870 người được kích hoạt tài khoản định danh điện tử mức độ 2; tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến tại bộ phận một cửa xã đạt 68%.",
            "Ngọc Anh",
        ],
    },
    {
        "node": 433, "slug": "kham-suc-khoe-mien-phi-cho-nguoi-cao-tuoi",
        "title": "Khám sức khỏe miễn phí cho người cao tuổi",
        "published": "2024-03-12T09:15", "category": "tin-tuc-su-kien", "tags": ["an-sinh-xa-hoi"],
        "author": "Minh Đức",
        "paragraphs": [
            "Trạm Y tế xã Vân Khê phối hợp với Hội Người cao tuổi xã tổ chức khám sức khỏe định kỳ miễn phí cho hội viên từ 70 tuổi trở lên.",
            "Trong hai ngày 10 và 11/3, các y, bác sĩ đã đo huyết áp, xét nghiệm đường máu, tư vấn dinh dưỡng và phòng bệnh mùa xuân cho 318 người cao tuổi; 42 trường hợp được hướng dẫn đến bệnh viện huyện để khám chuyên sâu.",
            "Hoạt động nằm trong chương trình chăm sóc sức khỏe ban đầu cho người cao tuổi được xã duy trì hằng năm.",
            "Minh Đức",
        ],
    },
    {
        "node": 437, "slug": "nghiem-thu-tuyen-duong-truc-thon-dong",
        "title": "Nghiệm thu, đưa vào sử dụng tuyến đường trục thôn Đông",
        "published": "2024-04-05T15:00", "category": "kinh-te-xa-hoi", "tags": ["nong-thon-moi"],
        "author": "Ban biên tập",
        "paragraphs": [
            "Ngày 4/4, Ban Quản lý dự án đầu tư xây dựng xã Vân Khê đã nghiệm thu và bàn giao đưa vào sử dụng tuyến đường trục thôn Đông.",
            "Tuyến đường dài 1,2 km, mặt đường rộng 5,5 m, kết cấu bê tông xi măng, có hệ thống rãnh thoát nước hai bên. Tổng mức đầu tư 4,6 tỷ đồng từ ngân sách tỉnh hỗ trợ và nhân dân đóng góp.",
            "Để có mặt bằng thi công, 37 hộ dân đã tự nguyện hiến hơn 900 m² đất và tháo dỡ tường rào, công trình phụ mà không đòi hỏi bồi thường.",
            "Ban biên tập",
        ],
    },
    {
        "node": 442, "slug": "tap-huan-phong-chay-chua-chay-cho-luc-luong-dan-phong",
        "title": "Tập huấn phòng cháy, chữa cháy cho lực lượng dân phòng",
        "published": "2024-04-23T10:45", "category": "tin-tuc-su-kien", "tags": [],
        "author": "Ngọc Anh",
        "paragraphs": [
            "Công an xã Vân Khê phối hợp với Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ khu vực tổ chức tập huấn nghiệp vụ cho 54 thành viên đội dân phòng các thôn.",
            "Học viên được phổ biến quy định của Luật Phòng cháy và chữa cháy, cách nhận biết nguy cơ cháy nổ trong khu dân cư, kỹ năng sử dụng bình chữa cháy xách tay và sơ cứu người bị nạn.",
            "Kết thúc buổi tập huấn, lực lượng dân phòng thực hành dập đám cháy giả định tại nhà văn hóa thôn Trại.",
            "Ngọc Anh",
        ],
    },
    {
        "node": 447, "slug": "hop-tac-xa-van-khe-mo-rong-vung-trong-rau-an-toan",
        "title": "Hợp tác xã Vân Khê mở rộng vùng trồng rau an toàn",
        "published": "2024-05-08T08:10", "category": "kinh-te-xa-hoi", "tags": ["nong-thon-moi"],
        "author": "Thu Hà",
        "paragraphs": [
            "Sau ba năm thí điểm, Hợp tác xã dịch vụ nông nghiệp Vân Khê quyết định mở rộng vùng trồng rau an toàn theo tiêu chuẩn VietGAP từ 8 ha lên 15 ha.",
            "Các hộ tham gia được hỗ trợ giống, nhà lưới và tập huấn kỹ thuật; sản phẩm được hợp tác xã bao tiêu và cung cấp cho bếp ăn các trường học trong huyện.",
            "Theo tính toán của hợp tác xã, mỗi ha rau an toàn cho thu nhập khoảng 280 triệu đồng mỗi năm, gấp ba lần trồng lúa trên cùng diện tích.",
            "Thu Hà",
        ],
    },
    {
        "node": 451, "slug": "ky-niem-ngay-sinh-nhat-bac-va-khen-thuong-dien-hinh",
        "title": "Khen thưởng điển hình học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "published": "2024-05-19T11:30", "category": "tin-tuc-su-kien", "tags": [],
        "author": "Ban biên tập",
        "paragraphs": [
            "Nhân dịp kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh, Đảng ủy xã Vân Khê tổ chức hội nghị sơ kết việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
            "Hội nghị biểu dương 6 tập thể và 15 cá nhân tiêu biểu, trong đó có những người đi đầu hiến đất làm đường, giúp đỡ hộ nghèo phát triển kinh tế và giữ gìn an ninh trật tự ở thôn xóm.",
            "Ban biên tập",
        ],
    },
]

DOCUMENTS = [
    {"number": "15/KH-UBND", "issued": "05/03/2024", "summary": "Kế hoạch triển khai công tác chuyển đổi số trên địa bàn xã năm 2024, xác định nhiệm vụ của các ban, ngành, đoàn thể và tổ công nghệ số cộng đồng", "file": "kh-15-chuyen-doi-so-2024.pdf"},
    {"number": "09/QĐ-UBND", "issued": "22/01/2024", "summary": "Quyết định kiện toàn Ban Chỉ đạo xây dựng nông thôn mới xã Vân Khê giai đoạn 2021 - 2025 và phân công nhiệm vụ các thành viên", "file": "qd-09-bcd-ntm.pdf"},
    {"number": "04/TB-UBND", "issued": "10/01/2024", "summary": "Thông báo lịch tiếp công dân định kỳ của Chủ tịch Ủy ban nhân dân xã năm 2024 tại trụ sở Ủy ban nhân dân xã", "file": "tb-04-lich-tiep-cong-dan.pdf"},
]

ABOUT = [
    "Xã Vân Khê nằm ở phía đông nam huyện Kim Sơn Thượng, cách trung tâm huyện khoảng 9 km. Phía bắc giáp xã Vân Trì, phía nam giáp sông Đáy, phía đông giáp xã Yên Lạc và phía tây giáp thị trấn Kim Sơn.",
    "Tổng diện tích tự nhiên của xã là 684,5 ha, trong đó đất nông nghiệp chiếm gần 70%. Dân số toàn xã hơn 8.900 người, sinh sống ở 9 thôn; phần lớn người dân làm nông nghiệp, tiểu thủ công nghiệp và dịch vụ.",
    "Vùng đất Vân Khê có lịch sử hình thành từ thế kỷ XV, còn lưu giữ nhiều di tích như đình Vân Khê, chùa Phúc Lâm và nhà thờ họ Nguyễn, trong đó đình Vân Khê được xếp hạng di tích lịch sử - văn hóa cấp tỉnh.",
    "Trong kháng chiến chống thực dân Pháp và đế quốc Mỹ, xã có hơn 300 người con đi chiến đấu, 87 liệt sĩ đã hy sinh vì độc lập, tự do của Tổ quốc. Xã được Nhà nước tặng thưởng Huân chương Kháng chiến hạng Nhì.",
    "Năm 2019, xã Vân Khê được công nhận đạt chuẩn nông thôn mới và đang phấn đấu trở thành xã nông thôn mới nâng cao vào năm 2025.",
]
