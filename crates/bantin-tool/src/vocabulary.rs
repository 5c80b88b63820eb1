//! The words synthetic articles are made of: the sample's categories and the
//! everyday vocabulary of a Vietnamese district portal.

/// The sample feed's categories (`public/feed.json`), in its navigation
/// order, each with the subjects its articles are about.
pub const CATEGORIES: [(&str, &str, &[&str]); 6] = [
    (
        "chinh-tri",
        "Chính trị, xây dựng đảng, đưa nghị quyết vào cuộc sống",
        &[
            "công tác xây dựng Đảng",
            "Nghị quyết Đại hội Đảng bộ",
            "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
            "công tác kiểm tra, giám sát",
            "công tác dân vận",
            "phát triển đảng viên mới",
            "tổ chức cơ sở đảng trong sạch, vững mạnh",
            "kỳ họp Hội đồng nhân dân",
        ],
    ),
    (
        "giao-duc",
        "Giáo dục – Đào tạo",
        &[
            "năm học mới",
            "kỳ thi tuyển sinh lớp 10",
            "phổ cập giáo dục tiểu học",
            "trường đạt chuẩn quốc gia",
            "bồi dưỡng học sinh giỏi",
            "đổi mới chương trình giáo dục phổ thông",
            "khuyến học, khuyến tài",
            "chuyển đổi số trong nhà trường",
        ],
    ),
    (
        "kinh-te",
        "Kinh tế",
        &[
            "chương trình xây dựng nông thôn mới",
            "chuyển đổi cơ cấu cây trồng",
            "sản phẩm OCOP",
            "thu ngân sách nhà nước",
            "hợp tác xã nông nghiệp",
            "cải thiện môi trường đầu tư kinh doanh",
            "giải ngân vốn đầu tư công",
            "vùng nguyên liệu lúa chất lượng cao",
        ],
    ),
    (
        "van-hoa-xa-hoi",
        "Văn hóa – Xã hội",
        &[
            "phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa",
            "công tác giảm nghèo bền vững",
            "chăm lo gia đình chính sách",
            "lễ hội truyền thống",
            "giải việc làm cho người lao động",
            "phong trào thể dục thể thao quần chúng",
            "bảo hiểm xã hội tự nguyện",
            "xây dựng nhà tình nghĩa",
        ],
    ),
    (
        "quoc-phong-an-ninh",
        "Quốc phòng – An ninh",
        &[
            "công tác tuyển chọn và gọi công dân nhập ngũ",
            "phong trào Toàn dân bảo vệ an ninh Tổ quốc",
            "huấn luyện dân quân tự vệ",
            "bảo đảm trật tự an toàn giao thông",
            "phòng cháy, chữa cháy",
            "diễn tập khu vực phòng thủ",
            "phòng, chống tội phạm ma túy",
            "xây dựng lực lượng công an xã chính quy",
        ],
    ),
    (
        "y-te",
        "Y tế",
        &[
            "tiêm chủng mở rộng",
            "phòng, chống sốt xuất huyết",
            "bảo hiểm y tế toàn dân",
            "khám sức khỏe cho người cao tuổi",
            "an toàn vệ sinh thực phẩm",
            "trạm y tế đạt chuẩn quốc gia",
            "chăm sóc sức khỏe ban đầu",
            "hiến máu tình nguyện",
        ],
    ),
];

/// Who acts, in titles and leads.
pub const ACTORS: [&str; 14] = [
    "Quận ủy",
    "Ủy ban nhân dân quận",
    "Hội đồng nhân dân quận",
    "Ủy ban Mặt trận Tổ quốc Việt Nam quận",
    "Đảng bộ phường",
    "Ủy ban nhân dân phường",
    "Quận đoàn",
    "Hội Liên hiệp Phụ nữ quận",
    "Hội Nông dân quận",
    "Hội Cựu chiến binh quận",
    "Phòng Giáo dục và Đào tạo",
    "Trung tâm Y tế quận",
    "Công an quận",
    "Ban Chỉ huy Quân sự quận",
];

/// Places: the sample's district and its wards.
pub const PLACES: [&str; 12] = [
    "Bình Giang",
    "Thốt Nốt",
    "Cửu Hòa",
    "Tân Lộc",
    "Trung Kiên",
    "Thạnh Hòa",
    "Phước Thới",
    "Long Hưng",
    "Tân Hưng",
    "Thới Thuận",
    "Trung Nhứt",
    "Thuận An",
];

/// What the actors do.
pub const ACTIONS: [&str; 20] = [
    "triển khai",
    "tổng kết",
    "sơ kết",
    "thực hiện",
    "tổ chức hội nghị về",
    "phát động",
    "kiểm tra",
    "giám sát",
    "đẩy mạnh",
    "nâng cao hiệu quả",
    "ra quân",
    "tuyên truyền",
    "tăng cường",
    "hỗ trợ",
    "ký kết chương trình phối hợp về",
    "khen thưởng điển hình tiên tiến trong",
    "đối thoại với nhân dân về",
    "tập huấn",
    "rà soát",
    "khánh thành công trình phục vụ",
];

/// When, appended to titles.
pub const PERIODS: [&str; 10] = [
    "năm 2023",
    "quý I năm 2023",
    "6 tháng đầu năm",
    "giai đoạn 2021 – 2025",
    "nhiệm kỳ 2020 – 2025",
    "năm học 2022 – 2023",
    "đợt 1",
    "trong tình hình mới",
    "dịp Tết Nguyên đán",
    "tháng cao điểm",
];

/// What is counted in figures (`42/47 trường`).
pub const UNITS: [&str; 10] = [
    "trường",
    "hộ gia đình",
    "phường",
    "khu vực",
    "tổ chức cơ sở đảng",
    "hợp tác xã",
    "trạm y tế",
    "công trình",
    "chỉ tiêu",
    "đơn vị",
];

/// Phrases that pad sentences out.
pub const CLAUSES: [&str; 16] = [
    "góp phần nâng cao đời sống vật chất và tinh thần của nhân dân",
    "với sự tham gia của đông đảo cán bộ, đảng viên và nhân dân",
    "tạo sự chuyển biến rõ nét trong nhận thức và hành động",
    "bám sát chỉ đạo của cấp trên và tình hình thực tế địa phương",
    "phát huy vai trò của cả hệ thống chính trị",
    "đáp ứng yêu cầu nhiệm vụ trong giai đoạn mới",
    "bảo đảm đúng tiến độ, chất lượng và hiệu quả",
    "nhận được sự đồng tình, hưởng ứng của người dân",
    "khắc phục những hạn chế, tồn tại trong thời gian qua",
    "tập trung vào các nhiệm vụ trọng tâm, đột phá",
    "gắn với công tác chuyển đổi số và cải cách hành chính",
    "huy động nhiều nguồn lực xã hội hóa",
    "kịp thời biểu dương những tập thể, cá nhân tiêu biểu",
    "tạo không khí phấn khởi, thi đua sôi nổi",
    "trên tinh thần đoàn kết, dân chủ, kỷ cương",
    "phù hợp với điều kiện của từng phường",
];

/// Officials who speak at events.
pub const OFFICIALS: [&str; 8] = [
    "Bí thư Quận ủy",
    "Phó Bí thư Thường trực Quận ủy",
    "Chủ tịch Ủy ban nhân dân quận",
    "Phó Chủ tịch Ủy ban nhân dân quận",
    "Chủ tịch Hội đồng nhân dân quận",
    "Trưởng Ban Tuyên giáo Quận ủy",
    "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam quận",
    "Bí thư Đảng ủy phường",
];

/// People's names, for officials and bylines.
pub const NAMES: [&str; 16] = [
    "Lê Thị Thanh Hương",
    "Nguyễn Văn Hùng",
    "Trần Minh Trí",
    "Phạm Ngọc Hân",
    "Võ Thành Nhân",
    "Huỳnh Thị Mỹ Linh",
    "Đặng Quốc Bảo",
    "Bùi Thu Hà",
    "Đỗ Hoàng Phúc",
    "Ngô Kim Ngân",
    "Dương Văn Tùng",
    "Lý Bảo Trân",
    "Trương Thanh Tâm",
    "Phan Đức Thắng",
    "Châu Ngọc Diễm",
    "Hồ Việt Khoa",
];

/// Credit lines' roles.
pub const CREDITS: [&str; 4] = ["Tin, ảnh", "Tin", "Bài, ảnh", "Ảnh"];

/// Free tags.
pub const TAGS: [&str; 10] = [
    "Nghị quyết",
    "Chuyển đổi số",
    "Nông thôn mới",
    "Cải cách hành chính",
    "An sinh xã hội",
    "Thi đua khen thưởng",
    "Đô thị văn minh",
    "Phòng chống dịch",
    "Thanh niên",
    "Phụ nữ",
];

/// The sample's illustrations (`public/images/`).
pub const IMAGES: [&str; 13] = [
    "canh-dong-lua",
    "cau",
    "cho",
    "dien-binh",
    "duong-ven-song",
    "hoi-nghi-nq29",
    "hoi-truong",
    "khu-dan-cu",
    "lop-hoc",
    "nha-may",
    "san-khau-le-hoi",
    "tram-y-te",
    "truong-hoc",
];
