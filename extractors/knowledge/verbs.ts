// Verbs of reports: achieving a plan, exceeding it, changing, estimating, acting.
import { WHOLE_THINGS } from './numbers.ts';

/** Verbs before a progress percentage: "đạt 95% chỉ tiêu", "vượt 13,2% mục tiêu". */
export const PROGRESS_VERBS = ['đạt', 'bằng', 'hoàn thành', 'đạt và vượt', 'vượt', 'đạt được', 'tương đương', 'thực hiện được', 'thực hiện đạt', 'gấp', 'tăng'] as const;
/**
 * Verbs of doing (or of a part, "chiếm") that, before a share with its plan right after it, say how much of the plan was done:
 * "giải ngân khoảng 99% kế hoạch", "thu được 80% dự toán", "chiếm 51,91% dự toán Chính phủ giao".
 */
export const PLAN_DONE_VERBS = ['giải ngân', 'thu', 'huy động', 'thực hiện', 'chiếm'] as const;
/** Verbs by which a share says how far a plan was beaten: "vượt 13,2% mục tiêu", "tăng 58,5% kế hoạch giao" (spec). */
export const EXCEEDING_VERBS = ['vượt', 'tăng', 'cao hơn'] as const;
/** "Lượng khách vượt kế hoạch": a plan met or missed is a result, not a plan. */
/** Verbs that open a share in brackets after a count: "4.568 hồ sơ đã trả kết quả (đạt tỷ lệ 86,8%)". */
export const SHARE_OF_COUNT_VERBS = ['đạt', 'chiếm'] as const;

export const PLAN_MET_VERBS = ['vượt', 'đạt', 'hoàn thành', 'về đích', 'chưa đạt', 'không đạt', 'bằng'] as const;
/** Words that ask for work to be done: a list of plans after them is to be met, not met ("yêu cầu … thực hiện đạt các chỉ tiêu sau:"). */
export const DIRECTIVE_WORDS = ['yêu cầu', 'đề nghị', 'chỉ đạo', 'giao nhiệm vụ'] as const;
/** How well the plan was met, between the verb and the plan: "hoàn thành thắng lợi các chỉ tiêu …", "đạt cơ bản". */
export const PLAN_MET_ADVERBS = ['cơ bản', 'tốt', 'toàn diện', 'thắng lợi', 'xuất sắc'] as const;
/** Verbs of work finished somewhere: after them a count of places is how many finished ("hoàn thành xây dựng nông thôn mới tại 3 xã"). */
export const COMPLETION_VERBS = ['hoàn thành', 'về đích'] as const;
/** Verbs of an outbreak or an incident, whose places counted after "tại" are where it broke out: "Bệnh LMLM xảy ra tại 04 xã". */
export const OCCURRENCE_VERBS = ['xảy ra', 'xuất hiện', 'bùng phát'] as const;
/** A change written as its two levels, "giảm từ 32,5% xuống còn 24,2%": the verb before "từ" … */
export const FROM_TO_VERBS = ['tăng', 'giảm'] as const;
/** Words between a change verb and its number that keep it a change: "tăng thêm 2 điểm", "giảm mạnh 5%", "tăng tới 53%". */
export const CHANGE_ADVERBS = ['thêm', 'bình quân', 'mạnh', 'nhẹ', 'nhanh', 'tới', 'đến'] as const;
/** … and the words between the two levels. */
export const TO_WORDS = ['xuống', 'xuống còn', 'xuống mức', 'lên', 'lên mức', 'lên đến', 'lên tới', 'còn'] as const;
/** Words of an estimate: "ước đạt", "dự kiến", "Ước TH". */
export const ESTIMATE_WORDS = ['ước', 'dự ước', 'dự kiến', 'ước tính', 'ước thực hiện', 'ước TH', 'ước đạt'] as const;
/** Words of a report's concession or what still stands ("Mặc dù …", "vẫn còn 6 tiêu chuẩn chưa đạt"): no paragraph of goals holds them. */
export const CONCESSIVE_WORDS = ['mặc dù', 'tuy nhiên', 'nhưng', 'vẫn'] as const;
/** Words of a sentence reporting results, which ends a list of goals. */
export const RESULT_WORDS = ['kết quả', 'thực tế', 'đã đạt', 'đạt được', 'lũy kế', 'thực hiện được', 'đến nay', 'đến thời điểm hiện tại',
  // what stands now, by the count: "Theo thống kê, huyện hiện có 10 trường mầm non"
  'theo thống kê', 'hiện có'] as const;
/**
 * Verbs of administrative reports after which a count is a figure when its counted noun says what
 * was counted: "tiếp nhận 27.450 lượt hồ sơ đăng ký cư trú", "phát sinh 5.264 hồ sơ".
 */
export const ACTION_VERBS = [
  'thu nhận', 'tiếp nhận', 'phát sinh', 'giải quyết', 'xử lý', 'cấp', 'cấp mới', 'cấp đổi', 'cấp lại', 'đăng ký',
  'kích hoạt', 'số hóa', 'số hoá', 'tạo lập', 'cập nhật', 'xác thực', 'thẩm định', 'phê duyệt', 'thụ lý', 'hòa giải',
  'hoà giải', 'trả kết quả', 'tiếp', 'tuyên truyền', 'tập huấn', 'đào tạo', 'hỗ trợ', 'giải ngân', 'cấp phát',
  'tích hợp', 'làm sạch', 'thu thập', 'cung cấp',
  // what a programme or a police force did, counted: "triển khai 403 dự án", "điều tra làm rõ 249 vụ", "giữ vững 36 xã đạt chuẩn"
  'triển khai', 'điều tra làm rõ', 'điều tra', 'làm rõ', 'phát hiện', 'bắt giữ', 'khởi tố', 'triệt phá', 'duy trì', 'giữ vững',
  // what people gave a programme, counted: "huy động 25.499 ngày công", "đóng góp trên 135 nghìn ngày công lao động"
  'huy động', 'đóng góp',
  // what an organisation did for its members or its area, counted: "sửa chữa 20 nhà", "giúp 34 hộ thoát nghèo", "khám phá 68 vụ"
  'sửa chữa', 'tu sửa', 'giúp', 'giúp đỡ', 'khám phá', 'bắt', 'vinh danh', 'khen thưởng', 'giới thiệu', 'ra mắt', 'nhận đỡ đầu', 'xử phạt', 'trao',
  // what land and property offices did, counted: "đấu giá thành công hơn 300 lô đất", "thu hồi 75 dự án"; and site clearance:
  // "kiểm kê 220 hộ", "kiểm đếm 150 hộ", "điều chỉnh 147 lượt dự án"
  'đấu giá', 'thu hồi', 'kiểm kê', 'kiểm đếm', 'điều chỉnh',
  // … sold at auction into lots: "bán đấu giá thành 80 lô đất"
  'đấu giá thành', 'bán đấu giá thành',
  // what a disaster's response did for the households at risk, counted: "di dời 82 hộ dân", "sơ tán 120 hộ"
  'di dời', 'sơ tán', 'di tản',
  // what inspectors, courts and associations did, counted: "kiểm tra hơn 5.080 cơ sở", "tiêu hủy 34 mặt hàng", "thi hành xong 2.107 việc", "hỗ trợ thành lập 2 hợp tác xã"
  'kiểm tra', 'thanh tra', 'xét nghiệm', 'tiêu hủy', 'nhắc nhở', 'thi hành xong', 'thành lập',
  // … and how inspections went: "tiến hành 248 cuộc thanh tra", "kết thúc 12 cuộc" ("kết luận 20 cuộc" stays unread: "kết
  // luận" before a number names a document, "Kết luận 01-KL/TW", NAME_WORDS)
  'tiến hành', 'kết thúc',
  // what science offices, party committees and networks did, counted: "nghiệm thu 69 nhiệm vụ", "bàn giao 53 nhiệm vụ",
  // "công nhận 48 sáng kiến", "thi hành kỷ luật 180 đảng viên", "lắp đặt 57 cụm loa"
  'nghiệm thu', 'bàn giao', 'theo dõi', 'công nhận', 'tư vấn', 'thi hành kỷ luật', 'kỷ luật', 'lắp đặt', 'chuyển phát',
  'giám sát',
  // what justice offices and forest rangers did: "góp ý 132 điều ước quốc tế", "trả lời 328 kiến nghị", "lập biên bản 19 vụ"
  'góp ý', 'trả lời', 'lập biên bản',
  // what welfare offices and volunteers gave: "tặng 150 phần quà", "trao tặng 2.152 suất quà", "hiến 1.576 đơn vị máu"; and what
  // a campaign brought in: "thu về gần 300.000 đơn vị máu"
  'tặng', 'trao tặng', 'hiến', 'thu về',
  // what animal-health and health offices did: "tiêm 10.249 liều vắc xin", "tiêm phòng cho 5.000 con gia súc", "điều trị nội trú
  // gần 136.700 lượt bệnh nhân", "thu dung 13.000 lượt bệnh nhân", "phẫu thuật 2.500 ca"
  'tiêm', 'tiêm phòng', 'khám', 'khám bệnh', 'khám chữa bệnh', 'khám, chữa bệnh', 'điều trị', 'điều trị nội trú', 'điều trị ngoại trú',
  'thu dung', 'phẫu thuật', 'cấp cứu',
  // young men sent off to the army: "tiễn đưa hơn 1.800 thanh niên lên đường nhập ngũ"
  'tiễn đưa',
  // members admitted, things developed: "phát triển 12 đảng viên", "phát triển thêm hơn 8.800 đoàn viên mới"
  'phát triển',
  // what a sports team won or set: "Đoàn Sơn La đoạt 3 HCV", "giành được 12 huy chương", "xác lập 28 kỷ lục quốc gia"
  'giành', 'giành được', 'đoạt', 'đoạt được', 'xác lập',
  // what a registry records of businesses and cooperatives: "Cả nước giải thể 152 HTX"
  'giải thể',
  // works started and finished: "triển khai thi công 73 công trình", "khởi công 12 công trình", "hoàn thành đưa vào sử dụng 70 công trình"
  'thi công', 'khởi công', 'đưa vào sử dụng',
  // petitions and files received: "UBND tỉnh đã nhận được 139 lượt ý kiến", "đã nhận 32.118 hồ sơ" (not "nhận" alone, the end
  // of "chứng nhận": "cấp Giấy chứng nhận cho 9.302 thửa")
  'nhận được', 'đã nhận',
  // what the treasury refused to pay: "đã từ chối 46 khoản chi", "từ chối chưa thanh toán 16 món chi"
  'từ chối', 'từ chối thanh toán', 'từ chối chưa thanh toán',
  // what a broadcaster did: "Đài đã phát sóng 2.176 tin", "biên tập và phát sóng 194 chương trình"
  'phát sóng', 'biên tập', 'biên tập và phát sóng',
  // what a council or an office did: "ban hành 11 nghị quyết", "xem xét thảo luận 28 báo cáo" (not "thông qua", also "by way of":
  // "dư nợ thông qua 2.727 tổ")
  'ban hành', 'xem xét', 'thảo luận', 'xem xét thảo luận',
  // what offices handed out, amended, submitted or filed: "phát 970.941 tài liệu", "sửa đổi 552 hương ước", "trình Chủ tịch
  // nước 2.922 hồ sơ", "đã nộp 87 hồ sơ đăng ký"; outbreaks: "bùng phát 5 ổ dịch" (not "phát ổ dịch")
  'phát', 'bùng phát', 'sửa đổi', 'sửa đổi, bổ sung', 'trình', 'nộp',
  // events held, counted: "tổ chức 03 kỳ họp", "tổ chức 8 buổi tuyên truyền", "tổ chức 305.128 cuộc tuyên truyền pháp luật"
  'tổ chức',
  // what police and fire inspectors did to those in breach: "đình chỉ hoạt động 100 cơ sở", "tạm giữ 284 xe", "tước giấy
  // phép lái xe 41 trường hợp", "lập biên bản vi phạm 1.425 trường hợp"; and rescuers: "tìm kiếm và bàn giao 11 thi thể"
  'đình chỉ', 'tạm đình chỉ', 'đình chỉ hoạt động', 'tạm đình chỉ hoạt động', 'tạm giữ', 'tước giấy phép lái xe', 'tước giấy phép',
  'lập biên bản vi phạm', 'tìm kiếm', 'cứu',
  // … and how: "phạt tiền 13.054 trường hợp", "tước giấy phép lái xe có thời hạn 6.880 trường hợp"
  'phạt tiền', 'tước giấy phép lái xe có thời hạn', 'tước GPLX', 'tước GPLX có thời hạn',
  // what greening and works programmes did, counted: "trồng 214.158 cây", "cải tạo, nâng cấp 109 nghĩa trang", "bố trí 27 điểm
  // tập kết" (before a measure, "trồng 120 ha keo", the same verbs say what was grown or built: PRODUCTION_VERBS)
  'trồng', 'cải tạo', 'nâng cấp', 'bố trí',
  // models replicated and accounts opened: "xây dựng và nhân rộng 16 mô hình dân vận khéo", "đã mở 450.000 tài khoản thanh toán"
  'nhân rộng', 'mở', 'mở mới',
  // deputies elected: "đã bầu đủ 35 đại biểu", "bầu lấy 3.046 đại biểu"
  'bầu', 'bầu đủ', 'bầu lấy',
  // what police and welfare offices keep and send for treatment: "đang quản lý gần 270 người nghiện", "đưa đi cai nghiện 9 đối
  // tượng", "lập 58 hồ sơ"; and the search for the war dead: "quy tập được 6.959 HCLS", "cất bốc được 68 HCLS"
  'quản lý', 'cai nghiện', 'lập', 'quy tập', 'cất bốc',
  // files completed and heroic mothers cared for: "hoàn chỉnh 25 hồ sơ đề nghị", "nhận phụng dưỡng 6 Bà mẹ Việt Nam anh hùng"
  'hoàn chỉnh', 'phụng dưỡng',
  // the countries goods reach: "được xuất khẩu sang 60 nước"
  'xuất khẩu sang', 'xuất khẩu đến', 'xuất khẩu tới',
  // what libraries and museums did: "luân chuyển 55.130 lượt sách báo", "bổ sung 6.000 bản sách", "sưu tầm được 121 hiện vật",
  // "xử lý nghiệp vụ 3.451 bản sách", "cấp và đổi mới 1.950 thẻ", "gia hạn 7 thẻ bạn đọc", "phục dựng 02 di tích", "tu bổ 12 di tích"
  'luân chuyển', 'sưu tầm', 'sưu tầm được', 'xử lý nghiệp vụ', 'cấp và đổi mới', 'gia hạn', 'phục dựng', 'tu bổ', 'trùng tu',
  // who or what took part in an event, counted: "với sự tham gia của 1.238 lượt người", "thu hút sự tham gia của 150 gian hàng"
  'sự tham gia của',
  // those a disaster reached, counted: "sạt lở ảnh hưởng trực tiếp đến 82 hộ dân" (not "đầu tư": "chủ đầu tư 41 dự án")
  'ảnh hưởng đến', 'ảnh hưởng tới', 'ảnh hưởng trực tiếp đến', 'ảnh hưởng trực tiếp tới',
] as const;
/**
 * Verbs of building homes: before a count of homes (HOMES) they are an action's, counted ("vận động xây dựng 11 nhà
 * đại đoàn kết", "xây mới 152 căn nhà tình nghĩa"); before other things ("xây dựng được 850 mô hình") they are no action.
 * "Cất" builds a home in the south's usage ("cất mới 374 căn nhà", "cất 21 căn nhà tình thương").
 */
export const HOME_BUILDING_VERBS = ['xây dựng', 'xây mới', 'xây', 'làm mới', 'cất mới', 'cất'] as const;
/**
 * Verbs of a library's or a museum's acquisitions: before its holdings (LIBRARY_HOLDINGS) they are an action's, counted
 * ("đã bổ sung 6.000 bản sách"); before other things ("bổ sung 320 biên chế giáo viên còn thiếu") they say what is lacking.
 */
export const ACQUIRING_VERBS = ['bổ sung', 'bổ sung thêm', 'mua sắm'] as const;
/**
 * How or when an action was done, between its verb and its count: "giải quyết hiệu quả 450 vụ việc", "cấp lần đầu
 * 490 giấy chứng nhận", "giải quyết đúng hạn 950 hồ sơ".
 */
export const ACTION_ADVERBS = ['hiệu quả', 'kịp thời', 'dứt điểm', 'thành công', 'lần đầu', 'đúng hạn', 'trước hạn', 'trực tuyến',
  // done: "giải quyết xong hơn 7,8 ngàn việc", "đã giải quyết xong 137 đơn"; more: "phát triển thêm 8.800 đoàn viên"
  'xong', 'thêm',
  // kept up: "duy trì đều đặn 7 chuyên mục", "duy trì thường xuyên 12 câu lạc bộ"
  'đều đặn', 'thường xuyên',
  // whom it was done to: "thi hành kỷ luật đối với 3 tổ chức đảng", "kiểm tra đối với 9 tổ chức"
  'đối với',
  // under which law: "khởi tố hình sự 2 vụ", "xử lý vi phạm hành chính 74 vụ"
  'hình sự', 'hành chính', 'vi phạm hành chính',
  // by whose power: "tiếp nhận giải quyết theo thẩm quyền 2.886 đơn"
  'theo thẩm quyền',
  // unannounced or on a schedule: "kiểm tra đột xuất gần 370 cơ sở", "kiểm tra định kỳ 1.200 cơ sở"
  'đột xuất', 'định kỳ',
  // in haste: "di dời khẩn cấp 72 căn nhà"
  'khẩn cấp'] as const;
/** Verbs of growing or taking out a crop or a resource, or of building works: the measure after them, with its noun after it, is a level ("gieo cấy 86 nghìn ha lúa", "cứng hóa 157 km đường"). */
export const PRODUCTION_VERBS = ['trồng', 'trồng mới', 'gieo trồng', 'gieo cấy', 'gieo sạ', 'xuống giống', 'thu hoạch', 'khai thác', 'nuôi trồng', 'đánh bắt',
  // works built, of a length: "xây dựng, nâng cấp được 480 km đường giao thông"
  'xây dựng', 'xây mới', 'làm mới', 'làm xong', 'mở mới', 'nâng cấp', 'cải tạo', 'sửa chữa', 'tu sửa', 'bê tông hóa', 'cứng hóa', 'nhựa hóa', 'kiên cố hóa',
  'trải nhựa', 'trải bê tông',
  // works finished and opened: "hoàn thành và đưa vào sử dụng 287 km đường bê tông", "thi công 12 km kênh mương"
  'đưa vào sử dụng', 'hoàn thành', 'thi công'] as const;
/** Verbs of seizing, collecting or destroying goods: the weight after them, its noun after it, is a level ("thu giữ 2,1 gam heroin", "thu gom 20 tấn rác thải", "tiêu hủy 5 tấn hàng giả"). */
export const TAKING_VERBS = ['thu giữ', 'tịch thu', 'thu gom', 'tiêu hủy', 'tiêu huỷ'] as const;
/**
 * Verbs of land administration: the area after them, its noun after it, is a level ("bàn giao 1.543 ha đất cho các dự án",
 * "thu hồi 25 ha đất", "cho thuê 12 ha đất"); not "giao" alone, which also assigns a plan ("kế hoạch giao 500 ha").
 */
export const LAND_VERBS = ['bàn giao', 'thu hồi', 'cho thuê'] as const;
/**
 * Verbs of handing out goods: the weight after them, its noun after it, is a level ("đã cấp 244.751 tấn xi măng", "hỗ trợ
 * địa phương gần 7.000 tấn xi măng", "phân bổ 6.250 tấn xi măng", "nhận thêm 2.157 tấn", "xuất cấp 500 tấn gạo").
 */
export const GIVING_VERBS = ['cấp', 'cấp phát', 'xuất cấp', 'hỗ trợ', 'phân bổ', 'tiếp nhận', 'nhận thêm', 'cứu trợ',
  // land given by the people for roads: "người dân đã hiến hơn 13.300m2 đất"
  'hiến'] as const;
/** What a programme gives the things it counts, after "được": "74 nghìn lượt hộ … được vay vốn", "27 nghìn lao động được tạo việc làm". */
export const PROGRAMME_VERBS = ['vay', 'tạo', 'xây', 'hỗ trợ', 'cấp', 'giải quyết', 'đào tạo', 'tiếp cận', 'hưởng', 'thụ hưởng', 'khám', 'tiêm', 'cứu',
  // a health campaign's doses: "381.000 trẻ được uống bổ sung vitamin A", "5.000 trẻ được bổ sung vi chất"
  'uống', 'bổ sung'] as const;
/** What the things a count opening its clause counts have done or have, after "đã": "12.238 người đã nộp hồ sơ hưởng trợ cấp", "17 xã đã có bác sĩ". */
export const DONE_BY_COUNTED_VERBS = ['nộp', 'có quyết định', 'có', 'tham gia', 'hưởng', 'nhận', 'đăng ký'] as const;
/**
 * What a disaster did to the things a count counts, right after their noun: "mưa lũ làm 19 người chết", "124 nhà bị đổ
 * và cuốn trôi", "486 ha hoa màu bị thiệt hại" (damage statistics); "đổ" alone dumps ("xe chở 5 tấn rác thải đổ trộm").
 */
export const DAMAGE_WORDS = ['chết', 'bị thương', 'mất tích', 'mất', 'sập', 'bị đổ', 'đổ sập', 'hư hỏng', 'hư hại', 'ngập', 'tốc mái', 'cuốn trôi', 'thiệt hại', 'sạt lở', 'vùi lấp', 'mất trắng', 'trôi dạt', 'thiêu rụi', 'bị cháy',
  // storms on power lines and crops: "1.000 cột trung áp bị gãy, đổ", "1.139 ha lúa bị gãy đổ, ngập lụt"
  'gãy', 'gãy đổ', 'ngập lụt',
  // outbreaks and poisonings on people, herds and crops: "làm 4.796 người nhập viện, 21 người tử vong", "3.600 ha lúa bị nhiễm bệnh"
  'tử vong', 'nhập viện', 'nhiễm', 'nhiễm bệnh'] as const;
/** Things counted in a measure word that a disaster can damage or kill: "22 ngôi nhà đã sập", "196 con gia súc bị chết". */
export const DAMAGED_THINGS = [...WHOLE_THINGS, 'phòng', 'tuyến', 'tuyến đường'] as const;
/** "tương ứng", "lần lượt": the figures after them go one to each of the things named before. */
export const RESPECTIVELY_WORDS = ['tương ứng', 'lần lượt'] as const;
/** Linking verbs right before a level: "là 47.803 người", "đạt 225 nghìn tấn", "còn 195 hộ", "đón 1,2 triệu lượt khách". */
export const LINKING_VERBS = [
  'là', 'đạt', 'còn', 'có', 'gồm', 'chiếm', 'tăng', 'giảm', 'thực hiện', 'TH', 'bằng', 'lên', 'xuống', 'được', 'cho',
  'tương ứng', 'tương ứng với', 'tương đương', 'tương đương với', 'xảy ra', 'ghi nhận', 'làm chết', 'bị thương', 'thu hút', 'kết nạp', 'tuyển sinh', 'trồng mới',
  'khai thác', 'đón', 'đón tiếp', 'phục vụ', 'thiệt hại', 'tồn đọng',
] as const;
/** A total named as such between "có" and its count: "hiện có tổng số 144 bưu cục" has 144 of them. */
export const TOTAL_WORDS = ['tổng số', 'tổng cộng'] as const;
/**
 * Words between a linking verb and its level: "có thêm 5 xã", "đạt bình quân 62 triệu đồng", a total named as
 * such, "hiện có tổng số 144 bưu cục", "có tổng cộng 19 đề tài", and a stress on how many, "có tới 7.600 hồ sơ".
 */
export const LINK_QUALIFIERS = ['thêm', 'mới', 'bình quân', 'trung bình', 'tới', 'đến', ...TOTAL_WORDS] as const;
/** Verbs that open an aside whose level is of the noun before it: "Kim ngạch … Nhật Bản (tăng 12%)", "Doanh thu … (chiếm 12% tổng mức)". */
export const ASIDE_LEVEL_VERBS = ['tăng', 'giảm', 'chiếm'] as const;
/** Verbs of saying: a colon after them opens what someone said, no list of measures ("Ông Nam cho biết: 12 hộ …"). */
export const REPORTING_VERBS = ['cho biết', 'cho hay', 'nói', 'khẳng định', 'nhấn mạnh', 'thông tin', 'phát biểu', 'chia sẻ'] as const;
