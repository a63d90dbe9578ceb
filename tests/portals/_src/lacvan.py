"""Content of the modelled xã Lạc Vân portal (VNPT-hosted template, /<category>/<slug>-<id>).
Invented unit and prose."""
from __future__ import annotations

SITE = {
    "id": "lacvan",
    "name": "Cổng thông tin điện tử xã Lạc Vân",
    "unit": "xã Lạc Vân",
    "base_url": "https://lacvan.example.gov.vn",
    "address": "Thôn Đông, xã Lạc Vân, tỉnh Bắc Hà",
    "phone": "0222 3861 402",
    "email": "ubndlacvan@example.gov.vn",
}

CATEGORIES = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "thong-bao": "Thông báo",
    "tin-noi-bat": "Tin nổi bật",
}

# An article is listed in its own category and, when "featured", also in "tin-noi-bat": the
# portal then serves it at both paths, the second naming the first as canonical.
ARTICLES = [
    {
        "id": 425101, "slug": "xa-lac-van-ra-mat-mo-hinh-dan-van-kheo-ve-giu-gin-ve-sinh-moi-truong",
        "title": "Xã Lạc Vân ra mắt mô hình dân vận khéo về giữ gìn vệ sinh môi trường",
        "published": "2025-08-12T09:15", "category": "tin-tuc-su-kien", "featured": True,
        "author": "Minh Châu",
        "sapo": "Sáng 11/8, Ủy ban Mặt trận Tổ quốc xã Lạc Vân ra mắt mô hình dân vận khéo \"Thôn xanh, ngõ sạch\" tại thôn Đông.",
        "paragraphs": [
            "Mô hình có 64 hộ tham gia, mỗi hộ tự phân loại rác tại nguồn, trồng hoa trước cổng và nhận chăm sóc một đoạn đường trục thôn. Các tổ tự quản thu gom rác hai lần mỗi tuần.",
            "Ủy ban nhân dân xã hỗ trợ 18 triệu đồng mua thùng rác, cây giống và biển báo. Sau ba tháng làm thí điểm, xã sẽ đánh giá và nhân rộng ra các thôn còn lại.",
            "Minh Châu",
        ],
    },
    {
        "id": 425117, "slug": "tap-huan-ky-nang-so-cho-to-cong-nghe-so-cong-dong",
        "title": "Tập huấn kỹ năng số cho tổ công nghệ số cộng đồng",
        "published": "2025-08-20T14:30", "category": "tin-tuc-su-kien", "featured": False,
        "author": "Minh Châu",
        "sapo": "Ủy ban nhân dân xã Lạc Vân tổ chức lớp tập huấn kỹ năng số cho 96 thành viên tổ công nghệ số cộng đồng của 12 thôn.",
        "paragraphs": [
            "Học viên được hướng dẫn cài đặt và sử dụng ứng dụng VNeID, nộp hồ sơ trên Cổng Dịch vụ công quốc gia, thanh toán không dùng tiền mặt và nhận biết các thủ đoạn lừa đảo trên mạng.",
            "Sau lớp học, mỗi thành viên phụ trách hướng dẫn 15 đến 20 hộ gia đình trong thôn, phấn đấu đến cuối năm 2025 có 80% người trưởng thành dùng dịch vụ công trực tuyến.",
            "Minh Châu",
        ],
    },
    {
        "id": 425130, "slug": "ho-tro-xay-moi-nha-o-cho-ho-ngheo-thon-bai-lau",
        "title": "Hỗ trợ xây mới nhà ở cho hộ nghèo thôn Bãi Lau",
        "published": "2025-09-03T08:00", "category": "tin-tuc-su-kien", "featured": True,
        "author": "Đặng Thu",
        "sapo": "Chương trình xóa nhà tạm, nhà dột nát trên địa bàn xã Lạc Vân đã bàn giao căn nhà thứ 21 cho gia đình ông Lò Văn Pẻng ở thôn Bãi Lau.",
        "paragraphs": [
            "Căn nhà rộng 48 mét vuông, tổng kinh phí 110 triệu đồng, trong đó chương trình hỗ trợ 60 triệu đồng, dòng họ và hàng xóm góp 35 ngày công cùng vật liệu, gia đình đối ứng phần còn lại.",
            "Năm 2025, xã được giao hỗ trợ 34 hộ; đến nay đã hoàn thành 21 căn, 13 căn đang thi công và dự kiến bàn giao trước ngày 30/10.",
            "Đặng Thu",
        ],
    },
    {
        "id": 425142, "slug": "thong-bao-lich-tiep-cong-dan-thang-9-nam-2025",
        "title": "Thông báo lịch tiếp công dân tháng 9 năm 2025",
        "published": "2025-09-01T07:30", "category": "thong-bao", "featured": False,
        "author": "Văn phòng HĐND và UBND xã",
        "sapo": "",
        "paragraphs": [
            "Chủ tịch Ủy ban nhân dân xã Lạc Vân tiếp công dân định kỳ vào sáng thứ Năm các ngày 4/9 và 18/9/2025 tại phòng tiếp công dân của xã.",
            "Văn phòng HĐND và UBND xã",
        ],
        "attachment": ("thong-bao-lich-tiep-cong-dan-t9-2025.pdf", "Thông báo số 112/TB-UBND"),
    },
    {
        "id": 425155, "slug": "tiem-vac-xin-phong-benh-dai-cho-dan-cho-meo",
        "title": "Tiêm vắc xin phòng bệnh dại cho đàn chó, mèo",
        "published": "2025-09-15T10:45", "category": "tin-tuc-su-kien", "featured": False,
        "author": "Đặng Thu",
        "sapo": "Từ ngày 16 đến 25/9, xã Lạc Vân tổ chức tiêm phòng vắc xin dại cho đàn chó, mèo tại 12 thôn.",
        "paragraphs": [
            "Toàn xã có khoảng 2.300 con chó, mèo; người dân đưa vật nuôi đến điểm tiêm của thôn theo lịch, mức phí 30.000 đồng một liều, hộ nghèo và cận nghèo được miễn phí.",
            "Đặng Thu",
        ],
    },
    {
        "id": 425168, "slug": "thong-bao-tuyen-dung-cong-chuc-cap-xa-nam-2025",
        "title": "Thông báo tuyển dụng công chức cấp xã năm 2025",
        "published": "2025-09-22T16:00", "category": "thong-bao", "featured": False,
        "author": "Văn phòng HĐND và UBND xã",
        "sapo": "",
        "paragraphs": [
            "Ủy ban nhân dân xã Lạc Vân thông báo tuyển dụng 3 công chức: 1 công chức Tư pháp - Hộ tịch, 1 công chức Văn hóa - Xã hội và 1 công chức Tài chính - Kế toán. Hồ sơ nộp tại bộ phận một cửa của xã đến hết ngày 15/10/2025.",
            "Văn phòng HĐND và UBND xã",
        ],
        "attachment": ("thong-bao-tuyen-dung-2025.pdf", "Thông báo số 128/TB-UBND"),
    },
    {
        "id": 425180, "slug": "ra-quan-thu-hoach-lua-mua-va-phong-chong-bao-so-10",
        "title": "Ra quân thu hoạch lúa mùa và phòng, chống bão số 10",
        "published": "2025-09-27T11:20", "category": "tin-tuc-su-kien", "featured": True,
        "author": "Minh Châu",
        "sapo": "Trước dự báo bão số 10 đổ bộ, xã Lạc Vân huy động lực lượng giúp nhân dân khẩn trương thu hoạch lúa mùa đã chín.",
        "paragraphs": [
            "Đến chiều 26/9, toàn xã thu hoạch được 286 ha trong tổng số 410 ha lúa mùa, đạt gần 70% diện tích. Đoàn viên, dân quân và bộ đội giúp các hộ neo đơn gặt và vận chuyển lúa về nơi an toàn.",
            "Ban Chỉ huy phòng thủ dân sự xã kiểm tra các điểm xung yếu, chuẩn bị phương án di dời 37 hộ ở vùng trũng ven suối Nậm Lau khi có mưa lớn.",
            "Minh Châu",
        ],
    },
    {
        "id": 425193, "slug": "hoi-nghi-doi-thoai-giua-chu-tich-ubnd-xa-voi-nhan-dan",
        "title": "Hội nghị đối thoại giữa Chủ tịch UBND xã với nhân dân",
        "published": "2025-10-06T08:30", "category": "tin-tuc-su-kien", "featured": False,
        "author": "Đặng Thu",
        "sapo": "Ngày 5/10, Chủ tịch Ủy ban nhân dân xã Lạc Vân đối thoại trực tiếp với hơn 200 đại biểu đại diện các tầng lớp nhân dân.",
        "paragraphs": [
            "Tại hội nghị, cử tri nêu 19 ý kiến về sửa chữa đường giao thông, cấp giấy chứng nhận quyền sử dụng đất, chế độ chính sách sau sắp xếp đơn vị hành chính và nước sạch sinh hoạt.",
            "Lãnh đạo xã trả lời trực tiếp 15 ý kiến, 4 ý kiến thuộc thẩm quyền của tỉnh được tổng hợp báo cáo cấp trên.",
            "Đặng Thu",
        ],
    },
]

DOCUMENTS = [
    {"id": 3301, "number": "112/TB-UBND", "issued": "29/08/2025", "kind": "Thông báo",
     "summary": "Thông báo lịch tiếp công dân tháng 9 năm 2025", "file": "thong-bao-lich-tiep-cong-dan-t9-2025.pdf"},
    {"id": 3307, "number": "45/KH-UBND", "issued": "10/09/2025", "kind": "Kế hoạch",
     "summary": "Kế hoạch chuyển đổi số xã Lạc Vân năm 2025", "file": "ke-hoach-chuyen-doi-so-2025.pdf"},
    {"id": 3312, "number": "128/TB-UBND", "issued": "20/09/2025", "kind": "Thông báo",
     "summary": "Thông báo tuyển dụng công chức cấp xã năm 2025", "file": "thong-bao-tuyen-dung-2025.pdf"},
]

ABOUT = [
    "Xã Lạc Vân được thành lập ngày 1/7/2025 trên cơ sở sắp xếp toàn bộ diện tích tự nhiên và quy mô dân số của ba xã cũ. Xã có diện tích 86,4 km2, dân số hơn 14.200 người, gồm các dân tộc Tày, Nùng, Dao và Kinh.",
    "Trụ sở Đảng ủy, Hội đồng nhân dân, Ủy ban nhân dân xã đặt tại thôn Đông. Xã có 12 thôn, 4 trường học và 1 trạm y tế.",
]
