"""Content of the modelled xã Nam Liên portal (DotNetNuke on ASP.NET WebForms, GridView pager
by postback). Invented unit and prose."""
from __future__ import annotations

SITE = {
    "id": "namlien",
    "name": "Cổng thông tin điện tử xã Nam Liên",
    "unit": "xã Nam Liên",
    "base_url": "https://namlien.example.gov.vn",
    "address": "Xóm Chợ, xã Nam Liên, tỉnh Nghệ Hà",
    "phone": "0238 3912 305",
    "email": "namlien@example.gov.vn",
}

# tabid of each news category (DNN pages), and the module id of its news list
CATEGORIES = {57: "Tin tức - Sự kiện", 61: "Kinh tế - Xã hội"}
MODULE = {57: 507, 61: 512}

ARTICLES = [
    {"id": 2101, "tab": 57, "published": "2025-07-02T08:00", "author": "Lê Hằng",
     "title": "Xã Nam Liên chính thức đi vào hoạt động theo mô hình chính quyền địa phương hai cấp",
     "paragraphs": [
         "Sáng 1/7, Đảng ủy, Hội đồng nhân dân, Ủy ban nhân dân xã Nam Liên tổ chức lễ công bố các nghị quyết, quyết định thành lập xã và các cơ quan, tổ chức trong hệ thống chính trị.",
         "Xã Nam Liên được thành lập trên cơ sở sắp xếp ba xã cũ, có diện tích 64,2 km2 và dân số hơn 21.000 người. Trung tâm phục vụ hành chính công của xã bắt đầu tiếp nhận hồ sơ ngay trong ngày.",
         "Lê Hằng"]},
    {"id": 2108, "tab": 61, "published": "2025-07-09T15:20", "author": "Trần Minh",
     "title": "Nông dân Nam Liên thu hoạch lúa xuân đạt năng suất cao",
     "paragraphs": [
         "Vụ xuân năm nay, toàn xã gieo cấy 1.120 ha lúa, năng suất bình quân ước đạt 68 tạ/ha, tăng 3 tạ/ha so với cùng kỳ.",
         "Hợp tác xã dịch vụ nông nghiệp bố trí 14 máy gặt đập liên hợp phục vụ bà con, giá thu hoạch 350.000 đồng mỗi sào.",
         "Trần Minh"]},
    {"id": 2115, "tab": 57, "published": "2025-07-15T09:40", "author": "Lê Hằng",
     "title": "Trung tâm phục vụ hành chính công xã tiếp nhận hơn 900 hồ sơ sau hai tuần",
     "paragraphs": [
         "Sau hai tuần vận hành, Trung tâm phục vụ hành chính công xã Nam Liên tiếp nhận 912 hồ sơ, trong đó 640 hồ sơ nộp trực tuyến; 885 hồ sơ đã trả kết quả đúng hạn.",
         "Các lĩnh vực có nhiều hồ sơ nhất là chứng thực, hộ tịch và đất đai. Xã bố trí thêm hai công chức hướng dẫn người dân tại sảnh trung tâm.",
         "Lê Hằng"]},
    {"id": 2121, "tab": 61, "published": "2025-07-22T14:00", "author": "Trần Minh",
     "title": "Hỗ trợ 45 hộ nghèo chuyển đổi sang nuôi bò sinh sản",
     "paragraphs": [
         "Từ nguồn vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững, xã Nam Liên cấp 45 con bò sinh sản cho 45 hộ nghèo và cận nghèo, mỗi con trị giá 16 triệu đồng.",
         "Các hộ nhận bò được tập huấn kỹ thuật chăm sóc, phòng bệnh và cam kết trả lại một con bê cho chương trình để luân chuyển sang hộ khác.",
         "Trần Minh"]},
    {"id": 2127, "tab": 57, "published": "2025-07-30T07:45", "author": "Nguyễn Thảo",
     "title": "Ra quân tổng vệ sinh môi trường hưởng ứng Ngày Thương binh - Liệt sĩ",
     "paragraphs": [
         "Hơn 600 đoàn viên, hội viên và nhân dân các xóm tham gia dọn dẹp, chăm sóc nghĩa trang liệt sĩ và các tuyến đường trục chính của xã.",
         "Dịp này, xã tổ chức thăm, tặng 312 suất quà cho thương binh, thân nhân liệt sĩ và người có công, tổng trị giá 156 triệu đồng.",
         "Nguyễn Thảo"]},
    {"id": 2134, "tab": 61, "published": "2025-08-06T10:10", "author": "Trần Minh",
     "title": "Nam Liên đẩy mạnh tiêu thụ sản phẩm OCOP qua sàn thương mại điện tử",
     "paragraphs": [
         "Xã hiện có 6 sản phẩm đạt chuẩn OCOP 3 sao, gồm tương, mật ong, chè xanh và các sản phẩm từ nhung hươu.",
         "Tổ công nghệ số cộng đồng hướng dẫn 28 hộ sản xuất mở gian hàng trên sàn thương mại điện tử, quay video giới thiệu sản phẩm và nhận thanh toán qua mã QR.",
         "Trần Minh"]},
    {"id": 2140, "tab": 57, "published": "2025-08-14T16:30", "author": "Nguyễn Thảo",
     "title": "Khai giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh",
     "paragraphs": [
         "Ban Chỉ huy Quân sự xã Nam Liên khai giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho 52 học viên là cán bộ, công chức và trưởng các xóm.",
         "Trong ba ngày, học viên được nghe giới thiệu chuyên đề về tình hình thế giới, khu vực và nhiệm vụ xây dựng khu vực phòng thủ cấp xã.",
         "Nguyễn Thảo"]},
    {"id": 2146, "tab": 61, "published": "2025-08-21T08:20", "author": "Trần Minh",
     "title": "Hoàn thành nâng cấp tuyến kênh tưới xóm Đồng Bài",
     "paragraphs": [
         "Công trình nâng cấp 2,4 km kênh tưới xóm Đồng Bài được nghiệm thu, đưa vào sử dụng với tổng mức đầu tư 3,6 tỷ đồng.",
         "Tuyến kênh bảo đảm nước tưới chủ động cho 180 ha lúa và rau màu của bốn xóm phía nam xã.",
         "Trần Minh"]},
    {"id": 2153, "tab": 57, "published": "2025-08-28T09:00", "author": "Lê Hằng",
     "title": "Gặp mặt kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9",
     "paragraphs": [
         "Đảng ủy, Ủy ban nhân dân xã tổ chức gặp mặt các đồng chí lão thành cách mạng, cán bộ tiền khởi nghĩa và đại diện các thế hệ cán bộ xã qua các thời kỳ.",
         "Các đại biểu ôn lại truyền thống cách mạng của quê hương và đóng góp nhiều ý kiến cho công tác xây dựng chính quyền xã sau sắp xếp.",
         "Lê Hằng"]},
    {"id": 2160, "tab": 61, "published": "2025-09-04T13:45", "author": "Trần Minh",
     "title": "Kế hoạch chuyển đổi 35 ha đất lúa kém hiệu quả sang trồng cây ăn quả",
     "paragraphs": [
         "Ủy ban nhân dân xã Nam Liên ban hành kế hoạch chuyển đổi 35 ha đất trồng lúa kém hiệu quả ở vùng đồi thấp sang trồng bưởi, cam và chanh leo.",
         "Các hộ tham gia được hỗ trợ 50% giá cây giống và tập huấn kỹ thuật; xã kêu gọi doanh nghiệp bao tiêu sản phẩm.",
         "Trần Minh"]},
    {"id": 2166, "tab": 57, "published": "2025-09-10T07:30", "author": "Nguyễn Thảo",
     "title": "Các trường học trên địa bàn xã tổ chức lễ khai giảng năm học mới",
     "paragraphs": [
         "Sáng 5/9, bốn trường mầm non, tiểu học và trung học cơ sở của xã Nam Liên đồng loạt tổ chức lễ khai giảng năm học 2025 - 2026 với hơn 3.100 học sinh.",
         "Nhân dịp này, các nhà hảo tâm trao 86 suất học bổng và 120 bộ sách giáo khoa cho học sinh có hoàn cảnh khó khăn.",
         "Nguyễn Thảo"]},
    {"id": 2172, "tab": 61, "published": "2025-09-18T15:00", "author": "Trần Minh",
     "title": "Thu ngân sách 9 tháng đạt 82% dự toán",
     "paragraphs": [
         "Đến hết tháng 9, tổng thu ngân sách trên địa bàn xã Nam Liên đạt 4,9 tỷ đồng, bằng 82% dự toán năm; chi ngân sách bảo đảm đúng quy định, ưu tiên an sinh xã hội.",
         "Xã tiếp tục rà soát các nguồn thu từ đất đai, phí và lệ phí, phấn đấu hoàn thành dự toán trước ngày 15/12.",
         "Trần Minh"]},
]

LATEST = 3  # the sidebar's "Tin mới" shows this many: older stories are reached only by the pager
