// Units and counted nouns that may follow a number in Vietnamese reports.
// Lookup keys are lower-case, syllables joined by one space, tone marks in one placement (see unitKey).
// `canonical` null means "report the unit as written (lower-cased)".

export interface UnitEntry {
  canonical: string | null;
  kind: 'currency' | 'percent' | 'measure' | 'count' | 'time';
}

/** Scale words: the value is multiplied, the word is not part of the unit. */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['nghìn', 1e3], ['ngàn', 1e3], ['ngan', 1e3], ['vạn', 1e4], ['triệu', 1e6], ['tỷ', 1e9], ['tỉ', 1e9],
]);

/** Words that start with a scale word but are not scales ("tỷ lệ" = rate). Keyed by the scale word. */
export const SCALE_FALSE_FRIENDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['tỷ', ['lệ', 'trọng', 'giá', 'số', 'suất']],
  ['tỉ', ['lệ', 'trọng', 'giá', 'số', 'suất']],
  ['triệu', ['chứng', 'tập', 'hồi', 'phú']],
  ['vạn', ['vật', 'sự', 'năng', 'phúc']],
  ['nghìn', ['năm']],
]);

/** Units that are the first word of an idiom, not a unit: "4 và 5 lần lượt là" (respectively). */
export const UNIT_FALSE_FRIENDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['lần', ['lượt']],
]);

const CURRENCY: Record<string, string[]> = {
  'đồng': ['đồng', 'đ', 'vnđ', 'vnd', 'việt nam đồng', '₫'],
  USD: ['usd', 'đô la', 'đô-la', 'đôla', 'đô la mỹ', 'đô mỹ', 'đô', 'us$', '$', 'dollar', 'dollars'],
  EUR: ['eur', 'euro', 'euros', '€', 'ơ-rô', 'ơ rô'],
  GBP: ['gbp', 'bảng anh', 'pounds', 'pound', '£'],
  JPY: ['jpy', 'yên', 'yên nhật'],
  CNY: ['cny', 'nhân dân tệ', 'ndt'],
  KRW: ['krw', 'won'],
  INR: ['inr', 'rupees', 'rupee', 'rs'],
  AED: ['aed', 'dirham', 'dirhams'],
  THB: ['thb', 'bạt', 'baht'],
  LAK: ['lak', 'kíp'],
};

/** Measurement units whose spelling we normalize. */
const MEASURE_CANONICAL: Record<string, string[]> = {
  '%': ['%', 'phần trăm'],
  '‰': ['‰', '%o', 'phần nghìn', 'phần ngàn'],
  'điểm phần trăm': ['điểm phần trăm'],
  ha: ['ha', 'héc ta', 'hécta', 'hecta', 'hec ta', 'hécta'],
  'm²': ['m²', 'm2', 'mét vuông'],
  'm³': ['m³', 'm3', 'mét khối'],
  'km²': ['km²', 'km2', 'ki lô mét vuông'],
  km: ['km', 'ki lô mét', 'cây số'],
  '°C': ['°c', '℃', 'độ c'],
  MW: ['mw'], kW: ['kw'], GW: ['gw'], kWh: ['kwh'], MWh: ['mwh'], GWh: ['gwh'], W: ['w'], kV: ['kv'], TEU: ['teu'],
};

/** Measurement units reported as written. */
const MEASURE_AS_WRITTEN = [
  'm', 'cm', 'mm', 'mét', 'kg', 'g', 'gram', 'gam', 'kilogram', 'ki lô gam', 'tấn', 'tạ', 'yến', 'lít', 'ml',
  'lần', 'độ', 'bậc', 'hạng', 'điểm', 'sào', 'mẫu',
  'vòng', 'suất', 'suất quà', 'phần quà', 'mũi', 'liều', 'bao', 'thùng',
  'cây', 'con', 'đầu con', 'bản', 'bộ', 'cuốn', 'quyển', 'tờ', 'trang',
  'tuyến', 'tuyến đường', 'tuyến phố', 'giường', 'giường bệnh', 'sao', 'chiếc', 'cái', 'căn',
  'căn hộ', 'căn nhà', 'ngôi nhà', 'phòng', 'phòng học', 'lớp', 'lớp học', 'băng', 'băng rôn', 'pa nô', 'khẩu hiệu',
];

const TIME_UNITS = ['năm', 'tháng', 'ngày', 'tuần', 'giờ', 'phút', 'giây', 'quý', 'tuổi', 'ngày công', 'đêm', 'kỳ', 'nhiệm kỳ', 'học kỳ'];

/** Counted nouns (reported as written). Multi-syllable entries win over their first syllable. */
const COUNTED_NOUNS = [
  // people
  'người', 'lao động', 'nhân khẩu', 'khẩu', 'công dân', 'cử tri', 'đại biểu', 'hộ', 'hộ gia đình',
  'gia đình', 'đối tượng', 'trường hợp', 'cán bộ', 'công chức', 'viên chức',
  'cán bộ, công chức', 'công chức, viên chức', 'ccvc', 'cbccvc', 'đảng viên', 'đoàn viên', 'hội viên', 'thành viên',
  'đồng chí', 'đ/c', 'học sinh', 'sinh viên', 'học viên', 'trẻ', 'trẻ em', 'cháu', 'em', 'giáo viên', 'giảng viên',
  'bác sỹ', 'bác sĩ', 'y sỹ', 'y sĩ', 'điều dưỡng', 'nhân viên', 'bệnh nhân', 'ca', 'ca bệnh', 'ca mắc', 'ca nhiễm',
  'ca tử vong', 'khách', 'du khách', 'lượt', 'lượt người', 'lượt khách', 
  'lượt truy cập', 'thí sinh', 'vận động viên', 'chiến sĩ', 'chiến sỹ', 'quân nhân', 'tân binh', 'thanh niên',
  'nạn nhân', 'bị can', 'đối tượng', 'chủ thể', 'khách hàng', 'nông dân', 'ngư dân', 'bé trai', 'bé gái',
  'dân', 'nam', 'nữ', 'trẻ sơ sinh', 'nhà đầu tư', 'tác giả', 'tác phẩm', 'dân tộc', 
  // places and administrative units
  'tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'thị trấn', 'xã', 'phường', 'xã, phường', 'xã phường',
  'xã, phường, thị trấn', 'thôn', 'bản', 'làng', 'xóm', 'ấp', 'tổ', 'tổ dân phố', 'khu dân cư', 'thôn, bản',
  'thôn, tổ dân phố', 'đơn vị', 'đơn vị hành chính', 'cơ quan', 'cơ quan, đơn vị', 'địa phương', 'khu', 'khu vực',
  'điểm', 'điểm đến', 'điểm du lịch', 'khu du lịch', 'khu công nghiệp', 'cụm công nghiệp', 'làng nghề',
  // institutions and facilities
  'trường', 'trường học', 'cơ sở', 
  'trạm y tế', 'bệnh viện', 'phòng khám', 'nhà văn hóa', 'chợ',
  'siêu thị', 'trung tâm thương mại', 'cửa hàng', 'doanh nghiệp', 'hợp tác xã', 'htx', 'tổ hợp tác', 'tổ chức',
  'câu lạc bộ', 'clb', 'nhà máy', 'công ty', 'chi nhánh', 'ngân hàng', 'tổ chức cơ sở đảng', 'chi bộ', 'đảng bộ',
  'nhà', 'nhà ở', 'căn nhà', 'công trình', 'hạng mục', 'cầu', 'đập', 'hồ', 'giếng', 'nhà vệ sinh',
  // documents, cases, events
  'dự án', 'chương trình', 'đề án', 'kế hoạch', 'mô hình', 'sản phẩm', 'tiêu chí', 'chỉ tiêu',
  'chỉ tiêu thành phần', 'nhiệm vụ', 'hồ sơ', 'thủ tục', 'thủ tục hành chính', 'văn bản', 'quyết định', 'nghị quyết',
  'thông báo', 'giấy', 'giấy chứng nhận', 'giấy phép', 'đơn', 'đơn thư', 'vụ', 'vụ việc', 'vụ án', 
  'cuộc', 'hội nghị', 'lớp', 'buổi', 'phiên', 'đợt',
  'đoàn', 'đội', 'tin', 'tin, bài', 'tin bài', 'bài', 'bài viết', 'tin báo', 'phóng sự', 'video',
  'phương án', 'sáng kiến', 'đề tài', 'kiến nghị', 'ý kiến', 'vấn đề', 'tài khoản', 'gói thầu', 'hợp đồng',
  'giao dịch', 'phương tiện', 'xe', 'ô tô', 'tàu', 'chuyến', 'chuyến bay', 'lễ hội', 'sự kiện', 'giải', 'huy chương',
  'giải pháp', 'việc làm', 'mẫu', 'thửa', 'thửa đất', 'lô', 'lô đất', 'đỉnh', 'ngôi', 'ngôi trường', 'cặp', 'đôi',
  'ổ dịch', 'suất học bổng', 'sổ', 'sổ đỏ', 'sổ bảo hiểm', 'thẻ', 'thẻ bảo hiểm y tế', 
  'chỉ', 'chiến dịch', 'tuyến', 'tuyến phố', 'ki ốt', 'gian hàng', 'website', 'trang', 'ứng dụng',
];

/** Lower-case, tone marks on the second vowel of "oa/oe/uy" ("hòa" and "hoà" meet), spaces collapsed, "-" as space. */
export function unitKey(s: string): string {
  const known = UNIT_KEYS.get(s);
  if (known !== undefined) return known;
  const key = s
    .toLowerCase()
    .replace(/[òóỏõọ][ae]|[ùúủũụ]y/gu, (m) => TONE_SHIFT.get(m) ?? m)
    .replace(/[\s-]+/gu, ' ');
  if (s.length <= 12) {
    if (UNIT_KEYS.size >= 5000) UNIT_KEYS.clear();
    UNIT_KEYS.set(s, key);
  }
  return key;
}
/**
 * unitKey is asked for the same few hundred words after every number, so short ones are remembered
 * (V8 copies slices this short, so a remembered word does not keep its document's text alive).
 */
const UNIT_KEYS = new Map<string, string>();

const TONE_SHIFT: Map<string, string> = (() => {
  const m = new Map<string, string>();
  const marks = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
  for (const [a, b] of [['o', 'a'], ['o', 'e'], ['u', 'y']] as const) {
    for (const mark of marks) m.set((a + mark).normalize('NFC') + b, a + (b + mark).normalize('NFC'));
  }
  return m;
})();

export const UNIT_LEXICON: ReadonlyMap<string, UnitEntry> = (() => {
  const m = new Map<string, UnitEntry>();
  const add = (form: string, entry: UnitEntry) => {
    const key = unitKey(form);
    if (!m.has(key)) m.set(key, entry);
  };
  for (const [code, forms] of Object.entries(CURRENCY)) for (const f of forms) add(f, { canonical: code, kind: 'currency' });
  for (const [canon, forms] of Object.entries(MEASURE_CANONICAL)) {
    for (const f of forms) add(f, { canonical: canon, kind: canon === '%' || canon === '‰' || canon === 'điểm phần trăm' ? 'percent' : 'measure' });
  }
  for (const f of TIME_UNITS) add(f, { canonical: null, kind: 'time' });
  for (const f of MEASURE_AS_WRITTEN) add(f, { canonical: null, kind: 'measure' });
  for (const f of COUNTED_NOUNS) add(f, { canonical: null, kind: 'count' });
  return m;
})();

/** Longest entry, in syllables (a comma-joined pair like "xã, phường" counts its words). */
export const MAX_UNIT_WORDS = Math.max(...[...UNIT_LEXICON.keys()].map((k) => k.split(' ').length));

/**
 * Every lexicon key and each of its word-boundary prefixes ("cán", "cán bộ", "cán bộ, công" for
 * "cán bộ, công chức"): a reader of unit words stops once the words so far start no key.
 */
export const UNIT_KEY_PREFIXES: ReadonlySet<string> = (() => {
  const prefixes = new Set<string>();
  for (const key of UNIT_LEXICON.keys()) {
    prefixes.add(key);
    for (let i = 1; i < key.length; i++) if (key[i] === ' ' || key[i] === ',') prefixes.add(key.slice(0, i));
  }
  return prefixes;
})();
