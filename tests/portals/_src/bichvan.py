"""Content of the modelled phường Bích Vân portal (TYPO3 8.7 LTS with the tx_news extension, no
speaking URLs: index.php?id=<page>&tx_news_pi1[...]=...&cHash=<md5>). Invented unit, people
and prose."""
from __future__ import annotations

SITE = {
    "id": "bichvan",
    "name": "Cổng thông tin điện tử phường Bích Vân",
    "unit": "phường Bích Vân",
    "base_url": "https://bichvan.example.gov.vn",
    "address": "Số 18 đường Nguyễn Huệ, phường Bích Vân",
    "phone": "0236.3812.447",
    "email": "ubndphuong@bichvan.example.gov.vn",
}

# tx_news sys_category uid -> title
CATEGORIES = {1: "Tin tức - Sự kiện", 2: "Kinh tế - Đô thị", 3: "Thông báo"}
PAGES = {"home": 1, "about": 7, "contact": 8, "sitemap": 9, "news": 12, "notices": 13, "detail": 15}

# type: 0 a news record (a story), 1 "internal page" (its list item links a page of the site),
# 2 "external URL" (its list item links another host): tx_news' three record types.
ARTICLES = [
    {"uid": 58, "type": 0, "category": 1, "published": "2025-05-22", "author": "Đặng Minh Tuấn",
     "image": "le-khoi-cong.jpg", "caption": "Các đại biểu thực hiện nghi thức khởi công.",
     "title": "Khởi công cải tạo tuyến kiệt 42 Nguyễn Huệ",
     "teaser": "Công trình có tổng mức đầu tư 2,35 tỷ đồng, trong đó nhân dân đóng góp 540 triệu đồng.",
     "paragraphs": [
         "Sáng 21/5, UBND phường Bích Vân tổ chức lễ khởi công cải tạo, nâng cấp tuyến kiệt 42 Nguyễn Huệ dài 380 m theo phương châm Nhà nước và nhân dân cùng làm.",
         "Theo Quyết định số 215/QĐ-UBND ngày 6/5/2025 của UBND phường, công trình có tổng mức đầu tư 2,35 tỷ đồng, trong đó nhân dân đóng góp 540 triệu đồng; 27 hộ tự nguyện hiến 96 m² đất để mở rộng lòng kiệt.",
         "Công trình dự kiến hoàn thành trong 90 ngày, giúp 164 hộ dân đi lại thuận tiện và chấm dứt tình trạng ngập úng cục bộ mỗi mùa mưa."]},
    {"uid": 57, "type": 0, "category": 2, "published": "2025-05-15", "author": "Lê Thị Kim Oanh",
     "title": "Phường Bích Vân cấp 126 giấy phép kinh doanh hộ cá thể trong 4 tháng",
     "teaser": "Số hộ kinh doanh mới đăng ký tăng 18% so với cùng kỳ năm 2024.",
     "paragraphs": [
         "Trong 4 tháng đầu năm 2025, bộ phận Một cửa UBND phường Bích Vân đã tiếp nhận và cấp 126 giấy chứng nhận đăng ký hộ kinh doanh cá thể, tăng 18% so với cùng kỳ năm 2024.",
         "Tổng vốn đăng ký của các hộ kinh doanh mới đạt 9,8 tỷ đồng, chủ yếu trong lĩnh vực ăn uống, bán lẻ và dịch vụ lưu trú.",
         "100% hồ sơ được giải quyết đúng hạn; 74% hồ sơ được nộp qua dịch vụ công trực tuyến."]},
    {"uid": 56, "type": 0, "category": 1, "published": "2025-05-06", "author": "Đặng Minh Tuấn",
     "title": "Trao 45 suất học bổng cho học sinh có hoàn cảnh khó khăn",
     "teaser": "Mỗi suất học bổng trị giá 1,5 triệu đồng từ Quỹ Khuyến học phường.",
     "paragraphs": [
         "Chiều 5/5, Hội Khuyến học phường Bích Vân trao 45 suất học bổng cho học sinh có hoàn cảnh khó khăn, vượt khó học tốt trên địa bàn.",
         "Mỗi suất học bổng trị giá 1,5 triệu đồng, tổng kinh phí 67,5 triệu đồng từ Quỹ Khuyến học phường và sự đóng góp của các doanh nghiệp.",
         "Năm học 2024-2025, Quỹ Khuyến học phường đã vận động được 312 triệu đồng, tăng 12% so với năm học trước."]},
    {"uid": 55, "type": 2, "category": 1, "published": "2025-04-29", "external": "https://baochinhphu.example.vn/cai-cach-hanh-chinh-2025-102250429.htm",
     "title": "Báo Chính phủ: Đẩy mạnh cải cách hành chính năm 2025",
     "teaser": "Tin đăng lại từ Báo điện tử Chính phủ.", "paragraphs": [], "author": None},
    {"uid": 54, "type": 0, "category": 2, "published": "2025-04-24", "author": "Lê Thị Kim Oanh",
     "image": "ra-quan-trat-tu.jpg", "caption": "Lực lượng ra quân lập lại trật tự vỉa hè trên đường Lê Lợi.",
     "title": "Ra quân lập lại trật tự vỉa hè, lòng đường tháng 4",
     "teaser": "Lực lượng liên ngành nhắc nhở 86 trường hợp, lập biên bản xử lý 14 trường hợp vi phạm.",
     "paragraphs": [
         "Từ ngày 15 đến 23/4, Tổ liên ngành phường Bích Vân ra quân lập lại trật tự vỉa hè, lòng đường trên các tuyến Nguyễn Huệ, Lê Lợi và Hải Phòng.",
         "Lực lượng đã nhắc nhở 86 trường hợp, lập biên bản xử lý 14 trường hợp vi phạm với tổng số tiền phạt 21,5 triệu đồng, tháo dỡ 37 mái che, biển quảng cáo sai quy định.",
         "UBND phường tiếp tục duy trì ra quân định kỳ mỗi tuần hai lần trong quý II năm 2025."]},
    {"uid": 53, "type": 1, "category": 1, "published": "2025-04-18", "internal": "about",
     "title": "Giới thiệu phường Bích Vân sau sắp xếp đơn vị hành chính",
     "teaser": "Thông tin về diện tích, dân số, tổ dân phố của phường.", "paragraphs": [], "author": None},
    {"uid": 52, "type": 0, "category": 1, "published": "2025-04-10", "author": "Phạm Quang Vinh",
     "title": "Hội nghị đối thoại giữa Chủ tịch UBND phường với nhân dân năm 2025",
     "teaser": "Hội nghị ghi nhận 23 ý kiến của cử tri về đô thị, môi trường và an sinh xã hội.",
     "paragraphs": [
         "Sáng 9/4, UBND phường Bích Vân tổ chức hội nghị đối thoại giữa Chủ tịch UBND phường với nhân dân năm 2025, có hơn 150 đại biểu đại diện 32 tổ dân phố tham dự.",
         "Tại hội nghị, cử tri nêu 23 ý kiến, tập trung vào chỉnh trang đô thị, thu gom rác thải, cấp giấy chứng nhận quyền sử dụng đất và chính sách đối với người có công.",
         "Chủ tịch UBND phường đã trả lời trực tiếp 19 ý kiến; 4 ý kiến thuộc thẩm quyền cấp trên được tổng hợp, kiến nghị giải quyết."]},
    {"uid": 51, "type": 0, "category": 2, "published": "2025-03-28", "author": "Phạm Quang Vinh",
     "title": "Phường hỗ trợ 32 hộ cận nghèo mua thẻ bảo hiểm y tế",
     "teaser": "Ngoài phần ngân sách nhà nước hỗ trợ, phường hỗ trợ thêm 30% mệnh giá thẻ cho các hộ.",
     "paragraphs": [
         "Thực hiện Kế hoạch số 38/KH-UBND ngày 3/3/2025, UBND phường Bích Vân hỗ trợ thêm 30% mệnh giá thẻ bảo hiểm y tế cho 32 hộ cận nghèo với 97 nhân khẩu.",
         "Tổng kinh phí hỗ trợ từ ngân sách phường là 33,9 triệu đồng; đến nay tỷ lệ người dân tham gia bảo hiểm y tế trên địa bàn đạt 95,2%."]},
    {"uid": 50, "type": 0, "category": 3, "published": "2025-05-20", "author": "Văn phòng HĐND và UBND phường",
     "file": "TB-86-UBND-lich-tiep-cong-dan.pdf",
     "title": "Thông báo lịch tiếp công dân của Chủ tịch UBND phường tháng 6/2025",
     "teaser": "Chủ tịch UBND phường tiếp công dân định kỳ vào ngày 10 và 25/6/2025.",
     "paragraphs": [
         "Theo Thông báo số 86/TB-UBND ngày 20/5/2025, Chủ tịch UBND phường Bích Vân tiếp công dân định kỳ vào ngày 10 và ngày 25/6/2025 tại trụ sở UBND phường."]},
    {"uid": 49, "type": 0, "category": 3, "published": "2025-04-02", "author": "Văn phòng HĐND và UBND phường",
     "title": "Thông báo tạm ngừng cấp nước khu vực tổ dân phố 12 đến 15",
     "teaser": "Công ty cấp nước thi công di dời đường ống, tạm ngừng cấp nước ngày 5/4/2025.",
     "paragraphs": [
         "Để thi công di dời đường ống cấp nước phục vụ dự án chỉnh trang đường Hải Phòng, Công ty Cổ phần Cấp nước thông báo tạm ngừng cấp nước khu vực tổ dân phố 12 đến 15 từ 8 giờ đến 17 giờ ngày 5/4/2025.",
         "Đề nghị người dân chủ động dự trữ nước sinh hoạt trong thời gian tạm ngừng cấp nước."]},
]

ABOUT = [
    "Phường Bích Vân được thành lập trên cơ sở sắp xếp đơn vị hành chính cấp xã năm 2025, có diện tích tự nhiên 3,42 km², gồm 32 tổ dân phố.",
    "Dân số của phường khoảng 38.600 người; kinh tế chủ yếu là thương mại, dịch vụ và du lịch.",
]
