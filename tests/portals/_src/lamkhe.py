"""Content of the modelled huyện Lâm Khê portal (a hand-made PHP portal of about 2012 serving
windows-1258; stories from 2011 kept as typed then, in the TCVN3 .VnTime font). Invented unit,
people and prose."""
from __future__ import annotations

SITE = {
    "id": "lamkhe",
    "name": "Cổng thông tin điện tử huyện Lâm Khê",
    "unit": "huyện Lâm Khê",
    "base_url": "http://lamkhe.example.gov.vn",
    "address": "Số 18 đường Trần Phú, thị trấn Lâm Khê, huyện Lâm Khê",
    "phone": "0222.3852.117",
    "email": "vanphong@lamkhe.example.gov.vn",
    # the calendar widget's month on the home page and the lists (the month of the newest story)
    "calendar_month": "2025-05",
}

CATEGORIES = {1: "Tin tức - Sự kiện", 2: "Kinh tế", 3: "Văn hóa - Xã hội"}

# "tcvn3": the body was typed in 2011 with the TCVN3 (ABC) .VnTime font and migrated as it was
# (the title re-typed in Unicode): no capital letter with a tone mark (those need .VnTimeH).
ARTICLES = [
    {"id": 1187, "cat": 1, "published": "2025-05-28T15:20", "author": "Trần Minh Đức", "hits": 96,
     "title": "Huyện Lâm Khê triển khai sắp xếp đơn vị hành chính cấp xã",
     "sapo": "Chiều 27/5, Ban Thường vụ Huyện ủy Lâm Khê tổ chức hội nghị quán triệt chủ trương sắp xếp đơn vị hành chính cấp xã.",
     "paragraphs": [
         "Theo phương án, 18 xã, thị trấn của huyện Lâm Khê sẽ được sắp xếp thành 5 xã mới theo Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Hội nghị Trung ương 11 khóa XIII.",
         "Đồng chí Bí thư Huyện ủy yêu cầu các cơ quan, đơn vị làm tốt công tác tuyên truyền, lấy ý kiến cử tri về đề án và bảo quản hồ sơ, tài liệu trong quá trình sắp xếp.",
         "Việc lấy ý kiến cử tri hoàn thành trước ngày 5/6/2025; tỷ lệ cử tri đồng ý ở các xã đều trên 95%."]},
    {"id": 1184, "cat": 2, "published": "2025-05-20T09:40", "author": "Lê Thị Bích Ngọc", "hits": 143,
     "title": "Giải ngân vốn đầu tư công 5 tháng đầu năm đạt 38,6%",
     "sapo": "Đến hết tháng 5, huyện Lâm Khê đã giải ngân 96,5 tỷ đồng vốn đầu tư công, đạt 38,6% kế hoạch.",
     "paragraphs": [
         "Tổng kế hoạch vốn đầu tư công năm 2025 của huyện là 250 tỷ đồng, trong đó vốn ngân sách tỉnh 142 tỷ đồng, vốn ngân sách huyện 108 tỷ đồng.",
         "Các dự án giải ngân chậm chủ yếu do vướng mắc giải phóng mặt bằng, nhất là dự án nâng cấp đường huyện 12 đoạn qua xã Nghĩa Khê.",
         "UBND huyện yêu cầu chủ đầu tư lập kế hoạch giải ngân chi tiết từng tháng, phấn đấu hết quý III giải ngân trên 70% kế hoạch vốn."]},
    {"id": 1181, "cat": 3, "published": "2025-05-12T14:05", "author": "Phạm Văn Toàn", "hits": 88,
     "title": "Trao 120 suất quà cho hộ nghèo nhân Tháng hành động vì người nghèo",
     "sapo": "Ủy ban Mặt trận Tổ quốc huyện trao 120 suất quà cho hộ nghèo và hộ cận nghèo ở 6 xã.",
     "paragraphs": [
         "Mỗi suất quà gồm 500.000 đồng tiền mặt và 20 kg gạo, tổng trị giá 84 triệu đồng từ Quỹ Vì người nghèo của huyện.",
         "Toàn huyện hiện còn 312 hộ nghèo, chiếm 1,24% tổng số hộ, giảm 0,48% so với cuối năm 2024.",
         "Phạm Văn Toàn"]},
    {"id": 1179, "cat": 1, "published": "2025-05-06T08:15", "author": "Trần Minh Đức", "hits": 121,
     "title": "Kỳ họp chuyên đề Hội đồng nhân dân huyện khóa XX",
     "sapo": "Ngày 5/5, HĐND huyện Lâm Khê khóa XX tổ chức kỳ họp chuyên đề, thông qua 4 nghị quyết.",
     "paragraphs": [
         "Kỳ họp đã thông qua nghị quyết điều chỉnh kế hoạch đầu tư công trung hạn giai đoạn 2021 - 2025, bổ sung 3 dự án giao thông và 1 dự án trường học.",
         "Các đại biểu cũng thông qua nghị quyết hỗ trợ 30 triệu đồng mỗi căn nhà cho hộ nghèo xây mới nhà ở theo Quyết định số 1025/QĐ-UBND ngày 8/4/2025 của UBND tỉnh."]},
    {"id": 1176, "cat": 2, "published": "2025-04-24T10:00", "author": "Lê Thị Bích Ngọc", "hits": 77,
     "title": "Lâm Khê có thêm 2 sản phẩm OCOP đạt 4 sao",
     "sapo": "Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh công nhận 2 sản phẩm của huyện đạt 4 sao.",
     "paragraphs": [
         "Hai sản phẩm được công nhận là mật ong hoa nhãn của Hợp tác xã Nghĩa Khê và bánh đa vừng của cơ sở sản xuất Đình Thôn.",
         "Đến nay toàn huyện có 17 sản phẩm OCOP, trong đó 5 sản phẩm đạt 4 sao; doanh thu các sản phẩm OCOP năm 2024 đạt 21,3 tỷ đồng.",
         "Lê Thị Bích Ngọc"]},
    {"id": 1172, "cat": 3, "published": "2025-04-15T16:30", "author": "Phạm Văn Toàn", "hits": 64,
     "title": "Khai mạc Hội khỏe Phù Đổng huyện năm 2025",
     "sapo": "Hơn 900 vận động viên là học sinh của 26 trường tham dự Hội khỏe Phù Đổng huyện Lâm Khê năm 2025.",
     "paragraphs": [
         "Hội khỏe diễn ra từ ngày 15/4 đến 20/4 với 8 môn thi đấu: điền kinh, bóng đá, bóng chuyền, cầu lông, bóng bàn, cờ vua, đá cầu và kéo co.",
         "Ban tổ chức sẽ chọn 60 vận động viên xuất sắc tham dự Hội khỏe Phù Đổng cấp tỉnh vào tháng 6."]},
    {"id": 1168, "cat": 1, "published": "2025-04-02T07:50", "author": "Trần Minh Đức", "hits": 139,
     "title": "Ra quân tổng điều tra kinh tế năm 2025",
     "sapo": "Huyện Lâm Khê huy động 86 điều tra viên tham gia Tổng điều tra kinh tế năm 2025.",
     "paragraphs": [
         "Thực hiện Quyết định số 445/QĐ-TTg của Thủ tướng Chính phủ, từ ngày 1/4 đến 31/5/2025, huyện tiến hành điều tra 2.140 cơ sở sản xuất kinh doanh cá thể và 186 doanh nghiệp.",
         "Chi cục Thống kê huyện đề nghị các cơ sở phối hợp cung cấp thông tin đầy đủ, chính xác cho điều tra viên.",
         "Trần Minh Đức"]},
    {"id": 312, "cat": 2, "published": "2011-11-14T09:00", "author": "Nguyễn Văn Khiêm", "hits": 1208, "tcvn3": True,
     "title": "Nông dân Lâm Khê thu hoạch vụ mùa năm 2011",
     "sapo": "",
     "paragraphs": [
         "Đến ngày 12/11, nông dân trong huyện đã thu hoạch xong 3.860 ha lúa mùa, năng suất bình quân đạt 54 tạ/ha.",
         "Nhiều xã như Nghĩa Khê, Đình Thôn, Vân Hà có năng suất trên 58 tạ/ha nhờ sử dụng giống lúa lai và làm tốt công tác phòng trừ sâu bệnh.",
         "Uỷ ban nhân dân huyện chỉ đạo các xã tập trung làm đất, gieo trồng cây vụ đông trên diện tích 1.200 ha.",
         "Nguyễn Văn Khiêm"]},
    {"id": 305, "cat": 3, "published": "2011-10-03T15:45", "author": "Nguyễn Văn Khiêm", "hits": 954, "tcvn3": True,
     "title": "Khánh thành trường mầm non xã Đình Thôn",
     "sapo": "",
     "paragraphs": [
         "Sáng 1/10, xã Đình Thôn tổ chức lễ khánh thành trường mầm non với tổng vốn đầu tư 4,2 tỷ đồng.",
         "Trường có 8 phòng học, nhà bếp một chiều và sân chơi, đáp ứng nhu cầu học tập của hơn 250 cháu trong xã.",
         "Đây là công trình chào mừng kỷ niệm 65 năm thành lập huyện Lâm Khê."]},
    {"id": 298, "cat": 1, "published": "2011-08-22T08:30", "author": "Hoàng Thị Lan", "hits": 1107, "tcvn3": True,
     "title": "Hội nghị sơ kết công tác 6 tháng đầu năm 2011",
     "sapo": "",
     "paragraphs": [
         "Ngày 20/8, Uỷ ban nhân dân huyện tổ chức hội nghị sơ kết công tác 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2011.",
         "Trong 6 tháng, tổng giá trị sản xuất trên địa bàn tăng 10,8% so với cùng kỳ; thu ngân sách đạt 62% dự toán.",
         "Hội nghị đề ra 7 nhóm giải pháp, trong đó tập trung xây dựng nông thôn mới và giảm tỷ lệ hộ nghèo xuống dưới 9%.",
         "Hoàng Thị Lan"]},
]

ABOUT = [
    "Huyện Lâm Khê có diện tích tự nhiên 112 km², dân số hơn 108.000 người, gồm 17 xã và 1 thị trấn.",
    "Cổng thông tin điện tử huyện Lâm Khê do Văn phòng HĐND và UBND huyện quản lý, khai trương ngày 2/9/2012.",
]
