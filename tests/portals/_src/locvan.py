"""Content of the modelled xã Lộc Vân portal (Plone 6 classic UI: folders, a news collection,
news items with a by-line, events, a file item). Invented unit, people and prose."""
from __future__ import annotations

SITE = {
    "id": "locvan",
    "name": "Cổng thông tin điện tử xã Lộc Vân",
    "unit": "xã Lộc Vân",
    "base_url": "https://locvan.example.gov.vn",
    "address": "Thôn Trung Hòa, xã Lộc Vân",
    "phone": "0233.3795.016",
    "email": "ubndxa@locvan.example.gov.vn",
}

AUTHORS = {"hoangthu": "Hoàng Thị Thu", "vanminh": "Nguyễn Văn Minh", "bbt": "Ban Biên tập"}

# folder: "tin-tuc" (listed by the news collection) or "thong-bao" (the notices' folder listing)
ARTICLES = [
    {"slug": "loc-van-trao-kinh-phi-ho-tro-xoa-nha-tam-cho-14-ho-ngheo", "folder": "tin-tuc",
     "published": "2025-06-24T09:10", "modified": "2025-06-25T16:02", "author": "hoangthu",
     "subjects": ["Hộ nghèo", "Nhà ở"], "caption": "Lãnh đạo xã trao kinh phí hỗ trợ cho các hộ.",
     "title": "Lộc Vân trao kinh phí hỗ trợ xóa nhà tạm cho 14 hộ nghèo",
     "description": "Mỗi hộ được hỗ trợ 60 triệu đồng để xây mới hoặc 30 triệu đồng để sửa chữa nhà ở.",
     "paragraphs": [
         "Sáng 23/6, UBND xã Lộc Vân tổ chức trao kinh phí hỗ trợ xóa nhà tạm, nhà dột nát đợt 2 năm 2025 cho 14 hộ nghèo, hộ cận nghèo trên địa bàn.",
         "Theo Quyết định số 312/QĐ-UBND ngày 10/6/2025 của UBND xã, 9 hộ được hỗ trợ xây mới với mức 60 triệu đồng/hộ và 5 hộ được hỗ trợ sửa chữa với mức 30 triệu đồng/hộ; tổng kinh phí 690 triệu đồng.",
         "Các thôn đã huy động đoàn viên thanh niên, dân quân giúp các hộ tháo dỡ nhà cũ, phấn đấu hoàn thành trước ngày 31/8/2025."]},
    {"slug": "ket-qua-thu-ngan-sach-6-thang-dau-nam-2025", "folder": "tin-tuc",
     "published": "2025-06-18T14:30", "modified": "2025-06-18T14:30", "author": "vanminh",
     "subjects": ["Ngân sách"], "caption": None,
     "title": "Kết quả thu ngân sách 6 tháng đầu năm 2025",
     "description": "Thu ngân sách trên địa bàn xã 6 tháng đầu năm đạt 3,84 tỷ đồng, bằng 61% dự toán.",
     "paragraphs": [
         "Theo báo cáo của bộ phận Tài chính - Kế toán, tổng thu ngân sách nhà nước trên địa bàn xã Lộc Vân 6 tháng đầu năm 2025 đạt 3,84 tỷ đồng, bằng 61% dự toán HĐND xã giao.",
         "Tổng chi ngân sách xã đạt 2,97 tỷ đồng, trong đó chi đầu tư phát triển 1,12 tỷ đồng cho 3 công trình đường giao thông nông thôn.",
         "UBND xã đề ra giải pháp tăng cường quản lý nguồn thu, đôn đốc thu các khoản phí, lệ phí trong 6 tháng cuối năm."]},
    {"slug": "ra-quan-chien-dich-ve-sinh-moi-truong-mua-he-2025", "folder": "tin-tuc",
     "published": "2025-06-09T07:45", "modified": "2025-06-12T08:20", "author": "hoangthu",
     "subjects": ["Môi trường", "Thanh niên"], "caption": "Đoàn viên thanh niên thu gom rác thải dọc tuyến kênh N2.",
     "title": "Ra quân chiến dịch vệ sinh môi trường mùa hè năm 2025",
     "description": "Hơn 350 đoàn viên, thanh niên và học sinh tham gia ra quân làm sạch đường làng, kênh mương.",
     "paragraphs": [
         "Sáng 8/6, Đoàn Thanh niên xã Lộc Vân ra quân chiến dịch thanh niên tình nguyện hè năm 2025 với chủ đề bảo vệ môi trường nông thôn.",
         "Hơn 350 đoàn viên, thanh niên và học sinh đã dọn vệ sinh 12 km đường làng, nạo vét 3 km kênh mương nội đồng và thu gom khoảng 6 tấn rác thải.",
         "Dịp này, Đoàn xã ra mắt 2 tuyến đường thanh niên tự quản tại thôn Trung Hòa và thôn Đông Lộc."]},
    {"slug": "hoi-nghi-trien-khai-chuong-trinh-ocop-nam-2025", "folder": "tin-tuc",
     "published": "2025-05-28T15:00", "modified": "2025-05-28T15:00", "author": "vanminh",
     "subjects": ["OCOP", "Nông nghiệp"], "caption": None,
     "title": "Hội nghị triển khai Chương trình OCOP năm 2025",
     "description": "Xã phấn đấu có thêm 2 sản phẩm đạt chuẩn OCOP 3 sao trong năm 2025.",
     "paragraphs": [
         "Chiều 27/5, UBND xã Lộc Vân tổ chức hội nghị triển khai Chương trình Mỗi xã một sản phẩm (OCOP) năm 2025 với sự tham gia của 42 đại biểu là đại diện các hợp tác xã, tổ hợp tác và hộ sản xuất.",
         "Năm 2025, xã phấn đấu có thêm 2 sản phẩm đạt chuẩn OCOP 3 sao là mật ong rừng và chè xanh Lộc Vân; ngân sách xã bố trí 150 triệu đồng hỗ trợ thiết kế bao bì, nhãn mác.",
         "Hội nghị cũng giới thiệu các chính sách hỗ trợ theo Nghị quyết số 18/2024/NQ-HĐND của HĐND tỉnh."]},
    {"slug": "tiem-chung-mo-rong-cho-420-tre-em-duoi-5-tuoi", "folder": "tin-tuc",
     "published": "2025-05-16T10:20", "modified": "2025-05-16T11:05", "author": "bbt",
     "subjects": ["Y tế"], "caption": "Cán bộ Trạm Y tế xã khám sàng lọc trước tiêm.",
     "title": "Tiêm chủng mở rộng cho 420 trẻ em dưới 5 tuổi",
     "description": "Trạm Y tế xã tổ chức tiêm chủng mở rộng đợt tháng 5 cho 420 trẻ em trong độ tuổi.",
     "paragraphs": [
         "Trong hai ngày 14 và 15/5, Trạm Y tế xã Lộc Vân tổ chức tiêm chủng mở rộng cho 420 trẻ em dưới 5 tuổi trên địa bàn 8 thôn.",
         "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin đạt 97,6%; không có trường hợp phản ứng nặng sau tiêm."]},
    {"slug": "loc-van-ban-giao-quan-nhan-nhap-ngu-nam-2025", "folder": "tin-tuc",
     "published": "2025-02-13T07:00", "modified": "2025-02-14T09:40", "author": "hoangthu",
     "subjects": ["Quân sự"], "caption": None,
     "title": "Lộc Vân bàn giao 11 thanh niên nhập ngũ năm 2025",
     "description": "11 thanh niên của xã lên đường thực hiện nghĩa vụ quân sự và nghĩa vụ tham gia Công an nhân dân.",
     "paragraphs": [
         "Sáng 13/2, tại hội trường UBND xã, Hội đồng Nghĩa vụ quân sự xã Lộc Vân tổ chức lễ giao quân năm 2025.",
         "11 thanh niên của xã đã lên đường nhập ngũ, trong đó 9 thanh niên thực hiện nghĩa vụ quân sự và 2 thanh niên thực hiện nghĩa vụ tham gia Công an nhân dân.",
         "Mỗi tân binh được xã và các đoàn thể tặng quà trị giá 2 triệu đồng."]},
    {"slug": "xa-loc-van-ra-mat-mo-hinh-dan-van-kheo", "folder": "tin-tuc",
     "published": "2025-01-21T16:30", "modified": "2025-01-21T16:30", "author": "vanminh",
     "subjects": ["Dân vận"], "caption": None,
     "title": "Xã Lộc Vân ra mắt mô hình dân vận khéo \"Thắp sáng đường quê\"",
     "description": "Mô hình lắp đặt 2,6 km đường điện chiếu sáng tại 3 thôn từ nguồn xã hội hóa.",
     "paragraphs": [
         "Ngày 20/1, Ban Dân vận Đảng ủy xã Lộc Vân ra mắt mô hình dân vận khéo \"Thắp sáng đường quê\" tại thôn Tây Lộc.",
         "Từ nguồn vận động xã hội hóa 184 triệu đồng, các thôn Tây Lộc, Bắc Hòa và Đông Lộc đã lắp đặt 2,6 km đường điện chiếu sáng với 96 bóng đèn năng lượng mặt trời.",
         "Mô hình góp phần bảo đảm an ninh trật tự và tạo cảnh quan sáng, xanh, sạch ở khu dân cư."]},
    {"slug": "thong-bao-lich-tiep-cong-dan-thang-7-2025", "folder": "thong-bao",
     "published": "2025-06-27T08:00", "modified": "2025-06-27T08:00", "author": "bbt",
     "subjects": ["Thông báo"], "caption": None,
     "title": "Thông báo lịch tiếp công dân tháng 7/2025",
     "description": "Chủ tịch UBND xã tiếp công dân định kỳ vào thứ Năm tuần thứ hai và thứ tư của tháng 7/2025.",
     "paragraphs": [
         "Thực hiện Luật Tiếp công dân, Chủ tịch UBND xã Lộc Vân tiếp công dân định kỳ vào các ngày 10/7 và 24/7/2025 tại phòng tiếp công dân của UBND xã."]},
    {"slug": "thong-bao-ket-qua-ra-soat-ho-ngheo-ho-can-ngheo-giua-ky", "folder": "thong-bao",
     "published": "2025-06-03T14:15", "modified": "2025-06-04T07:50", "author": "bbt",
     "subjects": ["Hộ nghèo", "Thông báo"], "caption": None,
     "title": "Thông báo kết quả rà soát hộ nghèo, hộ cận nghèo giữa kỳ",
     "description": "Kết quả rà soát: toàn xã còn 38 hộ nghèo (2,4%) và 61 hộ cận nghèo (3,9%).",
     "paragraphs": [
         "Căn cứ Quyết định số 287/QĐ-UBND ngày 30/5/2025 của UBND xã Lộc Vân phê duyệt kết quả rà soát hộ nghèo, hộ cận nghèo giữa kỳ, toàn xã còn 38 hộ nghèo, chiếm 2,4% và 61 hộ cận nghèo, chiếm 3,9% tổng số hộ.",
         "Danh sách được niêm yết công khai tại nhà văn hóa các thôn trong 7 ngày; người dân có ý kiến phản hồi gửi về bộ phận Lao động - Thương binh và Xã hội của xã."]},
]

EVENTS = [
    {"slug": "ky-hop-thu-10-hdnd-xa-khoa-xxi", "title": "Kỳ họp thứ 10 HĐND xã khóa XXI",
     "start": "2025-07-08T08:00", "end": "2025-07-08T17:00", "where": "Hội trường UBND xã Lộc Vân",
     "contact": "Văn phòng HĐND và UBND xã", "phone": "0233.3795.016",
     "description": "Kỳ họp thường lệ giữa năm 2025 của HĐND xã."},
    {"slug": "giai-bong-da-thieu-nien-he-2025", "title": "Giải bóng đá thiếu niên hè 2025",
     "start": "2025-07-15T15:00", "end": "2025-07-20T18:00", "where": "Sân vận động trung tâm xã",
     "contact": "Đoàn Thanh niên xã", "phone": "0912.406.118",
     "description": "Giải dành cho các đội bóng thiếu niên của 8 thôn."},
]

FILE_ITEM = {"slug": "ke-hoach-phong-chong-thien-tai-2025.pdf", "title": "Kế hoạch phòng, chống thiên tai năm 2025",
             "description": "Kế hoạch số 45/KH-UBND ngày 14/3/2025 của UBND xã Lộc Vân.", "modified": "2025-03-14T10:00"}

ABOUT = [
    "Xã Lộc Vân nằm ở phía tây bắc của huyện, có diện tích tự nhiên 2.864 ha, gồm 8 thôn với 1.587 hộ và 6.240 nhân khẩu.",
    "Kinh tế của xã chủ yếu là trồng lúa, chè và nuôi ong; những năm gần đây xã đẩy mạnh phát triển các sản phẩm OCOP.",
]
