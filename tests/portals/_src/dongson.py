"""Content of the modelled huyện Đông Sơn Thượng portal (an old framed district portal, about
2008: a frameset root, a menu frame, a main frame, a news list embedded by an iframe, popup
links). Invented unit, people and prose; the name is not the real district of Thanh Hóa."""
from __future__ import annotations

SITE = {
    "id": "dongson",
    "name": "Trang thông tin điện tử huyện Đông Sơn Thượng",
    "unit": "huyện Đông Sơn Thượng",
    "base_url": "http://dongson.example.gov.vn",
    "address": "Số 2 đường Lê Lợi, thị trấn Rừng Thông Hạ, huyện Đông Sơn Thượng",
    "phone": "037.3826.118",
    "email": "ubnd@dongson.example.gov.vn",
}

CATEGORIES = {1: "Tin tức - Sự kiện", 2: "Kinh tế - Xã hội"}

# "popup": the lists link the story only by javascript:window.open('tin.asp?id=N', ...).
ARTICLES = [
    {"id": 109, "category": 1, "published": "2009-03-12T08:15", "author": "Lê Văn Thành", "hits": 214,
     "title": "Huyện Đông Sơn Thượng tổng kết công tác năm 2008",
     "summary": "Sáng 11/3, UBND huyện tổ chức hội nghị tổng kết công tác năm 2008, triển khai nhiệm vụ năm 2009.",
     "paragraphs": [
         "Sáng 11/3, UBND huyện Đông Sơn Thượng tổ chức hội nghị tổng kết công tác năm 2008 và triển khai nhiệm vụ năm 2009 với sự tham dự của lãnh đạo 21 xã, thị trấn.",
         "Năm 2008, tổng giá trị sản xuất toàn huyện tăng 11,2% so với năm trước; thu ngân sách trên địa bàn đạt 38,6 tỷ đồng, vượt 14% dự toán.",
         "Hội nghị đã khen thưởng 12 tập thể và 27 cá nhân có thành tích xuất sắc trong phong trào thi đua năm 2008."]},
    {"id": 108, "category": 2, "published": "2009-03-05T14:30", "author": "Phạm Thị Hoa", "hits": 163,
     "title": "Xã Yên Bình Hạ ra quân làm đường giao thông nông thôn",
     "summary": "Nhân dân xã Yên Bình Hạ góp hơn 3.000 ngày công làm mới 2,4 km đường bê tông liên thôn.",
     "paragraphs": [
         "Ngày 4/3, xã Yên Bình Hạ tổ chức ra quân làm đường giao thông nông thôn năm 2009, khởi công 2,4 km đường bê tông liên thôn.",
         "Nhân dân trong xã đã góp hơn 3.000 ngày công và 420 triệu đồng; huyện hỗ trợ xi măng theo cơ chế Nhà nước và nhân dân cùng làm.",
         "Công trình dự kiến hoàn thành trước mùa mưa năm nay."]},
    {"id": 107, "category": 1, "published": "2009-02-26T09:00", "author": "Lê Văn Thành", "hits": 98, "popup": True,
     "title": "Khai mạc hội xuân làng Đồng Lạc năm Kỷ Sửu",
     "summary": "Hội xuân làng Đồng Lạc diễn ra trong ba ngày với nhiều trò chơi dân gian.",
     "paragraphs": [
         "Sáng 25/2, tại đình làng Đồng Lạc, xã Thiệu Phong Hạ, UBND xã khai mạc hội xuân năm Kỷ Sửu 2009.",
         "Hội xuân diễn ra trong ba ngày với các trò chơi dân gian như kéo co, đánh đu, cờ người và thi nấu cơm niêu giữa các thôn.",
         "Ban tổ chức đã bố trí lực lượng bảo đảm an ninh trật tự và vệ sinh môi trường trong suốt thời gian diễn ra lễ hội."]},
    {"id": 106, "category": 2, "published": "2009-02-18T10:45", "author": "Nguyễn Hữu Lộc", "hits": 131,
     "title": "Đông Sơn Thượng gieo cấy 4.200 ha lúa vụ chiêm xuân",
     "summary": "Đến ngày 17/2, toàn huyện đã gieo cấy xong 4.200 ha lúa vụ chiêm xuân, đạt 98% kế hoạch.",
     "paragraphs": [
         "Đến ngày 17/2, các xã trong huyện Đông Sơn Thượng đã gieo cấy xong 4.200 ha lúa vụ chiêm xuân, đạt 98% kế hoạch.",
         "Phòng Nông nghiệp huyện khuyến cáo bà con sử dụng giống lúa ngắn ngày, che phủ nilon cho mạ để phòng chống rét đậm, rét hại.",
         "Trạm Khuyến nông huyện cử cán bộ bám sát đồng ruộng, hướng dẫn nông dân chăm sóc lúa sau cấy."]},
    {"id": 105, "category": 1, "published": "2009-02-10T16:20", "author": "Phạm Thị Hoa", "hits": 176,
     "title": "Trao 350 suất quà Tết cho hộ nghèo và gia đình chính sách",
     "summary": "Ủy ban Mặt trận Tổ quốc huyện trao 350 suất quà cho hộ nghèo và gia đình chính sách.",
     "paragraphs": [
         "Trước Tết Nguyên đán Kỷ Sửu, Ủy ban Mặt trận Tổ quốc huyện Đông Sơn Thượng đã trao 350 suất quà cho hộ nghèo và gia đình chính sách trên địa bàn.",
         "Mỗi suất quà gồm 300.000 đồng tiền mặt, 10 kg gạo và một số nhu yếu phẩm, tổng trị giá gần 150 triệu đồng từ nguồn Quỹ Vì người nghèo.",
         "Đoàn công tác cũng đến thăm, chúc Tết các gia đình Mẹ Việt Nam anh hùng tại xã Đông Tiến Hạ."]},
    {"id": 104, "category": 2, "published": "2009-01-20T08:00", "author": "Nguyễn Hữu Lộc", "hits": 87,
     "title": "Khánh thành chợ nông thôn xã Đông Hòa Thượng",
     "summary": "Chợ nông thôn xã Đông Hòa Thượng được đầu tư 1,8 tỷ đồng với 120 điểm kinh doanh.",
     "paragraphs": [
         "Ngày 19/1, xã Đông Hòa Thượng tổ chức lễ khánh thành chợ nông thôn sau 7 tháng thi công.",
         "Chợ có tổng vốn đầu tư 1,8 tỷ đồng, gồm nhà chợ chính, 120 điểm kinh doanh, khu vệ sinh và bãi để xe, phục vụ nhu cầu mua bán của nhân dân trong vùng."]},
    {"id": 103, "category": 1, "published": "2009-01-08T15:10", "author": "Lê Văn Thành", "hits": 142,
     "title": "Hội nghị tiếp xúc cử tri trước kỳ họp HĐND huyện",
     "summary": "Các đại biểu HĐND huyện tiếp xúc cử tri tại 6 cụm xã trước kỳ họp thứ 14.",
     "paragraphs": [
         "Từ ngày 5 đến 7/1, các đại biểu HĐND huyện Đông Sơn Thượng đã tiếp xúc cử tri tại 6 cụm xã, thị trấn trước kỳ họp thứ 14.",
         "Cử tri kiến nghị nhiều vấn đề về thủy lợi nội đồng, cấp giấy chứng nhận quyền sử dụng đất và vệ sinh môi trường ở các khu dân cư.",
         "Lãnh đạo UBND huyện đã tiếp thu và trả lời trực tiếp nhiều ý kiến thuộc thẩm quyền."]},
    {"id": 102, "category": 2, "published": "2008-12-22T09:30", "author": "Phạm Thị Hoa", "hits": 119,
     "title": "Làng nghề đá Đông Khê Hạ mở rộng thị trường",
     "summary": "Làng nghề chế tác đá Đông Khê Hạ có hơn 400 hộ làm nghề, sản phẩm có mặt ở nhiều tỉnh.",
     "paragraphs": [
         "Làng nghề chế tác đá Đông Khê Hạ hiện có hơn 400 hộ làm nghề, giải quyết việc làm thường xuyên cho khoảng 1.100 lao động.",
         "Năm 2008, doanh thu của làng nghề ước đạt 26 tỷ đồng; nhiều cơ sở đã đầu tư máy cắt, máy mài để nâng cao chất lượng sản phẩm.",
         "Sản phẩm đá mỹ nghệ của làng đã có mặt tại nhiều tỉnh, thành phố trong cả nước."]},
    {"id": 101, "category": 1, "published": "2008-12-10T07:45", "author": "Nguyễn Hữu Lộc", "hits": 205,
     "title": "Ra mắt Trang thông tin điện tử huyện Đông Sơn Thượng",
     "summary": "Trang thông tin điện tử của huyện chính thức hoạt động từ ngày 10/12/2008.",
     "paragraphs": [
         "Từ ngày 10/12/2008, Trang thông tin điện tử huyện Đông Sơn Thượng chính thức đi vào hoạt động tại địa chỉ dongson.example.gov.vn.",
         "Trang cung cấp tin tức về hoạt động của các cơ quan, đơn vị trên địa bàn, văn bản chỉ đạo điều hành và thủ tục hành chính phục vụ người dân.",
         "Ban biên tập mong nhận được ý kiến đóng góp của bạn đọc để trang ngày càng hoàn thiện."]},
]

ABOUT = [
    "Huyện Đông Sơn Thượng nằm ở phía tây thành phố, có diện tích tự nhiên 10.850 ha, gồm 20 xã và 1 thị trấn.",
    "Dân số toàn huyện khoảng 104.000 người; kinh tế chủ yếu là nông nghiệp, tiểu thủ công nghiệp và làng nghề chế tác đá.",
]
