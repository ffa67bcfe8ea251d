// Words about what is measured: units that are never a level, what a measure of a noun is called.
import { TIME_UNITS } from './time.ts';

/** Units besides time that are never the level of an indicator on their own: ages, stars, doses, parts of a text. */
export const NOT_LEVEL_UNITS = ['sao', 'mũi', 'lần', 'khóa', 'đợt', 'phiên', 'tầng', 'bước', 'điều', 'khoản', 'chương', 'mục', 'trang', 'bản'] as const;
/** Units of NOT_LEVEL_UNITS that count events: an action's count of them is a level ("tổ chức 46 phiên giao dịch việc làm", "triển khai 3 đợt cao điểm"), a bare one is not ("sau 3 phiên tăng điểm"). */
export const EVENT_UNITS = ['phiên', 'đợt'] as const;
/** Every unit that is no level on its own. */
export const NOT_LEVELS: ReadonlySet<string> = new Set<string>([...TIME_UNITS, ...NOT_LEVEL_UNITS]);
/** The unit of a score ("40,62/80 điểm", "Điểm PCI cao nhất là 72,95"). */
export const SCORE_UNIT = 'điểm';
/** The unit of a volume of occurrences ("lượt người", "lượt khách"): visits, not things that reach a standard, so "A/B lượt" is an actual over its plan. */
export const OCCURRENCE_UNIT = 'lượt';
/** Cases, counted before the people in them: "11/12 vụ đối tượng" is 11 cases and 12 people, two counts, no ratio. */
export const CASE_NOUNS = ['vụ', 'vụ án', 'vụ việc'] as const;
/** What a measure counts when its noun follows it: "75ha cây chè" is an area, "35.000 con lợn" a herd, "thu giữ 2,1 gam heroin" a weight. */
export const MEASURE_NOUN_HEADS: Readonly<Record<string, string>> = {
  ha: 'diện tích', 'm²': 'diện tích', 'km²': 'diện tích', con: 'đàn', 'tấn': 'sản lượng', km: 'chiều dài',
  kg: 'khối lượng', g: 'khối lượng', gam: 'khối lượng', gram: 'khối lượng', MW: 'công suất', kW: 'công suất',
  MWp: 'công suất', kWp: 'công suất',
};
/** What an amount of money is called before the phrase after it, when its own clause names nothing ("trong đó 300 tỷ đồng vốn ngân sách trung ương"). */
export const AMOUNT_NOUN_HEADS: Readonly<Record<string, string>> = { 'đồng': 'số tiền', USD: 'số tiền' };
/** Nouns that say themselves that they are money: after an amount they name it alone ("300 tỷ đồng vốn ngân sách", not "số tiền vốn …"). */
export const MONEY_NOUNS = ['vốn', 'tiền', 'kinh phí', 'ngân sách', 'nguồn vốn', 'quỹ'] as const;

/** Kinds of unit a slash lists as one kind of place, counted as one ("24 thôn/bản", "15 xã/phường/thị trấn"): no rate. */
export const PLACE_ALTERNATIVES = ['tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn', 'đặc khu', 'thôn', 'bản', 'làng', 'xóm', 'ấp', 'tổ dân phố', 'khu phố'] as const;
/** Measures that head a list naming places ("kim ngạch xuất khẩu …, gồm: Cao Bằng đạt …", "Tốc độ tăng trưởng GRDP của các tỉnh: Hậu Giang tăng 12,67%"). */
export const LIST_HEAD_NOUNS = [
  'kim ngạch', 'tổng mức', 'tổng sản lượng', 'sản lượng', 'doanh thu', 'giá trị', 'tỷ lệ', 'chỉ số', 'thu ngân sách', 'vốn', 'kinh phí',
  'tốc độ tăng trưởng', 'tốc độ tăng', 'tăng trưởng', 'GRDP', 'GDP', 'tổng sản phẩm',
] as const;
/** Words that end a list head's name: what follows them is whose or when ("… của các tỉnh", "… năm 2023"). */
export const LIST_HEAD_STOPS = ['của', 'dưới', 'trên', 'đạt', 'là', 'ở', 'có', 'tăng', 'giảm', 'gồm', 'vẫn', 'từ', 'năm', 'trong', 'tại', 'các', 'dự ước', 'ước', 'ước tính', 'cao', 'thấp'] as const;
/** Amounts, never rates: "đạt 130%" right after one is its share of a plan left unwritten ("thu ngân sách đạt 130%"). */
export const AMOUNT_HEADS = ['thu ngân sách', 'thu NSNN', 'doanh thu', 'vốn đầu tư', 'giá trị sản xuất', 'kim ngạch', 'sản lượng'] as const;
/** Words that head an indicator and name it by themselves: "tỷ lệ hộ nghèo", "số doanh nghiệp", "sản lượng lúa". */
export const INDICATOR_HEADS = [
  'tỷ lệ', 'số', 'tổng', 'đàn', 'giá trị', 'mức', 'diện tích', 'dân số', 'sản lượng', 'doanh thu', 'thu nhập', 'kim ngạch',
  'vốn', 'lượng', 'năng suất', 'lợi nhuận',
] as const;
/** Words of an average: "bình quân 16,5 tiêu chí/xã", "trung bình 2,5 bác sĩ/vạn dân". */
export const AVERAGE_WORDS = ['bình quân', 'trung bình'] as const;
/** Words that head a share's name: a count after their "đạt" is a condition of who is counted ("Tỷ lệ xã đạt 19 tiêu chí … là 60%"). */
export const SHARE_HEADS = ['tỷ lệ', 'tỉ lệ'] as const;
/** Nouns of a share between its verb and its figure: "chiếm tỷ lệ 5%", "chiếm tỷ trọng 6,33%". */
export const SHARE_NOUNS = [...SHARE_HEADS, 'tỷ trọng', 'tỉ trọng'] as const;
/** The name of a level's share of a whole ("…, chiếm 22,4%"): its proportion, or for a count ("Số trẻ …") its rate. */
export const SHARE_OF_WHOLE_NAMES = { proportion: 'tỷ trọng', ofCount: 'tỷ lệ' } as const;
/** Words that name a rate of growth: its percentage is its level, no share of a plan met ("Tốc độ tăng trưởng kinh tế hàng năm đạt 14,7%"). */
export const GROWTH_HEADS = ['tốc độ tăng trưởng', 'tốc độ tăng', 'tăng trưởng', 'mức tăng'] as const;
/** Words that open an indicator's name but measure nothing inside a clause ("thu" also opens "thu hút"): "tốc độ tăng trưởng", "chỉ số giá". */
export const INDICATOR_OPENERS = ['tỉ lệ', 'thu', 'chi', 'nộp', 'tốc độ', 'chỉ số'] as const;
/** What a budget is collected or spent on: "thu NSNN", "chi đầu tư". */
export const BUDGET_ITEMS = ['ngân sách', 'NSNN', 'NSĐP', 'nội địa', 'thường xuyên', 'đầu tư'] as const;
/** A table row's label that names the whole of the table, not what it measures: "CHỈ SỐ CHUNG", "Tổng cộng". */
export const TOTAL_ROW_LABELS = ['chỉ số chung', 'tổng cộng', 'tổng số', 'tổng', 'cộng', 'chung', 'kết quả chung', 'tổng điểm', 'điểm tổng'] as const;

/** Nouns after which a price above or below a figure is a band the noun phrase picks, not a level: "căn hộ giá trên 4 tỷ đồng", "đơn hàng trên 25 USD". */
export const PRICE_BAND_NOUNS = ['giá', 'đơn hàng'] as const;
/** Words opening brackets that restate the figure before in another unit: "(tương đương khoảng 7,6 tỷ USD)". */
export const EQUIVALENT_WORDS = ['tương đương', 'tương đương với', 'quy đổi', 'quy đổi ra'] as const;
/** Words that open a band rather than a level: "giá dưới 2 tỷ đồng", "từ 30% đến dưới 70%". */
export const BAND_WORDS = ['trên', 'dưới', 'từ'] as const;

/** Measure words inside a clause that do not head an indicator's name alone: "lượt khách", "kinh phí", "dư nợ". */
export const MEASURE_WORDS = ['lượt', 'kinh phí', 'quy mô', 'dư nợ', 'nguồn', 'chiều dài', 'SL', 'DT'] as const;
/** Balances, which stand at a day and sum no span: "Tổng dư nợ đạt 486,6 tỷ đồng" at the end of March is that day's. */
// ("nguồn vốn", "vốn huy động" name where funds come from as often: "huy động nguồn vốn hơn 313 tỷ đồng" sums a span)
export const BALANCE_WORDS = ['dư nợ', 'số dư', 'tổng tài sản', 'tiền gửi', 'nợ xấu', 'nợ quá hạn'] as const;
/** Other stocks, counted at a day like a balance: a herd ("tổng đàn gia súc"), a membership, a coverage ("tham gia BHYT"). */
// (not a bare "đàn": "diễn đàn", "đàn ông"; not "có N …", which counts events in a span as often: "có 5 vụ cháy")
export const STOCK_WORDS = ['tổng đàn', 'đàn trâu', 'đàn bò', 'đàn lợn', 'đàn heo', 'đàn gia súc', 'đàn gia cầm', 'đàn dê',
  'hội viên', 'đoàn viên', 'thành viên', 'bao phủ', 'che phủ', 'tham gia bảo hiểm', 'tham gia BHYT', 'tham gia BHXH'] as const;
/** Words that make a stock's figure a flow over the span: "kết nạp mới 120 hội viên", "tăng thêm 3 xã". */
export const FLOW_WORDS = ['tăng', 'giảm', 'thêm', 'mới', 'kết nạp', 'phát triển'] as const;

/** Words that make a clause the subject of a level: "số hộ nghèo", "tổng doanh thu", "thu NSNN", "SL lúa". */
export const MEASURE_HEADS: readonly string[] = [
  ...INDICATOR_HEADS, ...MEASURE_WORDS, ...BUDGET_ITEMS.flatMap((item) => [`thu ${item}`, `chi ${item}`]),
];
/** Subjects that name an indicator by themselves and never continue the previous one. */
export const INDICATOR_NAME_HEADS: readonly string[] = [...INDICATOR_HEADS, ...INDICATOR_OPENERS];
/** A web page's counters of its readers, before a colon and a number: "Lượt xem: 85", "Số lượt đọc: 513". */
export const PAGE_COUNTER_WORDS = ['lượt xem', 'lượt đọc', 'lượt truy cập', 'số lượt xem', 'số lượt đọc', 'số lượt truy cập', 'tổng lượt truy cập', 'lượt view'] as const;
