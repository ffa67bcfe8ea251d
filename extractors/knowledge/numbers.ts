// The Vietnamese words a number is read with: scale words, currencies, percent signs, measures, time
// units and counted nouns. Each table has one role, and each form sits in exactly one table (forms
// compared as unitKey compares them: lower-case, "-" as a space, one tone placement), so a form's
// role is what its table says, never which table came first. The number reader's patterns and
// lookups are built from these tables (extractors/numbers/lexicon.ts); a new unit or currency is
// one line here.

/** What a form does after a number: scale the value, or name its unit (and the unit's kind). */
export type NumberRole = 'scale' | 'currency' | 'percent' | 'measure' | 'time' | 'count';

export interface NumberTable {
  role: NumberRole;
  /** How the unit is reported (a currency code, a normalized spelling); absent: as written, lower-cased. */
  canonical?: string;
  /** A scale's multiplier. */
  value?: number;
  /** Not a word of a spelled-out number ("ngan", without its tone): it starts no number, it only scales one. */
  notSpelledOut?: boolean;
  /** Signs and codes written before the number, case as written ("US$ 5", "VND 200"). */
  before?: readonly string[];
  forms: readonly string[];
}

const scale = (value: number, forms: string[], notSpelledOut?: true): NumberTable =>
  ({ role: 'scale', value, forms, ...(notSpelledOut ? { notSpelledOut } : {}) });
const currency = (canonical: string, forms: string[], before: string[] = []): NumberTable =>
  ({ role: 'currency', canonical, forms, before });
const measure = (canonical: string, forms: string[]): NumberTable => ({ role: 'measure', canonical, forms });

/** Counted nouns of people: a count of them is people, who have no rooms or members of their own ("47.766 người với 17 dân tộc"). */
export const PEOPLE_NOUNS = [
    'người', 'lao động', 'nhân khẩu', 'khẩu', 'công dân', 'cử tri', 'đại biểu', 'hộ', 'hộ gia đình',
    'gia đình', 'đối tượng', 'trường hợp', 'cán bộ', 'công chức', 'viên chức',
    'cán bộ, công chức', 'cán bộ, đảng viên', 'công chức, viên chức', 'biên chế', 'ccvc', 'cbccvc', 'đảng viên', 'đoàn viên', 'hội viên', 'thành viên',
    'đồng chí', 'đ/c', 'học sinh', 'sinh viên', 'học viên', 'trẻ', 'trẻ em', 'cháu', 'em', 'giáo viên', 'giảng viên',
    'nhà báo', 'phóng viên', 'hòa giải viên', 'tuyên truyền viên', 'cá nhân', 'bác sỹ', 'bác sĩ', 'y sỹ', 'y sĩ', 'điều dưỡng', 'nhân viên', 'bệnh nhân', 'ca', 'ca bệnh', 'ca mắc', 'ca nhiễm',
    'ca tử vong', 'khách', 'du khách', 'lượt', 'lượt người', 'lượt khách', 'lượt khách hàng', 'lượt bệnh nhân', 'lượt người bệnh',
    'lượt truy cập', 'thí sinh', 'vận động viên', 'chiến sĩ', 'chiến sỹ', 'quân nhân', 'tân binh', 'thanh niên',
    // the armed forces' people: "huấn luyện cho 45.466 dân quân" (not "45.466 dân"), "6.796/6.845 sỹ quan dự bị"
    'dân quân', 'dân quân tự vệ', 'tự vệ', 'sĩ quan', 'sỹ quan', 'sĩ quan dự bị', 'sỹ quan dự bị', 'quân nhân dự bị', 'bộ đội',
    'nạn nhân', 'thi thể', 'hành khách', 'bị can', 'nghi can', 'nghi phạm', 'bị cáo', 'chủ thể', 'khách hàng', 'nông dân', 'ngư dân', 'bé trai', 'bé gái',
    'học sinh, sinh viên', 'dân', 'nam', 'nữ', 'trẻ sơ sinh', 'nhà đầu tư', 'tác giả', 'tác phẩm', 'dân tộc',
    'hướng dẫn viên', 'dược sĩ', 'dược sỹ', 'tộc họ', 'dòng họ', 'phụ nữ', 'trẻ nam', 'trẻ nữ', 'trẻ trai', 'trẻ gái', 'tộc',
    'ngày công', // a worker's day given to a programme, counted (no duration)
    // elections': "59 ứng cử viên đủ tiêu chuẩn", "giới thiệu 98 người ứng cử"
    'ứng cử viên', 'người ứng cử',
    // universities' staff by degree and title, and those applying for one: "có 12.922 tiến sĩ", "5 ứng viên được công nhận"
    'tiến sĩ', 'tiến sỹ', 'thạc sĩ', 'thạc sỹ', 'giáo sư', 'phó giáo sư', 'ứng viên',
    // sport's: "hơn 10.000 HLV, VĐV, cán bộ, trọng tài tham dự"
    'huấn luyện viên', 'trọng tài', 'săn sóc viên',
    // war dead and those with merit: "huyện có 1.884 liệt sĩ", "trên 1.100 thương binh", "161 Bà Mẹ Việt Nam anh hùng";
    // users of drugs managed: "quản lý gần 270 người nghiện"; students from abroad: "cho 131 lưu học sinh"
    'liệt sĩ', 'liệt sỹ', 'thương binh', 'bệnh binh', 'bà mẹ', 'mẹ việt nam anh hùng', 'người nghiện', 'lưu học sinh',
    // crafts' masters and workers, and the elderly: "có 17 nghệ nhân cấp tỉnh và 129 thợ giỏi", "mừng thọ cho 934 cụ"
    'nghệ nhân', 'thợ', 'thợ giỏi', 'cụ',
    // Vietnamese living abroad: "với trên 4.400 kiều bào định cư tại 35 quốc gia"
    'kiều bào',
] as const;

export const NUMBER_TABLES: readonly NumberTable[] = [
  // Scale words fold into the value; they are never the unit ("1,5 triệu đồng" is 1 500 000 đồng).
  scale(1e3, ['nghìn', 'ngàn']),
  scale(1e3, ['ngan'], true),
  scale(1e4, ['vạn']),
  scale(1e6, ['triệu']),
  scale(1e9, ['tỷ', 'tỉ']),

  currency('đồng', ['đồng', 'đ', 'vnđ', 'vnd', 'việt nam đồng', '₫'], ['₫', 'VND', 'VNĐ']),
  currency('USD', ['usd', 'đô la', 'đôla', 'đô la mỹ', 'đô mỹ', 'đô', '$', 'dollar', 'dollars'], ['US$', '$', 'USD']),
  currency('EUR', ['eur', 'euro', 'euros', '€', 'ơ rô'], ['€', 'EUR']),
  currency('GBP', ['gbp', 'bảng anh', 'pounds', 'pound', '£'], ['£', 'GBP']),
  currency('JPY', ['jpy', 'yên', 'yên nhật'], ['JPY']),
  currency('CNY', ['cny', 'nhân dân tệ', 'ndt'], ['CNY']),
  currency('KRW', ['krw', 'won'], ['KRW']),
  currency('INR', ['inr', 'rupees', 'rupee', 'rs'], ['INR', 'Rs', 'Rs.']),
  currency('AED', ['aed', 'dirham', 'dirhams'], ['AED']),
  currency('THB', ['thb', 'bạt', 'baht']),
  currency('LAK', ['lak', 'kíp']),

  { role: 'percent', canonical: '%', forms: ['%', 'phần trăm'] },
  { role: 'percent', canonical: '‰', forms: ['‰', '%o', 'phần nghìn', 'phần ngàn'] },
  { role: 'percent', canonical: 'điểm phần trăm', forms: ['điểm phần trăm'] },

  // Measures whose spelling is normalized.
  measure('ha', ['ha', 'héc ta', 'hécta', 'hecta', 'hec ta']),
  measure('m²', ['m²', 'm2', 'mét vuông']),
  measure('m³', ['m³', 'm3', 'mét khối']),
  measure('km²', ['km²', 'km2', 'ki lô mét vuông']),
  measure('km', ['km', 'ki lô mét', 'cây số']),
  measure('°C', ['°c', '℃', 'độ c']),
  measure('MW', ['mw']), measure('kW', ['kw']), measure('GW', ['gw']), measure('kWh', ['kwh']), measure('MWh', ['mwh']),
  measure('GWh', ['gwh']), measure('W', ['w']), measure('kV', ['kv']), measure('TEU', ['teu', 'teus']),
  // solar panels' peak power: "tổng công suất lắp đặt là 17,2MWp", "gần 700 KWp"
  measure('MWp', ['mwp']), measure('kWp', ['kwp']), measure('GWp', ['gwp']),
  // a connection's speed, its "/s" read as any denominator: "tốc độ băng rộng cố định 91 Mb/s", "100 Mbps"
  measure('Mb', ['mb', 'mbit']), measure('Gb', ['gb', 'gbit']), measure('Mb/s', ['mbps']), measure('Gb/s', ['gbps']),
  // freight and passengers carried over a distance: "791,9 triệu tấn.km", "884,6 triệu HK.km"
  measure('tấn.km', ['tấn.km', 'tkm']), measure('HK.km', ['hk.km', 'hành khách.km', 'lượt hk.km', 'lượt hành khách.km', 'người.km']),
  // a change of rank: "tăng 8 bậc", "vượt 45 thứ hạng"
  measure('bậc', ['bậc', 'thứ hạng']),
  // Measures reported as written. "điểm", "mẫu", "bản", "trang", "tuyến", "tuyến phố", "căn nhà" and
  // "lớp" are read as measures (a score, a land area, ...), not counted nouns, wherever they follow a number.
  {
    role: 'measure',
    forms: [
      'm', 'cm', 'mm', 'mét', 'kg', 'g', 'gram', 'gam', 'kilogram', 'ki lô gam', 'tấn', 'tạ', 'yến', 'lít', 'ml',
      'lần', 'độ', 'hạng', 'điểm', 'sào', 'mẫu',
      'vòng', 'suất', 'mũi', 'liều', 'bao', 'thùng',
      'cây', 'gốc', 'con', 'đầu con', 'quả', 'quả trứng', 'bản', 'bộ', 'cuốn', 'quyển', 'tờ', 'trang', 'viên',
      // flowers and plants sold: "bán được 281.884 chậu", "286.500 giỏ", "sản lượng 9 - 10 tỷ cành/bông"
      'chậu', 'giỏ', 'cành', 'bông',
      'tuyến', 'tuyến đường', 'tuyến phố', 'giường', 'giường bệnh', 'sao', 'chiếc', 'cái', 'căn',
      'căn hộ', 'căn nhà', 'ngôi nhà', 'phòng', 'phòng học', 'lớp', 'lớp học', 'băng', 'băng rôn', 'pa nô', 'khẩu hiệu',
      'ste',
    ],
  },
  {
    role: 'time',
    forms: ['năm', 'tháng', 'ngày', 'tuần', 'giờ', 'phút', 'giây', 'quý', 'tuổi', 'đêm', 'kỳ', 'nhiệm kỳ', 'học kỳ'],
  },
  { role: 'count', forms: PEOPLE_NOUNS },
  { role: 'count', forms: [ // places and administrative units
    'tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'thị trấn', 'xã', 'phường', 'xã, phường', 'xã phường',
    'xã, phường, thị trấn', 'thôn', 'làng', 'xóm', 'ấp', 'tổ', 'tổ dân phố', 'khu dân cư', 'thôn, bản',
    'thôn, tổ dân phố', 'đơn vị', 'đơn vị hành chính',
    // the special zones of the units after 1 July 2025: "1 đặc khu và 26 xã", "27 xã, đặc khu"
    'đặc khu', 'xã, đặc khu', 'xã, phường, đặc khu', 'cơ quan', 'cơ quan, đơn vị', 'cơ quan, tổ chức', 'sở', 'sở, ngành', 'địa phương', 'khu', 'khu vực',
    'điểm đến', 'điểm du lịch', 'khu du lịch', 'khu công nghiệp', 'cụm công nghiệp', 'làng nghề', 'đô thị',
  ] },
  { role: 'count', forms: [ // institutions and facilities
    'trường', 'trường học', 'cơ sở',
    'trạm y tế', 'bệnh viện', 'phòng khám', 'nhà văn hóa', 'chợ', 'thư viện',
    'siêu thị', 'trung tâm thương mại', 'cửa hàng', 'doanh nghiệp', 'hợp tác xã', 'htx', 'liên hiệp hợp tác xã', 'tổ hợp tác', 'tổ chức',
    'khách sạn', 'cơ sở lưu trú', 'buồng', 'buồng lưu trú', 'trung tâm', 'trạm xá',
    'câu lạc bộ', 'clb', 'nhà máy', 'công ty', 'chi nhánh', 'ngân hàng', 'tổ chức cơ sở đảng', 'chi bộ', 'đảng bộ',
    // the units of unions and associations: "thành lập mới 26 công đoàn cơ sở", "04/05 chi hội vững mạnh", "190 phân hội, 24 hội cơ sở"
    'công đoàn', 'công đoàn cơ sở', 'nghiệp đoàn', 'chi đoàn', 'đoàn cơ sở', 'chi hội', 'liên chi hội', 'tổ hội', 'cơ sở hội',
    'phân hội', 'hội cơ sở',
    // study encouragement's: "576 ban khuyến học", "910 cộng đồng học tập" (a committee, a learning community)
    'ban', 'cộng đồng',
    // credit's: "toàn tỉnh có 25 quỹ tín dụng nhân dân", "9 phòng giao dịch"
    'quỹ tín dụng', 'quỹ tín dụng nhân dân', 'phòng giao dịch',
    'nhà', 'nhà ở', 'công trình', 'hạng mục', 'cầu', 'đập', 'hồ', 'giếng', 'nhà vệ sinh',
    // the power grid's: "54 trạm biến áp trung áp bị hư hỏng", "2.700 cột điện hạ áp"
    'trạm', 'trạm biến áp', 'cột',
    // transport's: "21 hãng hàng không quốc tế", "khai thác 80 đường bay", "25 toa/ngày", "7 cảng", "tiêu hủy 34 mặt hàng"
    'hãng', 'hãng hàng không', 'hãng tàu', 'đường bay', 'toa', 'cảng', 'cầu cảng', 'mặt hàng',
    // … and a city's: "Đà Lạt có 3 bến xe khách, 23 bãi đỗ xe công cộng", "hơn 3.000 đầu xe buýt"
    'bến xe', 'bến xe khách', 'bãi đỗ xe', 'bãi xe', 'xe buýt', 'đầu xe',
    // the rural economy's units: "106 trang trại" (no "106 trang", pages), "175 chuỗi liên kết", "34 nghề truyền thống"
    'trang trại', 'gia trại', 'chuỗi', 'chuỗi liên kết', 'chuỗi giá trị', 'nghề', 'nghề truyền thống', 'làng nghề truyền thống',
    // post, telecoms and the press: "144 bưu cục, điểm phục vụ", "5 nhà cung cấp dịch vụ" (not "5 nhà"), "1.198.108 thuê bao",
    // "08 Đài Truyền thanh cấp huyện", "1.594 cụm loa", "04 cơ quan báo chí"
    'bưu cục', 'điểm phục vụ', 'điểm bưu điện', 'điểm bưu điện văn hóa xã', 'bưu phẩm', 'bưu gửi', 'thuê bao', 'nhà cung cấp', 'nhà mạng',
    'đài', 'đài truyền thanh', 'đài phát thanh', 'cụm', 'cụm loa', 'cơ quan báo chí',
    // sets and machines in use: "toàn huyện có 25.560 máy điện thoại", "là 501 máy", "22,24 máy/100 dân"
    'máy', 'máy điện thoại', 'máy tính', 'máy vi tính', 'máy thu hình', 'máy thu thanh',
    // urban and environment works: "cải tạo, nâng cấp 109 nghĩa trang", "bố trí 27 điểm tập kết rác" (not "27 điểm", a score),
    // "22 công viên", "3 lò đốt rác"
    'nghĩa trang', 'điểm tập kết', 'bãi rác', 'lò đốt', 'công viên', 'vườn hoa',
    // mines and heritage: "Toàn tỉnh có 186 mỏ khoáng sản", "680 di tích lịch sử, văn hóa được xếp hạng"; remains of the war
    // dead found: "quy tập được gần 7.000 hài cốt liệt sĩ"; areas a programme covers: "có 06 địa bàn cấp huyện đạt 100%"
    'mỏ', 'điểm mỏ', 'di tích', 'di sản', 'hài cốt', 'hài cốt liệt sĩ', 'địa bàn',
    // the countries and markets goods go to, and the aid that comes from abroad: "xuất khẩu sang 60 nước", "đến 59 nước, khu
    // vực và vùng lãnh thổ", "có mặt tại 30 thị trường", "triển khai 38 khoản viện trợ"
    'nước', 'quốc gia', 'vùng lãnh thổ', 'quốc gia và vùng lãnh thổ', 'quốc gia, vùng lãnh thổ', 'nước và vùng lãnh thổ',
    'nước, khu vực và vùng lãnh thổ', 'thị trường', 'khoản viện trợ',
  ] },
  { role: 'count', forms: [ // documents, cases, events
    'dự án', 'chương trình', 'đề án', 'kế hoạch', 'mô hình', 'sản phẩm', 'tiêu chí', 'tiêu chuẩn', 'chỉ tiêu',
    'chỉ tiêu thành phần', 'nhiệm vụ', 'hồ sơ', 'thủ tục', 'thủ tục hành chính', 'văn bản', 'quyết định', 'nghị quyết',
    'thông báo', 'giấy', 'giấy chứng nhận', 'giấy phép', 'đơn', 'đơn thư', 'vụ', 'vụ việc', 'vụ, việc', 'vụ án', 'việc', 'án',
    'cuộc', 'hội nghị', 'buổi', 'phiên', 'đợt',
    // courses and meetings held: "tổ chức 11 hội thảo, tập huấn", "mở 3 khóa đào tạo", "ít nhất 1 hội thi bơi lặn"
    'hội thảo', 'hội thi', 'khóa',
    'đoàn', 'đội', 'tin', 'tin, bài', 'tin bài', 'bài', 'bài viết', 'tin báo', 'phóng sự', 'video',
    'phương án', 'sáng kiến', 'đề tài', 'kiến nghị', 'ý kiến', 'vấn đề', 'tài khoản', 'gói thầu', 'hợp đồng',
    'giao dịch', 'phương tiện', 'xe', 'ô tô', 'tàu', 'tàu cá', 'chuyến', 'chuyến bay', 'lễ hội', 'sự kiện', 'giải', 'huy chương',
    // science and technology's: "tiếp nhận 67 đề xuất", "cấp 13 chứng chỉ", "12 sáng chế"
    'đề xuất', 'chứng chỉ', 'sáng chế', 'văn bằng', 'văn bằng bảo hộ', 'nhãn hiệu',
    // weapons and explosives seized: "thu giữ 148 kíp nổ" (a detonator, not the Lao kip), "12 khẩu súng", "35 quả lựu đạn"
    'kíp nổ', 'khẩu súng', 'quả lựu đạn', 'lựu đạn', 'viên đạn', 'vũ khí',
    // who an award goes to, besides people: "khen thưởng 20 tập thể và 45 cá nhân"; blood given: "hiến 1.576 đơn vị máu"
    'tập thể', 'đơn vị máu',
    // justice's: "thẩm định 222 dự thảo", "cấp được 609.054 phiếu lý lịch tư pháp", "góp ý 132 điều ước quốc tế"
    'dự thảo', 'phiếu', 'phiếu lý lịch tư pháp', 'điều ước', 'điều ước quốc tế',
    // legal dissemination's and communes' own rules: "cấp phát 6.300 tờ rơi, tờ gấp", "phát 970.941 tài liệu", "1.000 pano, áp phích",
    // "xây dựng được 1.250 hương ước", "717 quy ước bảo vệ rừng"
    'tài liệu', 'tờ rơi', 'tờ gấp', 'tờ rơi, tờ gấp', 'pano', 'áp phích', 'pano, áp phích', 'hương ước', 'quy ước',
    // incidents and school sites: "xử lý 6 sự cố đê điều", "06 điểm trường bị sạt lở"; designs registered: "5 kiểu dáng công nghiệp"
    'sự cố', 'điểm trường', 'kiểu dáng', 'kiểu dáng công nghiệp',
    // councils': "tổ chức 03 kỳ họp", "xem xét 28 báo cáo, 12 tờ trình"; customs': "mở 1.686 tờ khai thông quan" (not "1.686 tờ", sheets)
    'kỳ họp', 'báo cáo', 'tờ trình', 'tờ khai', 'tờ khai hải quan',
    // the treasury's: "phát hiện 791 khoản chi chưa đúng thủ tục", "từ chối thanh toán 16 món chi", "100.000 chứng từ"
    'khoản chi', 'món chi', 'chứng từ',
    // offences fined and loans lent: "xử phạt 1.262 hành vi vi phạm", "12.436 món vay"
    'hành vi', 'hành vi vi phạm', 'món vay',
    'giải pháp', 'việc làm', 'thửa', 'thửa đất', 'lô', 'lô đất', 'đỉnh', 'ngôi', 'ngôi trường', 'cặp', 'đôi',
    // gifts given, counted like the things an action counts: "trao 3.250 suất quà", "tặng 150 phần quà"
    'suất quà', 'phần quà',
    'ổ dịch', 'suất học bổng', 'sổ', 'sổ đỏ', 'sổ bảo hiểm', 'thẻ', 'thẻ bảo hiểm y tế',
    // sport's: "175 Huy chương Vàng", "xác lập 28 kỷ lục quốc gia", "thi đấu ở 10 bộ môn" (not "10 bộ")
    // building's and land's: "đã cấp 1.962 giấy phép xây dựng", "đã cấp 730.674 GCNQSDĐ"
    'giấy phép xây dựng', 'giấy chứng nhận quyền sử dụng đất',
    'huy chương vàng', 'huy chương bạc', 'huy chương đồng', 'kỷ lục', 'bộ môn', 'môn thi đấu',
    // sport's places and events: "325 sân bóng đá", "28 bể bơi", "18 môn thể thao", "18 nội dung thi đấu"
    'sân', 'bể bơi', 'hồ bơi', 'môn', 'môn thể thao', 'nội dung thi đấu',
    'chỉ', 'chỉ số', 'chỉ số thành phần', 'chiến dịch', 'ki ốt', 'gian hàng', 'website', 'ứng dụng', 'dữ liệu', 'bản ghi', 'dịch vụ',
    // libraries' and museums': "bổ sung 6.000 bản sách", "tặng 278 đầu sách", "số hóa 62 bản tài liệu", "sưu tầm được 121 hiện vật",
    // "xây dựng được 19 tủ sách pháp luật" (not "6.000 bản", a copy of anything)
    'bản sách', 'đầu sách', 'bản tài liệu', 'hiện vật', 'cổ vật', 'tủ sách',
    // nature's inventories: "Hệ động vật đa dạng với 765 loài", "có 15 cá thể Voọc Cát Bà được sinh ra"
    'loài', 'cá thể',
    // broadcasting's: "duy trì đều đặn 7 chuyên mục", "125 chuyên mục, chuyên đề", "lắp đặt 500 loa phóng thanh"
    'chuyên mục', 'chuyên đề', 'chuyên mục, chuyên đề', 'loa',
  ] },
  // Abbreviations a page writes for a counted noun ("8,98 ngàn HS", "12,5 nghìn DN"): reported spelled out
  ...([
    ['học sinh', 'hs'], ['giáo viên', 'gv'], ['sinh viên', 'sv'], ['học sinh, sinh viên', 'hssv'], ['doanh nghiệp', 'dn'],
    ['thủ tục hành chính', 'tthc'], ['người lao động', 'nlđ'], ['đảng viên', 'đv'], ['tổ chức cơ sở đảng', 'tccsđ'], ['tổ hợp tác', 'tht'], ['liên hiệp hợp tác xã', 'lh htx'],
    ['cụm công nghiệp', 'ccn'], ['giấy chứng nhận', 'gcn'], ['giấy chứng nhận quyền sử dụng đất', 'gcnqsdđ'],
    ['vận động viên', 'vđv'], ['hài cốt liệt sĩ', 'hcls'], ['huấn luyện viên', 'hlv'], ['huy chương vàng', 'hcv'], ['huy chương bạc', 'hcb'], ['huy chương đồng', 'hcđ'],
  ] as const).map(([canonical, form]): NumberTable => ({ role: 'count', canonical, forms: [form] })),
];

/**
 * Unit forms read as symbols right after the digits, before any word ("95%", "5‰", "200$"), case as
 * written; each is also a form of a table above, which gives its unit. `alone`: only when no letter or
 * digit follows ("%o" but not "%ong").
 */
export const UNIT_SYMBOLS: readonly { form: string; alone?: true }[] = [
  { form: '%o', alone: true }, { form: '%' }, { form: '‰' }, { form: '₫' }, { form: '$' }, { form: '€' }, { form: '£' },
  { form: '°C' }, { form: '℃' }, { form: 'đ/c', alone: true },
];

/** Homes, counted: what HOME_BUILDING_VERBS (verbs.ts) build ("11 nhà đại đoàn kết", "152 căn nhà", "2.186 căn"). */
export const HOMES = ['nhà', 'nhà ở', 'căn nhà', 'ngôi nhà', 'căn', 'căn hộ'] as const;
/** What libraries and museums hold, counted after a verb of acquiring (ACQUIRING_VERBS): "bổ sung 6.000 bản sách". */
export const LIBRARY_HOLDINGS = ['bản sách', 'đầu sách', 'bản tài liệu', 'tài liệu', 'hiện vật', 'cổ vật', 'bản', 'cuốn', 'quyển'] as const;
/** Measure words of whole things, animals, trees, vehicles and homes ("con", "chiếc", "căn nhà"): ITEM_MEASURES and DAMAGED_THINGS (verbs.ts) both hold them. */
export const WHOLE_THINGS = ['con', 'cây', 'chiếc', 'cái', 'căn', 'căn hộ', 'căn nhà', 'ngôi nhà', 'phòng học', 'lớp học'] as const;
/**
 * Measure words that count whole things (animals, doses, vehicles, homes, books): an action's count of them is a
 * figure as a counted noun's is ("tiêu hủy 1.500 con lợn", "tiêm 10.249 liều vắc xin", "mở 65 lớp dạy bơi"); a weight or a length after a
 * verb ("thu giữ 127 gram") stays narrative.
 */
export const ITEM_MEASURES: readonly string[] = [...WHOLE_THINGS, 'đầu con', 'liều', 'cuốn', 'quyển', 'bộ', 'suất', 'giường', 'giường bệnh', 'quả trứng', 'lớp'];

/** Units that take a power glued after them: "m2" = m², "km3" = km³. */
export const SQUARABLE_UNITS: readonly string[] = ['m', 'km', 'cm', 'dm', 'mm'];

/** Words after a scale word that make it something else: "tỷ lệ" is a rate, "triệu chứng" a symptom. */
export const SCALE_FALSE_FRIENDS: Readonly<Record<string, readonly string[]>> = {
  'tỷ': ['lệ', 'trọng', 'giá', 'số', 'suất'],
  'tỉ': ['lệ', 'trọng', 'giá', 'số', 'suất'],
  'triệu': ['chứng', 'tập', 'hồi', 'phú'],
  'vạn': ['vật', 'sự', 'năng', 'phúc'],
  'nghìn': ['năm'],
};

/** Units that open an idiom instead: "4 và 5 lần lượt là" (respectively). */
export const UNIT_FALSE_FRIENDS: Readonly<Record<string, readonly string[]>> = {
  'lần': ['lượt'],
};

/** Qualifiers that may stand before the top of a range opened by "từ": "từ 80 triệu đồng/m2 đến hơn 100 triệu đồng/m2" ("dưới" is left out: "từ 30% đến dưới 70%" bounds a band). */
export const RANGE_TOP_QUALIFIERS = ['hơn', 'trên', 'gần', 'khoảng'] as const;

/** Qualifiers that compare: before a difference measured against a base ("cao hơn 2,19% so với năm 2022") they say "by", not "more than". */
export const COMPARATIVE_QUALIFIERS = ['cao hơn', 'thấp hơn', 'nhiều hơn', 'ít hơn', 'lớn hơn', 'nhỏ hơn', 'kém hơn'] as const;
/**
 * * Ordinal words that count nothing alone: after "thứ" they are the first, second and fourth places ("xếp thứ
 * nhất", "đứng thứ tư cả nước"); a cardinal is "một", "bốn" (and "tư" only after "mươi": "ba mươi tư").
 */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = { 'nhất': 1, 'nhì': 2, 'tư': 4 };

/** Qualifiers that are superlatives: after a change verb ("tỉnh giảm nhiều nhất 2,91%") they say "the most", not "at most". */
export const SUPERLATIVE_QUALIFIERS = ['nhiều nhất', 'ít nhất'] as const;
/** Qualifiers that bound a number, after which even "một" (mostly an article) is one: "có ít nhất một huyện đạt chuẩn". */
export const BOUND_QUALIFIERS = ['ít nhất', 'tối thiểu', 'tối đa', 'không quá', 'không dưới'] as const;
/** Words that bound a class of things in a label before its count: "dưới 6m: 271 chiếc", "từ 6 đến dưới 12m: 912 chiếc". */
export const CLASS_BOUND_WORDS = ['dưới', 'trên', 'từ', 'đến'] as const;
/** A programme's parts, numbered: "Dự án 10 (…): 300 triệu đồng", "Tiểu dự án 2", "Nội dung số 3" (the number names the part, no figure). */
export const NUMBERED_PARTS = ['dự án', 'tiểu dự án', 'nội dung', 'hợp phần', 'tiểu hợp phần'] as const;

/** Scale words that, right before "/" and a word with no currency between, are money in đồng: "đạt gần 65 triệu/m2", "thu nhập 60 triệu/người/năm" (not "657 triệu/775,7 triệu m3": a number after the slash). */
export const MONEY_SCALES = ['nghìn', 'ngàn', 'triệu', 'tỷ', 'tỉ'] as const;
/** The periods a measure is given per after the thing it measures: "730 tấn rác/ngày", "80 tấn rác thải/ngày" read "tấn/ngày". */
export const RATE_PERIODS = ['ngày đêm', 'ngày', 'tuần', 'tháng', 'năm', 'giờ'] as const;
/** The people a rate is given per, with no count before its slash: "500/100.000 trẻ", "120/100.000 dân" (a rate, no share of them). */
export const RATE_POPULATIONS = ['dân', 'người dân', 'người', 'trẻ', 'trẻ em', 'trẻ sơ sinh', 'phụ nữ'] as const;

/** What a word right before a number says about it. */
export type NumberContextRole = 'approx' | 'range' | 'negative' | 'date' | 'identifier';

/**
 * Words read right before a number (a separate family from the tables above, which are read after
 * one: "lần" before a number is an identifier, "lần thứ" a date word, after one it is a unit). Each
 * form once here, in any order: the patterns built from them end at the number, so the longest form
 * that ends there wins ("không quá" over "quá", "số nhà" over "nhà").
 */
export const NUMBER_CONTEXT_TABLES: readonly { role: NumberContextRole; forms: readonly string[] }[] = [
  // a qualifier, reported as the quantity's approx
  { role: 'approx', forms: [
    'gần như', 'trên dưới', 'xấp xỉ', 'tối thiểu', 'tối đa', 'ít nhất', 'nhiều nhất', 'chưa đến', 'chưa tới',
    'không quá', 'không dưới', 'không ít hơn', 'không nhiều hơn', 'không cao hơn', 'không thấp hơn', 'không lớn hơn', 'không nhỏ hơn', 'không kém hơn',
    'không hơn', 'không tới', 'không đến',
    'ít hơn', 'nhiều hơn', 'cao hơn', 'thấp hơn', 'kém hơn', 'lớn hơn', 'nhỏ hơn', 'tầm khoảng', 'khoảng chừng', 'khoảng',
    'chừng', 'gần', 'trên', 'hơn', 'dưới', 'chỉ', 'ngót', 'tầm', 'ước chừng',
    'khoảng trên', 'khoảng hơn', 'khoảng gần', // two qualifiers written together: "đón khoảng trên 7 triệu lượt khách"
  ] },
  // opens a range ("từ 15 đến 18", "giữa 1000 và 2000", "trong khoảng 26,5 - 26,7 tỷ USD": within it, no approximation)
  { role: 'range', forms: ['từ', 'giữa', 'trong khoảng'] },
  // negates the number ("âm 2,5%")
  { role: 'negative', forms: ['âm'] },
  // the number is a date part, a year or an ordinal
  { role: 'date', forms: ['ngày', 'tháng', 'năm', 'quý', 'thứ', 'lần thứ'] },
  // the number names something: a document, an article, a place, a round, a version
  { role: 'identifier', forms: [
    'số', 'số hiệu', 'khóa', 'khoá', 'điều', 'khoản', 'chương', 'mục', 'phụ lục', 'biểu', 'bảng', 'hình', 'mẫu số', 'tổ', 'thôn', 'xóm', 'khu', 'ấp', 'phường', 'quận',
    'đường', 'quốc lộ', 'tỉnh lộ', 'ql', 'tl', 'đt', 'lô', 'phòng', 'tầng', 'lớp', 'cấp', 'cấp độ', 'mức độ', 'giai đoạn', 'nghị quyết', 'nghị định', 'quyết định', 'thông tư',
    'chỉ thị', 'kết luận', 'công văn', 'kế hoạch', 'luật', 'sđt', 'điện thoại', 'fax', 'hotline', 'tel', 'mã', 'mũi', 'lần', 'top', 'covid', 'đợt', 'kỳ', 'khóa học', 'học kỳ',
    'vòng', 'bước', 'câu', 'trang', 'ngõ', 'ngách', 'hẻm', 'kiệt', 'số nhà', 'bản', 'tuyến', 'hạng', 'vị trí', 'mục tiêu', 'nhóm', 'đội', 'vùng', 'block', 'tập', 'phần', 'chương trình',
    'cuộc', 'thông báo', 'tờ trình', 'báo cáo', 'kênh', 'km', 'kênh số', 'ca', 'hệ', 'thế hệ', 'phiên bản', 'version', 'model', 'iphone', 'windows', 'industry',
    'công nghiệp', 'chuyển đổi số', 'giờ', 'lúc', 'đề án', 'dự án', 'trung ương', 'trung đoàn', 'sư đoàn', 'quân khu', 'quân đoàn', 'đối tượng',
    'tiểu khu', 'khoảnh', 'thửa', 'tờ bản đồ', 'chỉ tiêu', 'nhiệm vụ', 'giải pháp', 'nội dung',
  ] },
];
