// The words that cut an indicator out of a clause: what ends a subject before its number, what
// opens a clause without being its subject, what stops a noun phrase after a number.

/** Verbs and linking words that end a subject before its number ("Tỷ lệ hộ nghèo giảm xuống còn"). */
export const SUBJECT_TRAILING = [
  'đạt', 'đạt được', 'ước đạt', 'ước', 'ước thực hiện', 'ước tính', 'ước TH', 'ước TH đạt', 'dự ước', 'dự kiến',
  'thực hiện', 'thực hiện được', 'là', 'chiếm', 'chiếm tỷ lệ', 'đạt tỷ lệ', 'tỷ lệ', 'còn', 'xuống còn', 'giảm xuống còn',
  'giảm còn', 'giảm xuống', 'tăng lên', 'lên', 'lên tới', 'lên đến', 'tăng', 'giảm', 'bằng', 'có', 'được', 'với', 'cho',
  'đến', 'tới', 'khoảng', 'ở mức', 'mức', 'đã', 'đã có', 'hiện có', 'có tổng', 'tổng cộng', 'tổng số', 'gồm', 'bao gồm', 'về', 'và', 'của',
  'đạt mức', 'tương ứng với', 'tương ứng', 'trở lên', 'bình quân', 'trung bình', 'trong đó', 'riêng', 'gấp',
  'xếp thứ', 'đứng thứ', 'xếp hạng', 'thứ', 'vị trí', 'tăng từ', 'giảm từ', 'đạt từ', 'từ',
] as const;
/** Words that make "với" a comparison or a partner, not "having": "so với 30 doanh nghiệp", "tương ứng với 500 người". */
export const WITH_COMPOUNDS = ['so', 'tương ứng', 'tương đương', 'đối', 'cùng', 'bằng', 'gấp', 'hơn'] as const;
/** Verbs that make the words before a comma a clause of their own, never the head of the next clause's name ("Tỷ lệ hộ nghèo giảm, …"). */
export const CLAUSE_VERBS = ['là', 'đạt', 'còn', 'chiếm', 'tăng', 'giảm', 'vượt', 'bằng', 'gấp', 'lên', 'xuống', 'nâng cao', 'cải thiện'] as const;
/** After "nâng" / "đưa", the syllables that make a verb of its own, no purpose ("nâng tỷ lệ … lên"): "nâng cấp 15 km", "đưa vào cai nghiện 18 người". */
export const NOT_PURPOSE_TAILS = ['cao', 'cấp', 'vào', 'ra', 'đi', 'về'] as const;
/** Heads of a name that may run on over commas: "Tỷ lệ thủ tục hành chính được cập nhật, công khai đúng hạn đạt 76,43%". */
export const LONG_NAME_HEADS = [
  'tỷ lệ', 'tỉ lệ', 'tiến độ', 'tốc độ', 'chỉ số', 'số lượng', 'tổng số',
  // measures of a list of sectors or goods: "Doanh thu dịch vụ lưu trú, ăn uống, lữ hành …", "Tỷ trọng nông, lâm nghiệp …"
  'tỷ trọng', 'tỉ trọng', 'doanh thu', 'tổng đàn', 'giá trị', 'sản lượng', 'diện tích', 'kim ngạch', 'tổng mức',
] as const;
/** Administrative units that a comma joins into one plural noun: "100% xã, thị trấn đạt …", "Thôn, Làng văn hóa". */
export const JOINED_UNIT_NOUNS = ['tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn', 'thôn', 'làng', 'bản', 'xóm', 'ấp', 'tổ dân phố', 'khu phố'] as const;
/** Adjectives that with "nhất là" name the item that follows: "hai khoản thu lớn nhất là thu nội địa đạt …", "tăng nhiều nhất là nhóm giao thông". */
export const SUPERLATIVE_HEADS = ['lớn', 'cao', 'nhiều', 'mạnh', 'thấp', 'nhanh', 'sâu'] as const;
/** Words of a place in a ranking, after which "với" gives what the place ranks by: "giành ngôi nhất toàn đoàn với 175 Huy chương Vàng", "dẫn đầu cả nước với 500 doanh nghiệp" (not "thống nhất với": agreed with). */
export const RANK_WITH_HEADS = ['nhất', 'nhì', 'đứng đầu', 'dẫn đầu', 'thứ hai', 'thứ ba', 'thứ nhì'] as const;
/** Particles after which the subject starts: "Theo suất vốn đầu tư thì tổng mức đầu tư … là 7.800 tỷ đồng". */
export const TOPIC_PARTICLES = ['thì'] as const;
/** Measures of a thing written after its noun and a comma: "cao tốc …, dài 40,2 km ước tính là …" (the noun's measure, no name). */
export const MEASURE_ADJECTIVES = ['dài', 'rộng', 'cao', 'sâu', 'nặng', 'quy mô', 'công suất', 'tải trọng', 'dung tích', 'chiều dài', 'chiều rộng'] as const;
/** The capitalised first words of a body's name, whatever words follow: "Bộ Kế hoạch và Đầu tư", "Sở Nông nghiệp và Phát triển nông thôn". */
export const BODY_HEADS = ['Bộ', 'Sở', 'Cục', 'Tổng cục', 'Chi cục', 'Ban', 'Ủy ban', 'Uỷ ban', 'Công an', 'Văn phòng', 'Trung tâm', 'Kho bạc', 'Thanh tra', 'Viện'] as const;
/** Words after a figure that make it a threshold inside a name, not a level: "số xã đạt từ 10 tiêu chí trở lên là 37 xã". */
export const THRESHOLD_WORDS = ['trở lên', 'trở xuống'] as const;
/** Adverbs between a subject and its verb ("Tỷ lệ hộ nghèo hiện còn", "… cấp tỉnh chỉ đạt", "… các xã đều dưới", "… hồ sơ sẽ đạt", "… phải dưới"). */
export const SUBJECT_TRAILING_ADVERBS = ['hiện', 'chỉ', 'vẫn', 'cũng', 'đều', 'sẽ', 'phải', 'cần', 'hiện chỉ', 'mới chỉ', 'hiện vẫn', 'vẫn chỉ', 'cũng chỉ'] as const;
/** Words an adverb ends, where it is no adverb: "chứng chỉ", "phát hiện", "đồng đều". */
export const ADVERB_COMPOUNDS = ['chứng chỉ', 'địa chỉ', 'văn chỉ', 'thực hiện', 'thể hiện', 'xuất hiện', 'phát hiện', 'biểu hiện', 'đồng đều'] as const;
/** Words that open a clause but are not its subject ("Đến nay, toàn tỉnh có ..."). */
export const SUBJECT_LEADING = [
  'đến nay', 'hiện nay', 'nổi bật là', 'đặc biệt', 'trong đó', 'bao gồm', 'gồm có', 'riêng', 'có', 'có thể', 'đã có', 'toàn tỉnh có', 'toàn thành phố có',
  'toàn huyện có', 'dự ước', 'ước', 'ước tính', 'ngoài ra', 'bên cạnh đó', 'cùng với đó', 'đồng thời', 'cụ thể', 'tính đến nay', 'đến thời điểm hiện tại', 'tính đến thời điểm hiện tại', 'đến thời điểm này',
  'phấn đấu', 'phân đầu', 'đạt', 'với', 'và', 'có được', 'hiện có', 'đã', 'trong năm', 'năm', 'kết quả',
  'thực hiện', 'ước thực hiện', 'TH', 'ước TH', 'dự ước thực hiện', 'tuy nhiên', 'hiện vẫn', 'vẫn', 'hiện', 'còn',
  'về', 'qua đó', 'qua kiểm tra', 'qua rà soát', 'qua thanh tra', 'qua khảo sát', 'theo đó', 'theo kế hoạch', 'giúp', 'góp phần giúp', 'tất cả', 'tương tự',
] as const;
/**
 * Words opening a clause on the means by which a figure was found, up to a comma: "Qua rà soát, toàn tỉnh có …",
 * "Qua 5 năm thực hiện, đã có 12 xã …", "Thông qua kiểm tra, phát hiện …" (the subject is what follows the comma).
 */
export const MEANS_OPENERS = ['qua', 'thông qua',
  // … or on its source: "Theo Sở Tư pháp, toàn tỉnh có …", "Theo số liệu của Chi cục Thống kê, toàn huyện có …"
  'theo'] as const;
/** What opens a numbered line before its colon but names nothing its counts count: a lead-in ("Cụ thể:", "Trong đó có …:") or a speaker ("Ông …:"). */
export const NOT_LINE_LABELS = ['ông', 'bà', 'anh', 'chị', 'đồng chí', 'trong đó', 'cụ thể', 'kết quả'] as const;
/** Last words of a lead-in before its colon ("… nổi bật như:", "… gồm:"), no label. */
export const LEAD_IN_ENDS = ['như', 'gồm', 'là', 'sau', 'được'] as const;
/** A generic head of a line's label, left out of the name ("Tình hình tai nạn giao thông:"). */
export const LABEL_HEADS = ['tình hình'] as const;
/** Words that never make an indicator on their own. */
export const EMPTY_SUBJECT_WORDS = [
  'năm', 'tháng', 'quý', 'trong', 'đó', 'này', 'khoảng', 'số', 'tổng', 'tổng số', 'toàn', 'các', 'những', 'có', 'trên',
  'dưới', 'gần', 'hơn', 'vào', 'tới', 'sau', 'trước', 'đến', 'lên', 'nay', 'để', 'nhằm', 'cụ thể',
] as const;
/** Words after which a noun phrase never goes on. */
export const PHRASE_STOP = ['so', 'với', 'tương', 'trong', 'gồm', 'của', 'nhưng', 'song', 'tuy', 'do', 'nhờ', 'theo', 'từ', 'vào'] as const;
/** Prepositions of two words that end a noun phrase: "dưới 25% | đối với các đô thị loại 4" (its first word alone may be a noun: "đối tượng"). */
export const PHRASE_STOP_PAIRS = ['đối với'] as const;
/** Spans of time that, with their numbers, end a noun phrase: "3 xã đạt bộ tiêu chí quốc gia về y tế | giai đoạn 2011-2020" (the period is the record's). */
export const PHRASE_STOP_SPANS = ['giai đoạn', 'nhiệm kỳ', 'thời kỳ'] as const;
/** Adjectives opening on a stop word, inside a noun phrase: "68 dự án trong nước", "khách trong và ngoài nước", "doanh nghiệp trong tỉnh". */
export const PHRASE_GOING_ON = ['trong nước', 'trong và ngoài nước', 'trong tỉnh', 'trong và ngoài tỉnh', 'trong huyện'] as const;
/** Words that cannot open a noun phrase. */
export const PHRASE_FIRST_STOP = ['và', 'hoặc', 'hay', 'là', 'thì', 'mà', 'nên', 'vì', 'khi', 'nếu', 'còn', 'so', 'trở'] as const;
/** Verbs that end a noun phrase when a number follows them ("... đạt 100% chỉ tiêu"). */
export const PHRASE_VERBS = ['tăng', 'giảm', 'bằng', 'vượt', 'chiếm', 'là', 'đạt', 'ước', 'còn', 'lên', 'có'] as const;
/** Words that head one item of a list of groups: "nhóm đồ uống và thuốc lá tăng 0,41%". */
export const GROUP_WORDS = ['nhóm', 'nhóm hàng', 'khu vực', 'ngành', 'mặt hàng'] as const;
/** Words naming a pair's whole right after its slash: "368.994/tổng số 370.409 cử tri". */
export const PAIR_WHOLE_WORDS = ['tổng số'] as const;
/** Verbs a place named as the one who acts takes with no "đã" before them: "Nghệ An thu hút được 15 dự án", "Bá Thước đón …". */
export const NAMED_ACTOR_VERBS = ['thu hút', 'đón', 'đón tiếp', 'tiếp đón'] as const;
/** Who acts in a report: "tỉnh", "toàn huyện", "địa phương" — the subject of "đã xây dựng được 214 mô hình". */
export const ACTOR_WORDS = [
  'toàn tỉnh', 'toàn huyện', 'toàn thành phố', 'toàn thị xã', 'toàn xã', 'cả nước', 'cả tỉnh', 'tỉnh', 'huyện',
  'thành phố', 'thị xã', 'xã', 'phường', 'địa phương', 'đơn vị', 'ngành', 'chúng ta', 'ta',
  'các địa phương', 'các đơn vị', 'các ngành', 'các cơ sở',
  // the area where it happened, as who acts: "trên địa bàn tỉnh đã xảy ra 24 vụ tai nạn giao thông"
  'trên địa bàn', 'trên địa bàn tỉnh', 'trên địa bàn huyện', 'trên địa bàn thành phố', 'trên địa bàn thị xã', 'trên địa bàn xã',
] as const;
/** Words that make a following number part of a name, never a count ("Đề án 06 tỉnh", "Top 30 tỉnh"). */
export const NAME_WORDS = [
  'đề án', 'chương trình', 'top', 'nghị quyết', 'nghị định', 'quyết định', 'chỉ thị', 'thông tư', 'luật',
  'công văn', 'kết luận', 'tờ trình', 'covid', 'industry', 'phiên bản',
  // a body named by the number of the decision that set it up: "Ban Chỉ đạo 389 tỉnh", "Ban chỉ đạo 138"
  'ban chỉ đạo',
] as const;
/** Words that end on a name word and are no document's name: "thi hành kỷ luật 57 đảng viên" counts members, no "luật 57". */
export const NOT_NAME_WORDS = ['kỷ luật'] as const;
/** The series a technical standard's code opens with ("QCVN 02:2009/BYT", "TCVN ISO 9001:2015"): its colon parts a number from a year. */
export const STANDARD_SERIES = ['QCVN', 'QCĐP', 'TCVN', 'TCXDVN', 'TCCS', 'TCN', 'ISO', 'IEC'] as const;
/** Words opening the breakdown of a figure just given, its items after them: "… 658 ha; trong đó, 608 ha rừng sản xuất", "Bao gồm, 608 ha …". */
export const BREAKDOWN_WORDS = ['trong đó', 'bao gồm', 'gồm có'] as const;
/** Words that open a list of items right after them: "… gồm thủy sản chế biến …; may mặc …", "… tăng cao như: bia lon …". */
export const LIST_OPENERS = ['gồm', 'như'] as const;
