"""Content of the modelled phường Cát Vân portal (Sitefinity-style ASP.NET CMS). Invented unit and
prose."""
from __future__ import annotations

SITE = {
    "id": "catvan",
    "name": "Cổng thông tin điện tử phường Cát Vân",
    "unit": "phường Cát Vân",
    "base_url": "https://catvan.example.gov.vn",
    "address": "Số 45 đường Lê Lợi, phường Cát Vân, tỉnh Hà Lam",
    "phone": "0226 3877 409",
    "email": "ubnd@catvan.example.gov.vn",
}

# Sitefinity classifications: hierarchical categories (filtered lists /tin-tuc/-in-category/
# categories/<slug>) and flat tags (/tin-tuc/-in-tags/tags/<slug>).
CATEGORIES = {"kinh-te": "Kinh tế", "van-hoa-xa-hoi": "Văn hóa - Xã hội", "chinh-quyen": "Chính quyền"}
TAGS = {"an-sinh-xa-hoi": "an sinh xã hội", "chuyen-doi-so": "chuyển đổi số", "do-thi": "đô thị"}

ARTICLES = [
    {
        "id": 7, "slug": "cat-van-ra-mat-mo-hinh-to-dan-pho-so", "category": "chinh-quyen", "tags": ["chuyen-doi-so"],
        "title": "Cát Vân ra mắt mô hình tổ dân phố số",
        "published": "2025-10-14T15:20", "author": "Trần Thị Lan",
        "summary": "Chiều 13/10, UBND phường Cát Vân ra mắt mô hình tổ dân phố số tại tổ dân phố 5, nơi 100% hộ gia đình đã cài đặt ứng dụng công dân số của tỉnh.",
        "paragraphs": [
            "Theo Kế hoạch số 96/KH-UBND ngày 12/9/2025 của UBND phường, mỗi tổ dân phố thành lập một tổ công nghệ số cộng đồng gồm 5 đến 7 thành viên, hướng dẫn người dân nộp hồ sơ trực tuyến, thanh toán không dùng tiền mặt.",
            "Tổ dân phố 5 có 412 hộ với 1.538 nhân khẩu; đến nay 1.206 người đã có tài khoản định danh điện tử mức độ 2, 87% hộ kinh doanh nhận thanh toán bằng mã QR.",
            "Phường phấn đấu đến cuối năm 2025 nhân rộng mô hình ra toàn bộ 18 tổ dân phố.",
            "Trần Thị Lan",
        ],
        "attachment": None,
    },
    {
        "id": 6, "slug": "trao-46-suat-ho-tro-hoc-sinh-ngheo-vuot-kho", "category": "van-hoa-xa-hoi", "tags": ["an-sinh-xa-hoi"],
        "title": "Trao 46 suất hỗ trợ học sinh nghèo vượt khó",
        "published": "2025-09-04T09:10", "author": "Nguyễn Hữu Phước",
        "summary": "Nhân dịp năm học mới 2025 - 2026, Hội Khuyến học phường Cát Vân trao 46 suất hỗ trợ cho học sinh có hoàn cảnh khó khăn, mỗi suất 1,5 triệu đồng.",
        "paragraphs": [
            "Tổng kinh phí 69 triệu đồng do các doanh nghiệp, nhà hảo tâm và Quỹ Khuyến học phường đóng góp; ngoài tiền mặt, mỗi em còn được tặng 10 quyển vở và một chiếc cặp sách.",
            "Đại diện Hội Khuyến học đề nghị các nhà trường tiếp tục rà soát, kịp thời đề xuất hỗ trợ để không học sinh nào phải bỏ học vì hoàn cảnh gia đình.",
            "Nguyễn Hữu Phước",
        ],
        "attachment": None,
    },
    {
        "id": 5, "slug": "phuong-cat-van-chinh-trang-3-tuyen-pho", "category": "kinh-te", "tags": ["do-thi"],
        "title": "Phường Cát Vân chỉnh trang 3 tuyến phố trước mùa mưa",
        "published": "2025-08-21T10:45", "author": "Trần Thị Lan",
        "summary": "",
        "paragraphs": [
            "UBND phường Cát Vân vừa hoàn thành chỉnh trang vỉa hè, hệ thống thoát nước trên 3 tuyến phố Lê Lợi, Nguyễn Du và Bạch Đằng với tổng chiều dài 2,4 km, kinh phí 7,86 tỷ đồng.",
            "Dự án được phê duyệt tại Quyết định số 142/QĐ-UBND ngày 5/3/2025, thi công từ tháng 4; 96 hộ dân hai bên đường đã tự nguyện tháo dỡ mái che, bậc tam cấp lấn chiếm vỉa hè.",
            "Sau chỉnh trang, các tuyến phố không còn ngập úng cục bộ khi mưa lớn; phường giao tổ dân phố tự quản giữ gìn vỉa hè thông thoáng.",
            "Trần Thị Lan",
        ],
        "attachment": None,
    },
    {
        "id": 4, "slug": "thong-bao-tiep-nhan-ho-so-ho-tro-ho-kinh-doanh-bi-anh-huong-bao-so-3", "category": "chinh-quyen", "tags": ["an-sinh-xa-hoi"],
        "title": "Thông báo tiếp nhận hồ sơ hỗ trợ hộ kinh doanh bị ảnh hưởng bởi bão số 3",
        "published": "2025-07-28T08:00", "author": "Văn phòng HĐND và UBND phường",
        "summary": "",
        "paragraphs": [
            "UBND phường Cát Vân tiếp nhận hồ sơ đề nghị hỗ trợ của hộ kinh doanh bị thiệt hại do bão số 3 từ ngày 28/7 đến hết ngày 15/8/2025 tại Trung tâm Phục vụ hành chính công phường. Mẫu đơn và hướng dẫn trong tệp đính kèm.",
        ],
        "attachment": ("/docs/default-source/thong-bao/huong-dan-ho-so-ho-tro-ho-kinh-doanh.pdf?sfvrsn=4d2f61a8_2", "Hướng dẫn hồ sơ hỗ trợ hộ kinh doanh"),
    },
    {
        "id": 3, "slug": "phuong-cat-van-thu-ngan-sach-6-thang-dat-58-phan-tram", "category": "kinh-te", "tags": [],
        "title": "Thu ngân sách 6 tháng đầu năm đạt 58% dự toán",
        "published": "2025-07-08T14:30", "author": "Phòng Kinh tế, Hạ tầng và Đô thị",
        "summary": "Sáu tháng đầu năm 2025, tổng thu ngân sách trên địa bàn phường Cát Vân đạt 41,2 tỷ đồng, bằng 58% dự toán, tăng 9,4% so với cùng kỳ.",
        "paragraphs": [
            "Thu từ khu vực ngoài quốc doanh đạt 18,6 tỷ đồng; thu lệ phí trước bạ 6,3 tỷ đồng; thu tiền sử dụng đất 11,9 tỷ đồng từ đấu giá 14 lô đất ở khu dân cư Bắc Cát Vân.",
            "Phường tiếp tục rà soát 312 hộ kinh doanh, đôn đốc thu nợ đọng thuế, phấn đấu hoàn thành vượt dự toán năm.",
            "Phòng Kinh tế, Hạ tầng và Đô thị",
        ],
        "attachment": None,
    },
    {
        "id": 2, "slug": "le-hoi-van-hoa-am-thuc-cat-van-2025", "category": "van-hoa-xa-hoi", "tags": [],
        "title": "Lễ hội văn hóa ẩm thực Cát Vân thu hút hơn 15.000 lượt khách",
        "published": "2025-05-12T21:05", "author": "Nguyễn Hữu Phước",
        "summary": "",
        "paragraphs": [
            "Trong 3 ngày từ 9 đến 11/5, Lễ hội văn hóa ẩm thực Cát Vân năm 2025 đã đón hơn 15.000 lượt khách với 64 gian hàng của các tổ dân phố, hợp tác xã và doanh nghiệp.",
            "Bên cạnh không gian ẩm thực, lễ hội có hội thi gói bánh chưng, biểu diễn hát chèo và trưng bày 120 hiện vật về lịch sử hình thành phường.",
            "Doanh thu của các gian hàng ước đạt 1,2 tỷ đồng; ban tổ chức dành 10% số tiền bán vé trò chơi ủng hộ Quỹ Vì người nghèo phường.",
            "Nguyễn Hữu Phước",
        ],
        "attachment": None,
    },
    {
        "id": 1, "slug": "hoi-nghi-doi-thoai-voi-ho-kinh-doanh-cho-cat-van", "category": "kinh-te", "tags": ["do-thi"],
        "title": "Hội nghị đối thoại với hộ kinh doanh chợ Cát Vân",
        "published": "2025-04-03T08:50", "author": "Trần Thị Lan",
        "summary": "",
        "paragraphs": [
            "Sáng 2/4, UBND phường Cát Vân tổ chức hội nghị đối thoại với 148 hộ kinh doanh tại chợ Cát Vân về phương án sắp xếp lại các ngành hàng và cải tạo khu chợ tạm.",
            "Các hộ kinh doanh kiến nghị giảm 30% phí thuê điểm kinh doanh trong thời gian cải tạo, bố trí thêm bãi trông giữ xe và lắp đặt hệ thống phòng cháy, chữa cháy.",
            "Chủ tịch UBND phường đã trả lời trực tiếp 12 ý kiến, giao các bộ phận chuyên môn nghiên cứu phương án miễn, giảm phí báo cáo trong tháng 4.",
            "Trần Thị Lan",
        ],
        "attachment": None,
    },
]

# The documents library ("Văn bản chỉ đạo, điều hành"): each item a detail page in the same
# dress as a news item (a title, a date and the uploader, a description, a file).
DOCUMENTS = [
    {
        "slug": "quyet-dinh-so-215-qd-ubnd", "title": "Quyết định số 215/QĐ-UBND ngày 22/8/2025 về việc phê duyệt danh sách hộ nghèo được hỗ trợ nhà ở",
        "published": "2025-08-25T08:15", "author": "Văn phòng HĐND và UBND phường",
        "description": "Quyết định của UBND phường Cát Vân phê duyệt danh sách 27 hộ nghèo, hộ cận nghèo được hỗ trợ xây mới, sửa chữa nhà ở năm 2025, tổng kinh phí 945 triệu đồng.",
        "file": "quyet-dinh-215-qd-ubnd.pdf", "version": "9a1c03b2_2", "size": "182 KB",
    },
    {
        "slug": "ke-hoach-so-96-kh-ubnd", "title": "Kế hoạch số 96/KH-UBND ngày 12/9/2025 triển khai mô hình tổ dân phố số",
        "published": "2025-09-12T16:40", "author": "Văn phòng HĐND và UBND phường",
        "description": "Kế hoạch triển khai mô hình tổ dân phố số trên địa bàn phường Cát Vân giai đoạn 2025 - 2026: mục tiêu, nhiệm vụ, phân công thực hiện và kinh phí.",
        "file": "ke-hoach-96-kh-ubnd.pdf", "version": "1b77e0f4_4", "size": "240 KB",
    },
    {
        "slug": "quyet-dinh-so-142-qd-ubnd", "title": "Quyết định số 142/QĐ-UBND ngày 5/3/2025 phê duyệt dự án chỉnh trang 3 tuyến phố",
        "published": "2025-03-06T10:05", "author": "Văn phòng HĐND và UBND phường",
        "description": "Quyết định phê duyệt dự án chỉnh trang vỉa hè, hệ thống thoát nước các tuyến phố Lê Lợi, Nguyễn Du, Bạch Đằng; tổng mức đầu tư 7,86 tỷ đồng từ ngân sách phường.",
        "file": "quyet-dinh-142-qd-ubnd.pdf", "version": "5e40cd19_2", "size": "311 KB",
    },
]

ABOUT = [
    "Phường Cát Vân được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp các phường Cát Vân, Bắc Vân và xã Cát Hưng, có diện tích tự nhiên 14,2 km² và 52.806 nhân khẩu.",
    "Phường có 18 tổ dân phố; trụ sở Đảng ủy, HĐND, UBND phường đặt tại số 45 đường Lê Lợi.",
]
