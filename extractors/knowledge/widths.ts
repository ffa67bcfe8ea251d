// How far the rules look around a number, in characters, by what they look for. Every backward or
// forward look is bounded by one of these, which keeps the extractors linear in the text.

/** No subject runs longer than this; it also keeps every backward scan short. */
export const MAX_SUBJECT = 240;

export const WIDTH = {
  /** a mark touching a number: "=", a glued letter, the first letter of the next word */
  touch: 3,
  /** the end of a line right after a number */
  lineEnd: 2,
  /** one short word: "gấp " before a multiple; a number alone on its line */
  word: 8,
  /** the word or two right before or after a number: "đạt ", "tại ", " so với" */
  lead: 12,
  /** a two-word link: "tương ứng với ", ", tăng 5" */
  link: 16,
  /** a short verb or marker: "so với " before a year, "tăng thêm" before a rank, "các chỉ tiêu" after a share */
  marker: 20,
  /** a verb with its adverbs: "tăng bình quân ", "đã tiếp nhận ", "“Đề án " */
  verb: 24,
  /** an action verb with its adverbs and particles before a count: "xử phạt vi phạm hành chính ", "thi hành kỷ luật đối với " */
  action: 36,
  /** the tail of a subject where its trailing verbs are ("… giảm xuống còn") */
  trail: 48,
  /** the words before "A/B" that make it a date or a rank: "ngày ", "xếp thứ " */
  pairLead: 30,
  /** a progress verb with its marks; the unit after "A/B" */
  clauseWord: 40,
  /** a comparison after a number ("so với cùng kỳ năm trước"), a label before a colon, an aside in brackets */
  comparison: 60,
  /** a phrase before a number: a subject's head word, a rate's per-unit, a list of bodies */
  phrase: 80,
  /** the scope of a rank: "trong khu vực", "cả nước về …" */
  rankScope: 100,
  /** a share confirming "A things /B", a group's name before a comma, a reference's tail */
  confirm: 120,
  /** an aside in brackets (200 at most) and the share's lead after it: "(trong đó có 370 hồ sơ …), đạt tỷ lệ " */
  asideAndLead: 260,
  /** a reference or a plan in brackets after a share ("chỉ tiêu Nghị quyết đại hội", "(KH 7%)"), a comparison's clause;
   * an actual over its plan before its share ("22/23 triệu đồng, đạt 96% nghị quyết") */
  reference: 160,
  /** the line above an infographic's number */
  line: 200,
  /** the opening lines of a document, where its date is printed */
  head: 600,
  /** a list read back from one of its items to the colon that opens it */
  list: 600,
} as const;

/** How many words a noun phrase after a number may run to, by what it names. */
export const PHRASE_WORDS = {
  /** what a share is of: "97% hộ gia đình đạt tiêu chuẩn văn hóa" */
  share: 14,
  /** what a count counts: "214 mô hình chăn nuôi" */
  counted: 10,
  /** what a measure measures: "75ha cây chè" */
  measured: 8,
  /** what a change counts in: "giảm 9.412 hộ nghèo" */
  changed: 6,
} as const;
