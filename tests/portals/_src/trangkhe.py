"""Content of the modelled xã Tràng Khê portal (PHP template, /slug-123.html). Invented unit and prose."""
from __future__ import annotations

SITE = {
    "id": "trangkhe",
    "name": "Trang thông tin điện tử xã Tràng Khê",
    "unit": "xã Tràng Khê",
    "base_url": "http://trangkhe.example.gov.vn",
    "address": "Thôn Trung, xã Tràng Khê, huyện Lục Hà",
    "phone": "0204 3875 120",
    "email": "trangkhe@example.gov.vn",
}

CATEGORIES = {
    "tin-tuc-su-kien-c3": "Tin tức - Sự kiện",
    "cai-cach-hanh-chinh-c7": "Cải cách hành chính",
}

TAGS = {
    "bao-hiem-y-te": "bảo hiểm y tế",
    "mot-cua": "một cửa",
}

ARTICLES = [
    {
        "id": 231, "slug": "xa-trang-khe-to-chuc-le-giao-nhan-quan-nam-2024",
        "title": "Xã Tràng Khê tổ chức lễ giao nhận quân năm 2024",
        "published": "2024-02-24T07:30", "category": "tin-tuc-su-kien-c3", "tags": [],
        "author": "Hoàng Lan",
        "sapo": "Sáng 23/2, xã Tràng Khê long trọng tổ chức lễ giao nhận quân năm 2024 cho 14 thanh niên trúng tuyển nghĩa vụ quân sự và nghĩa vụ tham gia công an nhân dân.",
        "paragraphs": [
            "Năm nay, toàn xã có 12 thanh niên lên đường nhập ngũ và 2 thanh niên thực hiện nghĩa vụ tham gia công an nhân dân; 100% tân binh có trình độ trung học phổ thông trở lên, trong đó 3 người có bằng cao đẳng.",
            "Thay mặt lãnh đạo địa phương, đồng chí Chủ tịch UBND xã tặng quà, động viên các tân binh yên tâm lên đường, tích cực rèn luyện, hoàn thành tốt nhiệm vụ được giao.",
            "Trước đó, xã đã tổ chức gặp mặt, tặng mỗi tân binh 2 triệu đồng và thăm hỏi gia đình các thanh niên nhập ngũ.",
            "Hoàng Lan",
        ],
    },
    {
        "id": 236, "slug": "nang-cao-chat-luong-tiep-nhan-ho-so-tai-bo-phan-mot-cua",
        "title": "Nâng cao chất lượng tiếp nhận hồ sơ tại bộ phận một cửa",
        "published": "2024-03-06T10:00", "category": "cai-cach-hanh-chinh-c7", "tags": ["mot-cua"],
        "author": "Văn phòng UBND xã",
        "sapo": "Bộ phận tiếp nhận và trả kết quả xã Tràng Khê được sắp xếp lại, bổ sung máy tính, máy quét và màn hình tra cứu để phục vụ người dân tốt hơn.",
        "paragraphs": [
            "Trong quý I, bộ phận một cửa xã tiếp nhận 1.046 hồ sơ, giải quyết đúng hạn 1.039 hồ sơ, không có hồ sơ quá hạn; 7 hồ sơ đang trong thời hạn giải quyết.",
            "Công chức làm việc tại bộ phận một cửa được tập huấn kỹ năng giao tiếp, hướng dẫn người dân nộp hồ sơ trực tuyến và thanh toán phí qua ứng dụng ngân hàng.",
            "Người dân có thể phản ánh, kiến nghị về thái độ phục vụ qua hòm thư góp ý đặt tại trụ sở hoặc đường dây nóng của Ủy ban nhân dân xã.",
            "Văn phòng UBND xã",
        ],
    },
    {
        "id": 240, "slug": "ra-quan-trong-cay-xanh-xuan-giap-thin",
        "title": "Ra quân trồng cây xanh Xuân Giáp Thìn",
        "published": "2024-02-19T08:15", "category": "tin-tuc-su-kien-c3", "tags": [],
        "author": "Hoàng Lan",
        "sapo": "Hưởng ứng Tết trồng cây \"Đời đời nhớ ơn Bác Hồ\", xã Tràng Khê phát động ra quân trồng cây xanh tại khu trung tâm xã và các tuyến đường liên thôn.",
        "paragraphs": [
            "Tại buổi lễ, cán bộ, đoàn viên và học sinh đã trồng 650 cây bóng mát, cây hoa ban và cây keo; dự kiến cả năm xã trồng mới khoảng 3.000 cây phân tán.",
            "Ủy ban nhân dân xã giao các thôn chăm sóc, bảo vệ cây sau khi trồng, bảo đảm tỷ lệ cây sống đạt trên 90%.",
            "Hoàng Lan",
        ],
    },
    {
        "id": 244, "slug": "cap-the-bao-hiem-y-te-cho-nguoi-dan-toc-thieu-so",
        "title": "Cấp thẻ bảo hiểm y tế cho người dân tộc thiểu số",
        "published": "2024-03-20T15:45", "category": "cai-cach-hanh-chinh-c7", "tags": ["bao-hiem-y-te"],
        "author": "Phạm Quang Vinh",
        "sapo": "Ủy ban nhân dân xã Tràng Khê phối hợp với Bảo hiểm xã hội huyện cấp phát thẻ bảo hiểm y tế năm 2024 cho người dân tộc thiểu số sinh sống tại các thôn vùng cao.",
        "paragraphs": [
            "Đợt này có 1.328 thẻ được cấp cho người dân các thôn Khe Mo, Nà Pặc và Bản Chang. Cán bộ xã đến tận nhà văn hóa thôn để phát thẻ và hướng dẫn sử dụng thẻ bảo hiểm y tế trên ứng dụng VNeID.",
            "Tỷ lệ bao phủ bảo hiểm y tế của xã hiện đạt 96,4%, cao hơn mức bình quân của huyện.",
            "Phạm Quang Vinh",
        ],
    },
    {
        "id": 249, "slug": "hoi-thi-van-nghe-chao-mung-ngay-quoc-te-phu-nu",
        "title": "Hội thi văn nghệ chào mừng Ngày Quốc tế Phụ nữ",
        "published": "2024-03-08T20:10", "category": "tin-tuc-su-kien-c3", "tags": [],
        "author": "Hoàng Lan",
        "sapo": "Tối 7/3, Hội Liên hiệp Phụ nữ xã Tràng Khê tổ chức hội thi văn nghệ chào mừng 114 năm Ngày Quốc tế Phụ nữ và 1984 năm khởi nghĩa Hai Bà Trưng.",
        "paragraphs": [
            "Hội thi có 9 đội đến từ các chi hội phụ nữ thôn với 27 tiết mục hát, múa, tiểu phẩm ca ngợi quê hương, đất nước và người phụ nữ Việt Nam.",
            "Ban tổ chức trao giải nhất cho chi hội thôn Trung, giải nhì cho chi hội thôn Khe Mo và hai giải ba cho các chi hội thôn Đồng Tâm, Bản Chang.",
            "Hoàng Lan",
        ],
    },
    {
        "id": 253, "slug": "tra-loi-kien-nghi-cu-tri-ve-duong-lien-thon",
        "title": "Trả lời kiến nghị cử tri về tuyến đường liên thôn Khe Mo - Nà Pặc",
        "published": "2024-04-11T09:00", "category": "cai-cach-hanh-chinh-c7", "tags": ["mot-cua"],
        "author": "Văn phòng UBND xã",
        "sapo": "Cử tri thôn Khe Mo kiến nghị sớm sửa chữa tuyến đường liên thôn Khe Mo - Nà Pặc bị xuống cấp sau mùa mưa lũ năm 2023.",
        "paragraphs": [
            "Về nội dung này, Ủy ban nhân dân xã đã báo cáo huyện và được bố trí 1,8 tỷ đồng từ nguồn vốn sự nghiệp giao thông để sửa chữa 2,1 km mặt đường trong quý II năm 2024.",
            "Trong thời gian chờ thi công, xã huy động lực lượng dân quân và nhân dân san lấp các ổ gà, phát quang hành lang, bảo đảm an toàn cho người tham gia giao thông.",
            "Văn phòng UBND xã",
        ],
    },
    {
        "id": 258, "slug": "tang-cuong-phong-chong-chay-rung-mua-kho",
        "title": "Tăng cường phòng, chống cháy rừng mùa khô",
        "published": "2024-04-25T16:20", "category": "tin-tuc-su-kien-c3", "tags": [],
        "author": "Phạm Quang Vinh",
        "sapo": "Trước diễn biến nắng nóng kéo dài, Ban Chỉ huy phòng cháy, chữa cháy rừng xã Tràng Khê yêu cầu các thôn tăng cường tuần tra, canh gác tại các khu rừng có nguy cơ cháy cao.",
        "paragraphs": [
            "Toàn xã có 2.140 ha rừng, chủ yếu là rừng trồng keo và thông. Xã đã thành lập 6 tổ xung kích với 72 thành viên, bố trí chòi canh lửa tại đồi Khe Mo và đồi Nà Pặc.",
            "Người dân không được đốt thực bì, đốt nương rẫy khi chưa được phép; mọi trường hợp phát hiện cháy rừng báo ngay cho Ủy ban nhân dân xã hoặc kiểm lâm địa bàn.",
            "Phạm Quang Vinh",
        ],
    },
    {
        "id": 262, "slug": "so-ket-6-thang-thuc-hien-chuong-trinh-mtqg",
        "title": "Sơ kết 6 tháng thực hiện các chương trình mục tiêu quốc gia",
        "published": "2024-06-28T14:00", "category": "tin-tuc-su-kien-c3", "tags": ["bao-hiem-y-te"],
        "author": "Hoàng Lan",
        "sapo": "Chiều 27/6, Ủy ban nhân dân xã Tràng Khê tổ chức hội nghị sơ kết 6 tháng đầu năm thực hiện các chương trình mục tiêu quốc gia trên địa bàn.",
        "paragraphs": [
            "Sáu tháng qua, xã giải ngân 3,9 tỷ đồng vốn các chương trình, đạt 61% kế hoạch; hỗ trợ 45 hộ nghèo phát triển sản xuất bằng giống bò, giống dê và phân bón.",
            "Hội nghị đề ra giải pháp đẩy nhanh tiến độ giải ngân, phấn đấu đến hết năm giảm tỷ lệ hộ nghèo xuống dưới 8%.",
            "Hoàng Lan",
        ],
    },
]

ABOUT = [
    "Tràng Khê là xã miền núi nằm ở phía tây bắc huyện Lục Hà, có diện tích tự nhiên 3.412 ha, trong đó đất lâm nghiệp chiếm hơn 60%. Xã có 11 thôn với 1.560 hộ, 6.240 nhân khẩu, gồm các dân tộc Kinh, Tày, Nùng và Dao cùng sinh sống.",
    "Địa hình xã chủ yếu là đồi thấp xen kẽ thung lũng hẹp, có suối Tràng chảy qua trung tâm. Khí hậu nhiệt đới gió mùa, mùa đông lạnh và khô, thuận lợi cho phát triển cây ăn quả, cây lâm nghiệp và chăn nuôi đại gia súc.",
    "Nhân dân Tràng Khê có truyền thống cách mạng; trong kháng chiến, nơi đây từng là căn cứ hậu cần của bộ đội địa phương. Hằng năm, xã tổ chức lễ hội Lồng tồng vào tháng Giêng, thu hút đông đảo nhân dân và du khách.",
    "Những năm gần đây, xã tập trung phát triển vùng trồng hồi, quế và chè theo hướng hàng hóa, từng bước nâng cao thu nhập, đời sống của nhân dân.",
]

SCHEDULE = [
    ("Thứ Hai 15/4", "8h00", "Chủ tịch UBND xã chủ trì giao ban công tác tuần với các ban, ngành", "Hội trường UBND xã"),
    ("Thứ Ba 16/4", "8h00", "Phó Chủ tịch UBND xã kiểm tra tiến độ sửa chữa đường liên thôn Khe Mo - Nà Pặc", "Thôn Khe Mo"),
    ("Thứ Tư 17/4", "14h00", "Chủ tịch UBND xã tiếp công dân định kỳ", "Phòng tiếp công dân"),
    ("Thứ Năm 18/4", "7h30", "Lãnh đạo xã dự hội nghị trực tuyến của huyện về phòng, chống cháy rừng", "Điểm cầu UBND xã"),
    ("Thứ Sáu 19/4", "8h00", "Họp Ban Chỉ đạo chương trình mục tiêu quốc gia xã", "Hội trường UBND xã"),
]
