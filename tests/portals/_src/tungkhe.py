"""Content of the modelled xã Tùng Khê portal (an Angular app whose server pre-renders only the
head: the stories' text is in JSON-LD, the body an empty app root). Invented unit, people and
prose."""
from __future__ import annotations

SITE = {
    "id": "tungkhe",
    "name": "Trang thông tin điện tử xã Tùng Khê",
    "unit": "xã Tùng Khê",
    "base_url": "https://tungkhe.example.gov.vn",
    "address": "Thôn Tùng Lâm, xã Tùng Khê, tỉnh Đông Sơn",
    "phone": "0226 3862 417",
    "email": "ubnd.tungkhe@example.gov.vn",
}

CATEGORIES = {"kinh-te-nong-nghiep": "Kinh tế - Nông nghiệp", "van-hoa-xa-hoi": "Văn hóa - Xã hội",
              "chinh-quyen-so": "Chính quyền số"}

# "body": False means the portal's JSON-LD for the story carries only its description (the app
# fetches the text from an API at run time): the page holds nothing more of it.
ARTICLES = [
    {"id": 518, "slug": "tung-khe-thu-hoach-lua-xuan-nang-suat-dat-68-ta-ha",
     "title": "Tùng Khê thu hoạch lúa xuân, năng suất đạt 68 tạ/ha",
     "published": "2025-10-14T08:30", "category": "kinh-te-nong-nghiep", "author": "Hoàng Lan",
     "image": "lua-xuan-tung-lam.jpg", "body": True,
     "description": "Nông dân xã Tùng Khê thu hoạch xong 412 ha lúa xuân, năng suất bình quân 68 tạ/ha, cao hơn năm trước 3 tạ/ha.",
     "paragraphs": [
         "Đến ngày 12/10, nông dân xã Tùng Khê đã thu hoạch xong 412 ha lúa xuân, năng suất bình quân đạt 68 tạ/ha, cao hơn năm trước 3 tạ/ha.",
         "Các giống lúa chất lượng cao chiếm 75% diện tích; hợp tác xã Tùng Lâm bao tiêu toàn bộ sản lượng lúa nếp cái hoa vàng với giá ổn định.",
         "Ngay sau thu hoạch, xã chỉ đạo các thôn làm đất, gieo mạ cho vụ mùa và hướng dẫn bà con không đốt rơm rạ ngoài đồng."]},
    {"id": 515, "slug": "xa-tung-khe-ra-mat-diem-phuc-vu-hanh-chinh-cong-luu-dong",
     "title": "Xã Tùng Khê ra mắt điểm phục vụ hành chính công lưu động",
     "published": "2025-10-09T14:15", "category": "chinh-quyen-so", "author": "Trần Đức Minh",
     "image": "hanh-chinh-luu-dong.jpg", "body": True,
     "description": "Điểm phục vụ hành chính công lưu động giúp người dân các thôn vùng cao làm thủ tục mà không phải về trung tâm xã.",
     "paragraphs": [
         "Ủy ban nhân dân xã Tùng Khê ra mắt điểm phục vụ hành chính công lưu động, mỗi tuần hai buổi đến các thôn vùng cao cách trung tâm xã hơn 15 km.",
         "Cán bộ mang theo máy tính, máy quét và thiết bị ký số, tiếp nhận hồ sơ chứng thực, hộ tịch, đất đai và hướng dẫn người dân nộp hồ sơ trực tuyến.",
         "Trong buổi đầu tiên tại thôn Khê Thượng, điểm lưu động tiếp nhận 57 hồ sơ, trả kết quả ngay 31 hồ sơ."]},
    {"id": 511, "slug": "khai-mac-giai-bong-chuyen-hoi-thanh-nien-xa-tung-khe",
     "title": "Khai mạc giải bóng chuyền hơi thanh niên xã Tùng Khê",
     "published": "2025-10-03T19:45", "category": "van-hoa-xa-hoi", "author": "Lò Thị Hiền",
     "image": "bong-chuyen-hoi.jpg", "body": True,
     "description": "Giải bóng chuyền hơi thanh niên xã Tùng Khê năm 2025 thu hút 14 đội của các thôn và trường học.",
     "paragraphs": [
         "Tối 3/10, Đoàn Thanh niên xã Tùng Khê khai mạc giải bóng chuyền hơi năm 2025 với 14 đội của các thôn, trường học và đơn vị trên địa bàn.",
         "Giải đấu diễn ra trong 5 ngày tại sân vận động trung tâm xã, theo thể thức vòng tròn tính điểm chọn 4 đội vào bán kết.",
         "Ban tổ chức trao giải phong cách cho đội có tinh thần thi đấu tốt nhất và giải cổ động viên cho thôn có nhiều người cổ vũ nhất."]},
    {"id": 507, "slug": "tung-khe-trien-khai-cap-can-cuoc-cho-tre-em-duoi-14-tuoi",
     "title": "Tùng Khê triển khai cấp căn cước cho trẻ em dưới 14 tuổi",
     "published": "2025-09-26T09:00", "category": "chinh-quyen-so", "author": "Trần Đức Minh",
     "image": "can-cuoc-tre-em.jpg", "body": False,
     "description": "Công an xã Tùng Khê tổ chức cấp căn cước cho trẻ em dưới 14 tuổi tại các điểm trường từ ngày 29/9 đến 10/10.",
     "paragraphs": []},
    {"id": 503, "slug": "hoi-nong-dan-xa-tung-khe-tap-huan-trong-que-huu-co",
     "title": "Hội Nông dân xã Tùng Khê tập huấn trồng quế hữu cơ",
     "published": "2025-09-18T08:10", "category": "kinh-te-nong-nghiep", "author": "Hoàng Lan",
     "image": "que-huu-co.jpg", "body": True,
     "description": "Hơn 80 hội viên được hướng dẫn quy trình trồng, chăm sóc và khai thác quế theo tiêu chuẩn hữu cơ.",
     "paragraphs": [
         "Hội Nông dân xã Tùng Khê phối hợp với Trung tâm Khuyến nông tỉnh tập huấn quy trình trồng quế hữu cơ cho hơn 80 hội viên ở ba thôn Khê Thượng, Khê Hạ và Tùng Lâm.",
         "Học viên được hướng dẫn chọn giống, bón phân vi sinh, phòng trừ sâu bệnh bằng chế phẩm sinh học và ghi nhật ký sản xuất để truy xuất nguồn gốc.",
         "Toàn xã hiện có 1.260 ha quế, trong đó 320 ha đã được cấp chứng nhận hữu cơ, giá bán cao hơn quế thường khoảng 20%."]},
    {"id": 499, "slug": "tung-khe-to-chuc-le-hoi-com-moi-nam-2025",
     "title": "Tùng Khê tổ chức Lễ hội Cơm mới năm 2025",
     "published": "2025-09-10T16:20", "category": "van-hoa-xa-hoi", "author": "Lò Thị Hiền",
     "image": "le-hoi-com-moi.jpg", "body": True,
     "description": "Lễ hội Cơm mới của đồng bào Tày xã Tùng Khê được khôi phục với nhiều nghi lễ truyền thống.",
     "paragraphs": [
         "Ngày 10/9, tại nhà văn hóa thôn Khê Hạ, xã Tùng Khê tổ chức Lễ hội Cơm mới năm 2025, thu hút hàng nghìn người dân và du khách.",
         "Phần lễ gồm nghi thức dâng cốm, cơm mới lên tổ tiên và thần bản mệnh; phần hội có thi giã cốm, hát then, đàn tính và các trò chơi dân gian.",
         "Xã đang lập hồ sơ đề nghị đưa Lễ hội Cơm mới vào danh mục di sản văn hóa phi vật thể cấp tỉnh."]},
    {"id": 494, "slug": "xa-tung-khe-hoan-thanh-so-hoa-so-ho-tich",
     "title": "Xã Tùng Khê hoàn thành số hóa sổ hộ tịch",
     "published": "2025-08-29T10:40", "category": "chinh-quyen-so", "author": "Văn phòng HĐND và UBND xã",
     "image": "so-hoa-ho-tich.jpg", "body": False,
     "description": "Toàn bộ 18.400 trang sổ hộ tịch từ năm 1995 của xã Tùng Khê đã được số hóa và cập nhật lên cơ sở dữ liệu hộ tịch điện tử.",
     "paragraphs": []},
    {"id": 490, "slug": "tung-khe-ho-tro-xay-dung-nha-o-cho-ho-ngheo",
     "title": "Tùng Khê hỗ trợ xây dựng 12 nhà ở cho hộ nghèo",
     "published": "2025-08-21T07:50", "category": "van-hoa-xa-hoi", "author": "Hoàng Lan",
     "image": "nha-o-ho-ngheo.jpg", "body": True, "escaped": True,
     "description": "Mười hai hộ nghèo của xã Tùng Khê được hỗ trợ 60 triệu đồng mỗi hộ để xây nhà ở mới.",
     "paragraphs": [
         "Ủy ban Mặt trận Tổ quốc xã Tùng Khê bàn giao kinh phí hỗ trợ xây dựng 12 nhà ở cho hộ nghèo, mỗi hộ 60 triệu đồng từ Quỹ Vì người nghèo.",
         "Các thôn huy động đoàn viên, dân quân giúp ngày công vận chuyển vật liệu; nhiều hộ được họ hàng cho vay không lấy lãi phần còn thiếu.",
         "Xã phấn đấu hoàn thành toàn bộ 12 ngôi nhà trước ngày 31/12/2025 để các hộ đón Tết trong nhà mới."]},
    {"id": 486, "slug": "cong-bo-quy-hoach-chung-xay-dung-xa-tung-khe",
     "title": "Công bố quy hoạch chung xây dựng xã Tùng Khê đến năm 2035",
     "published": "2025-08-12T15:30", "category": "kinh-te-nong-nghiep", "author": "Trần Đức Minh",
     "image": "quy-hoach-chung.jpg", "body": True,
     "description": "Quy hoạch chung xây dựng xã Tùng Khê đến năm 2035 xác định ba vùng phát triển: trung tâm hành chính, nông nghiệp hàng hóa và du lịch cộng đồng.",
     "paragraphs": [
         "Ủy ban nhân dân xã Tùng Khê công bố quy hoạch chung xây dựng xã đến năm 2035, tầm nhìn đến năm 2050, trên diện tích tự nhiên 86,4 km2.",
         "Quy hoạch chia xã thành ba vùng: trung tâm hành chính - dịch vụ quanh chợ Tùng Lâm, vùng nông nghiệp hàng hóa dọc suối Khê và vùng du lịch cộng đồng ở thôn Khê Thượng.",
         "Hồ sơ quy hoạch được niêm yết tại trụ sở Ủy ban nhân dân xã và nhà văn hóa các thôn để người dân theo dõi, giám sát."]},
]

ABOUT = {
    "title": "Giới thiệu xã Tùng Khê",
    "description": "Xã Tùng Khê được thành lập ngày 1/7/2025 trên cơ sở sáp nhập ba xã cũ, có diện tích tự nhiên 86,4 km2 và 14 thôn.",
    "text": "Xã Tùng Khê được thành lập ngày 1/7/2025 trên cơ sở sáp nhập ba xã cũ, có diện tích tự nhiên 86,4 km2 và 14 thôn với hơn 11.000 nhân khẩu, chủ yếu là đồng bào Tày, Dao và Kinh.\n\nXã có thế mạnh về lúa nếp cái hoa vàng, cây quế và du lịch cộng đồng gắn với lễ hội Cơm mới của người Tày.",
}
