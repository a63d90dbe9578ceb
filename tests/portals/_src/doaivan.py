"""Content of the modelled huyện Đoài Vân portal (Drupal 7, path aliases beside /node/<nid>, Views
with two pagers on one page, the print module). Invented unit and prose."""
from __future__ import annotations

SITE = {
    "id": "doaivan",
    "name": "Cổng thông tin điện tử huyện Đoài Vân",
    "unit": "huyện Đoài Vân",
    "base_url": "https://doaivan.example.gov.vn",
    "address": "Số 2 đường Hùng Vương, thị trấn Đoài Vân, huyện Đoài Vân, tỉnh Đoài Sơn",
    "phone": "0237 3856 120",
    "email": "vanphong@doaivan.example.gov.vn",
}

# taxonomy "Chuyên mục": /taxonomy/term/<tid> (no path alias), each with its feed
TERMS = {3: "Kinh tế", 4: "Văn hóa - Xã hội", 5: "Quốc phòng - An ninh", 7: "Thông báo"}

# content type "article" (Tin tức: canonical and shortlink) and "thong_bao" (Thông báo: its
# Metatag defaults carry no canonical, only core's shortlink); "links" are hand-written links in
# the body to another node by its system path /node/<nid>
ARTICLES = [
    {
        "nid": 1186, "type": "article", "tid": 3, "slug": "doai-van-giai-ngan-von-dau-tu-cong-5-thang-dat-48-phan-tram",
        "title": "Đoài Vân giải ngân vốn đầu tư công 5 tháng đạt 48%",
        "published": "2025-06-04T08:15", "user": "bientap", "author": "Vũ Thị Hằng",
        "paragraphs": [
            "Đến hết tháng 5/2025, huyện Đoài Vân đã giải ngân 96,4 tỷ đồng vốn đầu tư công, đạt 48% kế hoạch năm, cao hơn bình quân chung của tỉnh 11 điểm phần trăm.",
            "Trong 34 dự án được giao vốn, 21 dự án chuyển tiếp đã giải ngân trên 60%; 13 dự án khởi công mới mới giải ngân 18% do vướng mặt bằng, nhất là dự án đường liên xã Vân Hòa - Vân Thượng.",
            "Theo Quyết định số 412/QĐ-UBND ngày 12/3/2025 của UBND huyện, các chủ đầu tư giải ngân dưới 30% đến ngày 30/6 sẽ bị điều chuyển vốn sang dự án có khối lượng.",
        ],
        "tags": ["Đầu tư công"], "promoted": True, "links": [],
    },
    {
        "nid": 1181, "type": "thong_bao", "tid": 7, "slug": "thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2025",
        "title": "Thông báo tuyển dụng viên chức giáo dục năm 2025",
        "published": "2025-05-28T14:00", "user": "vanphong", "author": "Phòng Nội vụ",
        "paragraphs": [
            "UBND huyện Đoài Vân thông báo tuyển dụng 42 viên chức giáo dục năm 2025 (mầm non 18, tiểu học 15, trung học cơ sở 9). Thời gian nhận hồ sơ từ ngày 2/6 đến hết ngày 1/7/2025 tại Phòng Nội vụ huyện; chỉ tiêu và điều kiện chi tiết trong tệp đính kèm.",
        ],
        "file": ("thong-bao-tuyen-dung-vien-chuc-2025.pdf", 184320),
        "tags": [], "promoted": False, "links": [],
    },
    {
        "nid": 1177, "type": "article", "tid": 4, "slug": "trao-312-the-bao-hiem-y-te-cho-nguoi-cao-tuoi",
        "title": "Trao 312 thẻ bảo hiểm y tế cho người cao tuổi khó khăn",
        "published": "2025-05-19T10:30", "user": "bientap", "author": "Đỗ Văn Thắng",
        "paragraphs": [
            "Ngày 17/5, Hội Người cao tuổi huyện Đoài Vân phối hợp Bảo hiểm xã hội huyện trao 312 thẻ bảo hiểm y tế cho người cao tuổi có hoàn cảnh khó khăn tại 9 xã, thị trấn.",
            "Tổng kinh phí 276 triệu đồng do các doanh nghiệp và Quỹ Chăm sóc người cao tuổi huyện vận động; mỗi thẻ có giá trị sử dụng 12 tháng.",
            "Toàn huyện hiện có 14.860 người cao tuổi, 97,6% đã có thẻ bảo hiểm y tế; huyện phấn đấu đạt 100% trong năm 2025.",
        ],
        "tags": ["An sinh xã hội", "Người cao tuổi"], "promoted": True, "links": [],
    },
    {
        "nid": 1172, "type": "article", "tid": 5, "slug": "giao-nhan-quan-nam-2025-dat-100-phan-tram-chi-tieu",
        "title": "Giao nhận quân năm 2025 đạt 100% chỉ tiêu",
        "published": "2025-05-07T16:40", "user": "bientap", "author": "Ban CHQS huyện",
        "paragraphs": [
            "Sáng 6/5, huyện Đoài Vân tổ chức lễ giao nhận quân năm 2025, 186 thanh niên lên đường nhập ngũ, đạt 100% chỉ tiêu tỉnh giao; 23 thanh niên có trình độ cao đẳng, đại học.",
            "Lãnh đạo huyện tặng mỗi tân binh 2 triệu đồng; các xã, thị trấn tặng thêm từ 1 đến 3 triệu đồng.",
            "Hội đồng nghĩa vụ quân sự huyện thực hiện đúng Quyết định số 2051/QĐ-UBND ngày 18/11/2024 về giao chỉ tiêu gọi công dân nhập ngũ, không có trường hợp khiếu nại.",
        ],
        "tags": ["Nghĩa vụ quân sự"], "promoted": True, "links": [],
    },
    {
        "nid": 1168, "type": "article", "tid": 3, "slug": "mo-hinh-trong-buoi-da-xanh-cho-thu-nhap-400-trieu-dong-ha",
        "title": "Mô hình trồng bưởi da xanh cho thu nhập 400 triệu đồng/ha",
        "published": "2025-04-24T09:05", "user": "bientap", "author": "Vũ Thị Hằng",
        "paragraphs": [
            "Xã Vân Thượng hiện có 64 hộ trồng bưởi da xanh trên diện tích 38 ha, trong đó 22 ha đang cho thu hoạch với năng suất bình quân 18 tấn/ha.",
            "Với giá bán tại vườn 22.000 đồng/kg, mỗi ha cho thu nhập khoảng 400 triệu đồng, gấp 6 lần trồng lúa; Hợp tác xã Vân Thượng đã được cấp mã số vùng trồng cho 15 ha.",
            "Theo Nghị quyết số 08/NQ-HĐND ngày 20/12/2024 của HĐND huyện, mỗi ha chuyển đổi từ đất lúa kém hiệu quả sang trồng cây ăn quả được hỗ trợ 15 triệu đồng tiền giống.",
            "Xem thêm: Kết quả giải ngân vốn đầu tư công 5 tháng.",
        ],
        "tags": ["Nông nghiệp"], "promoted": True, "links": [(3, 1186)],
    },
    {
        "nid": 1163, "type": "thong_bao", "tid": 7, "slug": "thong-bao-lich-tiep-cong-dan-thang-5-2025",
        "title": "Thông báo lịch tiếp công dân định kỳ tháng 5/2025",
        "published": "2025-04-28T15:20", "user": "vanphong", "author": "Văn phòng HĐND và UBND huyện",
        "paragraphs": [
            "Chủ tịch UBND huyện Đoài Vân tiếp công dân định kỳ vào ngày 15/5/2025 tại Trụ sở tiếp công dân huyện, số 2 đường Hùng Vương. Công dân đến đăng ký trước ngày 12/5/2025 và mang theo giấy tờ tùy thân.",
        ],
        "file": ("lich-tiep-cong-dan-thang-5-2025.pdf", 96256),
        "tags": [], "promoted": False, "links": [],
    },
    {
        "nid": 1159, "type": "article", "tid": 4, "slug": "khai-mac-le-hoi-den-van-hoa-2025",
        "title": "Khai mạc Lễ hội đền Vân Hòa năm 2025",
        "published": "2025-04-12T19:30", "user": "bientap", "author": "Đỗ Văn Thắng",
        "paragraphs": [
            "Tối 11/4, UBND huyện Đoài Vân khai mạc Lễ hội đền Vân Hòa năm 2025, di tích lịch sử cấp tỉnh được xếp hạng theo Quyết định số 1320/QĐ-UBND ngày 7/6/2019.",
            "Lễ hội diễn ra trong 3 ngày với lễ rước kiệu, hội thi gói bánh chưng, đấu vật và giải bóng chuyền hơi của 12 đội; ban tổ chức dự kiến đón 25.000 lượt khách.",
            "Năm 2024, huyện đã đầu tư 3,2 tỷ đồng tu bổ tòa tiền tế và sân lễ hội của đền.",
        ],
        "tags": ["Lễ hội"], "promoted": True, "links": [],
    },
    {
        "nid": 1154, "type": "article", "tid": 3, "slug": "ho-tro-85-ho-ngheo-vay-von-san-xuat",
        "title": "Hỗ trợ 85 hộ nghèo vay vốn phát triển sản xuất",
        "published": "2025-03-26T11:00", "user": "bientap", "author": "Vũ Thị Hằng",
        "paragraphs": [
            "Quý I/2025, Phòng Giao dịch Ngân hàng Chính sách xã hội huyện Đoài Vân đã giải ngân 4,25 tỷ đồng cho 85 hộ nghèo vay vốn phát triển sản xuất, mỗi hộ vay tối đa 100 triệu đồng.",
            "Tổng dư nợ các chương trình tín dụng chính sách trên địa bàn đạt 612 tỷ đồng với 11.240 hộ còn dư nợ; tỷ lệ nợ quá hạn chỉ 0,08%.",
            "Các hộ vay chủ yếu đầu tư chăn nuôi bò, lợn và trồng cây ăn quả theo hướng dẫn của Trạm Khuyến nông huyện. Lịch giao dịch tại xã xem trong thông báo tiếp công dân và giao dịch.",
        ],
        "tags": ["An sinh xã hội"], "promoted": True, "links": [(2, 1163)],
    },
    {
        "nid": 1150, "type": "thong_bao", "tid": 7, "slug": "thong-bao-ket-qua-lua-chon-nha-thau-truong-mam-non-van-hoa",
        "title": "Thông báo kết quả lựa chọn nhà thầu công trình Trường Mầm non Vân Hòa",
        "published": "2025-03-14T09:00", "user": "vanphong", "author": "Ban Quản lý dự án đầu tư xây dựng huyện",
        "paragraphs": [
            "Ban Quản lý dự án đầu tư xây dựng huyện Đoài Vân thông báo kết quả lựa chọn nhà thầu gói thầu xây lắp công trình Trường Mầm non Vân Hòa: nhà thầu trúng thầu là Công ty TNHH Xây dựng Đông Vân, giá trúng thầu 11,38 tỷ đồng, thời gian thực hiện 240 ngày.",
        ],
        "file": ("ket-qua-lua-chon-nha-thau-mn-van-hoa.pdf", 132096),
        "tags": [], "promoted": False, "links": [],
    },
]

ABOUT = [
    "Huyện Đoài Vân nằm ở phía tây tỉnh Đoài Sơn, diện tích tự nhiên 186,5 km², dân số 98.400 người, gồm 8 xã và 1 thị trấn.",
    "Kinh tế của huyện chủ yếu là nông nghiệp, cây ăn quả và tiểu thủ công nghiệp; năm 2024 giá trị sản xuất tăng 8,6%.",
]
