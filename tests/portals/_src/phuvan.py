"""Content of the modelled xã Phù Vân site (static-generated, /2024/05/slug/). Invented unit and prose."""
from __future__ import annotations

SITE = {
    "id": "phuvan",
    "name": "Trang thông tin điện tử xã Phù Vân",
    "unit": "xã Phù Vân",
    "base_url": "https://phuvan.example.gov.vn",
    "address": "Thôn Phù Vân Thượng, xã Phù Vân, huyện Bình Lục Nam",
    "phone": "0226 3870 552",
    "email": "ubnd.phuvan@example.gov.vn",
}

CATEGORIES = {
    "tin-tuc": "Tin tức",
    "thong-bao": "Thông báo",
}

TAGS = {
    "moi-truong": "môi trường",
    "y-te": "y tế",
}

ARTICLES = [
    {
        "slug": "phu-van-phat-dong-phong-trao-ngay-chu-nhat-xanh",
        "title": "Phù Vân phát động phong trào Ngày Chủ nhật xanh",
        "published": "2024-03-03T09:00", "category": "tin-tuc", "tags": ["moi-truong"],
        "author": "Ban biên tập",
        "paragraphs": [
            "Sáng 3/3, Ủy ban nhân dân xã Phù Vân phát động phong trào Ngày Chủ nhật xanh, ra quân thu gom rác thải, khơi thông cống rãnh tại 7 thôn trên địa bàn.",
            "Hơn 500 đoàn viên, hội viên và người dân đã tham gia thu gom khoảng 12 tấn rác thải, phát quang 4 km hành lang đường giao thông và trồng mới 300 cây hoa dọc tuyến đường trục xã.",
            "Phong trào sẽ được duy trì vào ngày Chủ nhật cuối cùng của mỗi tháng, gắn với việc chấm điểm, xếp loại thôn sạch đẹp.",
        ],
    },
    {
        "slug": "chien-dich-tiem-vac-xin-phong-soi-rubella",
        "title": "Chiến dịch tiêm vắc xin phòng sởi - rubella cho trẻ em",
        "published": "2024-03-15T14:30", "category": "tin-tuc", "tags": ["y-te"],
        "author": "Trạm Y tế xã",
        "paragraphs": [
            "Trạm Y tế xã Phù Vân tổ chức tiêm bổ sung vắc xin phòng sởi - rubella cho trẻ từ 1 đến 5 tuổi chưa được tiêm đủ mũi theo lịch.",
            "Trong hai buổi tiêm, có 214 trẻ được tiêm an toàn, không ghi nhận trường hợp phản ứng nặng sau tiêm. Các trường hợp vắng mặt sẽ được tiêm vét vào ngày tiêm chủng thường xuyên của tháng 4.",
            "Trạm Y tế khuyến cáo các gia đình theo dõi sổ tiêm chủng điện tử của trẻ trên ứng dụng VNeID để đưa trẻ đi tiêm đúng lịch.",
        ],
    },
    {
        "slug": "thong-bao-lich-tiep-cong-dan-quy-ii-nam-2024",
        "title": "Thông báo lịch tiếp công dân quý II năm 2024",
        "published": "2024-04-01T08:00", "category": "thong-bao", "tags": [],
        "author": "Văn phòng HĐND - UBND xã",
        "paragraphs": [
            "Chủ tịch Ủy ban nhân dân xã Phù Vân tiếp công dân định kỳ vào sáng thứ Năm tuần thứ hai và tuần thứ tư hằng tháng tại phòng tiếp công dân của Ủy ban nhân dân xã.",
            "Ngoài lịch định kỳ, công chức tư pháp - hộ tịch và địa chính - xây dựng tiếp công dân thường xuyên vào các ngày làm việc trong tuần.",
            "Công dân đến trình bày khiếu nại, tố cáo, kiến nghị, phản ánh mang theo căn cước và giấy tờ liên quan đến nội dung trình bày.",
        ],
    },
    {
        "slug": "hoi-nong-dan-xa-tap-huan-ky-thuat-nuoi-ca-long",
        "title": "Hội Nông dân xã tập huấn kỹ thuật nuôi cá lồng trên sông",
        "published": "2024-04-12T10:40", "category": "tin-tuc", "tags": ["moi-truong"],
        "author": "Ban biên tập",
        "paragraphs": [
            "Hội Nông dân xã Phù Vân phối hợp với Trung tâm Dịch vụ nông nghiệp huyện tổ chức lớp tập huấn kỹ thuật nuôi cá lồng trên sông Châu cho 60 hội viên.",
            "Học viên được hướng dẫn chọn vị trí đặt lồng, chọn giống cá trắm, cá rô phi đơn tính, cách cho ăn, phòng và trị bệnh cho cá, đặc biệt trong thời điểm giao mùa.",
            "Hiện toàn xã có 46 lồng cá của 19 hộ, sản lượng mỗi năm khoảng 70 tấn, mang lại thu nhập ổn định cho nhiều gia đình ven sông.",
        ],
    },
    {
        "slug": "thong-bao-tuyen-dung-cong-chuc-cap-xa",
        "title": "Thông báo tuyển dụng công chức cấp xã năm 2024",
        "published": "2024-04-22T16:00", "category": "thong-bao", "tags": [],
        "author": "Văn phòng HĐND - UBND xã",
        "paragraphs": [
            "Ủy ban nhân dân xã Phù Vân thông báo tuyển dụng 2 công chức cấp xã năm 2024, gồm 1 chỉ tiêu công chức văn hóa - xã hội và 1 chỉ tiêu công chức tài chính - kế toán.",
            "Người đăng ký dự tuyển phải có trình độ đại học trở lên, chuyên ngành phù hợp với vị trí việc làm. Phiếu đăng ký dự tuyển nộp trực tiếp tại Văn phòng Ủy ban nhân dân xã từ ngày 25/4 đến hết ngày 24/5/2024.",
            "Chi tiết điều kiện, hồ sơ và hình thức tuyển dụng được niêm yết tại trụ sở Ủy ban nhân dân xã và nhà văn hóa các thôn.",
        ],
    },
    {
        "slug": "phu-van-don-bang-cong-nhan-xa-dat-chuan-quoc-gia-ve-y-te",
        "title": "Phù Vân đón Bằng công nhận xã đạt Bộ tiêu chí quốc gia về y tế",
        "published": "2024-05-06T08:30", "category": "tin-tuc", "tags": ["y-te"],
        "author": "Ban biên tập",
        "paragraphs": [
            "Ngày 5/5, xã Phù Vân tổ chức lễ đón nhận Bằng công nhận xã đạt Bộ tiêu chí quốc gia về y tế xã giai đoạn đến năm 2030.",
            "Trạm Y tế xã được đầu tư nâng cấp với 8 phòng chức năng, có bác sĩ làm việc thường xuyên; tỷ lệ người dân tham gia bảo hiểm y tế đạt 93,7%, 100% người dân được lập hồ sơ sức khỏe điện tử.",
            "Đây là kết quả của sự vào cuộc của cả hệ thống chính trị và sự đồng thuận của nhân dân trong nhiều năm qua.",
        ],
    },
    {
        "slug": "dien-tap-phong-chong-lut-bao-nam-2024",
        "title": "Diễn tập phòng, chống lụt bão và tìm kiếm cứu nạn năm 2024",
        "published": "2024-05-24T15:20", "category": "tin-tuc", "tags": [],
        "author": "Ban biên tập",
        "paragraphs": [
            "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã Phù Vân tổ chức diễn tập ứng phó với tình huống mưa lớn gây ngập úng và sạt lở bờ sông Châu đoạn qua thôn Phù Vân Hạ.",
            "Tham gia diễn tập có 120 người thuộc lực lượng dân quân, công an, y tế, đoàn thanh niên và nhân dân, cùng 2 xuồng máy, 50 áo phao và các phương tiện cứu hộ khác.",
            "Qua diễn tập, các lực lượng nắm vững phương án sơ tán dân, cứu hộ người bị nạn và bảo vệ tài sản khi có thiên tai xảy ra.",
        ],
    },
    {
        "slug": "thong-bao-lay-y-kien-nhan-dan-ve-quy-hoach-chung-xa",
        "title": "Thông báo lấy ý kiến nhân dân về đồ án quy hoạch chung xã",
        "published": "2024-06-10T09:10", "category": "thong-bao", "tags": [],
        "author": "Văn phòng HĐND - UBND xã",
        "paragraphs": [
            "Ủy ban nhân dân xã Phù Vân thông báo lấy ý kiến cộng đồng dân cư về đồ án quy hoạch chung xây dựng xã đến năm 2035.",
            "Hồ sơ đồ án được trưng bày tại hội trường Ủy ban nhân dân xã và nhà văn hóa 7 thôn từ ngày 10/6 đến ngày 10/7/2024. Người dân góp ý bằng phiếu lấy ý kiến hoặc gửi thư điện tử về Ủy ban nhân dân xã.",
        ],
    },
]

ABOUT = [
    "Xã Phù Vân nằm ở phía bắc huyện Bình Lục Nam, bên bờ sông Châu, có diện tích tự nhiên 812 ha và 7 thôn với khoảng 7.300 nhân khẩu.",
    "Nghề truyền thống của xã là dệt chiếu và đan lát mây tre; ngày nay nhiều hộ chuyển sang nuôi cá lồng, trồng rau màu và làm dịch vụ ở các khu công nghiệp lân cận.",
    "Xã có đình Phù Vân và chùa Vân Sơn được xếp hạng di tích lịch sử - văn hóa cấp tỉnh. Lễ hội đình Phù Vân được tổ chức vào mùng 10 tháng Giêng hằng năm.",
    "Năm 2020, xã Phù Vân được công nhận đạt chuẩn nông thôn mới; năm 2024 xã đạt Bộ tiêu chí quốc gia về y tế xã.",
]

SCHEDULE = [
    ("Thứ Hai 3/6", "7h30", "Giao ban Thường trực Đảng ủy, HĐND, UBND xã", "Phòng họp UBND xã"),
    ("Thứ Ba 4/6", "8h00", "Kiểm tra công tác vệ sinh môi trường tại các thôn", "Các thôn"),
    ("Thứ Năm 6/6", "8h00", "Chủ tịch UBND xã tiếp công dân định kỳ", "Phòng tiếp công dân"),
    ("Thứ Sáu 7/6", "14h00", "Họp Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã", "Hội trường UBND xã"),
]
