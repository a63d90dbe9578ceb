"""Content of the modelled xã Hòa Khê portal (WordPress 6, a classic theme, /<yyyy>/<mm>/<slug>/).
Invented unit, people and prose."""
from __future__ import annotations

SITE = {
    "id": "hoakhe",
    "name": "Trang thông tin điện tử xã Hòa Khê",
    "unit": "xã Hòa Khê",
    "base_url": "https://hoakhe.example.gov.vn",
    "address": "Thôn Trung Hòa, xã Hòa Khê, tỉnh Nam Sơn",
    "phone": "0237 3718 406",
    "email": "ubnd.hoakhe@example.gov.vn",
}

CATEGORIES = {"tin-tuc": "Tin tức", "thong-bao": "Thông báo"}
TAGS = {"chuyen-doi-so": "chuyển đổi số", "nong-nghiep": "nông nghiệp", "giao-thong": "giao thông"}
AUTHORS = {"bbt": "Ban biên tập", "vanphong": "Văn phòng UBND xã"}

# "id": the post id (?p=), "sticky": pinned first on the home page, "image": a photo whose
# link goes to its attachment page (slug, title, caption, description), "comments": shown under
# the post, each with a reply link (?replytocom=<id>), "pdf": an embedded file block.
ARTICLES = [
    {"id": 118, "slug": "hoa-khe-khoi-cong-tuyen-duong-lien-thon-trung-hoa-dong-hoa",
     "title": "Hòa Khê khởi công tuyến đường liên thôn Trung Hòa - Đông Hòa",
     "published": "2025-06-18T08:20", "category": "tin-tuc", "tags": ["giao-thong"],
     "author": "bbt", "sticky": False,
     "paragraphs": [
         "Sáng 17/6, Ủy ban nhân dân xã Hòa Khê tổ chức lễ khởi công tuyến đường liên thôn Trung Hòa - Đông Hòa dài 2,4 km, mặt đường rộng 5,5 m.",
         "Tổng mức đầu tư công trình là 9,8 tỷ đồng từ ngân sách tỉnh và xã, trong đó nhân dân hai thôn hiến hơn 3.200 m2 đất và góp 640 ngày công giải phóng mặt bằng.",
         "Công trình dự kiến hoàn thành trước ngày 30/11/2025, giúp người dân đi lại thuận tiện và vận chuyển nông sản ra tỉnh lộ nhanh hơn.",
         "Thu Trang"]},
    {"id": 124, "slug": "thong-bao-lich-tiep-cong-dan-thang-7-nam-2025",
     "title": "Thông báo lịch tiếp công dân tháng 7 năm 2025",
     "published": "2025-06-27T16:05", "category": "thong-bao", "tags": [],
     "author": "vanphong", "sticky": False,
     "paragraphs": [
         "Chủ tịch Ủy ban nhân dân xã Hòa Khê tiếp công dân định kỳ vào sáng thứ Năm các ngày 10/7 và 24/7/2025 tại Phòng tiếp công dân, trụ sở Ủy ban nhân dân xã.",
         "Công dân đến trình bày khiếu nại, tố cáo, kiến nghị, phản ánh mang theo căn cước và giấy tờ liên quan; trường hợp ủy quyền phải có giấy ủy quyền hợp lệ."]},
    {"id": 131, "slug": "hop-tac-xa-hoa-khe-thu-hoach-dua-luoi-trong-nha-mang",
     "title": "Hợp tác xã Hòa Khê thu hoạch dưa lưới trồng trong nhà màng",
     "published": "2025-07-03T10:40", "category": "tin-tuc", "tags": ["nong-nghiep"],
     "author": "bbt", "sticky": False,
     "image": {"slug": "thu-hoach-dua-luoi-nha-mang", "file": "thu-hoach-dua-luoi.jpg",
               "title": "Thu hoạch dưa lưới trong nhà màng",
               "caption": "Xã viên Hợp tác xã Hòa Khê thu hoạch dưa lưới vụ hè.",
               "description": "Ảnh chụp sáng 2/7/2025 tại khu nhà màng thôn Đông Hòa, nơi hợp tác xã trồng 1.800 gốc dưa lưới theo quy trình VietGAP và bán cho các siêu thị trong tỉnh."},
     "comments": [
         {"id": 12, "name": "Nguyễn Văn Bình", "when": "2025-07-03T19:12",
          "text": "Dưa ngon, mong hợp tác xã mở rộng thêm diện tích để bà con cùng tham gia."},
         {"id": 15, "name": "Lê Thị Hoa", "when": "2025-07-04T07:45",
          "text": "Cho hỏi hợp tác xã có nhận đặt mua dưa lẻ cho các gia đình không ạ?"}],
     "paragraphs": [
         "Hợp tác xã dịch vụ nông nghiệp Hòa Khê vừa thu hoạch vụ dưa lưới đầu tiên trồng trong 2 nhà màng với diện tích 2.000 m2 tại thôn Đông Hòa.",
         "Sản lượng đạt khoảng 3,6 tấn, giá bán tại vườn 45.000 đồng/kg; sau khi trừ chi phí, hợp tác xã lãi gần 70 triệu đồng.",
         "Xã viên Hợp tác xã Hòa Khê thu hoạch dưa lưới vụ hè.",
         "Hợp tác xã dự kiến đầu tư thêm 1 nhà màng trong năm 2026 và liên kết với 12 hộ dân trồng dưa theo cùng quy trình.",
         "Thu Trang"]},
    {"id": 137, "slug": "ke-hoach-chuyen-doi-so-xa-hoa-khe-nam-2025",
     "title": "Kế hoạch chuyển đổi số xã Hòa Khê năm 2025",
     "published": "2025-07-08T14:00", "category": "thong-bao", "tags": ["chuyen-doi-so"],
     "author": "vanphong", "sticky": False,
     "pdf": {"file": "ke-hoach-45-kh-ubnd.pdf", "label": "Kế hoạch số 45/KH-UBND ngày 07/7/2025"},
     "paragraphs": [
         "Ủy ban nhân dân xã Hòa Khê ban hành Kế hoạch chuyển đổi số năm 2025, toàn văn đăng kèm dưới đây."]},
    {"id": 142, "slug": "hoa-khe-ra-mat-to-cong-nghe-so-cong-dong-12-thon",
     "title": "Hòa Khê ra mắt tổ công nghệ số cộng đồng tại 12 thôn",
     "published": "2025-07-14T08:30", "category": "tin-tuc", "tags": ["chuyen-doi-so"],
     "author": "bbt", "sticky": True,
     "comments": [
         {"id": 21, "name": "Phạm Quốc Khánh", "when": "2025-07-14T20:03",
          "text": "Tổ công nghệ số thôn Trung Hòa đã hướng dẫn gia đình tôi cài VNeID rất nhiệt tình."}],
     "paragraphs": [
         "Sáng 13/7, Ủy ban nhân dân xã Hòa Khê tổ chức ra mắt 12 tổ công nghệ số cộng đồng với 84 thành viên là cán bộ thôn, đoàn viên thanh niên và giáo viên.",
         "Các tổ có nhiệm vụ đến từng hộ gia đình hướng dẫn cài đặt, sử dụng ứng dụng định danh điện tử, nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia và thanh toán không dùng tiền mặt.",
         "Theo kế hoạch, đến cuối năm 2025 xã phấn đấu có 75% người trưởng thành sử dụng dịch vụ công trực tuyến và 90% hộ kinh doanh trên địa bàn chấp nhận thanh toán qua mã QR.",
         "Phát biểu tại buổi ra mắt, Chủ tịch Ủy ban nhân dân xã Đinh Văn Lực đề nghị các tổ bám sát thôn, ghi nhận khó khăn của người dân và báo cáo kết quả hằng tháng.",
         "Minh Khoa"]},
    {"id": 149, "slug": "ra-quan-don-dep-ve-sinh-moi-truong-ven-song-khe",
     "title": "Ra quân dọn dẹp vệ sinh môi trường ven sông Khê",
     "published": "2025-07-20T07:15", "category": "tin-tuc", "tags": [],
     "author": "bbt", "sticky": False,
     "image": {"slug": "doan-vien-thu-gom-rac-ven-song", "file": "thu-gom-rac-ven-song.jpg",
               "title": "Đoàn viên thu gom rác ven sông",
               "caption": "Đoàn viên thanh niên thu gom rác dọc bờ sông Khê.",
               "description": "Hơn 200 đoàn viên, hội viên tham gia buổi ra quân sáng Chủ nhật 20/7/2025 trên đoạn bờ sông dài 3 km chảy qua thôn Bắc Hòa và thôn Đông Hòa của xã."},
     "paragraphs": [
         "Hưởng ứng phong trào Chủ nhật xanh, sáng 20/7 Đoàn Thanh niên, Hội Phụ nữ và Hội Cựu chiến binh xã Hòa Khê ra quân dọn dẹp vệ sinh môi trường dọc sông Khê.",
         "Đoàn viên thanh niên thu gom rác dọc bờ sông Khê.",
         "Các lực lượng đã thu gom khoảng 5 tấn rác thải, phát quang 3 km bờ sông và lắp đặt 10 biển báo cấm đổ rác tại các điểm thường xuyên bị xả rác.",
         "Minh Khoa"]},
    {"id": 155, "slug": "thong-bao-tuyen-sinh-lop-1-nam-hoc-2025-2026",
     "title": "Thông báo tuyển sinh lớp 1 năm học 2025 - 2026",
     "published": "2025-07-24T09:00", "category": "thong-bao", "tags": [],
     "author": "vanphong", "sticky": False,
     "paragraphs": [
         "Trường Tiểu học Hòa Khê nhận hồ sơ tuyển sinh lớp 1 năm học 2025 - 2026 từ ngày 28/7 đến hết ngày 8/8/2025, trong giờ hành chính các ngày làm việc.",
         "Đối tượng tuyển sinh là trẻ sinh năm 2019 có hộ khẩu thường trú hoặc tạm trú trên địa bàn xã. Hồ sơ gồm đơn xin học, bản sao giấy khai sinh và phiếu thông tin cư trú.",
         "Phụ huynh có thể đăng ký trực tuyến trên hệ thống tuyển sinh đầu cấp của tỉnh và nộp bản giấy khi trẻ nhập học."]},
    {"id": 161, "slug": "tap-huan-ky-thuat-trong-lua-huu-co-vu-mua",
     "title": "Tập huấn kỹ thuật trồng lúa hữu cơ vụ mùa",
     "published": "2025-08-02T15:30", "category": "tin-tuc", "tags": ["nong-nghiep"],
     "author": "bbt", "sticky": False,
     "paragraphs": [
         "Hội Nông dân xã Hòa Khê phối hợp với Trung tâm Khuyến nông tỉnh tổ chức lớp tập huấn kỹ thuật trồng lúa hữu cơ cho 60 hội viên ở thôn Bắc Hòa và thôn Tây Hòa.",
         "Học viên được hướng dẫn làm đất, ủ phân chuồng với chế phẩm vi sinh, quản lý nước và phòng trừ sâu bệnh bằng biện pháp sinh học thay cho thuốc hóa học.",
         "Vụ mùa năm nay, xã xây dựng cánh đồng lúa hữu cơ 25 ha, được doanh nghiệp bao tiêu toàn bộ sản phẩm với giá cao hơn lúa thường 15%.",
         "Thu Trang"]},
    {"id": 168, "slug": "hoa-khe-tong-ket-mo-hinh-thon-xanh-sach-dep",
     "title": "Hòa Khê tổng kết mô hình thôn xanh - sạch - đẹp",
     "published": "2025-08-11T10:10", "category": "tin-tuc", "tags": [],
     "author": "bbt", "sticky": False,
     "paragraphs": [
         "Ủy ban nhân dân xã Hòa Khê tổng kết một năm thực hiện mô hình thôn xanh - sạch - đẹp tại 4 thôn làm điểm là Trung Hòa, Đông Hòa, Bắc Hòa và Tây Hòa.",
         "Qua một năm, các thôn trồng mới 2.100 cây xanh, xây 46 bể chứa vỏ bao bì thuốc bảo vệ thực vật và duy trì thu gom rác 3 lần mỗi tuần.",
         "Xã khen thưởng 2 tập thể và 9 cá nhân có thành tích xuất sắc, đồng thời nhân rộng mô hình ra 8 thôn còn lại từ tháng 9/2025.",
         "Minh Khoa"]},
]

ABOUT = [
    "Xã Hòa Khê được thành lập ngày 1/7/2025 trên cơ sở sáp nhập ba xã cũ, có diện tích tự nhiên 38,6 km2, 12 thôn với hơn 17.400 nhân khẩu.",
    "Xã nằm bên bờ sông Khê, có tỉnh lộ chạy qua trung tâm; kinh tế chủ yếu là trồng lúa, rau màu, chăn nuôi và dịch vụ thương mại.",
    "Trụ sở Đảng ủy, Hội đồng nhân dân, Ủy ban nhân dân xã đặt tại thôn Trung Hòa.",
]

# A page the menu does not link (only a footer widget does): standing text with no date.
RULES_PAGE = [
    "Quy chế này quy định về tổ chức, quản lý, cung cấp và khai thác thông tin trên Trang thông tin điện tử xã Hòa Khê.",
    "Ban biên tập do Chủ tịch Ủy ban nhân dân xã quyết định thành lập, gồm Trưởng ban là Phó Chủ tịch Ủy ban nhân dân xã và các thành viên là công chức văn phòng, văn hóa - xã hội.",
    "Thông tin đăng tải phải chính xác, kịp thời, đúng quy định của pháp luật; tin bài do các bộ phận cung cấp được Trưởng ban duyệt trước khi đăng.",
    "Tổ chức, cá nhân sử dụng lại thông tin từ trang phải ghi rõ nguồn Trang thông tin điện tử xã Hòa Khê.",
]
