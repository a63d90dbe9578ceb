"""Content of the modelled huyện Lạc Khê portal (IBM WebSphere Portal 8.5 with Web Content
Manager: opaque state-encoded navigation URLs, a <base href> of the page's own opaque URL, stories
also served by the WCM "connect" servlet). Invented unit, people and prose."""
from __future__ import annotations

SITE = {
    "id": "lackhe",
    "name": "Cổng thông tin điện tử huyện Lạc Khê",
    "unit": "huyện Lạc Khê",
    "base_url": "https://lackhe.example.gov.vn",
    "address": "Số 15 đường Hùng Vương, thị trấn Lạc Khê, huyện Lạc Khê, tỉnh Hà Sơn",
    "phone": "0221 3862 417",
    "email": "ubnd@lackhe.example.gov.vn",
}

LIBRARY = "lackhe_lib"  # the WCM library; the site area is "lackhe"
# WCM site areas with a portal page each: slug -> (menu title, portal page unique name)
SECTIONS = {
    "tin-tuc-su-kien": ("Tin tức - Sự kiện", "Z6_K8G41A02L8V3D0A6B5EQ2V3001"),
    "kinh-te-xa-hoi": ("Kinh tế - Xã hội", "Z6_K8G41A02L8V3D0A6B5EQ2V3003"),
}

# "canonical_connect": the connect servlet's rendering names itself canonical;
# "canonical_portal": the in-portal rendering (?urile=wcm:path:…) names the connect URL.
ARTICLES = [
    {"slug": "lac-khe-tong-ket-cong-tac-9-thang-nam-2025", "section": "tin-tuc-su-kien",
     "published": "2025-10-06T08:30", "author": "Đặng Thu Hà",
     "title": "Huyện Lạc Khê tổng kết công tác 9 tháng đầu năm 2025",
     "sapo": "Tổng giá trị sản xuất 9 tháng ước đạt 7.215 tỷ đồng, tăng 8,6% so với cùng kỳ; thu ngân sách đạt 78% dự toán.",
     "paragraphs": [
         "Sáng 3/10, Ủy ban nhân dân huyện Lạc Khê tổ chức hội nghị đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 9 tháng và triển khai nhiệm vụ quý IV năm 2025.",
         "Theo báo cáo, tổng giá trị sản xuất trên địa bàn ước đạt 7.215 tỷ đồng, tăng 8,6% so với cùng kỳ năm trước; thu ngân sách nhà nước trên địa bàn đạt 412 tỷ đồng, bằng 78% dự toán tỉnh giao.",
         "Giải ngân vốn đầu tư công đạt 61% kế hoạch; huyện yêu cầu các chủ đầu tư đẩy nhanh tiến độ 14 công trình chuyển tiếp, phấn đấu giải ngân hết kế hoạch vốn trước ngày 31/1/2026.",
         "Kết luận hội nghị, Chủ tịch Ủy ban nhân dân huyện Nguyễn Văn Khải đề nghị các phòng, ban, xã, thị trấn tập trung hoàn thành các chỉ tiêu còn thấp, nhất là thu tiền sử dụng đất."],
     "canonical_connect": True, "canonical_portal": True},
    {"slug": "ho-tro-62-ho-ngheo-sua-chua-nha-o", "section": "kinh-te-xa-hoi",
     "published": "2025-09-29T14:15", "author": "Lò Văn Tuấn",
     "title": "Hỗ trợ 62 hộ nghèo sửa chữa, xây mới nhà ở",
     "sapo": "Mỗi hộ xây mới được hỗ trợ 60 triệu đồng, mỗi hộ sửa chữa 30 triệu đồng từ Quỹ Vì người nghèo và ngân sách huyện.",
     "paragraphs": [
         "Thực hiện Quyết định số 1258/QĐ-UBND ngày 12/6/2025 của Ủy ban nhân dân huyện, đến cuối tháng 9 toàn huyện đã hỗ trợ 62 hộ nghèo, hộ cận nghèo xây mới và sửa chữa nhà ở.",
         "Trong đó 38 hộ xây mới, mỗi hộ được hỗ trợ 60 triệu đồng; 24 hộ sửa chữa, mỗi hộ 30 triệu đồng. Tổng kinh phí hỗ trợ 3 tỷ đồng được huy động từ Quỹ Vì người nghèo huyện, ngân sách huyện và các doanh nghiệp trên địa bàn.",
         "Đoàn viên thanh niên và lực lượng dân quân các xã đã góp hơn 1.400 ngày công giúp các hộ vận chuyển vật liệu, dựng nhà."],
     "canonical_connect": False, "canonical_portal": False},
    {"slug": "ra-quan-cao-diem-tan-cong-tran-ap-toi-pham", "section": "tin-tuc-su-kien",
     "published": "2025-09-22T09:00", "author": "Đặng Thu Hà",
     "title": "Ra quân cao điểm tấn công, trấn áp tội phạm dịp cuối năm",
     "sapo": "Công an huyện huy động hơn 300 cán bộ, chiến sĩ tham gia đợt cao điểm từ nay đến sau Tết Nguyên đán.",
     "paragraphs": [
         "Ngày 20/9, Công an huyện Lạc Khê tổ chức lễ ra quân đợt cao điểm tấn công, trấn áp các loại tội phạm, bảo đảm an ninh trật tự dịp cuối năm và Tết Nguyên đán Bính Ngọ 2026.",
         "Lực lượng công an tập trung kiểm soát các tuyến quốc lộ, khu chợ, điểm sinh hoạt cộng đồng; tăng cường tuần tra ban đêm tại các xã giáp ranh.",
         "Công an huyện đề nghị nhân dân kịp thời cung cấp thông tin về hoạt động của tội phạm qua số điện thoại trực ban 0221 3862 113."],
     "canonical_connect": True, "canonical_portal": False},
    {"slug": "nghiem-thu-duong-lien-xa-lac-son-dong-tam", "section": "kinh-te-xa-hoi",
     "published": "2025-09-15T16:40", "author": "Lò Văn Tuấn",
     "title": "Nghiệm thu, đưa vào sử dụng đường liên xã Lạc Sơn - Đồng Tâm",
     "sapo": "Tuyến đường dài 6,8 km có tổng mức đầu tư 42 tỷ đồng từ nguồn ngân sách tỉnh và huyện.",
     "paragraphs": [
         "Ngày 12/9, Ban Quản lý dự án đầu tư xây dựng huyện Lạc Khê tổ chức nghiệm thu, bàn giao đưa vào sử dụng tuyến đường liên xã Lạc Sơn - Đồng Tâm.",
         "Tuyến đường dài 6,8 km, nền đường rộng 7,5 m, mặt đường bê tông nhựa rộng 5,5 m, tổng mức đầu tư 42 tỷ đồng theo Quyết định số 2417/QĐ-UBND ngày 18/11/2023 của Ủy ban nhân dân tỉnh.",
         "Công trình giúp rút ngắn 9 km đường vận chuyển nông sản từ các xã phía tây về trung tâm huyện."],
     "canonical_connect": False, "canonical_portal": True},
    {"slug": "ky-hop-thu-muoi-hai-hdnd-huyen-khoa-xx", "section": "tin-tuc-su-kien",
     "published": "2025-09-08T10:20", "author": "Phạm Minh Quang",
     "title": "Kỳ họp thứ Mười hai Hội đồng nhân dân huyện khóa XX",
     "sapo": "Kỳ họp thông qua 6 nghị quyết, trong đó có nghị quyết điều chỉnh kế hoạch đầu tư công năm 2025.",
     "paragraphs": [
         "Ngày 5/9, Hội đồng nhân dân huyện Lạc Khê khóa XX, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ Mười hai (kỳ họp chuyên đề).",
         "Kỳ họp đã thảo luận, biểu quyết thông qua 6 nghị quyết, trong đó có nghị quyết điều chỉnh kế hoạch đầu tư công năm 2025 với tổng vốn 186,4 tỷ đồng và nghị quyết phân bổ kinh phí sự nghiệp giáo dục.",
         "Các đại biểu đề nghị Ủy ban nhân dân huyện chỉ đạo quyết liệt công tác bồi thường, giải phóng mặt bằng các dự án trọng điểm."],
     "canonical_connect": True, "canonical_portal": True},
    {"slug": "phat-trien-vung-che-tap-trung-xa-phu-lam", "section": "kinh-te-xa-hoi",
     "published": "2025-08-28T07:50", "author": "Lò Văn Tuấn",
     "title": "Phát triển vùng chè tập trung tại xã Phú Lâm",
     "sapo": "Xã Phú Lâm có 320 ha chè, trong đó 85 ha được cấp chứng nhận VietGAP.",
     "paragraphs": [
         "Xã Phú Lâm hiện có 320 ha chè, năng suất bình quân 11,5 tấn búp tươi mỗi ha, giá trị thu hoạch bình quân 140 triệu đồng mỗi ha mỗi năm.",
         "Từ năm 2024, huyện hỗ trợ 50% kinh phí cấp chứng nhận VietGAP; đến nay 85 ha chè của 4 hợp tác xã đã được chứng nhận, sản phẩm chè búp khô được bán tại các siêu thị ở Hà Nội.",
         "Xã phấn đấu đến năm 2027 mở rộng diện tích chè đạt chuẩn lên 150 ha."],
     "canonical_connect": False, "canonical_portal": False},
    {"slug": "khai-giang-nam-hoc-2025-2026", "section": "tin-tuc-su-kien",
     "published": "2025-09-05T08:00", "author": "Phạm Minh Quang",
     "title": "Hơn 28.000 học sinh huyện Lạc Khê bước vào năm học mới",
     "sapo": "Sáng 5/9, 74 trường học trên địa bàn huyện đồng loạt tổ chức lễ khai giảng năm học 2025 - 2026.",
     "paragraphs": [
         "Năm học 2025 - 2026, toàn huyện có 74 trường mầm non, tiểu học, trung học cơ sở với hơn 28.000 học sinh, tăng 640 em so với năm học trước.",
         "Huyện đã đầu tư 18,5 tỷ đồng xây dựng 24 phòng học mới và mua sắm thiết bị dạy học; 61 trên 74 trường đạt chuẩn quốc gia.",
         "Dịp khai giảng, các nhà hảo tâm đã trao 412 suất học bổng với tổng trị giá 386 triệu đồng cho học sinh có hoàn cảnh khó khăn."],
     "canonical_connect": True, "canonical_portal": False},
    {"slug": "chuyen-doi-so-cap-xa-nam-2025", "section": "kinh-te-xa-hoi",
     "published": "2025-08-19T15:30", "author": "Đặng Thu Hà",
     "title": "Đẩy mạnh chuyển đổi số ở cấp xã",
     "sapo": "Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến toàn trình tại các xã đạt 64%.",
     "paragraphs": [
         "Theo Kế hoạch số 87/KH-UBND ngày 10/3/2025 của Ủy ban nhân dân huyện, đến tháng 8 toàn huyện đã thành lập 142 tổ công nghệ số cộng đồng với 856 thành viên.",
         "Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến toàn trình tại các xã, thị trấn đạt 64%; 100% cán bộ, công chức cấp xã sử dụng chữ ký số trong xử lý văn bản.",
         "Huyện tiếp tục hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh điện tử mức độ 2 và thanh toán không dùng tiền mặt."],
     "canonical_connect": False, "canonical_portal": True},
    {"slug": "tong-ve-sinh-moi-truong-huong-ung-ngay-chu-nhat-xanh", "section": "tin-tuc-su-kien",
     "published": "2025-08-11T09:10", "author": "Phạm Minh Quang",
     "title": "Ra quân tổng vệ sinh môi trường hưởng ứng \"Ngày Chủ nhật xanh\"",
     "sapo": "Hơn 5.000 đoàn viên, hội viên và nhân dân tham gia thu gom 36 tấn rác thải.",
     "paragraphs": [
         "Sáng 10/8, Ủy ban Mặt trận Tổ quốc Việt Nam huyện Lạc Khê phối hợp với các đoàn thể tổ chức ra quân tổng vệ sinh môi trường hưởng ứng phong trào \"Ngày Chủ nhật xanh\".",
         "Hơn 5.000 đoàn viên, hội viên và nhân dân 18 xã, thị trấn đã phát quang 42 km đường giao thông, thu gom 36 tấn rác thải và trồng 1.200 cây xanh."],
     "canonical_connect": False, "canonical_portal": False},
    {"slug": "thu-ngan-sach-thang-7-dat-khich-le", "section": "kinh-te-xa-hoi",
     "published": "2025-07-30T14:00", "author": "Lò Văn Tuấn",
     "title": "Thu ngân sách 7 tháng đạt 64% dự toán",
     "sapo": "Tổng thu ngân sách trên địa bàn 7 tháng đạt 338 tỷ đồng.",
     "paragraphs": [
         "Đến hết tháng 7, tổng thu ngân sách nhà nước trên địa bàn huyện Lạc Khê đạt 338 tỷ đồng, bằng 64% dự toán tỉnh giao và tăng 12% so với cùng kỳ.",
         "Chi ngân sách địa phương bảo đảm đúng dự toán, ưu tiên chi trả chế độ cho người có công, bảo trợ xã hội và kinh phí sắp xếp đơn vị hành chính."],
     "canonical_connect": True, "canonical_portal": True},
]

ABOUT = [
    "Huyện Lạc Khê nằm ở phía tây bắc tỉnh Hà Sơn, có diện tích tự nhiên 486,2 km2, dân số hơn 132.000 người, gồm 17 xã và 1 thị trấn.",
    "Huyện có quốc lộ 32B chạy qua, là đầu mối giao thương giữa vùng đồng bằng và các huyện miền núi; thế mạnh là chè, cây ăn quả và du lịch sinh thái hồ Lạc Khê.",
]

SCHEDULE = [
    ("Thứ Hai, 06/10/2025", "8h00: Chủ tịch UBND huyện dự hội nghị giao ban quý III tại Hội trường UBND huyện."),
    ("Thứ Ba, 07/10/2025", "14h00: Phó Chủ tịch UBND huyện Lê Thị Nga kiểm tra tiến độ đường liên xã Phú Lâm - Đồng Tâm."),
    ("Thứ Tư, 08/10/2025", "8h30: Tiếp công dân định kỳ tại Trụ sở tiếp công dân huyện."),
]

DOCUMENTS = [
    ("2618/QĐ-UBND", "2025-09-30", "Quyết định phê duyệt kế hoạch lựa chọn nhà thầu dự án trường Tiểu học Lạc Sơn", "qd-2618-ubnd"),
    ("196/KH-UBND", "2025-09-18", "Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025", "kh-196-ubnd"),
    ("1258/QĐ-UBND", "2025-06-12", "Quyết định hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo năm 2025", "qd-1258-ubnd"),
]

PAGE_SIZE = 3  # a section's list shows three stories a page
