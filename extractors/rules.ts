// Every rule the engine can emit: its id (the record's `rule`), the kind of record it makes and
// what text it reads. `extractAll(views, { without })` runs the engine as if the listed rules had
// been deleted (the mutation check and the rule tests use it); `ruleOff` is how a rule asks.

export type RuleKind = 'value' | 'target' | 'progress' | 'ratio';
export interface RuleInfo { id: string; kind: RuleKind; doc: string }

/** The level rules, shared by `value` (results) and `target` (after target talk starts). */
const LEVEL_RULES: readonly [string, string][] = [
  ['subject-level', 'a level named by the clause before it: "Thu nhập bình quân đầu người đạt 53 triệu đồng"'],
  ['change', 'a change of the level named just before, or its share of a whole: "..., đạt 100 tỷ đồng, tăng 5% so với cùng kỳ", "…, chiếm 22,4%" (tỷ trọng …)'],
  ['fallback', 'a level whose clause names nothing, named by a label above, a counted noun or a comparison: "04 phường đạt chuẩn"'],
  ['inherited', 'a short subject after a comma continuing the sentence\'s indicator: "mũi 1 đạt 96,6%, mũi 2 đạt 91,9%"'],
  ['share-of-phrase', 'a share named by the noun phrase after it: "97% hộ gia đình đạt tiêu chuẩn văn hóa"'],
  ['rank', 'a rank, or a change of rank: "xếp thứ 4 trong khu vực", "tăng 8 bậc so với năm 2022"'],
  ['score-of-rank', 'a score right after a rank, of what the rank ranks: "xếp ở vị trí thứ hai với 73,20 điểm"'],
  ['count-of-counted', 'a count or measure after "với" right after a count, of what that count counted: "255 cơ sở lưu trú … với 9.265 phòng"'],
  ['damage-done', 'what a disaster did to the things counted or measured, named by them: "Mưa lũ làm 19 người chết" (người chết), "486 ha hoa màu bị thiệt hại"'],
  ['counted-after-actor', 'a count whose subject only says who acted: "huyện đã xây dựng được 214 mô hình chăn nuôi"'],
  ['place-in-list', 'a place in a list taking the list\'s head: "kim ngạch xuất khẩu gồm: Cao Bằng đạt 42,3 triệu USD"'],
  ['item-of-breakdown', 'an item of a breakdown named by a bare noun taking the measure heading it: "kim ngạch xuất khẩu … gồm thủy sản …; may mặc 66,4 triệu USD"'],
  ['owner-of-aside', 'a level in brackets whose subject is only its verb, named by the subject before the brackets: "Kim ngạch xuất khẩu sang Nhật Bản (chiếm tỷ trọng 6,33%)"'],
  ['measure-of-noun', 'a measure naming what follows it: "trồng 75ha cây chè" (diện tích trồng cây chè)'],
  ['list-item', 'the next item of a list of counts of one noun, named by its own phrase: "15 xã đạt chuẩn nông thôn mới, 3 xã đạt chuẩn nông thôn mới nâng cao"'],
  ['measure-in-list', 'the next item of a list of measures in one unit after a level, named by its own noun: "gieo trồng 84,5 ha khoai lang, 120 ha ngô", "diện tích lúa 1.200 ha, ngô 350 ha"'],
  ['change-in-brackets', 'a share alone in brackets right after a change, the same change as a share: "…, tăng 3.900 người (7%)"'],
  ['measure-of-count', 'an area, a weight, a length or an amount alone in brackets right after a count and its phrase, of the things counted: "cấp 320 giấy chứng nhận cho hộ gia đình (85,4 ha)"'],
  ['named-in-brackets', 'a figure alone in brackets after a name in a list, of what the list measures: "gồm Hà Nội (3,66 tỷ USD), Bắc Ninh (3,15 tỷ USD)"'],
  ['average-per-unit', 'an average per unit whose clause names nothing else, named by its unit: "toàn huyện đạt bình quân 16,5 tiêu chí/xã"'],
  ['share-of-count', 'a share in brackets after a count and its phrase, named as that count\'s share: "4.568 hồ sơ đã trả kết quả (đạt tỷ lệ 86,8%)"'],
  ['share-of-pair', 'a share right after a pair and its noun phrase, named as the pair\'s share: "312/450 trường đạt chuẩn quốc gia, đạt tỷ lệ 69,3%"'],
  ['from-to', 'a change written as its two levels, each a level of the subject before the verb: "Tỷ lệ hộ nghèo giảm từ 32,5% năm 2020 xuống còn 24,2% năm 2023"'],
  ['topic', 'a subject that only says when, named by the paragraph\'s topic: "Lũy kế 9 tháng ước đạt 120 tỷ đồng"'],
];

/** Level rules that name results only: what they name is past, in target talk too. */
export const RESULT_LEVEL_RULES: readonly [string, string][] = [
  ['compared-in-brackets', 'a figure alone in brackets right after the period a level is compared with, that level in that period: "là 59.177 người so với cùng kỳ năm 2019 (55.317 người)"'],
];

export const RULES: readonly RuleInfo[] = [
  ...[...LEVEL_RULES, ...RESULT_LEVEL_RULES].map(([name, doc]) => ({ id: `value/${name}`, kind: 'value' as const, doc: `${doc}; a result` })),
  ...LEVEL_RULES.map(([name, doc]) => ({ id: `target/${name}`, kind: 'target' as const, doc: `${doc}; in target talk ("Phấn đấu đến năm 2025, ...")` })),
  { id: 'target/share-of-plan', kind: 'target', doc: 'a share of the plan with no level, in target talk, is the target: "phấn đấu giải ngân 100% kế hoạch vốn"' },
  { id: 'progress/level-and-share', kind: 'progress', doc: 'a level with its share of a plan: "thu ngân sách đạt 120 tỷ đồng, bằng 95% dự toán"' },
  { id: 'progress/pair-and-share', kind: 'progress', doc: 'an actual over its plan with its share of the plan: "thu nhập đạt 22/23 triệu đồng, đạt 96% nghị quyết"' },
  { id: 'progress/share', kind: 'progress', doc: 'a share of a plan with no level: "đạt 95% chỉ tiêu Nghị quyết", "vượt 1,5 lần kế hoạch"' },
  { id: 'ratio/a-of-b', kind: 'ratio', doc: 'A of B counted things: "22/26 trường đạt chuẩn quốc gia", "đạt 11/19 tiêu chí"' },
  { id: 'ratio/rank', kind: 'value', doc: 'a rank out of B written as a pair with its noun: "xếp thứ 12/63 tỉnh, thành phố"' },
  { id: 'ratio/target-rank', kind: 'target', doc: 'a rank set as a goal, in target talk, a range maybe: "phấn đấu … xếp vị trí 10 - 15/63 tỉnh, thành phố"' },
  { id: 'ratio/rank-out-of', kind: 'value', doc: 'a rank out of B with no noun, named before it: "chỉ số cải cách hành chính (xếp thứ 4/63)"' },
  { id: 'ratio/score-out-of', kind: 'value', doc: 'a score out of its maximum, a level in điểm with its total: "chỉ số PAPI là 40,62/80 điểm"' },
  { id: 'ratio/actual-over-plan', kind: 'value', doc: 'actual over plan in one unit: "đạt 1.250/1.100 tỷ đồng", "53,5/52ha"' },
  { id: 'ratio/share-over-plan', kind: 'value', doc: 'actual share over planned share: "tỷ lệ đạt 83%/80%"' },
  { id: 'ratio/worded-pair', kind: 'ratio', doc: 'A out of B counted things in words or with the noun after each: "29 trên 30 gói thầu", "3.065 hồ sơ trên tổng số 3.416 hồ sơ", "20 chỉ tiêu/21 chỉ tiêu"' },
  { id: 'ratio/spaced-share', kind: 'ratio', doc: 'A things over B, confirmed by the share after it: "2.846 tài khoản /2.935 công dân, đạt 97%"' },
  { id: 'table/value', kind: 'value', doc: 'a figure of a table row under a results or year column: "Dân số | nghìn người | 1.250"' },
  { id: 'table/target', kind: 'target', doc: 'a plan column with no actual beside it: "Tỷ lệ hộ nghèo | % | KH 2025: 3"' },
  { id: 'table/progress', kind: 'progress', doc: 'a row with a share-of-plan column: "Thu ngân sách | KH 100 | TH 95 | % so KH 95"' },
  { id: 'table/ratio', kind: 'ratio', doc: 'A of B in a column of counts: "Số xã đạt chuẩn | 15/20"' },
];

/** Options of a run: `without` holds rule ids that act as if deleted. */
export interface RunOptions { without?: ReadonlySet<string> }

/** True when the rule `id` is switched off for this run. */
export function ruleOff(run: { without?: ReadonlySet<string> }, id: string): boolean {
  return run.without !== undefined && run.without.has(id);
}
