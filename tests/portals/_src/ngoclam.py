"""Content of the modelled huyện Ngọc Lâm portal (ASP.NET MVC, /News/Detail/123). Invented unit and prose."""
from __future__ import annotations

SITE = {
    "id": "ngoclam",
    "name": "Cổng thông tin điện tử huyện Ngọc Lâm",
    "unit": "huyện Ngọc Lâm",
    "base_url": "https://ngoclam.example.gov.vn",
    "address": "Số 2 đường Trần Phú, thị trấn Ngọc Lâm, huyện Ngọc Lâm",
    "phone": "0237 3812 246",
    "email": "vanphong@ngoclam.example.gov.vn",
}

CATEGORIES = {
    2: "Tin tức sự kiện",
    5: "Chuyển đổi số",
}

TAGS = {
    "dich-vu-cong": "dịch vụ công",
    "giao-duc": "giáo dục",
}

ARTICLES = [
    {
        "id": 1043, "title": "Huyện Ngọc Lâm đón nhận Huân chương Lao động hạng Ba",
        "published": "2024-01-12T09:30", "category": 2, "tags": [],
        "author": "Nguyễn Văn Thắng",
        "sapo": "Ngày 11/1, huyện Ngọc Lâm tổ chức lễ kỷ niệm 60 năm thành lập huyện và đón nhận Huân chương Lao động hạng Ba của Chủ tịch nước.",
        "paragraphs": [
            "Sau 60 năm xây dựng và phát triển, từ một huyện thuần nông, Ngọc Lâm đã có 3 cụm công nghiệp, thu hút 41 doanh nghiệp vào đầu tư sản xuất; thu nhập bình quân đầu người năm 2023 đạt 62 triệu đồng.",
            "Toàn huyện có 17 trên 21 xã đạt chuẩn nông thôn mới, 5 xã đạt chuẩn nông thôn mới nâng cao; hệ thống trường học, trạm y tế được đầu tư khang trang.",
            "Phát biểu tại buổi lễ, Bí thư Huyện ủy mong muốn cán bộ, đảng viên và nhân dân trong huyện tiếp tục phát huy truyền thống, đoàn kết xây dựng Ngọc Lâm phát triển nhanh và bền vững.",
        ],
    },
    {
        "id": 1051, "title": "Ra mắt ứng dụng Ngọc Lâm số phục vụ người dân",
        "published": "2024-02-06T14:15", "category": 5, "tags": ["dich-vu-cong"],
        "author": "Trần Thị Mai",
        "sapo": "Ủy ban nhân dân huyện Ngọc Lâm chính thức đưa ứng dụng Ngọc Lâm số vào vận hành trên điện thoại thông minh, giúp người dân tra cứu thủ tục và phản ánh hiện trường.",
        "paragraphs": [
            "Ứng dụng tích hợp các tính năng tra cứu hồ sơ thủ tục hành chính, nhận thông báo của chính quyền, phản ánh về trật tự đô thị, môi trường và đặt lịch làm việc tại bộ phận một cửa.",
            "Sau một tháng chạy thử, ứng dụng có 12.600 lượt cài đặt và tiếp nhận 214 phản ánh, trong đó 198 phản ánh đã được xử lý và trả lời công khai.",
            "Huyện đặt mục tiêu đến cuối năm 2024 có ít nhất 40% số hộ gia đình sử dụng ứng dụng.",
        ],
    },
    {
        "id": 1058, "title": "Khai giảng lớp bồi dưỡng kỹ năng số cho cán bộ cấp xã",
        "published": "2024-02-26T08:00", "category": 5, "tags": ["dich-vu-cong"],
        "author": "Trần Thị Mai",
        "sapo": "Phòng Văn hóa và Thông tin huyện phối hợp với Trung tâm Chính trị huyện khai giảng lớp bồi dưỡng kỹ năng số cho 120 cán bộ, công chức các xã, thị trấn.",
        "paragraphs": [
            "Trong 5 ngày, học viên được hướng dẫn sử dụng hệ thống quản lý văn bản và điều hành, chữ ký số, dịch vụ công trực tuyến và các biện pháp bảo đảm an toàn thông tin khi làm việc trên môi trường mạng.",
            "Kết thúc khóa học, học viên làm bài kiểm tra thực hành; người đạt yêu cầu được cấp chứng nhận hoàn thành chương trình.",
        ],
    },
    {
        "id": 1064, "title": "Tuyên dương 86 học sinh giỏi cấp tỉnh năm học 2023 - 2024",
        "published": "2024-03-29T16:00", "category": 2, "tags": ["giao-duc"],
        "author": "Lê Hoàng Nam",
        "sapo": "Ủy ban nhân dân huyện Ngọc Lâm tổ chức lễ tuyên dương, khen thưởng học sinh đạt giải trong kỳ thi chọn học sinh giỏi cấp tỉnh năm học 2023 - 2024.",
        "paragraphs": [
            "Năm học này, huyện có 86 học sinh đạt giải, gồm 9 giải nhất, 21 giải nhì, 28 giải ba và 28 giải khuyến khích, xếp thứ ba toàn tỉnh. Các môn có nhiều giải là Toán, Ngữ văn và Tiếng Anh.",
            "Dịp này, Hội Khuyến học huyện trao tổng số tiền thưởng 172 triệu đồng cho học sinh đạt giải và giáo viên bồi dưỡng.",
        ],
    },
    {
        "id": 1070, "title": "Hội nghị đối thoại với doanh nghiệp và hợp tác xã",
        "published": "2024-04-17T15:30", "category": 2, "tags": [],
        "author": "Nguyễn Văn Thắng",
        "sapo": "Chiều 16/4, Chủ tịch UBND huyện Ngọc Lâm chủ trì hội nghị đối thoại với đại diện 52 doanh nghiệp, hợp tác xã đang hoạt động trên địa bàn.",
        "paragraphs": [
            "Tại hội nghị, các doanh nghiệp nêu khó khăn về mặt bằng sản xuất, thủ tục cấp phép xây dựng, tuyển dụng lao động có tay nghề và tiếp cận vốn vay ưu đãi.",
            "Lãnh đạo các phòng, ban chuyên môn đã trả lời trực tiếp 17 ý kiến; những nội dung vượt thẩm quyền được huyện tổng hợp, báo cáo tỉnh xem xét.",
            "Chủ tịch UBND huyện yêu cầu các cơ quan rút ngắn thời gian giải quyết hồ sơ cho doanh nghiệp và định kỳ mỗi năm hai lần tổ chức đối thoại.",
        ],
    },
    {
        "id": 1077, "title": "Số hóa hồ sơ hộ tịch tại 21 xã, thị trấn",
        "published": "2024-05-10T10:20", "category": 5, "tags": ["dich-vu-cong"],
        "author": "Phòng Tư pháp huyện",
        "sapo": "Huyện Ngọc Lâm hoàn thành số hóa sổ hộ tịch giai đoạn 1995 - 2015 tại toàn bộ 21 xã, thị trấn, tạo thuận lợi cho người dân khi thực hiện thủ tục trên môi trường điện tử.",
        "paragraphs": [
            "Tổng cộng có 186.400 trang sổ hộ tịch được quét, nhập liệu và đối chiếu, gồm sổ đăng ký khai sinh, kết hôn, khai tử và nhận cha, mẹ, con.",
            "Dữ liệu sau số hóa được đồng bộ vào Cơ sở dữ liệu hộ tịch điện tử, giúp cán bộ tư pháp - hộ tịch tra cứu, cấp bản sao trích lục nhanh hơn, người dân không phải xuất trình giấy tờ đã có trong cơ sở dữ liệu.",
        ],
    },
    {
        "id": 1083, "title": "Ngọc Lâm tập trung thu hoạch lúa Đông Xuân",
        "published": "2024-05-27T17:05", "category": 2, "tags": [],
        "author": "Lê Hoàng Nam",
        "sapo": "Đến ngày 26/5, nông dân huyện Ngọc Lâm đã thu hoạch được khoảng 70% diện tích lúa vụ Đông Xuân, năng suất ước đạt 64 tạ/ha.",
        "paragraphs": [
            "Toàn huyện gieo cấy 6.850 ha lúa vụ Đông Xuân, trong đó có 2.100 ha lúa chất lượng cao được liên kết tiêu thụ với doanh nghiệp.",
            "Các hợp tác xã bố trí 95 máy gặt đập liên hợp, hỗ trợ nông dân thu hoạch nhanh, tránh thiệt hại do mưa dông đầu mùa.",
            "Phòng Nông nghiệp và Phát triển nông thôn huyện khuyến cáo bà con không đốt rơm rạ sau thu hoạch, chủ động làm đất chuẩn bị cho vụ Mùa.",
        ],
    },
    {
        "id": 1090, "title": "Tổ chức kỳ thi tuyển sinh vào lớp 10 an toàn, nghiêm túc",
        "published": "2024-06-04T11:40", "category": 2, "tags": ["giao-duc"],
        "author": "Lê Hoàng Nam",
        "sapo": "Kỳ thi tuyển sinh vào lớp 10 trung học phổ thông năm học 2024 - 2025 tại huyện Ngọc Lâm diễn ra an toàn, nghiêm túc, đúng quy chế.",
        "paragraphs": [
            "Huyện có 1.974 thí sinh dự thi tại 4 điểm thi, với 198 cán bộ coi thi, giám sát và phục vụ. Lực lượng công an, y tế và điện lực được bố trí túc trực tại các điểm thi.",
            "Trong buổi thi đầu tiên, 12 thí sinh vắng mặt không có lý do; không có thí sinh vi phạm quy chế.",
        ],
    },
]

ABOUT = [
    "Huyện Ngọc Lâm được thành lập năm 1964 trên cơ sở chia tách từ huyện Lâm Thao Hạ. Huyện nằm ở phía nam của tỉnh, có diện tích tự nhiên 312 km², gồm 20 xã và 1 thị trấn.",
    "Dân số toàn huyện khoảng 148.000 người. Huyện có quốc lộ chạy qua và tuyến đường tỉnh nối với khu công nghiệp phía bắc, thuận lợi cho giao thương và phát triển công nghiệp, dịch vụ.",
    "Cơ cấu kinh tế của huyện chuyển dịch theo hướng tăng tỷ trọng công nghiệp - xây dựng và dịch vụ; nông nghiệp tập trung vào lúa chất lượng cao, rau màu và chăn nuôi theo hướng an toàn sinh học.",
    "Huyện Ngọc Lâm có 46 di tích lịch sử - văn hóa được xếp hạng, trong đó có quần thể đền Ngọc Sơn được xếp hạng di tích quốc gia, là điểm đến tâm linh của nhân dân trong vùng.",
]

SCHEDULE = [
    ("Thứ Hai 20/5", "7h30", "Chủ tịch UBND huyện chủ trì họp giao ban lãnh đạo UBND huyện", "Phòng họp tầng 2"),
    ("Thứ Ba 21/5", "8h00", "Phó Chủ tịch UBND huyện kiểm tra tiến độ thu hoạch lúa tại các xã phía nam", "Các xã phía nam"),
    ("Thứ Tư 22/5", "14h00", "Chủ tịch UBND huyện tiếp công dân định kỳ tại Trụ sở tiếp công dân huyện", "Trụ sở tiếp công dân"),
    ("Thứ Năm 23/5", "8h00", "Hội nghị trực tuyến toàn quốc về chuyển đổi số", "Điểm cầu huyện"),
]
