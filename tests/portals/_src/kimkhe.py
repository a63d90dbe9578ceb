"""Content of the modelled huyện Kim Khê portal (Vietnamese at /vi/, an English section at /en/,
some stories translated). Invented unit and prose."""
from __future__ import annotations

SITE = {
    "id": "kimkhe",
    "name": "Cổng thông tin điện tử huyện Kim Khê",
    "name_en": "Kim Khe District Web Portal",
    "unit": "huyện Kim Khê",
    "base_url": "https://kimkhe.example.gov.vn",
    "address": "Số 2 đường Hùng Vương, thị trấn Kim Khê, huyện Kim Khê, tỉnh Hà Lam",
    "address_en": "No. 2 Hung Vuong Street, Kim Khe town, Kim Khe district, Ha Lam province",
    "phone": "0226 3890 188",
    "email": "ubnd@kimkhe.example.gov.vn",
}

CATEGORIES = {"tin-tuc-su-kien": "Tin tức - Sự kiện", "kinh-te-dau-tu": "Kinh tế - Đầu tư", "thong-bao": "Thông báo"}
CATEGORIES_EN = {"news-events": "News - Events", "investment": "Investment"}

# A Vietnamese story; "en": its English translation (its own text, its own URL, the hreflang
# alternates naming each other), or None when the portal has none.
ARTICLES = [
    {
        "id": 701, "slug": "kim-khe-don-bang-cong-nhan-huyen-dat-chuan-nong-thon-moi",
        "title": "Kim Khê đón Bằng công nhận huyện đạt chuẩn nông thôn mới",
        "published": "2025-05-19T09:30", "category": "tin-tuc-su-kien", "author": "Phạm Hằng",
        "sapo": "Sáng 18/5, huyện Kim Khê long trọng tổ chức lễ đón nhận Bằng công nhận huyện đạt chuẩn nông thôn mới năm 2024.",
        "paragraphs": [
            "Huyện được công nhận theo Quyết định số 512/QĐ-TTg ngày 28/3/2025 của Thủ tướng Chính phủ, là huyện thứ tư của tỉnh Hà Lam đạt chuẩn.",
            "Sau 5 năm, huyện huy động 1.052 tỷ đồng, nâng thu nhập bình quân đầu người lên 61,2 triệu đồng một năm; tỷ lệ hộ nghèo còn 1,4%.",
            "Phạm Hằng",
        ],
        "en": {
            "id": 9701, "slug": "kim-khe-receives-new-rural-district-certificate", "category": "news-events",
            "title": "Kim Khe receives certificate as a new rural district",
            "published": "2025-05-20T15:00", "author": "Pham Hang",
            "sapo": "On the morning of 18 May, Kim Khe district held a ceremony to receive the certificate recognising it as a new rural district for 2024.",
            "paragraphs": [
                "The district was recognised under Decision No. 512/QĐ-TTg dated 28 March 2025 of the Prime Minister, the fourth district of Ha Lam province to meet the standard.",
                "Over five years the district mobilised VND 1,052 billion, raising average income to VND 61.2 million per person per year; the poverty rate fell to 1.4%.",
            ],
        },
    },
    {
        "id": 702, "slug": "thu-hut-3-du-an-dau-tu-vao-cum-cong-nghiep-kim-khe",
        "title": "Thu hút 3 dự án đầu tư vào cụm công nghiệp Kim Khê",
        "published": "2025-06-02T14:15", "category": "kinh-te-dau-tu", "author": "Ban Quản lý dự án huyện",
        "sapo": "",
        "paragraphs": [
            "Trong 5 tháng đầu năm 2025, cụm công nghiệp Kim Khê thu hút thêm 3 dự án với tổng vốn đăng ký 412 tỷ đồng, tạo việc làm cho khoảng 1.100 lao động.",
            "Tỷ lệ lấp đầy của cụm đạt 78%; UBND huyện đang hoàn thiện thủ tục mở rộng thêm 25 ha theo Quyết định số 144/QĐ-UBND ngày 4/3/2025.",
            "Ban Quản lý dự án huyện",
        ],
        "en": {
            "id": 9702, "slug": "three-new-projects-at-kim-khe-industrial-cluster", "category": "investment",
            "title": "Three new projects at Kim Khe industrial cluster",
            "published": "2025-06-03T10:00", "author": None,
            "sapo": "",
            "paragraphs": [
                "In the first five months of 2025, Kim Khe industrial cluster attracted three more projects with registered capital of VND 412 billion, creating jobs for about 1,100 workers.",
                "The cluster is 78% occupied, and the district is completing procedures to extend it by 25 hectares.",
            ],
        },
    },
    {
        "id": 703, "slug": "trao-sinh-ke-cho-38-ho-ngheo-xa-kim-son",
        "title": "Trao sinh kế cho 38 hộ nghèo xã Kim Sơn",
        "published": "2025-06-11T10:40", "category": "tin-tuc-su-kien", "author": "Phạm Hằng",
        "sapo": "",
        "paragraphs": [
            "Hội Liên hiệp Phụ nữ huyện phối hợp với UBND xã Kim Sơn trao 38 con bò giống cho 38 hộ nghèo, mỗi con trị giá 16 triệu đồng.",
            "Tổng kinh phí 608 triệu đồng từ nguồn Chương trình mục tiêu quốc gia giảm nghèo bền vững; các hộ nhận bò cam kết thoát nghèo sau 3 năm.",
            "Phạm Hằng",
        ],
        "en": None,
    },
    {
        "id": 704, "slug": "hoi-nghi-doi-thoai-voi-doanh-nghiep-nam-2025",
        "title": "Hội nghị đối thoại với doanh nghiệp năm 2025",
        "published": "2025-06-20T16:00", "category": "kinh-te-dau-tu", "author": "Văn phòng HĐND và UBND huyện",
        "sapo": "",
        "paragraphs": [
            "Chiều 19/6, UBND huyện Kim Khê tổ chức hội nghị đối thoại với 65 doanh nghiệp, hợp tác xã và hộ kinh doanh trên địa bàn.",
            "Các doanh nghiệp nêu 14 kiến nghị về đất đai, thuế và hạ tầng giao thông; lãnh đạo huyện trả lời trực tiếp 11 kiến nghị, 3 kiến nghị được chuyển sở, ngành của tỉnh.",
            "Văn phòng HĐND và UBND huyện",
        ],
        "en": {
            "id": 9704, "slug": "district-holds-dialogue-with-businesses-in-2025", "category": "investment",
            "title": "District holds dialogue with businesses in 2025",
            "published": "2025-06-21T09:00", "author": None,
            "sapo": "",
            "paragraphs": [
                "On the afternoon of 19 June, the People's Committee of Kim Khe district held a dialogue with 65 enterprises, cooperatives and household businesses.",
                "The businesses raised 14 proposals on land, taxes and roads; district leaders answered 11 of them on the spot and referred 3 to provincial departments.",
            ],
        },
    },
    {
        "id": 705, "slug": "khoi-cong-nang-cap-duong-huyen-kim-khe-di-kim-son",
        "title": "Khởi công nâng cấp đường huyện Kim Khê đi Kim Sơn",
        "published": "2025-06-25T08:20", "category": "tin-tuc-su-kien", "author": "Trọng Nghĩa",
        "sapo": "",
        "paragraphs": [
            "Tuyến đường dài 9,6 km được nâng cấp lên tiêu chuẩn đường cấp IV miền núi, tổng mức đầu tư 96 tỷ đồng từ ngân sách tỉnh và huyện.",
            "Dự án dự kiến hoàn thành trong quý II/2026, giúp rút ngắn thời gian đi lại từ trung tâm huyện đến xã Kim Sơn còn 15 phút.",
            "Trọng Nghĩa",
        ],
        "en": None,
    },
    {
        "id": 706, "slug": "thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2025",
        "title": "Thông báo tuyển dụng viên chức giáo dục năm 2025",
        "published": "2025-06-27T07:30", "category": "thong-bao", "author": "Phòng Nội vụ",
        "sapo": "",
        "paragraphs": [
            "UBND huyện Kim Khê thông báo tuyển dụng 42 viên chức giáo dục, gồm 12 giáo viên mầm non, 18 giáo viên tiểu học và 12 giáo viên trung học cơ sở.",
            "Hồ sơ nhận từ ngày 1/7 đến ngày 30/7/2025 tại Phòng Nội vụ huyện, trong giờ hành chính.",
            "Phòng Nội vụ",
        ],
        "en": None,
    },
    {
        "id": 707, "slug": "ngay-hoi-van-hoa-cac-dan-toc-huyen-kim-khe-lan-thu-iii",
        "title": "Ngày hội văn hóa các dân tộc huyện Kim Khê lần thứ III",
        "published": "2025-07-02T17:00", "category": "tin-tuc-su-kien", "author": "Trọng Nghĩa",
        "sapo": "",
        "paragraphs": [
            "Ngày hội có 420 nghệ nhân, diễn viên của 14 xã, thị trấn tham gia với các phần thi trang phục truyền thống, hát then, đàn tính và ẩm thực.",
            "Ban Tổ chức trao 1 giải đặc biệt, 3 giải A và 5 giải B; tổng giá trị giải thưởng 72 triệu đồng.",
            "Trọng Nghĩa",
        ],
        "en": None,
    },
]

# Stories the English section alone carries (written for foreign investors; no Vietnamese page).
ENGLISH_ONLY = [
    {
        "id": 9801, "slug": "invitation-to-invest-in-kim-khe-eco-tourism-area", "category": "investment",
        "title": "Invitation to invest in Kim Khe eco-tourism area",
        "published": "2025-06-15T11:00", "author": None,
        "sapo": "",
        "paragraphs": [
            "Kim Khe district invites investors to the Kim Khe Lake eco-tourism area, a 146-hectare site 12 km from the district centre.",
            "Investors receive land rent exemption for 11 years and administrative procedures handled within 15 working days under the province's one-stop mechanism.",
            "For details, please contact the district's Finance and Planning Office at 0226 3890 201.",
        ],
    },
]

ABOUT = [
    "Huyện Kim Khê có diện tích tự nhiên 688,3 km², gồm 15 xã và 1 thị trấn, dân số 96.240 người.",
    "Huyện có cụm công nghiệp Kim Khê rộng 75 ha và khu du lịch sinh thái hồ Kim Khê.",
]
ABOUT_EN = [
    "Kim Khe district covers 688.3 km² with 15 communes and one town, home to 96,240 people.",
    "The district has the 75-hectare Kim Khe industrial cluster and the Kim Khe Lake eco-tourism area.",
]
