"""Content of the modelled huyện Quế Khê portal (NukeViet 4, a district portal with media sections:
"Tin ảnh" photo stories, "Video", "Phát thanh" audio bulletins, "Infographic", a documents module
and a work schedule). MODELLED, not copied: invented unit, people, figures and prose."""
from __future__ import annotations

SITE = {
    "id": "quekhe",
    "name": "Cổng thông tin điện tử huyện Quế Khê",
    "unit": "huyện Quế Khê",
    "base_url": "https://quekhe.example.gov.vn",
    "address": "Số 12 đường Trần Phú, thị trấn Quế Khê, huyện Quế Khê, tỉnh Hà Lam",
    "phone": "0239 3855 102",
    "email": "vanphong@quekhe.example.gov.vn",
}

# news module "tin-tuc": category alias -> (name, stories per page, layout of its detail pages)
CATEGORIES = {
    "tin-hoat-dong": ("Tin hoạt động", 4, "story"),
    "tin-anh": ("Tin ảnh", 4, "photo"),
    "video": ("Video", 6, "video"),
    "phat-thanh": ("Phát thanh", 6, "audio"),
    "infographic": ("Infographic", 6, "infographic"),
}

# "id" is NukeViet's numeric row id (the alias ends with it); "alias" keeps the case change_alias
# gives; "author" is the "Tác giả bài viết" line, "source" the "Nguồn tin" line (both below the body).
ARTICLES = [
    {"id": 1287, "category": "tin-hoat-dong", "alias": "Huyen-Que-Khe-trao-36-can-nha-dai-doan-ket-cho-ho-ngheo",
     "title": "Huyện Quế Khê trao 36 căn nhà đại đoàn kết cho hộ nghèo",
     "published": "2025-08-14T16:20", "author": "Minh Châu", "source": "Trung tâm VH-TT&TT huyện",
     "sapo": "Chiều 14/8, Ủy ban MTTQ Việt Nam huyện Quế Khê tổ chức bàn giao 36 căn nhà đại đoàn kết cho hộ nghèo, hộ cận nghèo tại 7 xã.",
     "paragraphs": [
         "Mỗi căn nhà có diện tích từ 45 đến 60 mét vuông, tổng kinh phí xây dựng 2,88 tỷ đồng; trong đó Quỹ Vì người nghèo huyện hỗ trợ 60 triệu đồng mỗi căn, phần còn lại do gia đình, dòng họ và các nhà hảo tâm đóng góp.",
         "Việc hỗ trợ được thực hiện theo Quyết định số 1125/QĐ-UBND ngày 15/4/2025 của UBND huyện về phê duyệt danh sách hộ được hỗ trợ xóa nhà tạm, nhà dột nát năm 2025.",
         "Đến nay, toàn huyện đã hoàn thành 142 trên 168 căn nhà theo kế hoạch, đạt 84,5%; phần còn lại phấn đấu bàn giao trước ngày 30/9/2025.",
     ]},
    {"id": 1281, "category": "tin-hoat-dong", "alias": "Ky-hop-thu-25-HDND-huyen-Que-Khe-khoa-XX",
     "title": "Kỳ họp thứ 25 HĐND huyện Quế Khê khóa XX",
     "published": "2025-08-08T10:05", "author": "Hoàng Nam", "source": "Văn phòng HĐND và UBND huyện",
     "sapo": "Ngày 8/8, HĐND huyện Quế Khê khóa XX, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ 25 (kỳ họp chuyên đề).",
     "paragraphs": [
         "Kỳ họp đã thông qua nghị quyết điều chỉnh kế hoạch đầu tư công năm 2025, bổ sung 12,4 tỷ đồng cho 5 công trình trường học và 2 tuyến đường liên xã.",
         "Đại biểu cũng thống nhất phương án bàn giao tài sản, hồ sơ của huyện cho các xã mới sau sắp xếp, bảo đảm không để gián đoạn việc giải quyết thủ tục hành chính cho người dân.",
     ]},
    {"id": 1276, "category": "tin-hoat-dong", "alias": "Que-Khe-ra-quan-chien-dich-tiem-vac-xin-lo-mom-long-mong",
     "title": "Quế Khê ra quân chiến dịch tiêm vắc xin lở mồm long móng",
     "published": "2025-07-29T08:40", "author": "Thu Trang", "source": "Phòng Kinh tế huyện",
     "sapo": "",
     "paragraphs": [
         "Từ ngày 28/7 đến ngày 20/8, huyện Quế Khê tổ chức tiêm phòng vắc xin lở mồm long móng đợt 2 năm 2025 cho đàn gia súc tại 14 xã, thị trấn.",
         "Tổng số liều vắc xin được cấp là 21.500 liều, trong đó ngân sách tỉnh hỗ trợ 70%, người chăn nuôi đóng góp 30% theo Kế hoạch số 88/KH-UBND ngày 2/7/2025 của UBND huyện.",
         "Phòng Kinh tế huyện đề nghị các xã lập danh sách hộ chăn nuôi, bố trí lực lượng thú y cơ sở và báo cáo kết quả tiêm phòng trước ngày 25/8.",
     ]},
    {"id": 1270, "category": "tin-hoat-dong", "alias": "Ban-giao-may-tinh-cho-Truong-Tieu-hoc-Que-Phong",
     "title": "Bàn giao máy tính cho Trường Tiểu học Quế Phong",
     "published": "2025-07-22T15:10", "author": "Minh Châu", "source": "",
     "sapo": "",
     "paragraphs": [
         "Ngày 22/7, Hội Khuyến học huyện bàn giao 20 bộ máy tính trị giá 240 triệu đồng cho Trường Tiểu học Quế Phong, do Công ty TNHH Hà Lam Xanh tài trợ.",
     ]},
    {"id": 1264, "category": "tin-hoat-dong", "alias": "Tong-ket-nam-hoc-2024-2025-nganh-Giao-duc-huyen",
     "title": "Tổng kết năm học 2024 - 2025 ngành Giáo dục huyện",
     "published": "2025-07-15T09:30", "author": "Hoàng Nam", "source": "Phòng Giáo dục và Đào tạo huyện",
     "sapo": "Sáng 15/7, Phòng Giáo dục và Đào tạo huyện Quế Khê tổng kết năm học 2024 - 2025 và triển khai nhiệm vụ năm học mới.",
     "paragraphs": [
         "Năm học qua, toàn huyện có 38 trường với 15.240 học sinh; tỷ lệ học sinh hoàn thành chương trình tiểu học đạt 99,8%, tốt nghiệp trung học cơ sở đạt 99,2%.",
         "Huyện có thêm 4 trường đạt chuẩn quốc gia, nâng tổng số lên 31 trường, đạt 81,6%. Kinh phí mua sắm thiết bị dạy học năm học qua là 6,5 tỷ đồng.",
         "Dịp này, 27 tập thể và 64 cá nhân được Chủ tịch UBND huyện tặng giấy khen.",
     ]},
    {"id": 1258, "category": "tin-hoat-dong", "alias": "Que-Khe-day-nhanh-giai-ngan-von-dau-tu-cong",
     "title": "Quế Khê đẩy nhanh giải ngân vốn đầu tư công",
     "published": "2025-07-07T14:00", "author": "Thu Trang", "source": "",
     "sapo": "Sáu tháng đầu năm 2025, huyện Quế Khê giải ngân 96,3 tỷ đồng vốn đầu tư công, đạt 41,2% kế hoạch.",
     "paragraphs": [
         "UBND huyện yêu cầu các chủ đầu tư rà soát từng dự án, tháo gỡ vướng mắc giải phóng mặt bằng và thanh toán ngay khối lượng hoàn thành.",
         "Những dự án chậm giải ngân sẽ bị điều chuyển vốn sang các công trình có khả năng hấp thụ tốt hơn theo Công văn số 1502/UBND-TCKH ngày 30/6/2025.",
     ]},
    # Tin ảnh: photo stories. "text_in": where the two or three sentences are ("sapo": only in
    # the hometext, the body being photos; "body": a first paragraph); "captions": the markup of
    # each caption ("figure": CKEditor 5 <figure><figcaption>; "em": a centred <em> paragraph
    # after the image paragraph, CKEditor 4; "table": an image table with a caption row).
    {"id": 1285, "category": "tin-anh", "alias": "Anh-Ngay-hoi-dai-doan-ket-toan-dan-toc-tai-thon-Dong-Que",
     "title": "Ảnh: Ngày hội đại đoàn kết toàn dân tộc tại thôn Đông Quế",
     "published": "2025-08-11T17:45", "author": "Quang Huy", "source": "",
     "text_in": "sapo", "captions": "figure",
     "sapo": "Ngày 10/8, thôn Đông Quế, xã Quế Phong tổ chức Ngày hội đại đoàn kết toàn dân tộc điểm của huyện. Dịp này, Ủy ban MTTQ huyện trao 20 suất quà, mỗi suất 500.000 đồng, cho hộ nghèo của thôn.",
     "paragraphs": [],
     "photos": [
         "Các đại biểu dự lễ chào cờ khai mạc ngày hội.",
         "Bí thư Huyện ủy trao quà cho hộ nghèo thôn Đông Quế.",
         "Tiết mục văn nghệ của Chi hội Phụ nữ thôn.",
         "Thi kéo co giữa các xóm.",
         "Các cháu thiếu nhi tham gia trò chơi dân gian.",
         "Bữa cơm đoàn kết của bà con trong thôn.",
         "Ban công tác Mặt trận thôn nhận giấy khen của UBND huyện.",
     ]},
    {"id": 1273, "category": "tin-anh", "alias": "Chum-anh-Thanh-nien-Que-Khe-ra-quan-Chien-dich-tinh-nguyen-he",
     "title": "Chùm ảnh: Thanh niên Quế Khê ra quân Chiến dịch tình nguyện hè 2025",
     "published": "2025-07-26T11:15", "author": "Đoàn Thanh niên huyện", "source": "",
     "text_in": "body", "captions": "em",
     "sapo": "",
     "paragraphs": [
         "Sáng 26/7, Huyện đoàn Quế Khê ra quân Chiến dịch Thanh niên tình nguyện hè năm 2025 với hơn 450 đoàn viên tham gia. Trong 3 ngày, các đội hình làm mới 1,2 km đường điện chiếu sáng, sửa 3 sân chơi cho thiếu nhi và tặng 50 suất quà cho học sinh nghèo.",
     ],
     "photos": [
         "Đoàn viên thanh niên xuất quân tại Quảng trường trung tâm huyện.",
         "Lắp đặt bóng đèn chiếu sáng tuyến đường thôn Quế Sơn.",
         "Sơn sửa cầu trượt tại sân chơi thôn Bến Đò.",
         "Dọn vệ sinh bãi biển xã Quế Hải.",
         "Đội hình tình nguyện hướng dẫn người dân cài đặt VNeID.",
         "Tặng quà cho học sinh có hoàn cảnh khó khăn.",
         "Trồng cây xanh tại Trường THCS Quế Lâm.",
         "Đoàn viên chụp ảnh lưu niệm sau ngày ra quân.",
         "Tuyến đường thắp sáng sau khi hoàn thành.",
     ]},
    {"id": 1262, "category": "tin-anh", "alias": "Anh-Mua-lua-tren-canh-dong-mau-lon-Que-Lam",
     "title": "Ảnh: Mùa lúa trên cánh đồng mẫu lớn Quế Lâm",
     "published": "2025-07-12T07:30", "author": "Quang Huy", "source": "",
     "text_in": "body", "captions": "table",
     "sapo": "",
     "paragraphs": [
         "Vụ hè thu năm nay, cánh đồng mẫu lớn xã Quế Lâm gieo cấy 180 ha lúa chất lượng cao, liên kết bao tiêu với Hợp tác xã Nông nghiệp Quế Lâm.",
         "Năng suất ước đạt 6,8 tấn mỗi ha, cao hơn vụ trước 0,4 tấn.",
     ],
     "photos": [
         "Cánh đồng mẫu lớn Quế Lâm vào mùa.",
         "Máy gặt đập liên hợp thu hoạch lúa.",
         "Nông dân vận chuyển lúa về sân phơi.",
         "Cán bộ khuyến nông kiểm tra năng suất.",
         "Hợp tác xã thu mua lúa tại ruộng.",
         "Niềm vui được mùa của bà con.",
     ]},
]

# Media items of the news module: not stories (see tests/portals/README.md, "Media pages").
VIDEOS = [
    {"id": 1283, "alias": "Video-Que-Khe-sau-70-nam-thanh-lap-huyen",
     "title": "Video: Quế Khê sau 70 năm thành lập huyện",
     "published": "2025-08-09T20:00", "youtube": "q3Kx7TnB2aE", "file": None,
     "line": "Phóng sự của Trung tâm Văn hóa - Thông tin và Thể thao huyện nhìn lại chặng đường 70 năm xây dựng và phát triển của huyện Quế Khê (1955 - 2025)."},
    {"id": 1268, "alias": "Clip-Huong-dan-nop-ho-so-truc-tuyen-tren-Cong-Dich-vu-cong",
     "title": "Clip: Hướng dẫn nộp hồ sơ trực tuyến trên Cổng Dịch vụ công",
     "published": "2025-07-18T09:00", "youtube": None, "file": "huong-dan-dvc-truc-tuyen.mp4",
     "line": "Clip hướng dẫn người dân từng bước đăng nhập bằng tài khoản định danh điện tử và nộp hồ sơ cấp bản sao trích lục khai sinh trên Cổng Dịch vụ công quốc gia. Thời lượng 4 phút 30 giây."},
]

AUDIOS = [
    {"id": 1286, "alias": "Ban-tin-phat-thanh-huyen-Que-Khe-ngay-13-8-2025",
     "title": "Bản tin phát thanh huyện Quế Khê ngày 13/8/2025",
     "published": "2025-08-13T17:00", "file": "ban-tin-13-8-2025.mp3",
     "line": "Bản tin gồm các tin: huyện bàn giao nhà đại đoàn kết cho hộ nghèo; tiêm vắc xin lở mồm long móng đợt 2; lịch tiếp công dân tháng 8; chuyên mục pháp luật với đời sống."},
    {"id": 1271, "alias": "Ban-tin-phat-thanh-huyen-Que-Khe-ngay-23-7-2025",
     "title": "Bản tin phát thanh huyện Quế Khê ngày 23/7/2025",
     "published": "2025-07-23T17:00", "file": "ban-tin-23-7-2025.mp3",
     "line": "Bản tin gồm các tin: bàn giao máy tính cho Trường Tiểu học Quế Phong; phòng chống mưa bão; chuyên mục chuyển đổi số."},
]

INFOGRAPHICS = [
    {"id": 1279, "alias": "Infographic-Ket-qua-giam-ngheo-6-thang-dau-nam-2025",
     "title": "Infographic: Kết quả giảm nghèo 6 tháng đầu năm 2025",
     "published": "2025-08-04T08:00", "file": "infographic-giam-ngheo-6-thang-2025.png",
     "source": "Nguồn: Phòng Lao động - Thương binh và Xã hội huyện. Thiết kế: Thanh Hà"},
]

# documents module "van-ban": alias, number, type, date issued, effective, field, issuer, signer, summary, file
DOCUMENTS = [
    {"id": 88, "alias": "Quyet-dinh-so-1125-QD-UBND", "number": "1125/QĐ-UBND", "type": "Quyết định",
     "issued": "15/04/2025", "effective": "15/04/2025", "field": "Lao động - Xã hội",
     "issuer": "UBND huyện Quế Khê", "signer": "Trần Văn Khải",
     "summary": "Về việc phê duyệt danh sách hộ được hỗ trợ xóa nhà tạm, nhà dột nát trên địa bàn huyện năm 2025",
     "file": "qd-1125-ubnd-xoa-nha-tam.pdf"},
    {"id": 86, "alias": "Ke-hoach-so-88-KH-UBND", "number": "88/KH-UBND", "type": "Kế hoạch",
     "issued": "02/07/2025", "effective": "02/07/2025", "field": "Nông nghiệp",
     "issuer": "UBND huyện Quế Khê", "signer": "Lê Thị Hồng",
     "summary": "Tiêm phòng vắc xin lở mồm long móng cho gia súc đợt 2 năm 2025",
     "file": "kh-88-ubnd-tiem-phong.pdf"},
    {"id": 84, "alias": "Cong-van-so-1502-UBND-TCKH", "number": "1502/UBND-TCKH", "type": "Công văn",
     "issued": "30/06/2025", "effective": "30/06/2025", "field": "Tài chính - Kế hoạch",
     "issuer": "UBND huyện Quế Khê", "signer": "Trần Văn Khải",
     "summary": "Về việc đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2025",
     "file": "cv-1502-ubnd-tckh.pdf"},
    {"id": 81, "alias": "Quyet-dinh-so-845-QD-UBND", "number": "845/QĐ-UBND", "type": "Quyết định",
     "issued": "05/03/2025", "effective": "05/03/2025", "field": "Văn hóa - Xã hội",
     "issuer": "UBND huyện Quế Khê", "signer": "Lê Thị Hồng",
     "summary": "Về việc công nhận danh hiệu Thôn văn hóa năm 2024 cho 52 thôn, tổ dân phố",
     "file": "qd-845-ubnd-thon-van-hoa.pdf"},
]

# the week shown by "Lịch công tác" (Monday) and its rows: (day, time, work, who leads, where)
SCHEDULE_MONDAY = "2025-08-11"
SCHEDULE = [
    (0, "07:30", "Giao ban Thường trực HĐND - UBND huyện", "Chủ tịch UBND huyện", "Phòng họp số 1"),
    (0, "14:00", "Làm việc với xã Quế Phong về tiến độ xóa nhà tạm", "Phó Chủ tịch Lê Thị Hồng", "UBND xã Quế Phong"),
    (1, "08:00", "Kỳ họp chuyên đề HĐND huyện (dự)", "Chủ tịch UBND huyện", "Hội trường huyện"),
    (2, "08:00", "Tiếp công dân định kỳ", "Chủ tịch UBND huyện", "Trụ sở Tiếp công dân"),
    (3, "14:00", "Kiểm tra công tác tiêm phòng gia súc", "Phó Chủ tịch Lê Thị Hồng", "Các xã"),
    (4, "16:00", "Bàn giao nhà đại đoàn kết (dự)", "Chủ tịch UBND huyện", "Thôn Đông Quế"),
]

ABOUT = [
    "Huyện Quế Khê được thành lập năm 1955, nằm ở phía đông tỉnh Hà Lam, có diện tích tự nhiên 412,6 km² và dân số khoảng 128.000 người.",
    "Huyện có 13 xã và 1 thị trấn, với thế mạnh về nông nghiệp lúa chất lượng cao, nuôi trồng thủy sản và du lịch biển.",
    "Trụ sở Huyện ủy, HĐND, UBND huyện đặt tại thị trấn Quế Khê.",
]
