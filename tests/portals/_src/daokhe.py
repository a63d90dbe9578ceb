"""Content of the modelled huyện Đào Khê portal (a vendor's PHP CMS, /<chuyen-muc>/<slug>.html,
pagers of four kinds, old stories only in the sitemap or the archive feed). MODELLED, not
copied: invented unit, people, figures and prose."""
from __future__ import annotations

SITE = {
    "id": "daokhe",
    "name": "Cổng thông tin điện tử huyện Đào Khê",
    "unit": "huyện Đào Khê",
    "base_url": "https://daokhe.example.gov.vn",
    "address": "Số 25 đường Lê Lợi, thị trấn Đào Khê, huyện Đào Khê",
    "phone": "0233 3861 204",
    "email": "ubnd@daokhe.example.gov.vn",
}

# slug -> (name, how its listing continues): "elided" numbered pager with "Trang đầu/cuối",
# "head" (only <link rel="next"> in the head; the body's pager a script fills in), "select-url"
# (a page-jump <select> whose options carry the page URLs), "select-number" (a page-jump
# <select> whose options carry page numbers, the URL built in its onchange).
CATEGORIES = {
    "tin-tuc-su-kien": ("Tin tức - Sự kiện", "elided"),
    "kinh-te": ("Kinh tế", "head"),
    "van-hoa-xa-hoi": ("Văn hóa - Xã hội", "select-url"),
    "thong-bao": ("Thông báo", "select-number"),
}
PAGE_SIZE = 2

ARTICLES = [
    # -- Tin tức - Sự kiện (7: four pages of two, the pager elides the middle) ----------------
    {"id": 5121, "slug": "huyen-dao-khe-ra-quan-xoa-nha-tam-nha-dot-nat-nam-2025",
     "title": "Huyện Đào Khê ra quân xóa nhà tạm, nhà dột nát năm 2025",
     "published": "2025-06-18T08:10", "category": "tin-tuc-su-kien", "author": "Minh Trang",
     "sapo": "Sáng 17/6, Ban Chỉ đạo xóa nhà tạm, nhà dột nát huyện Đào Khê tổ chức lễ ra quân, khởi công đồng loạt 46 căn nhà cho hộ nghèo, hộ cận nghèo trên địa bàn.",
     "paragraphs": [
         "Theo Kế hoạch số 142/KH-UBND ngày 2/6/2025 của UBND huyện, mỗi căn nhà xây mới được hỗ trợ 60 triệu đồng, mỗi căn sửa chữa được hỗ trợ 30 triệu đồng từ ngân sách và nguồn xã hội hóa.",
         "Tổng kinh phí thực hiện đợt này gần 2,5 tỷ đồng; các xã Khê Thượng, Bản Lìm và Nà Đon có số hộ được hỗ trợ nhiều nhất.",
         "Huyện phấn đấu hoàn thành bàn giao toàn bộ 46 căn nhà trước ngày 30/9/2025.",
     ]},
    {"id": 5108, "slug": "ky-hop-thu-muoi-hai-hdnd-huyen-khoa-xx",
     "title": "Kỳ họp thứ mười hai HĐND huyện khóa XX thông qua 9 nghị quyết",
     "published": "2025-06-05T16:30", "category": "tin-tuc-su-kien", "author": "Lê Hải",
     "sapo": "Sau hai ngày làm việc, Kỳ họp thứ mười hai Hội đồng nhân dân huyện Đào Khê khóa XX đã hoàn thành chương trình đề ra và biểu quyết thông qua 9 nghị quyết.",
     "paragraphs": [
         "Các nghị quyết quan trọng gồm điều chỉnh kế hoạch đầu tư công năm 2025 với tổng vốn 186,4 tỷ đồng và phê duyệt quyết toán ngân sách năm 2024.",
         "Đại biểu đã chất vấn về tiến độ giải ngân vốn các chương trình mục tiêu quốc gia, công tác quản lý đất đai và bảo đảm nước sinh hoạt mùa khô.",
     ]},
    {"id": 5093, "slug": "tong-ket-cong-tac-phong-chong-thien-tai-nam-2024",
     "title": "Tổng kết công tác phòng, chống thiên tai năm 2024",
     "published": "2025-05-22T09:00", "category": "tin-tuc-su-kien", "author": "Minh Trang",
     "sapo": "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn huyện tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.",
     "paragraphs": [
         "Năm 2024, thiên tai làm hư hỏng 212 ngôi nhà và 37 ha lúa, tổng thiệt hại ước 14,8 tỷ đồng; huyện đã hỗ trợ kịp thời 1,2 tỷ đồng cho các hộ bị ảnh hưởng.",
         "Năm 2025, huyện bố trí 3 tỷ đồng dự phòng, diễn tập ứng phó lũ quét tại xã Bản Lìm và rà soát 18 điểm có nguy cơ sạt lở.",
     ]},
    {"id": 5077, "slug": "trao-the-bao-hiem-y-te-cho-hoc-sinh-ho-can-ngheo",
     "title": "Trao thẻ bảo hiểm y tế cho học sinh hộ cận nghèo",
     "published": "2025-05-09T14:20", "category": "tin-tuc-su-kien", "author": "Hoàng Thu",
     "sapo": "Bảo hiểm xã hội huyện phối hợp với Phòng Giáo dục và Đào tạo trao 320 thẻ bảo hiểm y tế cho học sinh thuộc hộ cận nghèo năm học 2024-2025.",
     "paragraphs": [
         "Kinh phí mua thẻ hơn 290 triệu đồng, do ngân sách nhà nước hỗ trợ 70% và các nhà hảo tâm đóng góp phần còn lại.",
         "Đến nay tỷ lệ học sinh tham gia bảo hiểm y tế trên địa bàn huyện đạt 98,7%.",
     ]},
    {"id": 5060, "slug": "hoi-nghi-doi-thoai-voi-nong-dan-nam-2025",
     "title": "Hội nghị đối thoại với nông dân năm 2025",
     "published": "2025-04-24T08:00", "category": "tin-tuc-su-kien", "author": "Lê Hải",
     "sapo": "Chủ tịch UBND huyện Đào Khê chủ trì hội nghị đối thoại với hơn 150 hội viên nông dân tiêu biểu của 14 xã, thị trấn.",
     "paragraphs": [
         "Nông dân kiến nghị 23 nội dung, tập trung vào vốn vay sản xuất, giá vật tư nông nghiệp và tiêu thụ nông sản.",
         "Lãnh đạo huyện giao các phòng chuyên môn trả lời bằng văn bản các kiến nghị chưa giải đáp tại hội nghị trước ngày 15/5/2025.",
     ]},
    {"id": 5042, "slug": "khanh-thanh-cau-treo-ban-lim",
     "title": "Khánh thành cầu treo Bản Lìm",
     "published": "2025-04-03T10:45", "category": "tin-tuc-su-kien", "author": "Hoàng Thu",
     "sapo": "Cầu treo Bản Lìm dài 96 m được đưa vào sử dụng, giúp hơn 400 hộ dân hai bên suối Nậm Khê đi lại an toàn trong mùa mưa lũ.",
     "paragraphs": [
         "Công trình có tổng vốn đầu tư 5,6 tỷ đồng từ Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi.",
         "Cầu được khởi công tháng 8/2024 theo Quyết định số 1375/QĐ-UBND ngày 12/7/2024 của UBND huyện.",
     ]},
    {"id": 5019, "slug": "dao-khe-phat-dong-thang-hanh-dong-vi-tre-em",
     "title": "Đào Khê phát động Tháng hành động vì trẻ em",
     "published": "2025-03-14T07:50", "category": "tin-tuc-su-kien", "author": "Minh Trang",
     "sapo": "UBND huyện Đào Khê phát động Tháng hành động vì trẻ em năm 2025 với chủ đề chăm lo cho trẻ em có hoàn cảnh đặc biệt.",
     "paragraphs": [
         "Dịp này, huyện trao 85 suất quà, mỗi suất 500 nghìn đồng, và 12 chiếc xe đạp cho trẻ em mồ côi, khuyết tật.",
         "Các xã được yêu cầu rà soát khu vui chơi, bể bơi và điểm sinh hoạt cộng đồng để bảo đảm an toàn cho trẻ trong dịp hè.",
     ]},
    # -- Kinh tế (3: page 2 named only by <link rel="next"> in the head) ----------------------
    {"id": 5116, "slug": "giai-ngan-von-dau-tu-cong-5-thang-dat-41-phan-tram",
     "title": "Giải ngân vốn đầu tư công 5 tháng đạt 41%",
     "published": "2025-06-12T15:00", "category": "kinh-te", "author": "Phòng Tài chính - Kế hoạch",
     "sapo": "Đến hết tháng 5/2025, huyện Đào Khê giải ngân 76,4 tỷ đồng vốn đầu tư công, đạt 41% kế hoạch năm, cao hơn bình quân của tỉnh.",
     "paragraphs": [
         "Trong đó, vốn ngân sách huyện giải ngân 38,2 tỷ đồng, vốn chương trình mục tiêu quốc gia giải ngân 21,5 tỷ đồng.",
         "UBND huyện yêu cầu các chủ đầu tư hoàn thiện hồ sơ thanh toán khối lượng hoàn thành chậm nhất ngày 25 hằng tháng.",
     ]},
    {"id": 5084, "slug": "mo-rong-vung-trong-que-huu-co-len-620-ha",
     "title": "Mở rộng vùng trồng quế hữu cơ lên 620 ha",
     "published": "2025-05-15T09:30", "category": "kinh-te", "author": "Đức Anh",
     "sapo": "Hợp tác xã Quế Khê Thượng liên kết với 214 hộ dân mở rộng vùng trồng quế đạt chứng nhận hữu cơ lên 620 ha.",
     "paragraphs": [
         "Giá vỏ quế khô hữu cơ năm nay đạt 52 nghìn đồng mỗi kilôgam, cao hơn quế thường khoảng 15%.",
         "Huyện hỗ trợ 400 triệu đồng chi phí cấp chứng nhận và tập huấn kỹ thuật cho các hộ tham gia.",
     ]},
    {"id": 5031, "slug": "thu-ngan-sach-quy-i-vuot-du-toan",
     "title": "Thu ngân sách quý I vượt dự toán",
     "published": "2025-04-08T11:15", "category": "kinh-te", "author": "Phòng Tài chính - Kế hoạch",
     "sapo": "Tổng thu ngân sách trên địa bàn huyện quý I/2025 đạt 28,9 tỷ đồng, bằng 31,6% dự toán năm.",
     "paragraphs": [
         "Thu tiền sử dụng đất đạt 12,3 tỷ đồng; thu thuế ngoài quốc doanh đạt 7,8 tỷ đồng, tăng 9% so với cùng kỳ.",
         "Chi ngân sách quý I là 96,1 tỷ đồng, bảo đảm chi lương, chi an sinh xã hội và các nhiệm vụ cấp bách.",
     ]},
    # -- Văn hóa - Xã hội (3: page 2 only in a page-jump select of URLs) ------------------------
    {"id": 5112, "slug": "le-hoi-xuong-dong-ban-na-don-duoc-cong-nhan-di-san",
     "title": "Lễ hội Xuống đồng Bản Nà Đon được công nhận di sản văn hóa phi vật thể",
     "published": "2025-06-09T10:00", "category": "van-hoa-xa-hoi", "author": "Hoàng Thu",
     "sapo": "Bộ Văn hóa, Thể thao và Du lịch quyết định đưa Lễ hội Xuống đồng của đồng bào Tày Bản Nà Đon vào Danh mục di sản văn hóa phi vật thể quốc gia.",
     "paragraphs": [
         "Lễ hội được tổ chức vào tháng Giêng hằng năm, gồm nghi lễ cầu mùa, trò chơi ném còn, kéo co và thi cấy lúa.",
         "Huyện dành 350 triệu đồng để tư liệu hóa lễ hội và mở lớp truyền dạy hát then cho thanh thiếu niên.",
     ]},
    {"id": 5089, "slug": "90-ho-ngheo-duoc-ho-tro-sinh-ke-tu-chuong-trinh-giam-ngheo",
     "title": "90 hộ nghèo được hỗ trợ sinh kế từ chương trình giảm nghèo",
     "published": "2025-05-19T14:00", "category": "van-hoa-xa-hoi", "author": "Đức Anh",
     "sapo": "Từ nguồn vốn Chương trình mục tiêu quốc gia giảm nghèo bền vững, huyện Đào Khê hỗ trợ 90 hộ nghèo giống bò, dê và vật tư chăn nuôi.",
     "paragraphs": [
         "Mỗi hộ được hỗ trợ 15 triệu đồng theo Quyết định số 1102/QĐ-UBND ngày 28/4/2025 của UBND huyện; tổng kinh phí 1,35 tỷ đồng.",
         "Cán bộ khuyến nông hướng dẫn các hộ làm chuồng, trồng cỏ và tiêm phòng cho vật nuôi.",
     ]},
    {"id": 5027, "slug": "giai-bong-chuyen-hoi-cac-dan-toc-huyen-dao-khe",
     "title": "Giải bóng chuyền hơi các dân tộc huyện Đào Khê",
     "published": "2025-03-28T16:40", "category": "van-hoa-xa-hoi", "author": "Hoàng Thu",
     "sapo": "Giải bóng chuyền hơi các dân tộc huyện Đào Khê năm 2025 thu hút 24 đội đến từ 14 xã, thị trấn tham gia.",
     "paragraphs": [
         "Sau 3 ngày tranh tài, đội xã Khê Thượng giành giải nhất nội dung nữ, đội thị trấn Đào Khê giành giải nhất nội dung nam.",
         "Ban tổ chức trao tổng giải thưởng trị giá 40 triệu đồng.",
     ]},
    # -- Thông báo (3: page 2 only in a page-jump select of numbers) ----------------------------
    {"id": 5119, "slug": "thong-bao-lich-tiep-cong-dan-thang-7-2025",
     "title": "Thông báo lịch tiếp công dân tháng 7/2025",
     "published": "2025-06-26T17:00", "category": "thong-bao", "author": "Văn phòng HĐND và UBND huyện",
     "sapo": "",
     "paragraphs": [
         "Chủ tịch UBND huyện Đào Khê tiếp công dân định kỳ vào các ngày 10/7 và 24/7/2025 tại Trụ sở Tiếp công dân huyện, số 25 đường Lê Lợi.",
         "Công dân đến kiến nghị, phản ánh mang theo căn cước và giấy tờ liên quan; trường hợp ủy quyền phải có giấy ủy quyền hợp lệ.",
     ]},
    {"id": 5102, "slug": "thong-bao-tuyen-dung-vien-chuc-giao-duc-nam-2025",
     "title": "Thông báo tuyển dụng viên chức giáo dục năm 2025",
     "published": "2025-06-02T08:00", "category": "thong-bao", "author": "Phòng Nội vụ",
     "sapo": "",
     "paragraphs": [
         "UBND huyện Đào Khê thông báo tuyển dụng 37 viên chức giáo dục năm 2025 theo Quyết định số 1290/QĐ-UBND ngày 27/5/2025, gồm 12 giáo viên mầm non, 16 giáo viên tiểu học và 9 giáo viên trung học cơ sở.",
         "Thời gian nhận phiếu đăng ký dự tuyển từ ngày 3/6 đến hết ngày 2/7/2025 tại Phòng Nội vụ huyện.",
     ]},
    {"id": 5055, "slug": "thong-bao-thu-hoi-dat-du-an-duong-noi-ban-lim",
     "title": "Thông báo thu hồi đất thực hiện dự án đường nối Bản Lìm - Khê Thượng",
     "published": "2025-04-18T15:30", "category": "thong-bao", "author": "Phòng Tài nguyên và Môi trường",
     "sapo": "",
     "paragraphs": [
         "Thực hiện Quyết định số 845/QĐ-UBND ngày 10/4/2025, UBND huyện thông báo thu hồi 3,2 ha đất của 41 hộ gia đình để xây dựng tuyến đường nối Bản Lìm - Khê Thượng.",
         "Việc kiểm đếm, đo đạc hiện trạng được tiến hành từ ngày 5/5/2025; đề nghị các hộ có đất bị thu hồi phối hợp với tổ công tác.",
     ]},
]

# Stories of the old site (2019-2021), migrated into the "Lưu trữ" section, which no menu or
# listing of the new site links: only the sitemap (three) or the archive feed (one) names them.
OLD_ARTICLES = [
    {"id": 1844, "slug": "huyen-dao-khe-dat-chuan-pho-cap-giao-duc-tieu-hoc-muc-do-3",
     "title": "Huyện Đào Khê đạt chuẩn phổ cập giáo dục tiểu học mức độ 3",
     "published": "2019-12-20T09:00", "category": "luu-tru", "author": "Phòng Giáo dục và Đào tạo",
     "listed_in": "sitemap",
     "sapo": "Huyện Đào Khê được UBND tỉnh công nhận đạt chuẩn phổ cập giáo dục tiểu học mức độ 3 và xóa mù chữ mức độ 2.",
     "paragraphs": [
         "Toàn huyện có 21 trường tiểu học với 6.480 học sinh; tỷ lệ trẻ 11 tuổi hoàn thành chương trình tiểu học đạt 97,2%.",
         "Huyện đã đầu tư 14 tỷ đồng xây mới 38 phòng học trong giai đoạn 2015-2019.",
     ]},
    {"id": 2210, "slug": "ho-tro-126-ho-ngheo-bi-anh-huong-dich-covid-19",
     "title": "Hỗ trợ 126 hộ nghèo bị ảnh hưởng dịch COVID-19",
     "published": "2020-05-06T10:30", "category": "luu-tru", "author": "Phòng Lao động - Thương binh và Xã hội",
     "listed_in": "sitemap",
     "sapo": "Thực hiện Nghị quyết số 42/NQ-CP của Chính phủ, huyện Đào Khê chi trả hỗ trợ cho 126 hộ nghèo, hộ cận nghèo bị ảnh hưởng dịch COVID-19.",
     "paragraphs": [
         "Mỗi nhân khẩu được hỗ trợ 250 nghìn đồng mỗi tháng trong 3 tháng; tổng số tiền chi trả đợt đầu là 387 triệu đồng.",
         "Việc chi trả được thực hiện công khai tại nhà văn hóa các thôn, có sự giám sát của Mặt trận Tổ quốc xã.",
     ]},
    {"id": 2587, "slug": "nghiem-thu-duong-giao-thong-nong-thon-xa-khe-thuong",
     "title": "Nghiệm thu 12 km đường giao thông nông thôn xã Khê Thượng",
     "published": "2021-01-15T14:00", "category": "luu-tru", "author": "Lê Hải",
     "listed_in": "sitemap",
     "sapo": "Xã Khê Thượng hoàn thành bê tông hóa 12 km đường thôn, xóm theo phương thức Nhà nước và nhân dân cùng làm.",
     "paragraphs": [
         "Tổng kinh phí 7,9 tỷ đồng, trong đó nhân dân đóng góp 1,6 tỷ đồng và hiến hơn 9.000 m² đất.",
         "Với kết quả này, xã đạt tiêu chí giao thông trong bộ tiêu chí quốc gia về xã nông thôn mới.",
     ]},
    {"id": 2731, "slug": "dao-khe-don-bang-cong-nhan-xa-khe-ha-dat-chuan-nong-thon-moi",
     "title": "Xã Khê Hạ đón bằng công nhận đạt chuẩn nông thôn mới",
     "published": "2021-03-26T08:30", "category": "luu-tru", "author": "Minh Trang",
     "listed_in": "feed",
     "sapo": "Xã Khê Hạ tổ chức lễ đón bằng công nhận xã đạt chuẩn nông thôn mới theo Quyết định số 512/QĐ-UBND ngày 2/3/2021 của UBND tỉnh.",
     "paragraphs": [
         "Sau 10 năm xây dựng nông thôn mới, thu nhập bình quân đầu người của xã đạt 41 triệu đồng mỗi năm, tỷ lệ hộ nghèo giảm còn 3,8%.",
         "Tổng nguồn lực huy động giai đoạn 2011-2020 là 86 tỷ đồng, trong đó vốn nhân dân đóng góp chiếm 18%.",
     ]},
]

ABOUT = [
    "Huyện Đào Khê nằm ở phía tây bắc của tỉnh, có diện tích tự nhiên 812 km², gồm 13 xã và 1 thị trấn.",
    "Dân số toàn huyện khoảng 68.000 người, gồm các dân tộc Tày, Nùng, Dao, Kinh cùng sinh sống.",
]
