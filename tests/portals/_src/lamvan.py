"""Content of the modelled xã Lam Vân site (a commune's news blog on a hosted site builder of
the Wix kind, 2025). Invented unit and prose."""
from __future__ import annotations

SITE = {
    "id": "lamvan",
    "name": "Xã Lam Vân - Thông tin, sự kiện",
    "unit": "xã Lam Vân",
    "base_url": "https://xalamvan.example.com",
    "address": "Thôn Đông Lam, xã Lam Vân, tỉnh Hà Lam",
    "phone": "0226 3755 118",
    "email": "ubndxalamvan@example.com",
}

# When the builder's server rendered the pages the crawl gets: a post of the last week shows
# its date relative to it ("2 ngày trước"), older ones "3 thg 7, 2025".
RENDERED = "2025-09-20T10:00"

CATEGORIES = {"tin-tuc-su-kien": "Tin tức - Sự kiện", "an-sinh-xa-hoi": "An sinh xã hội",
              "thong-bao": "Thông báo"}

ARTICLES = [
    {
        "slug": "lam-van-ra-quan-tong-ve-sinh-moi-truong", "category": "tin-tuc-su-kien",
        "hashtags": ["moitruong"], "member": "ban-bien-tap",
        "title": "Lam Vân ra quân tổng vệ sinh môi trường hưởng ứng Chiến dịch làm cho thế giới sạch hơn",
        "published": "2025-09-18T15:30", "author": "Ban biên tập", "minutes": 2, "views": 41,
        "paragraphs": [
            "Sáng 18/9, UBND xã Lam Vân phát động ra quân tổng vệ sinh môi trường tại 21 thôn với hơn 2.300 người tham gia.",
            "Các lực lượng đã thu gom 46 tấn rác thải, phát quang 18 km đường giao thông nông thôn và khơi thông 9 km kênh mương nội đồng.",
            "Theo Kế hoạch số 35/KH-UBND ngày 2/9/2025, xã duy trì ra quân vào sáng Chủ nhật cuối mỗi tháng và khen thưởng thôn làm tốt.",
        ],
        "gallery": ["a1f3c9", "b27d41", "c9e012"],
    },
    {
        "slug": "chi-tra-tro-cap-thang-9-cho-1284-doi-tuong", "category": "an-sinh-xa-hoi",
        "hashtags": ["ansinh"], "member": "ban-bien-tap",
        "title": "Chi trả trợ cấp tháng 9 cho 1.284 đối tượng bảo trợ xã hội",
        "published": "2025-09-15T08:45", "author": "Ban biên tập", "minutes": 1, "views": 63,
        "paragraphs": [
            "Từ ngày 15 đến 17/9, xã Lam Vân chi trả trợ cấp xã hội tháng 9/2025 cho 1.284 đối tượng với tổng số tiền 712,4 triệu đồng.",
            "Có 936 người nhận qua tài khoản ngân hàng, chiếm 72,9%; những người cao tuổi, khuyết tật nặng được cán bộ đến tận nhà chi trả.",
        ],
        "gallery": [],
    },
    {
        "slug": "thong-bao-tuyen-dung-cong-chuc-xa-nam-2025", "category": "thong-bao",
        "hashtags": [], "member": "van-phong-ubnd",
        "title": "Thông báo tiếp nhận hồ sơ xét tuyển viên chức Trạm Y tế xã năm 2025",
        "published": "2025-09-08T09:00", "author": "Văn phòng HĐND và UBND xã", "minutes": 1, "views": 128,
        "paragraphs": [
            "UBND xã Lam Vân thông báo tiếp nhận hồ sơ xét tuyển 2 viên chức điều dưỡng và 1 viên chức dược làm việc tại Trạm Y tế xã, theo Quyết định số 86/QĐ-UBND ngày 5/9/2025. Hồ sơ nộp trực tiếp tại Văn phòng UBND xã từ ngày 8/9 đến hết ngày 7/10/2025 trong giờ hành chính.",
        ],
        "gallery": [],
    },
    {
        "slug": "trung-thu-cho-em-1-050-suat-qua", "category": "an-sinh-xa-hoi",
        "hashtags": ["ansinh", "thieunhi"], "member": "ban-bien-tap",
        "title": "Trao 1.050 suất quà Trung thu cho thiếu nhi có hoàn cảnh khó khăn",
        "published": "2025-09-05T16:20", "author": "Đoàn Thanh niên xã", "minutes": 2, "views": 87,
        "paragraphs": [
            "Nhân dịp Tết Trung thu, Đoàn Thanh niên xã Lam Vân phối hợp với các nhà hảo tâm trao 1.050 suất quà cho thiếu nhi, trong đó 146 suất dành cho các em thuộc hộ nghèo, hộ cận nghèo.",
            "Mỗi suất quà trị giá 200.000 đồng gồm bánh trung thu, đèn ông sao và đồ dùng học tập; tổng giá trị 210 triệu đồng.",
            "Chương trình \"Trung thu cho em\" được tổ chức tại 21 nhà văn hóa thôn trong hai tối 4 và 5/9.",
        ],
        "gallery": ["d04b77", "e5c2a8"],
    },
    {
        "slug": "ky-hop-thu-hai-hdnd-xa-lam-van", "category": "tin-tuc-su-kien",
        "hashtags": ["chinhquyen"], "member": "ban-bien-tap",
        "title": "Kỳ họp thứ hai HĐND xã Lam Vân thông qua dự toán ngân sách 6 tháng cuối năm",
        "published": "2025-08-22T14:10", "author": "Ban biên tập", "minutes": 2, "views": 96,
        "paragraphs": [
            "Ngày 21/8, HĐND xã Lam Vân khóa I tổ chức kỳ họp thứ hai, thông qua dự toán thu ngân sách 6 tháng cuối năm 2025 là 18,7 tỷ đồng, chi 17,9 tỷ đồng.",
            "Kỳ họp cũng thông qua danh mục 7 công trình đầu tư công năm 2025 với tổng mức 24,5 tỷ đồng, ưu tiên trường học và đường giao thông liên thôn.",
            "Các đại biểu đề nghị UBND xã sớm ổn định bộ phận một cửa, bảo đảm giải quyết đúng hạn 100% hồ sơ thủ tục hành chính.",
        ],
        "gallery": [],
    },
    {
        "slug": "ho-tro-45-ho-ngheo-phat-trien-chan-nuoi", "category": "an-sinh-xa-hoi",
        "hashtags": ["ansinh", "giamngheo"], "member": "ban-bien-tap",
        "title": "Hỗ trợ 45 hộ nghèo phát triển chăn nuôi bò sinh sản",
        "published": "2025-08-06T10:00", "author": "Ban biên tập", "minutes": 2, "views": 152,
        "paragraphs": [
            "Từ nguồn vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững, xã Lam Vân hỗ trợ 45 hộ nghèo, hộ cận nghèo mỗi hộ một con bò cái sinh sản trị giá 18 triệu đồng, tổng kinh phí 810 triệu đồng.",
            "Các hộ nhận bò cam kết chăm sóc, phối giống và bàn giao con bê đầu tiên cho hộ khó khăn khác trong thôn sau 24 tháng.",
            "Hiện xã còn 162 hộ nghèo, chiếm 3,1%; mục tiêu đến cuối năm 2025 giảm còn dưới 2,5%.",
        ],
        "gallery": [],
    },
    {
        "slug": "thong-bao-lich-tiep-cong-dan-thang-8", "category": "thong-bao",
        "hashtags": [], "member": "van-phong-ubnd",
        "title": "Lịch tiếp công dân của Chủ tịch UBND xã tháng 8/2025",
        "published": "2025-07-30T08:00", "author": "Văn phòng HĐND và UBND xã", "minutes": 1, "views": 54,
        "paragraphs": [
            "Chủ tịch UBND xã Lam Vân tiếp công dân định kỳ vào sáng thứ Năm các ngày 7/8 và 21/8/2025 tại phòng tiếp công dân, trụ sở UBND xã (thôn Đông Lam). Ngoài lịch định kỳ, người dân có thể gửi kiến nghị qua hòm thư góp ý hoặc số điện thoại 0226 3755 118.",
        ],
        "gallery": [],
    },
    {
        "slug": "trung-tam-phuc-vu-hanh-chinh-cong-xa-tiep-nhan-2-140-ho-so", "category": "tin-tuc-su-kien",
        "hashtags": ["chinhquyen", "chuyendoiso"], "member": "ban-bien-tap",
        "title": "Một tháng vận hành, Trung tâm Phục vụ hành chính công xã tiếp nhận 2.140 hồ sơ",
        "published": "2025-07-31T17:05", "author": "Ban biên tập", "minutes": 3, "views": 233,
        "paragraphs": [
            "Sau một tháng vận hành chính quyền địa phương hai cấp, Trung tâm Phục vụ hành chính công xã Lam Vân đã tiếp nhận 2.140 hồ sơ, trong đó 1.602 hồ sơ nộp trực tuyến, chiếm 74,9%.",
            "Đã giải quyết 1.988 hồ sơ, 100% đúng và trước hạn; lĩnh vực nhiều hồ sơ nhất là chứng thực (712 hồ sơ) và hộ tịch (538 hồ sơ).",
            "Xã bố trí 6 công chức và 4 đoàn viên thanh niên tình nguyện hướng dẫn người dân nộp hồ sơ trên Cổng Dịch vụ công quốc gia.",
        ],
        "gallery": ["f8a630"],
    },
    {
        "slug": "ra-mat-xa-lam-van", "category": "tin-tuc-su-kien",
        "hashtags": ["chinhquyen"], "member": "ban-bien-tap",
        "title": "Công bố nghị quyết thành lập xã Lam Vân và ra mắt các cơ quan của xã",
        "published": "2025-07-01T09:00", "author": "Ban biên tập", "minutes": 3, "views": 418,
        "paragraphs": [
            "Sáng 30/6, tại hội trường thôn Đông Lam, xã Lam Vân tổ chức lễ công bố nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã và các quyết định thành lập Đảng bộ, HĐND, UBND xã.",
            "Xã Lam Vân được thành lập trên cơ sở nhập 3 xã Lam Sơn, Vân Hòa và Đông Lam, có diện tích 64,2 km², dân số 21.870 người.",
            "Từ ngày 1/7/2025, trụ sở UBND xã đặt tại thôn Đông Lam; các điểm tiếp nhận hồ sơ tại trụ sở cũ của xã Lam Sơn và Vân Hòa tiếp tục hoạt động đến hết năm 2025.",
        ],
        "gallery": [],
    },
]

HASHTAGS = {"moitruong", "ansinh", "thieunhi", "chinhquyen", "giamngheo", "chuyendoiso"}

ABOUT = [
    "Xã Lam Vân được thành lập ngày 1/7/2025 trên cơ sở nhập 3 xã Lam Sơn, Vân Hòa và Đông Lam, gồm 21 thôn.",
    "Trang thông tin này do Ban biên tập của UBND xã quản lý, đăng tin hoạt động của chính quyền, thông báo và hướng dẫn thủ tục cho người dân.",
]
