"""Content of the modelled phường Tiên Khê portal (a news CMS with AMP pages and a mobile host).
Invented unit and prose."""
from __future__ import annotations

SITE = {
    "id": "tienkhe",
    "name": "Trang thông tin điện tử phường Tiên Khê",
    "unit": "phường Tiên Khê",
    "base_url": "https://tienkhe.example.gov.vn",
    "mobile": "https://m.tienkhe.example.gov.vn",
    "address": "Số 5 đường Lê Lợi, phường Tiên Khê, tỉnh Hà Lam",
    "phone": "0226 3851 204",
    "email": "ubnd@tienkhe.example.gov.vn",
}

CATEGORIES = {"tin-tuc": "Tin tức", "an-sinh-xa-hoi": "An sinh xã hội", "thong-bao": "Thông báo"}

# "amp": how the story's AMP copy is served and what it names canonical: "path" = /amp/<slug>-<id>.html,
# "query" = <story>?amp=1 (the stories from before the plugin changed); "canonical": "story"
# (right), "self" (the AMP URL itself), "section" (the section page), None (no canonical link).
ARTICLES = [
    {
        "id": 5201, "slug": "phuong-tien-khe-ra-quan-chien-dich-lam-sach-kenh-muong",
        "title": "Phường Tiên Khê ra quân chiến dịch làm sạch kênh mương",
        "published": "2025-07-20T07:45", "category": "tin-tuc", "author": "Thanh Tâm",
        "amp": "path", "canonical": "story",
        "sapo": "Sáng 19/7, hơn 600 đoàn viên, hội viên và người dân 9 khu phố tham gia ra quân làm sạch 7,5 km kênh mương nội đồng.",
        "paragraphs": [
            "Các lực lượng đã nạo vét 320 m³ bùn đất, thu gom 14 tấn rác thải và phát quang bụi rậm dọc hai bờ kênh Tiên Thủy.",
            "UBND phường hỗ trợ 45 triệu đồng thuê máy xúc và xe vận chuyển, các khu phố tự quản việc giữ gìn vệ sinh sau chiến dịch.",
        ],
        "caption": "Đoàn viên thanh niên nạo vét kênh Tiên Thủy.",
    },
    {
        "id": 5202, "slug": "trao-120-suat-qua-cho-gia-dinh-chinh-sach-nhan-ngay-27-7",
        "title": "Trao 120 suất quà cho gia đình chính sách nhân ngày 27/7",
        "published": "2025-07-24T10:00", "category": "an-sinh-xa-hoi", "author": "Minh Khang",
        "amp": "path", "canonical": "self",
        "sapo": "Nhân kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ, UBND phường Tiên Khê trao 120 suất quà cho thương binh, thân nhân liệt sĩ và người có công.",
        "paragraphs": [
            "Mỗi suất quà trị giá 1,5 triệu đồng, tổng kinh phí 180 triệu đồng từ ngân sách phường và Quỹ Đền ơn đáp nghĩa.",
            "Phường cũng hoàn thành sửa chữa 3 nhà tình nghĩa với kinh phí 150 triệu đồng, bàn giao trước ngày 27/7/2025.",
        ],
        "caption": "Lãnh đạo phường trao quà cho gia đình chính sách.",
    },
    {
        "id": 5203, "slug": "ho-tro-vay-von-cho-46-ho-can-ngheo-phat-trien-kinh-te",
        "title": "Hỗ trợ vay vốn cho 46 hộ cận nghèo phát triển kinh tế",
        "published": "2025-07-15T14:20", "category": "an-sinh-xa-hoi", "author": "Minh Khang",
        "amp": "path", "canonical": "section",
        "sapo": "Phòng giao dịch Ngân hàng Chính sách xã hội giải ngân 2,3 tỷ đồng cho 46 hộ cận nghèo và hộ mới thoát nghèo trên địa bàn phường.",
        "paragraphs": [
            "Mỗi hộ được vay tối đa 100 triệu đồng, thời hạn 5 năm, lãi suất 0,6% một tháng, để chăn nuôi, mở cửa hàng nhỏ và học nghề.",
            "Năm 2025, phường phấn đấu giảm 12 hộ cận nghèo, đưa tỷ lệ hộ cận nghèo xuống dưới 1,2%.",
        ],
        "caption": "Cán bộ ngân hàng hướng dẫn hộ vay hoàn thiện hồ sơ.",
    },
    {
        "id": 5204, "slug": "khanh-thanh-nha-van-hoa-khu-pho-3",
        "title": "Khánh thành nhà văn hóa khu phố 3",
        "published": "2025-07-08T16:30", "category": "tin-tuc", "author": "Thanh Tâm",
        "amp": "path", "canonical": "story",
        "sapo": "",
        "paragraphs": [
            "Nhà văn hóa khu phố 3 có diện tích 220 m², sức chứa 150 chỗ ngồi, tổng kinh phí 2,1 tỷ đồng, trong đó nhân dân đóng góp 640 triệu đồng.",
            "Công trình được xây dựng theo Quyết định số 86/QĐ-UBND ngày 14/2/2025 của UBND phường và hoàn thành sau 5 tháng thi công.",
        ],
        "caption": "Nhà văn hóa khu phố 3 sau khi hoàn thành.",
    },
    {
        "id": 5205, "slug": "ra-mat-mo-hinh-khu-pho-an-toan-phong-chay-chua-chay",
        "title": "Ra mắt mô hình khu phố an toàn phòng cháy, chữa cháy",
        "published": "2025-06-30T09:10", "category": "tin-tuc", "author": "Công an phường",
        "amp": "query", "canonical": None,
        "sapo": "",
        "paragraphs": [
            "Mô hình được triển khai ở khu phố 6 với 210 hộ gia đình, mỗi cụm 10 hộ trang bị chung một bình chữa cháy và một thang thoát hiểm.",
            "Công an phường đã tập huấn cho 85 người dân kỹ năng thoát nạn và sử dụng bình chữa cháy, dự kiến nhân rộng ra 4 khu phố trong năm 2025.",
        ],
        "caption": "Người dân thực hành sử dụng bình chữa cháy.",
    },
    {
        "id": 5206, "slug": "tiep-nhan-ho-so-cap-doi-giay-chung-nhan-quyen-su-dung-dat",
        "title": "Tiếp nhận hồ sơ cấp đổi giấy chứng nhận quyền sử dụng đất",
        "published": "2025-06-25T08:00", "category": "thong-bao", "author": "Bộ phận Một cửa",
        "amp": "query", "canonical": "story",
        "sapo": "",
        "paragraphs": [
            "Từ ngày 1/7/2025, Bộ phận tiếp nhận và trả kết quả phường Tiên Khê tiếp nhận hồ sơ cấp đổi giấy chứng nhận quyền sử dụng đất của người dân các khu phố 1, 2 và 4.",
            "Người dân mang theo bản gốc giấy chứng nhận, căn cước và tờ khai theo mẫu; thời gian giải quyết không quá 7 ngày làm việc.",
        ],
        "caption": "",
    },
    {
        "id": 5207, "slug": "phuong-tien-khe-thu-ngan-sach-6-thang-dat-58-du-toan",
        "title": "Phường Tiên Khê thu ngân sách 6 tháng đạt 58% dự toán",
        "published": "2025-07-03T15:00", "category": "tin-tuc", "author": "Bộ phận Tài chính - Kế toán",
        "amp": "path", "canonical": "story",
        "sapo": "",
        "paragraphs": [
            "Tổng thu ngân sách trên địa bàn phường 6 tháng đầu năm 2025 đạt 18,6 tỷ đồng, bằng 58% dự toán và tăng 11,2% so với cùng kỳ.",
            "Chi ngân sách 6 tháng là 9,4 tỷ đồng, tập trung cho an sinh xã hội, chỉnh trang đô thị và chuyển đổi số.",
        ],
        "caption": "",
    },
]

ABOUT = [
    "Phường Tiên Khê được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp phường Tiên Thủy và xã Khê Hạ.",
    "Phường có diện tích 14,8 km², dân số 31.520 người, chia thành 9 khu phố.",
]
