"""Content of the modelled xã Bình Khê portal (Oracle WebCenter Portal on ADF Faces: every URL
carries the session-state parameters _afrLoop and _adf.ctrl-state, fresh in each response).
Invented unit, people and prose."""
from __future__ import annotations

SITE = {
    "id": "binhkhe",
    "name": "Cổng thông tin điện tử xã Bình Khê",
    "unit": "xã Bình Khê",
    "base_url": "https://binhkhe.example.gov.vn",
    "address": "Thôn Trung Hòa, xã Bình Khê, tỉnh Quảng Sơn",
    "phone": "0255 3718 206",
    "email": "binhkhe@example.gov.vn",
}

PORTAL = "/webcenter/portal/binhkhe"
# the session state recorded in the files; the sample server serves a fresh value of the same
# shape in every response (site.json "session_params")
SESSION = {"_afrLoop": "4127395108366502", "_adf.ctrl-state": "1q8xk2v7ab_4"}

# pages of the portal: page name -> menu title
CATEGORIES = {"pages_tin-tuc": "Tin tức - Sự kiện", "pages_kinh-te": "Kinh tế - Xã hội"}

# "featured": on the home page's "Tin nổi bật", which links the generic detail page
# pages_r/l/chi-tiet-tin?dDocName=<ID> (the same story, no canonical link)
ARTICLES = [
    {"doc": "BKUCM012874", "slug": "xa-binh-khe-trien-khai-nhiem-vu-quy-iv", "category": "pages_tin-tuc",
     "published": "2025-10-08T09:15", "author": "Trương Thị Mỹ", "featured": True,
     "title": "Xã Bình Khê triển khai nhiệm vụ trọng tâm quý IV năm 2025",
     "paragraphs": [
         "Ngày 7/10, Ủy ban nhân dân xã Bình Khê tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ 9 tháng và triển khai nhiệm vụ trọng tâm quý IV năm 2025.",
         "Sau 3 tháng vận hành chính quyền địa phương hai cấp, Trung tâm phục vụ hành chính công xã đã tiếp nhận 2.146 hồ sơ, giải quyết đúng hạn 2.098 hồ sơ, đạt 97,8%.",
         "Thu ngân sách trên địa bàn đạt 6,2 tỷ đồng, bằng 74% dự toán; xã đề ra 12 nhiệm vụ trọng tâm, trong đó ưu tiên hoàn thành xóa nhà tạm, nhà dột nát trước ngày 31/10."]},
    {"doc": "BKUCM012861", "slug": "ban-giao-18-nha-dai-doan-ket-cho-ho-ngheo", "category": "pages_kinh-te",
     "published": "2025-10-02T15:40", "author": "Lê Quốc Bảo", "featured": True,
     "title": "Bàn giao 18 căn nhà Đại đoàn kết cho hộ nghèo",
     "paragraphs": [
         "Ngày 1/10, Ủy ban Mặt trận Tổ quốc Việt Nam xã Bình Khê bàn giao 18 căn nhà Đại đoàn kết cho các hộ nghèo ở thôn Trung Hòa, An Lộc và Gò Da.",
         "Mỗi căn nhà có diện tích từ 40 đến 60 m2, được hỗ trợ 60 triệu đồng từ Quỹ Vì người nghèo tỉnh, các hộ tự đóng góp thêm vật liệu và ngày công.",
         "Từ đầu năm đến nay, xã đã hỗ trợ xây mới, sửa chữa 41 căn nhà với tổng kinh phí 2,1 tỷ đồng."]},
    {"doc": "BKUCM012840", "slug": "tiem-vac-xin-phong-benh-dai-cho-dan-cho", "category": "pages_tin-tuc",
     "published": "2025-09-26T08:00", "author": "Trương Thị Mỹ", "featured": False,
     "title": "Tiêm vắc xin phòng bệnh dại cho hơn 3.200 con chó, mèo",
     "paragraphs": [
         "Từ ngày 22 đến 25/9, Trạm Y tế và cán bộ thú y xã Bình Khê tổ chức tiêm vắc xin phòng bệnh dại cho đàn chó, mèo tại 14 thôn.",
         "Đợt tiêm đã tiêm được 3.214 con, đạt 86% tổng đàn; chi phí 15.000 đồng mỗi liều, các hộ nghèo được miễn phí.",
         "Xã đề nghị các hộ chưa tiêm đưa chó, mèo đến điểm tiêm bổ sung tại Trạm Y tế xã vào sáng thứ Bảy hằng tuần."]},
    {"doc": "BKUCM012833", "slug": "hop-tac-xa-nong-nghiep-binh-khe-mo-rong-lien-ket", "category": "pages_kinh-te",
     "published": "2025-09-19T14:20", "author": "Lê Quốc Bảo", "featured": False,
     "title": "Hợp tác xã nông nghiệp Bình Khê mở rộng liên kết tiêu thụ lúa giống",
     "paragraphs": [
         "Vụ đông xuân 2025 - 2026, Hợp tác xã nông nghiệp Bình Khê ký hợp đồng liên kết sản xuất 180 ha lúa giống với một doanh nghiệp giống cây trồng, tăng 60 ha so với vụ trước.",
         "Doanh nghiệp cung ứng giống, vật tư và bao tiêu sản phẩm với giá cao hơn lúa thương phẩm 1.500 đồng mỗi kg; lợi nhuận của nông dân ước tăng 8 đến 10 triệu đồng mỗi ha."]},
    {"doc": "BKUCM012815", "slug": "dien-tap-phong-chong-thien-tai-nam-2025", "category": "pages_tin-tuc",
     "published": "2025-09-12T10:30", "author": "Đoàn Văn Hưng", "featured": True,
     "title": "Diễn tập phòng, chống thiên tai và tìm kiếm cứu nạn năm 2025",
     "paragraphs": [
         "Ngày 11/9, Ban Chỉ huy phòng thủ dân sự xã Bình Khê tổ chức diễn tập phòng, chống thiên tai và tìm kiếm cứu nạn với tình huống bão mạnh đổ bộ kết hợp mưa lớn gây ngập lụt.",
         "Hơn 250 người thuộc lực lượng dân quân, công an, y tế, đoàn thanh niên và nhân dân thôn Gò Da tham gia sơ tán 46 hộ dân đến nơi an toàn, cứu hộ người bị nạn trên sông Bình.",
         "Theo Kế hoạch số 54/KH-UBND ngày 2/8/2025, xã đã chuẩn bị 4 xuồng máy, 300 áo phao và dự trữ 5 tấn gạo cho mùa mưa bão."]},
    {"doc": "BKUCM012802", "slug": "nghiem-thu-kenh-muong-thon-an-loc", "category": "pages_kinh-te",
     "published": "2025-09-04T16:00", "author": "Lê Quốc Bảo", "featured": False,
     "title": "Nghiệm thu 1,8 km kênh mương nội đồng thôn An Lộc",
     "paragraphs": [
         "Công trình kiên cố hóa 1,8 km kênh mương nội đồng thôn An Lộc được nghiệm thu, đưa vào sử dụng phục vụ tưới tiêu cho 95 ha lúa.",
         "Tổng mức đầu tư 2,7 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 1,9 tỷ đồng theo Quyết định số 812/QĐ-UBND ngày 14/4/2025, phần còn lại từ ngân sách xã và nhân dân đóng góp."]},
    {"doc": "BKUCM012791", "slug": "le-chao-co-ky-niem-80-nam-quoc-khanh", "category": "pages_tin-tuc",
     "published": "2025-09-02T07:30", "author": "Đoàn Văn Hưng", "featured": False,
     "title": "Lễ chào cờ kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9",
     "paragraphs": [
         "Sáng 2/9, Đảng ủy, Hội đồng nhân dân, Ủy ban nhân dân, Ủy ban Mặt trận Tổ quốc Việt Nam xã Bình Khê tổ chức lễ chào cờ kỷ niệm 80 năm Cách mạng Tháng Tám thành công và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam.",
         "Dịp này, xã đã thăm, tặng 268 suất quà cho gia đình chính sách, người có công với tổng trị giá 134 triệu đồng."]},
    {"doc": "BKUCM012776", "slug": "cap-giay-chung-nhan-quyen-su-dung-dat-lan-dau", "category": "pages_kinh-te",
     "published": "2025-08-25T09:45", "author": "Lê Quốc Bảo", "featured": False,
     "title": "Đẩy nhanh cấp giấy chứng nhận quyền sử dụng đất lần đầu",
     "paragraphs": [
         "Từ ngày 1/7 đến 20/8, xã Bình Khê đã tiếp nhận 186 hồ sơ đề nghị cấp giấy chứng nhận quyền sử dụng đất lần đầu, đã cấp 142 giấy.",
         "Ủy ban nhân dân xã thành lập tổ công tác hướng dẫn người dân hoàn thiện hồ sơ tại các thôn, phấn đấu cấp xong cho các hồ sơ đủ điều kiện trước ngày 30/11."]},
    {"doc": "BKUCM012760", "slug": "hoi-nghi-doi-thoai-voi-nhan-dan", "category": "pages_tin-tuc",
     "published": "2025-08-18T14:00", "author": "Trương Thị Mỹ", "featured": False,
     "title": "Chủ tịch Ủy ban nhân dân xã đối thoại với nhân dân",
     "paragraphs": [
         "Chiều 15/8, Chủ tịch Ủy ban nhân dân xã Bình Khê Huỳnh Tấn Phát chủ trì hội nghị đối thoại với hơn 150 đại biểu là nhân dân 14 thôn.",
         "Người dân nêu 23 ý kiến về đất đai, đường giao thông nông thôn, nước sạch và chính sách cho người có công; 19 ý kiến được trả lời trực tiếp tại hội nghị, 4 ý kiến được giao cho các bộ phận chuyên môn giải quyết trong 15 ngày."]},
    {"doc": "BKUCM012748", "slug": "tap-huan-ky-thuat-trong-ot-xuat-khau", "category": "pages_kinh-te",
     "published": "2025-08-08T08:20", "author": "Lê Quốc Bảo", "featured": False,
     "title": "Tập huấn kỹ thuật trồng ớt xuất khẩu cho 120 hộ dân",
     "paragraphs": [
         "Trung tâm Dịch vụ nông nghiệp phối hợp với Ủy ban nhân dân xã Bình Khê tổ chức 3 lớp tập huấn kỹ thuật trồng ớt theo tiêu chuẩn xuất khẩu cho 120 hộ dân.",
         "Vụ hè thu, xã có 42 ha ớt, năng suất bình quân 18 tấn mỗi ha; giá bán tại ruộng từ 28.000 đến 35.000 đồng mỗi kg."]},
]

ABOUT = [
    "Xã Bình Khê được thành lập ngày 1/7/2025 trên cơ sở sắp xếp ba xã Bình Hòa, Bình An và Bình Lộc, có diện tích tự nhiên 58,6 km2, dân số hơn 24.000 người, gồm 14 thôn.",
    "Trụ sở Đảng ủy, Hội đồng nhân dân, Ủy ban nhân dân xã đặt tại thôn Trung Hòa; Trung tâm phục vụ hành chính công xã làm việc các ngày trong tuần từ thứ Hai đến sáng thứ Bảy.",
]

SCHEDULE = [
    ("Thứ Hai, 13/10/2025", "7h30: Chào cờ đầu tuần; 8h00: Giao ban Thường trực Đảng ủy, Ủy ban nhân dân xã."),
    ("Thứ Tư, 15/10/2025", "14h00: Chủ tịch Ủy ban nhân dân xã tiếp công dân định kỳ tại Trụ sở tiếp công dân."),
    ("Thứ Sáu, 17/10/2025", "8h00: Phó Chủ tịch Ủy ban nhân dân xã kiểm tra công tác xóa nhà tạm tại thôn Gò Da."),
]

# (number, date, summary, UCM id); the documents list shows 4 a page, its pager is an ADF event
DOCUMENTS = [
    ("215/QĐ-UBND", "2025-10-03", "Quyết định phê duyệt danh sách hộ nghèo được hỗ trợ nhà ở đợt 3 năm 2025", "BKVB000215"),
    ("61/KH-UBND", "2025-09-20", "Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025", "BKVB000061"),
    ("54/KH-UBND", "2025-08-02", "Kế hoạch phòng, chống thiên tai và tìm kiếm cứu nạn năm 2025", "BKVB000054"),
    ("128/QĐ-UBND", "2025-07-28", "Quyết định ban hành quy chế làm việc của Ủy ban nhân dân xã Bình Khê", "BKVB000128"),
    ("12/TB-UBND", "2025-07-15", "Thông báo lịch tiếp công dân của lãnh đạo Ủy ban nhân dân xã", "BKVB000012"),
    ("03/QĐ-UBND", "2025-07-01", "Quyết định thành lập Trung tâm phục vụ hành chính công xã Bình Khê", "BKVB000003"),
]

PAGE_SIZE = 4  # the news lists show four stories a page, numbered pager links ?page=N
