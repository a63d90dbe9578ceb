"""Content of the modelled huyện Hạnh Khê portal (an IBM Lotus Domino web database of the
2000s-2010s: views, categorised views with twisties, documents by view path and by UNID,
$FILE attachments, ?ReadForm pages). Invented unit, people and prose."""
from __future__ import annotations

SITE = {
    "id": "hanhkhe",
    "name": "Cổng thông tin điện tử huyện Hạnh Khê",
    "unit": "huyện Hạnh Khê",
    "base_url": "http://hanhkhe.example.gov.vn",
    "db": "/portal.nsf",
    "address": "Số 5 đường Trần Phú, thị trấn Hạnh Khê, huyện Hạnh Khê",
    "phone": "0239.3861.204",
    "email": "vanphong@hanhkhe.example.gov.vn",
}

# categories of the categorised view "TheoChuyenMuc", in its order (twisty positions 1, 2, 3)
CATEGORIES = ["Tin hoạt động", "Kinh tế - Xã hội", "Thông báo"]

# "notice": filed only under "Thông báo": the flat news view TinTuc does not list it, so it is
# reached only by expanding its category in TheoChuyenMuc (or the view's ExpandView).
# "file": a $FILE attachment of the document.
ARTICLES = [
    {"unid": "8F3A1C2B7D4E5F60A1B2C3D4E5F60718", "category": 0, "published": "2014-11-18T09:20",
     "author": "Trần Quốc Hưng", "title": "Huyện Hạnh Khê hỗ trợ 126 hộ nghèo sửa chữa nhà ở",
     "summary": "Năm 2014, huyện hỗ trợ 126 hộ nghèo sửa chữa, xây mới nhà ở với tổng kinh phí hơn 2,5 tỷ đồng.",
     "paragraphs": [
         "Thực hiện Quyết định số 1125/QĐ-UBND ngày 12/5/2014 của UBND huyện Hạnh Khê, đến nay toàn huyện đã hỗ trợ 126 hộ nghèo sửa chữa, xây mới nhà ở.",
         "Mỗi hộ xây mới được hỗ trợ 25 triệu đồng, mỗi hộ sửa chữa được hỗ trợ 12 triệu đồng từ ngân sách huyện và Quỹ Vì người nghèo; tổng kinh phí hơn 2,5 tỷ đồng.",
         "Các đoàn thể đã huy động hơn 1.400 ngày công giúp các hộ vận chuyển vật liệu, dựng nhà trước mùa mưa bão."]},
    {"unid": "0B9D8E7F6A5B4C3D2E1F0A9B8C7D6E5F", "category": 1, "published": "2014-11-10T14:05",
     "author": "Lê Thị Mai Hương", "title": "Thu ngân sách 10 tháng đạt 86% dự toán",
     "summary": "Tổng thu ngân sách trên địa bàn 10 tháng đầu năm 2014 ước đạt 64,3 tỷ đồng.",
     "paragraphs": [
         "Theo báo cáo của Chi cục Thuế huyện, tổng thu ngân sách nhà nước trên địa bàn huyện Hạnh Khê 10 tháng đầu năm 2014 ước đạt 64,3 tỷ đồng, bằng 86% dự toán HĐND huyện giao.",
         "Một số khoản thu đạt khá như thu tiền sử dụng đất 21,7 tỷ đồng, thu từ khu vực ngoài quốc doanh 18,2 tỷ đồng.",
         "UBND huyện yêu cầu các xã, thị trấn tập trung đôn đốc thu nợ đọng thuế, phấn đấu hoàn thành dự toán năm."]},
    {"unid": "C4D5E6F708192A3B4C5D6E7F8091A2B3", "category": 2, "published": "2014-11-06T08:00",
     "author": "Văn phòng HĐND và UBND huyện", "notice": True, "file": "QD-2418-UBND.pdf",
     "title": "Thông báo lịch tiếp công dân định kỳ tháng 11 năm 2014",
     "summary": "Chủ tịch UBND huyện tiếp công dân định kỳ vào ngày 14 và 28 tháng 11 năm 2014.",
     "paragraphs": [
         "Căn cứ Quyết định số 2418/QĐ-UBND ngày 30/10/2014 của UBND huyện Hạnh Khê về việc ban hành quy chế tiếp công dân, Chủ tịch UBND huyện tiếp công dân định kỳ vào ngày 14 và ngày 28 tháng 11 năm 2014 tại Trụ sở tiếp công dân huyện.",
         "Công dân có nhu cầu mang theo giấy tờ tùy thân và các tài liệu liên quan; nội dung chi tiết xem tệp đính kèm."]},
    {"unid": "5E6F708192A3B4C5D6E7F8091A2B3C4D", "category": 0, "published": "2014-10-29T10:40",
     "author": "Trần Quốc Hưng", "title": "Ra quân tổng vệ sinh môi trường tại 18 xã, thị trấn",
     "summary": "Hơn 9.000 lượt đoàn viên, hội viên tham gia ra quân tổng vệ sinh môi trường.",
     "paragraphs": [
         "Sáng 26/10, Huyện đoàn Hạnh Khê phối hợp với Hội Liên hiệp Phụ nữ huyện tổ chức ra quân tổng vệ sinh môi trường đồng loạt tại 18 xã, thị trấn.",
         "Hơn 9.000 lượt đoàn viên, hội viên đã tham gia phát quang 46 km đường giao thông, khơi thông 12 km kênh mương và thu gom khoảng 35 tấn rác thải.",
         "Dịp này, Huyện đoàn trao tặng 200 thùng đựng rác cho các thôn có phong trào bảo vệ môi trường tốt."]},
    {"unid": "A1B2C3D4E5F60718293A4B5C6D7E8F90", "category": 1, "published": "2014-10-21T15:30",
     "author": "Nguyễn Đình Phúc", "title": "Nông dân Hạnh Khê thu hoạch 3.150 ha lúa hè thu",
     "summary": "Năng suất lúa hè thu bình quân đạt 52,4 tạ/ha, tăng 1,8 tạ/ha so với vụ trước.",
     "paragraphs": [
         "Đến ngày 20/10, nông dân huyện Hạnh Khê đã thu hoạch xong 3.150 ha lúa hè thu, năng suất bình quân đạt 52,4 tạ/ha, tăng 1,8 tạ/ha so với cùng vụ năm trước.",
         "Tổng sản lượng lương thực vụ hè thu ước đạt 16.500 tấn; các giống lúa chất lượng cao chiếm 65% diện tích gieo cấy.",
         "Phòng Nông nghiệp và Phát triển nông thôn huyện khuyến cáo nông dân xử lý rơm rạ, vệ sinh đồng ruộng để chuẩn bị cho vụ đông."]},
    {"unid": "D7E8F90A1B2C3D4E5F60718293A4B5C6", "category": 0, "published": "2014-10-14T09:00",
     "author": "Lê Thị Mai Hương", "title": "Khai giảng lớp bồi dưỡng kiến thức quốc phòng cho 85 học viên",
     "summary": "Lớp bồi dưỡng kiến thức quốc phòng - an ninh đối tượng 4 năm 2014 khai giảng tại Trung tâm Bồi dưỡng chính trị huyện.",
     "paragraphs": [
         "Ngày 13/10, Hội đồng Giáo dục quốc phòng - an ninh huyện Hạnh Khê khai giảng lớp bồi dưỡng kiến thức quốc phòng - an ninh cho 85 học viên là cán bộ đối tượng 4.",
         "Trong thời gian 5 ngày, các học viên được nghiên cứu 8 chuyên đề về quan điểm, đường lối của Đảng về quốc phòng, an ninh và xây dựng khu vực phòng thủ.",
         "Kinh phí tổ chức lớp học khoảng 96 triệu đồng từ ngân sách huyện."]},
    {"unid": "2A3B4C5D6E7F8091A2B3C4D5E6F70819", "category": 2, "published": "2014-10-08T07:45",
     "author": "Phòng Tài nguyên và Môi trường", "notice": True,
     "title": "Thông báo thu hồi đất thực hiện dự án đường liên xã Hạnh Phúc - Khê Thượng",
     "summary": "UBND huyện thông báo thu hồi 4,6 ha đất để thực hiện dự án đường liên xã.",
     "paragraphs": [
         "Thực hiện Quyết định số 2207/QĐ-UBND ngày 2/10/2014 của UBND tỉnh, UBND huyện Hạnh Khê thông báo thu hồi 4,6 ha đất của 53 hộ gia đình, cá nhân tại xã Hạnh Phúc và xã Khê Thượng để thực hiện dự án đường liên xã.",
         "Thời gian điều tra, khảo sát, đo đạc, kiểm đếm từ ngày 15/10 đến ngày 15/11/2014. Đề nghị các hộ có đất bị thu hồi phối hợp với Hội đồng bồi thường, hỗ trợ và tái định cư huyện."]},
    {"unid": "6F708192A3B4C5D6E7F8091A2B3C4D5E", "category": 1, "published": "2014-09-30T16:10",
     "author": "Nguyễn Đình Phúc", "title": "Khánh thành cầu Bến Đá nối hai xã Hạnh Lộc và Hạnh Tiến",
     "summary": "Cây cầu dài 48 m, tổng vốn đầu tư 7,2 tỷ đồng, do ngân sách tỉnh và huyện hỗ trợ.",
     "paragraphs": [
         "Sáng 29/9, UBND huyện Hạnh Khê tổ chức lễ khánh thành và đưa vào sử dụng cầu Bến Đá nối hai xã Hạnh Lộc và Hạnh Tiến.",
         "Cầu dài 48 m, rộng 5,5 m, tổng vốn đầu tư 7,2 tỷ đồng từ ngân sách tỉnh, huyện và nhân dân đóng góp.",
         "Công trình giúp hơn 2.300 hộ dân hai xã đi lại thuận tiện, nhất là trong mùa mưa lũ, khi bến đò cũ phải ngừng hoạt động."]},
    {"unid": "93A4B5C6D7E8F90A1B2C3D4E5F607182", "category": 0, "published": "2014-09-22T08:30",
     "author": "Trần Quốc Hưng", "title": "Hội nghị sơ kết 3 năm xây dựng nông thôn mới",
     "summary": "Sau 3 năm, huyện có 4 xã đạt chuẩn nông thôn mới, bình quân mỗi xã đạt 12,5 tiêu chí.",
     "paragraphs": [
         "Ngày 19/9, Ban Chỉ đạo Chương trình xây dựng nông thôn mới huyện Hạnh Khê tổ chức hội nghị sơ kết 3 năm thực hiện chương trình giai đoạn 2011-2015.",
         "Sau 3 năm, toàn huyện huy động được hơn 312 tỷ đồng cho xây dựng nông thôn mới, trong đó nhân dân đóng góp 58 tỷ đồng và hiến hơn 21 ha đất làm đường giao thông.",
         "Đến nay huyện có 4 xã đạt chuẩn nông thôn mới, bình quân mỗi xã đạt 12,5 tiêu chí."]},
]

ABOUT = [
    "Huyện Hạnh Khê nằm ở phía tây nam của tỉnh, có diện tích tự nhiên 42.380 ha, gồm 17 xã và 1 thị trấn.",
    "Dân số toàn huyện khoảng 126.000 người, sinh sống chủ yếu bằng nghề nông, lâm nghiệp và dịch vụ thương mại.",
]
