"""Content of the modelled phường Ngọc Khê portal (Next.js, server-rendered pages with their
data in __NEXT_DATA__). Invented unit, people and prose."""
from __future__ import annotations

SITE = {
    "id": "ngockhe",
    "name": "Cổng thông tin điện tử phường Ngọc Khê",
    "unit": "phường Ngọc Khê",
    "base_url": "https://ngockhe.example.gov.vn",
    "address": "Số 18 đường Ngọc Hà, phường Ngọc Khê, tỉnh Đông Sơn",
    "phone": "0226 3851 902",
    "email": "ubnd.ngockhe@example.gov.vn",
    "build_id": "r8PqX2mVt0kLw5",
}

CATEGORIES = {"kinh-te": "Kinh tế", "van-hoa-xa-hoi": "Văn hóa - Xã hội",
              "chinh-quyen": "Chính quyền", "nong-thon-moi": "Đô thị văn minh"}
TAGS = {"chuyen-doi-so": "chuyển đổi số", "giao-duc": "giáo dục", "moi-truong": "môi trường",
        "an-sinh": "an sinh xã hội"}

# "categories": the first is the story's own (its canonical URL); a second one lists it too
# and serves it under its own path. "image": (file under /uploads/2025/<mm>/, caption).
ARTICLES = [
    {"id": 2291, "slug": "ngoc-khe-khanh-thanh-cong-vien-ven-ho-ngoc-ha",
     "title": "Ngọc Khê khánh thành công viên ven hồ Ngọc Hà",
     "published": "2025-09-02T08:00", "categories": ["van-hoa-xa-hoi", "nong-thon-moi"],
     "tags": ["moi-truong"], "author": "Bảo Ngọc",
     "image": ("cong-vien-ho-ngoc-ha.jpg", "Người dân tham quan công viên ven hồ Ngọc Hà trong ngày khánh thành."),
     "paragraphs": [
         "Sáng 2/9, Ủy ban nhân dân phường Ngọc Khê khánh thành công viên ven hồ Ngọc Hà rộng 3,2 ha sau 10 tháng thi công, tổng vốn đầu tư 27 tỷ đồng.",
         "Công viên có 1,4 km đường dạo bộ, sân chơi cho trẻ em, khu tập thể dục ngoài trời và hệ thống chiếu sáng tiết kiệm năng lượng.",
         "Phường giao tổ dân phố Ngọc Hà phối hợp với đơn vị quản lý duy trì vệ sinh, không để hàng quán lấn chiếm lối đi."]},
    {"id": 2284, "slug": "phuong-ngoc-khe-cap-the-bhyt-cho-hoc-sinh-nam-hoc-moi",
     "title": "Phường Ngọc Khê cấp thẻ bảo hiểm y tế cho học sinh năm học mới",
     "published": "2025-08-27T15:10", "categories": ["van-hoa-xa-hoi"],
     "tags": ["giao-duc", "an-sinh"], "author": "Minh Châu",
     "image": ("the-bhyt-hoc-sinh.jpg", "Cán bộ phường hướng dẫn phụ huynh tra cứu thẻ bảo hiểm y tế trên ứng dụng."),
     "paragraphs": [
         "Ủy ban nhân dân phường Ngọc Khê phối hợp với Bảo hiểm xã hội khu vực hoàn thành cấp thẻ bảo hiểm y tế cho 3.450 học sinh của 4 trường trên địa bàn.",
         "Phụ huynh có thể dùng thẻ trên ứng dụng định danh điện tử thay cho thẻ giấy khi đưa con đi khám chữa bệnh.",
         "Tỷ lệ học sinh tham gia bảo hiểm y tế của phường năm học 2025 - 2026 đạt 99,6%."]},
    {"id": 2277, "slug": "hop-chu-ho-kinh-doanh-tuyen-pho-ngoc-ha-ve-thanh-toan-khong-dung-tien-mat",
     "title": "Họp các hộ kinh doanh tuyến phố Ngọc Hà về thanh toán không dùng tiền mặt",
     "published": "2025-08-20T09:40", "categories": ["kinh-te"],
     "tags": ["chuyen-doi-so"], "author": "Đức Anh",
     "image": ("thanh-toan-qr.jpg", "Một hộ kinh doanh trên phố Ngọc Hà nhận thanh toán bằng mã QR."),
     "paragraphs": [
         "Ủy ban nhân dân phường Ngọc Khê họp với 126 hộ kinh doanh trên tuyến phố Ngọc Hà để triển khai mô hình tuyến phố thanh toán không dùng tiền mặt.",
         "Các ngân hàng thương mại hỗ trợ miễn phí mã QR, loa báo chuyển khoản và hướng dẫn hộ kinh doanh xuất hóa đơn điện tử.",
         "Phường đặt mục tiêu đến hết năm 2025 có 95% hộ kinh doanh trên tuyến phố chấp nhận thanh toán điện tử."]},
    {"id": 2270, "slug": "ngoc-khe-ra-mat-mo-hinh-to-dan-pho-so",
     "title": "Ngọc Khê ra mắt mô hình tổ dân phố số",
     "published": "2025-08-12T14:30", "categories": ["chinh-quyen"],
     "tags": ["chuyen-doi-so"], "author": "Bảo Ngọc",
     "image": ("to-dan-pho-so.jpg", "Tổ trưởng tổ dân phố số 5 giới thiệu nhóm Zalo của tổ với người dân."),
     "paragraphs": [
         "Phường Ngọc Khê ra mắt mô hình tổ dân phố số tại 6 tổ dân phố, mỗi tổ có một nhóm công nghệ số và một kênh thông tin trên mạng xã hội.",
         "Người dân được nhận thông báo của phường, phản ánh sự việc và đăng ký lịch làm thủ tục hành chính ngay trên điện thoại.",
         "Sau 3 tháng thí điểm, phường sẽ đánh giá và nhân rộng mô hình ra toàn bộ 21 tổ dân phố."]},
    {"id": 2263, "slug": "lang-nghe-banh-da-ngoc-khe-dat-chung-nhan-ocop-4-sao",
     "title": "Bánh đa Ngọc Khê đạt chứng nhận OCOP 4 sao",
     "published": "2025-08-05T10:15", "categories": ["kinh-te", "nong-thon-moi"],
     "tags": [], "author": "Đức Anh",
     "image": ("banh-da-ngoc-khe.jpg", "Phơi bánh đa tại cơ sở sản xuất của hợp tác xã."),
     "paragraphs": [
         "Sản phẩm bánh đa vừng của Hợp tác xã làng nghề Ngọc Khê vừa được Hội đồng đánh giá cấp tỉnh công nhận đạt chuẩn OCOP 4 sao.",
         "Hợp tác xã có 38 thành viên, mỗi năm sản xuất khoảng 1,2 triệu chiếc bánh, doanh thu hơn 6 tỷ đồng.",
         "Với chứng nhận mới, sản phẩm được đưa vào chuỗi siêu thị trong tỉnh và các sàn thương mại điện tử."]},
    {"id": 2256, "slug": "ubnd-phuong-ngoc-khe-doi-thoai-voi-nhan-dan-ve-chinh-trang-do-thi",
     "title": "Ủy ban nhân dân phường Ngọc Khê đối thoại với nhân dân về chỉnh trang đô thị",
     "published": "2025-07-29T19:30", "categories": ["chinh-quyen"],
     "tags": [], "author": "Minh Châu",
     "image": ("doi-thoai-chinh-trang.jpg", "Người dân tổ dân phố số 3 nêu ý kiến tại buổi đối thoại."),
     "paragraphs": [
         "Tối 29/7, Chủ tịch Ủy ban nhân dân phường Ngọc Khê đối thoại với gần 200 người dân về kế hoạch chỉnh trang vỉa hè và hệ thống thoát nước khu dân cư phía Bắc.",
         "Người dân đề nghị phường công khai tiến độ, bố trí lối đi tạm trong thời gian thi công và khắc phục ngay các điểm ngập khi mưa lớn.",
         "Lãnh đạo phường tiếp thu các ý kiến và cam kết hoàn thành hạng mục thoát nước trước mùa mưa năm 2026."]},
    {"id": 2249, "slug": "trao-hoc-bong-cho-hoc-sinh-co-hoan-canh-kho-khan",
     "title": "Trao 45 suất học bổng cho học sinh có hoàn cảnh khó khăn",
     "published": "2025-07-21T08:20", "categories": ["van-hoa-xa-hoi"],
     "tags": ["giao-duc", "an-sinh"], "author": "Bảo Ngọc",
     "image": ("hoc-bong.jpg", "Lãnh đạo phường trao học bổng cho các em học sinh."),
     "paragraphs": [
         "Quỹ Khuyến học phường Ngọc Khê trao 45 suất học bổng, mỗi suất 2 triệu đồng, cho học sinh có hoàn cảnh khó khăn vươn lên học tốt.",
         "Kinh phí do các doanh nghiệp, nhà hảo tâm và con em quê hương ủng hộ trong chương trình Tiếp sức đến trường năm 2025.",
         "Dịp này, phường cũng tặng 300 bộ sách giáo khoa cho thư viện các trường tiểu học."]},
    {"id": 2242, "slug": "phuong-ngoc-khe-tong-ket-6-thang-dau-nam-2025",
     "title": "Phường Ngọc Khê tổng kết 6 tháng đầu năm 2025",
     "published": "2025-07-10T14:00", "categories": ["chinh-quyen"],
     "tags": [], "author": "Minh Châu",
     "image": ("tong-ket-6-thang.jpg", "Quang cảnh hội nghị tổng kết 6 tháng đầu năm của phường."),
     "paragraphs": [
         "Ủy ban nhân dân phường Ngọc Khê tổ chức hội nghị tổng kết tình hình kinh tế - xã hội 6 tháng đầu năm 2025 và triển khai nhiệm vụ 6 tháng cuối năm.",
         "Thu ngân sách trên địa bàn đạt 61% dự toán; phường giải quyết 2.316 hồ sơ thủ tục hành chính, 100% đúng và trước hạn.",
         "Nhiệm vụ trọng tâm những tháng cuối năm là hoàn thành chỉnh trang đô thị, thu ngân sách và chuẩn bị đại hội Đảng bộ phường."]},
    {"id": 2235, "slug": "khoi-cong-nha-van-hoa-to-dan-pho-so-9",
     "title": "Khởi công nhà văn hóa tổ dân phố số 9",
     "published": "2025-06-30T08:30", "categories": ["kinh-te"],
     "tags": [], "author": "Đức Anh",
     "image": ("nha-van-hoa-to-9.jpg", "Lễ động thổ xây dựng nhà văn hóa tổ dân phố số 9."),
     "paragraphs": [
         "Tổ dân phố số 9 phường Ngọc Khê khởi công xây dựng nhà văn hóa với diện tích sàn 180 m2, tổng kinh phí 2,3 tỷ đồng.",
         "Trong đó ngân sách phường hỗ trợ 1,5 tỷ đồng, phần còn lại do người dân và các doanh nghiệp trên địa bàn đóng góp.",
         "Công trình dự kiến hoàn thành vào dịp kỷ niệm Ngày hội Đại đoàn kết toàn dân tộc 18/11."]},
    {"id": 2228, "slug": "ngoc-khe-phat-dong-phong-trao-chong-rac-thai-nhua",
     "title": "Ngọc Khê phát động phong trào chống rác thải nhựa",
     "published": "2025-06-18T07:45", "categories": ["van-hoa-xa-hoi"],
     "tags": ["moi-truong"], "author": "Bảo Ngọc",
     "image": ("chong-rac-thai-nhua.jpg", "Đoàn viên phát túi vải cho tiểu thương chợ Ngọc Khê."),
     "paragraphs": [
         "Ủy ban Mặt trận Tổ quốc phường Ngọc Khê phát động phong trào chống rác thải nhựa tại chợ Ngọc Khê với sự tham gia của 150 tiểu thương.",
         "Đoàn viên thanh niên phát 2.000 túi vải, hướng dẫn phân loại rác tại nguồn và thu gom chai nhựa đổi lấy cây xanh.",
         "Phường đặt mục tiêu giảm một nửa lượng túi ni lông dùng tại chợ trong năm 2025."]},
]

ABOUT = [
    "Phường Ngọc Khê được thành lập từ ngày 1/7/2025 trên cơ sở sắp xếp hai phường và một xã cũ, có diện tích tự nhiên 12,8 km2, 21 tổ dân phố với hơn 34.000 nhân khẩu.",
    "Phường có tuyến phố thương mại Ngọc Hà, làng nghề bánh đa truyền thống và hồ Ngọc Hà là không gian sinh hoạt chung của người dân.",
]
