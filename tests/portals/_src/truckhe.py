"""Content of the modelled xã Trúc Khê site, made on Google Sites (sites.google.com/view/xa-truc-khe
style) in the weeks after the commune was formed on 1 July 2025. MODELLED, not copied: invented
unit, people, figures and prose; the host is an example host standing for sites.google.com."""
from __future__ import annotations

SITE = {
    "id": "truckhe",
    "name": "Xã Trúc Khê",
    "unit": "xã Trúc Khê",
    "base_url": "https://sites.google.example",
    "site_path": "/view/xa-truc-khe",
    "address": "Thôn Trúc Lâm, xã Trúc Khê, tỉnh Hà Lam",
    "phone": "0239 3866 450",
    "email": "ubndxatruckhe@gmail.com",
    # the whole site is published at once: every page carries the same last-published time
    "published_ms": 1756457820000,
}

# Each news post is a page of its own under "Tin tức" (its path the title's words, lowercased,
# diacritics kept, as Google Sites names pages). "nav" is the page name the navigation shows
# (the editor typed a short name for some; the page's header shows the same name); "title" is
# what the page's header shows. "dated": how the date is written ("lead": the lead opens with it,
# "line": a separate italic line above the text, "end": a closing line "Trúc Khê, ngày ...").
# "drive": an embedded Drive file (a decision's scan) with its file id and name.
POSTS = [
    {"slug": "trúc-khê-trao-hỗ-trợ-xây-nhà-cho-12-hộ-nghèo", "title": "Trúc Khê trao hỗ trợ xây nhà cho 12 hộ nghèo",
     "published": "2025-08-26", "dated": "lead", "image": "AF1QipN7w2k1",
     "paragraphs": [
         "Ngày 26/8/2025, UBND xã Trúc Khê tổ chức trao kinh phí hỗ trợ xây dựng nhà ở cho 12 hộ nghèo, hộ cận nghèo trên địa bàn xã, mỗi hộ 60 triệu đồng, tổng số tiền 720 triệu đồng.",
         "Kinh phí được trích từ Quỹ Vì người nghèo của tỉnh và nguồn vận động các doanh nghiệp, theo Quyết định số 215/QĐ-UBND ngày 18/8/2025 của Chủ tịch UBND xã.",
         "Các hộ được hỗ trợ cam kết khởi công trong tháng 9 và hoàn thành trước Tết Nguyên đán. Ban công tác Mặt trận các thôn có trách nhiệm giám sát, huy động ngày công giúp các gia đình.",
     ]},
    {"slug": "thông-báo-thu-thuế-sử-dụng-đất-phi-nông-nghiệp-năm-2025", "title": "Thông báo thu thuế sử dụng đất phi nông nghiệp năm 2025",
     "published": "2025-08-20", "dated": "line",
     "drive": ("1vQx8TkH3mZpR2aLw9sYc0UeFbN4dJ7gK", "TB 58-UBND thu thue SDD PNN 2025.pdf"),
     "paragraphs": [
         "UBND xã Trúc Khê thông báo thời gian nộp thuế sử dụng đất phi nông nghiệp năm 2025 từ ngày 01/9/2025 đến hết ngày 31/10/2025 tại bộ phận một cửa hoặc qua ứng dụng ngân hàng.",
         "Chi tiết xem Thông báo số 58/TB-UBND ngày 20/8/2025 dưới đây.",
     ]},
    {"slug": "hội-nghị-triển-khai-chuyển-đổi-số-cấp-xã", "title": "Hội nghị triển khai chuyển đổi số cấp xã",
     "published": "2025-08-15", "dated": "lead", "image": "AF1QipOq5m3x",
     "paragraphs": [
         "Sáng ngày 15/8/2025, Ban Chỉ đạo chuyển đổi số xã Trúc Khê tổ chức hội nghị triển khai Kế hoạch số 42/KH-UBND về chuyển đổi số năm 2025 với 65 đại biểu là cán bộ, công chức và thành viên Tổ công nghệ số cộng đồng 17 thôn.",
         "Theo kế hoạch, đến cuối năm 2025, 100% hồ sơ thủ tục hành chính của xã được tiếp nhận và trả kết quả trên môi trường điện tử; tỷ lệ người dân trưởng thành có tài khoản định danh điện tử mức 2 đạt trên 90%.",
         "Hội nghị cũng dành thời gian hướng dẫn sử dụng hệ thống quản lý văn bản và hồ sơ công việc mới của tỉnh.",
     ]},
    {"slug": "ra-quân-tổng-vệ-sinh-môi-trường", "title": "Ra quân tổng vệ sinh môi trường",
     "published": "2025-08-10", "dated": "lead", "image": "AF1QipPb8r4z", "gallery": ["AF1QipG1", "AF1QipG2", "AF1QipG3"],
     "paragraphs": [
         "Ngày 10/8/2025, hưởng ứng Ngày Chủ nhật xanh, xã Trúc Khê ra quân tổng vệ sinh môi trường với sự tham gia của hơn 800 cán bộ, đoàn viên, hội viên và nhân dân 17 thôn.",
         "Các lực lượng đã thu gom 15 tấn rác thải, phát quang 12 km đường giao thông nông thôn và khơi thông 3,5 km kênh mương nội đồng.",
     ]},
    {"slug": "kỳ-họp-thứ-nhất-hđnd-xã-trúc-khê", "title": "Kỳ họp thứ nhất HĐND xã Trúc Khê",
     "published": "2025-07-04", "dated": "end", "image": "AF1QipKk2n6y",
     "paragraphs": [
         "HĐND xã Trúc Khê khóa I, nhiệm kỳ 2021 - 2026 đã tổ chức kỳ họp thứ nhất để kiện toàn các chức danh của HĐND, UBND xã sau khi sắp xếp đơn vị hành chính.",
         "Kỳ họp đã bầu Chủ tịch, Phó Chủ tịch HĐND xã, Chủ tịch, Phó Chủ tịch UBND xã; thông qua Nghị quyết về dự toán thu ngân sách 6 tháng cuối năm 2025 là 18,6 tỷ đồng, chi 17,9 tỷ đồng.",
         "Phát biểu bế mạc, Chủ tịch HĐND xã đề nghị các đại biểu phát huy trách nhiệm, sớm ổn định tổ chức bộ máy để phục vụ người dân tốt nhất.",
     ]},
    {"slug": "trao-quà-cho-gia-đình-chính-sách-nhân-ngày-27-7", "title": "Trao quà cho gia đình chính sách nhân ngày 27/7",
     "published": "2025-07-25", "dated": "lead", "image": "AF1QipLm7c0v",
     "paragraphs": [
         "Ngày 25/7/2025, nhân kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ, lãnh đạo xã Trúc Khê đã đến thăm, tặng 245 suất quà cho gia đình chính sách, người có công với cách mạng, mỗi suất trị giá 500.000 đồng.",
         "Tổng kinh phí 122,5 triệu đồng được trích từ ngân sách xã và Quỹ Đền ơn đáp nghĩa.",
     ]},
    {"slug": "trúc-khê-ra-mắt-bộ-phận-một-cửa", "title": "Trúc Khê ra mắt Bộ phận tiếp nhận và trả kết quả",
     "published": "2025-07-01", "dated": "lead", "image": "AF1QipHh3w9q",
     "paragraphs": [
         "Ngày 01/7/2025, xã Trúc Khê chính thức đi vào hoạt động sau khi sáp nhập ba xã Trúc Lâm, Khê Thượng và Khê Hạ. Bộ phận tiếp nhận và trả kết quả của xã đặt tại trụ sở thôn Trúc Lâm, bố trí 8 công chức tiếp nhận hồ sơ trên 11 lĩnh vực.",
         "Trong ngày đầu hoạt động, bộ phận đã tiếp nhận 37 hồ sơ, trong đó 29 hồ sơ được giải quyết trong ngày.",
     ]},
]

# the documents page: an embedded Drive folder and a list of links to Drive files
DOCUMENTS = [
    ("1aB3cD4eF5gH6iJ7kL8mN9oP0qR1sT2u", "Quyết định số 215/QĐ-UBND ngày 18/8/2025 về hỗ trợ xây dựng nhà ở cho hộ nghèo"),
    ("1vQx8TkH3mZpR2aLw9sYc0UeFbN4dJ7gK", "Thông báo số 58/TB-UBND ngày 20/8/2025 về thu thuế sử dụng đất phi nông nghiệp"),
    ("1zY9xW8vU7tS6rQ5pO4nM3lK2jI1hG0f", "Kế hoạch số 42/KH-UBND ngày 05/8/2025 về chuyển đổi số năm 2025"),
    ("1Qw2Er3Ty4Ui5Op6As7Df8Gh9Jk0LzXc", "Nghị quyết số 03/NQ-HĐND ngày 04/7/2025 về dự toán ngân sách 6 tháng cuối năm 2025"),
]

ABOUT = [
    "Xã Trúc Khê được thành lập trên cơ sở sắp xếp toàn bộ diện tích tự nhiên và quy mô dân số của các xã Trúc Lâm, Khê Thượng và Khê Hạ, có hiệu lực từ ngày 01/7/2025.",
    "Xã có diện tích tự nhiên 68,4 km², dân số 24.310 người, gồm 17 thôn. Trụ sở Đảng ủy, HĐND, UBND xã đặt tại thôn Trúc Lâm.",
    "Kinh tế của xã chủ yếu là sản xuất nông nghiệp, trồng cây ăn quả và chăn nuôi; tiểu thủ công nghiệp mây tre đan ở thôn Khê Hạ đang được khôi phục.",
]

LEADERS = [
    ("Bí thư Đảng ủy", "Nguyễn Văn Thành"),
    ("Chủ tịch HĐND xã", "Phạm Thị Lan"),
    ("Chủ tịch UBND xã", "Đỗ Minh Tuấn"),
    ("Phó Chủ tịch UBND xã", "Vũ Thị Hoa"),
    ("Phó Chủ tịch UBND xã", "Hoàng Văn Long"),
]

PROCEDURES = [
    "Bộ phận tiếp nhận và trả kết quả xã Trúc Khê tiếp nhận hồ sơ từ thứ Hai đến sáng thứ Bảy hằng tuần, buổi sáng từ 7 giờ 30 đến 11 giờ 30, buổi chiều từ 13 giờ 30 đến 17 giờ.",
    "Người dân có thể nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia bằng tài khoản định danh điện tử; kết quả được trả qua dịch vụ bưu chính công ích nếu có yêu cầu.",
    "Các lĩnh vực thực hiện tại xã: hộ tịch, chứng thực, đất đai, bảo trợ xã hội, người có công, thi đua khen thưởng, văn hóa, giáo dục, nông nghiệp, xây dựng và giải quyết khiếu nại, tố cáo.",
]
