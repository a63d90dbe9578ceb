"""Content of the modelled huyện Yên Khê portal (a legacy Joomla 3 district portal, SEF URLs with
a .html suffix beside index.php?option=com_content links). Invented unit, people and prose."""
from __future__ import annotations

SITE = {
    "id": "yenkhe",
    "name": "Cổng thông tin điện tử huyện Yên Khê",
    "unit": "huyện Yên Khê",
    "base_url": "https://yenkhe.example.gov.vn",
    "address": "Số 2 đường Trần Phú, thị trấn Yên Khê, huyện Yên Khê, tỉnh Bắc Sơn",
    "phone": "0209 3856 114",
    "email": "vanphong@yenkhe.example.gov.vn",
}

# Joomla categories: id -> (alias, name, parent id); menu items: Itemid -> (alias, title)
CATEGORIES = {
    8: ("tin-tuc", "Tin tức", None),
    9: ("tin-trong-huyen", "Tin trong huyện", 8),
    10: ("tin-xa-thi-tran", "Tin xã, thị trấn", 8),
    12: ("thong-bao", "Thông báo", None),
}
MENU = {101: ("trang-chu", "Trang chủ"), 102: ("tin-tuc", "Tin tức"),
        103: ("thong-bao", "Thông báo"), 104: ("gioi-thieu", "Giới thiệu"),
        105: ("lien-he", "Liên hệ")}
TAGS = {3: ("nong-thon-moi", "Nông thôn mới"), 5: ("cai-cach-hanh-chinh", "Cải cách hành chính")}

# "featured": on the home page (featured view); "hits": the article's hit counter (it goes up by
# one at every view, so two fetches of one story never show the same number); "module": a
# {loadposition} block the editor put inside the text; "pages": not used.
ARTICLES = [
    {"id": 231, "alias": "huyen-yen-khe-tong-ket-6-thang-dau-nam-2025", "catid": 9,
     "title": "Huyện Yên Khê tổng kết công tác 6 tháng đầu năm 2025",
     "published": "2025-07-08T08:30", "author": "Hoàng Lan", "hits": 412, "featured": True,
     "tags": [], "intro": 2,
     "paragraphs": [
         "Ngày 7/7, Ủy ban nhân dân huyện Yên Khê tổ chức hội nghị tổng kết công tác 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2025.",
         "Tổng giá trị sản xuất trên địa bàn ước đạt 4.860 tỷ đồng, tăng 8,2% so với cùng kỳ; thu ngân sách nhà nước đạt 61% dự toán năm; 9 trên 11 chỉ tiêu chủ yếu đạt và vượt tiến độ.",
         "Huyện đã giải quyết đúng hạn 98,6% hồ sơ thủ tục hành chính, tỷ lệ hồ sơ nộp trực tuyến đạt 72%, tăng 15 điểm phần trăm so với cuối năm 2024.",
         "Phát biểu kết luận, Chủ tịch Ủy ban nhân dân huyện Lương Văn Thịnh yêu cầu các phòng, ban và Ủy ban nhân dân các xã, thị trấn tập trung đẩy nhanh giải ngân vốn đầu tư công và chuẩn bị phương án phòng, chống thiên tai mùa mưa bão.",
         "Hoàng Lan"]},
    {"id": 236, "alias": "khanh-thanh-cau-treo-ban-na-lau", "catid": 10,
     "title": "Khánh thành cầu treo bản Nà Lầu",
     "published": "2025-07-12T09:45", "author": "Vi Thảo", "hits": 268, "featured": True,
     "tags": [3], "intro": 1,
     "paragraphs": [
         "Sáng 11/7, xã Phong Nậm tổ chức lễ khánh thành cầu treo bản Nà Lầu bắc qua suối Nậm Khê, dài 86 m, rộng 1,5 m.",
         "Công trình có tổng mức đầu tư 3,2 tỷ đồng từ chương trình mục tiêu quốc gia xây dựng nông thôn mới, giúp hơn 120 hộ dân đi lại an toàn trong mùa mưa lũ.",
         "Vi Thảo"]},
    {"id": 240, "alias": "hoi-nghi-doi-thoai-voi-doanh-nghiep-nam-2025", "catid": 9,
     "title": "Hội nghị đối thoại với doanh nghiệp, hợp tác xã năm 2025",
     "published": "2025-07-16T14:00", "author": "Hoàng Lan", "hits": 187, "featured": False,
     "tags": [5], "intro": 1,
     "module": {"title": "Văn bản liên quan", "links": [241, 247]},
     "paragraphs": [
         "Chiều 15/7, Ủy ban nhân dân huyện Yên Khê tổ chức hội nghị đối thoại với 65 doanh nghiệp, hợp tác xã đang hoạt động trên địa bàn.",
         "Các doanh nghiệp nêu 14 kiến nghị về mặt bằng sản xuất, thủ tục cấp phép xây dựng, tiếp cận vốn vay và đào tạo lao động tại chỗ.",
         "Lãnh đạo huyện và các phòng chuyên môn trả lời trực tiếp 11 kiến nghị; 3 kiến nghị còn lại được giao cho các cơ quan liên quan nghiên cứu, trả lời bằng văn bản trước ngày 15/8.",
         "Hoàng Lan"]},
    {"id": 241, "alias": "ke-hoach-cai-cach-hanh-chinh-6-thang-cuoi-nam", "catid": 12,
     "title": "Kế hoạch cải cách hành chính 6 tháng cuối năm 2025",
     "published": "2025-07-18T10:00", "author": "Văn phòng HĐND và UBND huyện", "hits": 96,
     "featured": False, "tags": [5], "intro": 1,
     "paragraphs": [
         "Ủy ban nhân dân huyện Yên Khê ban hành kế hoạch cải cách hành chính 6 tháng cuối năm 2025 với 5 nhóm nhiệm vụ trọng tâm.",
         "Huyện tiếp tục rà soát, đơn giản hóa thủ tục hành chính, số hóa hồ sơ, kết quả giải quyết thủ tục và nâng tỷ lệ hồ sơ trực tuyến toàn trình lên trên 80%.",
         "Các phòng, ban và Ủy ban nhân dân các xã, thị trấn báo cáo kết quả thực hiện trước ngày 10/12/2025."]},
    {"id": 244, "alias": "xa-dong-lam-don-bang-cong-nhan-nong-thon-moi-nang-cao", "catid": 10,
     "title": "Xã Đông Lâm đón bằng công nhận đạt chuẩn nông thôn mới nâng cao",
     "published": "2025-07-22T08:10", "author": "Vi Thảo", "hits": 233, "featured": True,
     "tags": [3], "intro": 1,
     "paragraphs": [
         "Ngày 21/7, xã Đông Lâm tổ chức lễ đón nhận bằng công nhận xã đạt chuẩn nông thôn mới nâng cao năm 2024.",
         "Thu nhập bình quân đầu người của xã đạt 62 triệu đồng/năm, tỷ lệ hộ nghèo còn 1,8%, 100% đường thôn được cứng hóa và có điện chiếu sáng.",
         "Vi Thảo"]},
    {"id": 247, "alias": "thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2025", "catid": 12,
     "title": "Thông báo tuyển dụng viên chức giáo dục năm 2025",
     "published": "2025-07-25T16:20", "author": "Văn phòng HĐND và UBND huyện", "hits": 541,
     "featured": False, "tags": [], "intro": 1,
     "paragraphs": [
         "Ủy ban nhân dân huyện Yên Khê thông báo tuyển dụng 38 viên chức giáo dục năm 2025, gồm 12 giáo viên mầm non, 17 giáo viên tiểu học và 9 giáo viên trung học cơ sở.",
         "Thời gian nhận phiếu đăng ký dự tuyển từ ngày 28/7 đến hết ngày 26/8/2025 tại Phòng Nội vụ huyện. Thông tin chi tiết về chỉ tiêu từng trường được niêm yết tại trụ sở Ủy ban nhân dân huyện."]},
    {"id": 250, "alias": "huyen-yen-khe-trien-khai-phong-chong-thien-tai-mua-mua-bao", "catid": 9,
     "title": "Yên Khê triển khai phòng, chống thiên tai mùa mưa bão",
     "published": "2025-07-29T15:40", "author": "Đức Minh", "hits": 154, "featured": False,
     "tags": [], "intro": 1,
     "paragraphs": [
         "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn huyện Yên Khê vừa kiểm tra 26 điểm có nguy cơ sạt lở đất và lũ quét tại 7 xã vùng cao.",
         "Huyện yêu cầu các xã bố trí lực lượng trực 24/24 giờ, dự trữ lương thực, thuốc men tại chỗ và sẵn sàng di dời 340 hộ dân ở vùng nguy hiểm khi có mưa lớn kéo dài.",
         "Đức Minh"]},
    {"id": 253, "alias": "le-hoi-van-hoa-cac-dan-toc-huyen-yen-khe-lan-thu-ba", "catid": 9,
     "title": "Lễ hội văn hóa các dân tộc huyện Yên Khê lần thứ ba",
     "published": "2025-08-04T19:30", "author": "Đức Minh", "hits": 602, "featured": True,
     "tags": [], "intro": 2,
     "paragraphs": [
         "Tối 3/8, tại quảng trường trung tâm thị trấn Yên Khê, huyện khai mạc Lễ hội văn hóa các dân tộc lần thứ ba với sự tham gia của 15 đoàn nghệ nhân đến từ các xã, thị trấn.",
         "Trong hai ngày, lễ hội diễn ra các hoạt động trình diễn trang phục truyền thống, thi hát then, đàn tính, ẩm thực các dân tộc và các trò chơi dân gian như ném còn, đẩy gậy, kéo co.",
         "Lễ hội nhằm bảo tồn, phát huy giá trị văn hóa truyền thống gắn với phát triển du lịch cộng đồng, thu hút khoảng 12.000 lượt khách mỗi ngày.",
         "Đức Minh"]},
    {"id": 256, "alias": "tiem-vac-xin-phong-benh-cho-dan-gia-suc-dot-2", "catid": 9,
     "title": "Tiêm vắc xin phòng bệnh cho đàn gia súc đợt 2 năm 2025",
     "published": "2025-08-08T07:50", "author": "Hoàng Lan", "hits": 121, "featured": False,
     "tags": [], "intro": 1,
     "paragraphs": [
         "Trạm Chăn nuôi và Thú y huyện Yên Khê triển khai tiêm vắc xin phòng bệnh lở mồm long móng, tụ huyết trùng cho đàn trâu, bò đợt 2 năm 2025.",
         "Đợt tiêm dự kiến đạt 18.500 liều tại 16 xã, thị trấn, kết thúc trước ngày 30/8. Người chăn nuôi được hướng dẫn vệ sinh chuồng trại, tiêu độc khử trùng sau tiêm.",
         "Hoàng Lan"]},
    {"id": 259, "alias": "khai-giang-lop-boi-duong-ky-nang-so-cho-can-bo-cap-xa", "catid": 9,
     "title": "Khai giảng lớp bồi dưỡng kỹ năng số cho cán bộ cấp xã",
     "published": "2025-08-12T08:00", "author": "Đức Minh", "hits": 88, "featured": False,
     "tags": [5], "intro": 1,
     "paragraphs": [
         "Sáng 11/8, Trung tâm Chính trị huyện Yên Khê khai giảng lớp bồi dưỡng kỹ năng số cho 70 cán bộ, công chức cấp xã.",
         "Trong 5 ngày, học viên được hướng dẫn sử dụng hệ thống quản lý văn bản, chữ ký số, phần mềm một cửa điện tử và khai thác cơ sở dữ liệu quốc gia về dân cư.",
         "Đức Minh"]},
    {"id": 262, "alias": "huyen-yen-khe-ra-quan-lam-duong-giao-thong-nong-thon", "catid": 9,
     "title": "Yên Khê ra quân làm đường giao thông nông thôn",
     "published": "2025-08-15T09:20", "author": "Hoàng Lan", "hits": 73, "featured": False,
     "tags": [3], "intro": 1,
     "paragraphs": [
         "Huyện Yên Khê phát động ra quân làm đường giao thông nông thôn năm 2025, phấn đấu cứng hóa thêm 42 km đường thôn, bản.",
         "Nhà nước hỗ trợ xi măng, ống cống; nhân dân góp ngày công, cát, sỏi và hiến đất. Đến nay đã có 1.260 hộ đăng ký hiến gần 18.000 m2 đất làm đường.",
         "Hoàng Lan"]},
    {"id": 265, "alias": "hoi-thi-tuyen-truyen-phap-luat-cap-huyen", "catid": 9,
     "title": "Hội thi tuyên truyền pháp luật cấp huyện năm 2025",
     "published": "2025-08-19T14:10", "author": "Vi Thảo", "hits": 59, "featured": False,
     "tags": [], "intro": 1,
     "paragraphs": [
         "Hội thi tuyên truyền pháp luật huyện Yên Khê năm 2025 thu hút 11 đội thi đến từ các xã, thị trấn với hơn 130 thí sinh.",
         "Qua các phần thi chào hỏi, kiến thức và tiểu phẩm, các đội đã chuyển tải nội dung Luật Đất đai, Luật Phòng, chống bạo lực gia đình và quy định về an toàn giao thông.",
         "Vi Thảo"]},
]

ABOUT_ID, ABOUT_ALIAS, ABOUT_TITLE = 2, "gioi-thieu-chung", "Giới thiệu chung về huyện Yên Khê"
ABOUT = [
    "Huyện Yên Khê nằm ở phía tây bắc tỉnh Bắc Sơn, có diện tích tự nhiên 612 km2, gồm 15 xã và 1 thị trấn, dân số hơn 92.000 người thuộc 7 dân tộc.",
    "Địa hình chủ yếu là đồi núi thấp xen kẽ thung lũng; sông Khê chảy qua địa bàn từ bắc xuống nam. Kinh tế của huyện dựa vào nông nghiệp, lâm nghiệp và dịch vụ du lịch cộng đồng.",
    "Huyện có 3 di tích lịch sử cấp tỉnh và nhiều lễ hội truyền thống được duy trì hằng năm.",
]
