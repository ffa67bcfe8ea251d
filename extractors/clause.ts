// The clause helpers every rule uses: the text before and after a number within named widths, where
// a clause starts (a mark, or the last number before it that can be a level), the subject before a
// number and the noun phrase after it, cut with the clause grammar of knowledge/clause.ts.
import { afterRowNumber, atLineStart } from './row-number.ts';
import {
  EMPTY_SUBJECT_WORDS, GROUP_WORDS, MAX_SUBJECT, NOT_LEVELS, ONLY_TIME, PERIOD_SPAN, PLAN_WORDS, PERIOD_TAIL,
  ADVERB_COMPOUNDS, BREAKDOWN_WORDS, CLAUSE_VERBS, GOAL_WORDS, TASK_WORDS, NOT_PURPOSE_TAILS, ESTIMATE_WORDS, LONG_NAME_HEADS, MEASURE_ADJECTIVES, TOPIC_PARTICLES, SUPERLATIVE_HEADS, THRESHOLD_WORDS, OPENING_YEAR, SCHOOL_TERM, STRIVE_WORDS, TIME_FRAME_LEAD, GOAL_SETTING_VERBS, SUBJECT_LEADING, SUBJECT_TRAILING, SUBJECT_TRAILING_ADVERBS, TERM_IN_BRACKETS, WIDTH,
} from './knowledge/index.ts';
import { alternatives, notCompoundEnd, WB, WE, words } from './patterns.ts';
import { charTester, isLetterOrNumberCode } from './numbers/chars.ts';
import type { Quantity } from './numbers.ts';
import type { SentenceView } from './types.ts';
import { countBefore } from './statement.ts';
import { asideOpeningBefore, asideOpeningJustBefore, isCodeColon, isMeansClause, isSkippableAside, withoutNamingDigits, levelAsideOpening, OPENS_WITH_LINK, timeAsideOpening } from './asides.ts';
import { ownedName } from './part-names.ts';
import { joinsUnits, LETTER, PHRASE_FIRST, PHRASE_STOP } from './phrase-after.ts';

export { joinsUnits, phraseAfter } from './phrase-after.ts';

export const THRESHOLD_AFTER = new RegExp(`^\\s*${words(THRESHOLD_WORDS)}`, 'iu');
const OWNER_BEFORE = /(?<![\p{L}])(?:của|tại|thuộc)\s+$/iu;
/**
 * A number that can be a level ends the clause of the one before it; "9 tháng", "5 tuổi" do not, nor a threshold inside a
 * name ("số xã đạt từ 10 tiêu chí trở lên là 37 xã"), nor a count after "của/tại/thuộc" ("tổng số giải ngân của 5 địa phương … là").
 */
function endsClause(text: string, q: Quantity): boolean {
  return q.unit !== null && !NOT_LEVELS.has(q.unit) && !THRESHOLD_AFTER.test(text.slice(q.end, q.end + WIDTH.clauseWord))
    && !OWNER_BEFORE.test(text.slice(Math.max(0, q.start - WIDTH.word), q.start));
}

/** End of the last number before `pos` that ends a clause (or the sentence start). */
export function floorBefore(view: SentenceView, pos: number): number {
  for (let i = quantityIndexAt(view, pos) - 1; i >= 0; i--) {
    const q = view.quantities[i];
    if (q.end <= pos && endsClause(view.text, q)) return q.end;
  }
  return view.start;
}

/** Index of the first quantity starting at or after `pos`, by binary search. */
export const quantityIndexAt = (view: SentenceView, pos: number): number => countBefore(view.quantities, pos);
export { lineStartNear, textAfter, textBefore, textBeyond } from './windows.ts';
import { textBefore, textAfter } from './windows.ts';

// ---- subjects and phrases ------------------------------------------------------------------
const TRAILING = [...SUBJECT_TRAILING, ...STRIVE_WORDS, ...GOAL_SETTING_VERBS]; // "Tốc độ tăng trưởng (GRDP) phấn đấu từ 7,5%", "Việt Nam đặt mục tiêu đến năm 2030 có …"
/** An adverb before the verb, unless it ends a compound ("chứng chỉ"): `(?<!(?:chứng|địa)\s+)chỉ`. */
export const trailingAdverbs = SUBJECT_TRAILING_ADVERBS.map((a) => `${notCompoundEnd(a, ADVERB_COMPOUNDS)}${alternatives([a])}`);
const trailingRe = new RegExp(`(?:\\s+|^)(?:${words(TRAILING)}|${WB}(?:${trailingAdverbs.join('|')})${WE}|(?:hết\\s+|cả\\s+)?năm\\s+\\d{4}|đến\\s+(?:hết\\s+|cuối\\s+)?(?:năm\\s+)?\\d{4}|(?:tính\\s+)?đến\\s+(?:hết\\s+)?(?:ngày\\s+)?\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{4})\\s*$`, 'iu');
/** Last words of TRAILING entries and adverbs (lower case): a subject whose last word is none of them keeps it. */
const TRAILING_LAST = new Set([...TRAILING, ...SUBJECT_TRAILING_ADVERBS].map((w) => w.split(' ').pop()!.toLowerCase()));
const lastWordRe = /([\p{L}\p{N}]+)[\s,;:(–-]*$/u;
const CAPITAL_FIRST = /^\p{Lu}/u;
const CAPITALISED_LAST = /\p{Lu}[\p{L}]*\s+$/u;
function mayTrail(s: string): boolean {
  const m = lastWord(s.slice(-24));
  // "Cao Bằng": a capitalised word after another is part of a name, not the verb "bằng"
  if (m && CAPITAL_FIRST.test(m[1]) && CAPITALISED_LAST.test(s.slice(0, s.length - m[0].length).slice(-20))) return false;
  return !m || TRAILING_LAST.has(m[1].toLowerCase()) || /^\d{4}$/.test(m[1]);
}

/** Words and marks that open a clause but are not its subject. */
const leadingRe = (year: string) => new RegExp(
  `^(?:\\s|[-–+•*·:;,.)/]|[\\u00B9\\u00B2\\u00B3\\u2070-\\u209F]+|\\(\\s*\\d+\\s*\\)\\.?|\\([^()\\n\\d]{1,24}\\)[ \\t]*[-–—](?=\\s)|\\d+(?:\\.\\d+)*[.)]+\\s|[a-zđ][).]\\s|(?:trong\\s+)?${SCHOOL_TERM}|${TIME_FRAME_LEAD}|${year}${words(SUBJECT_LEADING)}|(?:đến|tính\\s+đến|trong)\\s+(?:hết\\s+|cuối\\s+)?(?:năm\\s+)?\\d{4}|thống\\s+kê\\s+trên\\s+địa\\s+bàn)+`,
  'iu',
);
const leadingPlain = leadingRe('');
const FOUR_DIGITS = /\d{4}/;
/** "Năm 2023 tỉnh đón …": a year that opens the clause goes with the other leading words (only when a subject of two words or more follows it). */
const leadingYear = leadingRe(`${OPENING_YEAR}|`);

/** "... nhằm nâng tỷ lệ che phủ rừng lên", "Huyện đặt mục tiêu tỷ lệ hộ nghèo …": what is measured comes after the purpose verb (not "nâng cấp", "đưa vào": verbs of their own). */
const purposeRe = new RegExp(`${WB}(?:nhằm|để|${alternatives([...STRIVE_WORDS, ...GOAL_SETTING_VERBS])}|(?:nâng|đưa)(?!\\s+(?:${alternatives(NOT_PURPOSE_TAILS)})${WE}))\\s+`, 'giu');

/** "Theo quy định thì tỷ lệ …", "hai khoản thu lớn nhất là thu nội địa": what is measured comes after a topic particle or a superlative (not one that opens the subject: "Thấp nhất là môn Ngoại ngữ" keeps its only head). */
const topicRe = new RegExp(`${WB}(?:${alternatives(TOPIC_PARTICLES)}|(${alternatives(SUPERLATIVE_HEADS)})\\s+nhất\\s+là(?=\\s+\\p{L}))\\s+`, 'giu');
const TOPIC_WORD = new RegExp(words(TOPIC_PARTICLES), 'iu');
/** "Nhiệm vụ … đặt ra trong năm 2021 là thu nhập …", "Mục tiêu năm 2021 là …", "Bộ Y tế được giao chỉ tiêu số giường bệnh …": what is measured comes after. */
const GOAL_IS = new RegExp(`^\\s*(?:${alternatives([...GOAL_WORDS, ...TASK_WORDS])})${WE}[^,;:.()]{0,80}?\\s(?:đó\\s+)?là\\s+(?=\\p{L})|^[^,;:.()]{0,80}?${WB}giao\\s+(?:các\\s+)?chỉ\\s+tiêu\\s+(?=\\p{L})`, 'iu');
const goalNamed = (s: string) => { const m = /là|giao/iu.test(s) ? GOAL_IS.exec(s) : null; return m && isMeaningfulSubject(s.slice(m[0].length)) ? m[0].length : 0; }; // ("là" or "giao" first; "… giao chỉ tiêu cụ thể" names nothing)
const TRAIL_MARKS = /[\s,;:(–-]+$/u;
const alongRe = /(?<![\p{L}])(?<!(?:so|cùng|đối)\s+)với\s+(?=\p{L})/giu;
/** Trims list markers, leading adverbs and trailing verbs off a subject span. */
export function trimSubject(text: string, start: number, end: number): { start: number; end: number } {
  let s = text.slice(start, end);
  for (let i = 0; i < 6; i++) {
    // trailing words are short: match on the tail only, so a long subject costs no more
    if (!mayTrail(s)) break;
    const cut = Math.max(0, s.length - WIDTH.trail);
    const tail = s.slice(cut);
    const trimmed = tail.replace(trailingRe, '').replace(TRAIL_MARKS, '');
    if (trimmed.length === tail.length) break; // nothing came off (replacing only removes)
    s = s.slice(0, cut) + trimmed;
  }
  const purpose = /nhằm|để|phấn|phân|nâng|đưa|mục/iu.test(s) ? [...s.matchAll(purposeRe)].pop() : undefined;
  // "... cũng tăng so với kế hoạch với đàn trâu": after a clause that reported a change, "với" opens what is counted
  const along = / với /iu.test(s) && /(?<![\p{L}])(?:tăng|giảm|đạt|vượt)(?![\p{L}])/iu.test(s) ? [...s.matchAll(alongRe)].pop() : undefined;
  const topic = TOPIC_WORD.test(s) || s.includes('nhất') ? [...s.matchAll(topicRe)].filter((m) => m.index! > 0 || !m[1]).pop() : undefined; // see topicRe
  // "Một số chỉ tiêu chủ yếu … (nhiệm kỳ 2020 - 2025) Tốc độ tăng trưởng": a heading glued to the item it opens
  const heading = s.includes(') ') ? GLUED_HEADING.exec(s) : null;
  const base = Math.max(purpose ? purpose.index! + purpose[0].length : 0, along ? along.index! + along[0].length : 0,
    topic ? topic.index! + topic[0].length : 0, heading ? heading[0].length : 0, goalNamed(s));
  const rest = s.slice(base);
  // without four digits no opening year can match, and leadingYear finds what leadingPlain finds
  const byYear = FOUR_DIGITS.test(rest) ? leadingYear.exec(rest) : null;
  // a lone word left after the year ("năm 2023 đón …") is only a verb: the year stays with it as before
  const lead = byYear && isMeaningfulSubject(rest.slice(byYear[0].length)) && wordCount(rest.slice(byYear[0].length)) >= 2 ? byYear : leadingPlain.exec(rest);
  const cut = base + (lead ? lead[0].length : 0);
  return { start: start + cut + afterRowNumber(s.slice(cut), atLineStart(text, start + cut)), end: start + s.length };
}

/** The time a clause opening at `from` says alone before its verb ("năm 2012 đạt", "trong đó năm 2015 là"), or null. */
function timeOnlyClause(text: string, from: number, pos: number): { start: number; end: number } | null {
  BEFORE_VERB.lastIndex = from;
  const time = BEFORE_VERB.exec(text);
  return time && from + time[0].length <= pos && ONLY_TIME.test(time[1]) ? { start: from + time[0].length - time[1].length, end: from + time[0].length } : null;
}

/** Where the clause holding `pos` starts: after the last ; : ( or comma (sentence start at most); the last answer is kept (asked twice in a row). */
let lastClause = { text: '', sentenceStart: -1, pos: -1, start: -1 };
export function clauseStart(text: string, sentenceStart: number, pos: number): number {
  const last = lastClause;
  if (last.pos === pos && last.sentenceStart === sentenceStart && last.text === text) return last.start;
  const start = findClauseStart(text, sentenceStart, pos);
  lastClause = { text, sentenceStart, pos, start };
  return start;
}

/** clauseStart without the kept answer (exported for its test). */
export function findClauseStart(text: string, sentenceStart: number, pos: number): number {
  const floor = Math.max(sentenceStart, pos - MAX_SUBJECT);
  for (let i = pos - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    // ; : ( , and newline end a clause; a comma between digits ("1,5") does not
    if (c === 41) { // ")": skip a short aside without figures, else the clause ends here
      const asideFrom = Math.max(floor, i - WIDTH.phrase);
      const open = asideFrom + text.slice(asideFrom, i).lastIndexOf('('); // a short aside only
      if (open >= asideFrom && text[open] === '(' && isSkippableAside(text.slice(open, i))) { i = open; continue; }
      return i + 1;
    }
    if (c === 59 || c === 40 || c === 10 || (c === 58 && !isCodeColon(text, i))) return i + 1;
    if (c === 44 && !(isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)))) return i + 1;
  }
  return floor;
}
function isDigit(c: number): boolean { return c >= 48 && c <= 57; }

/** Where the aside that the text before `end` closes opens (within a subject's width, after `floor`, nothing nested); -1 when none. */
function asideEndingAt(text: string, end: number, floor: number): number {
  if (text[end - 1] !== ')') return -1;
  const open = text.lastIndexOf('(', end - 2);
  return open > floor && end - open <= MAX_SUBJECT && !text.slice(open + 1, end - 1).includes(')') ? open : -1;
}

/** The label before the colon at `colon` that names the number after it, or null: "Sản lượng mật ong bạc hà: 2.145 tấn". */
function labelBeforeColon(text: string, sentenceStart: number, floor: number, colon: number): { start: number; end: number } | null {
  let labelFrom = Math.max(floor, clauseStart(text, sentenceStart, colon)), label = trimSubject(text, labelFrom, colon);
  // "Dự án 1 (Giải quyết tình trạng thiếu đất ở, nhà ở, đất sản xuất, nước sinh hoạt): 10.890,35 triệu đồng": a label ending
  // on an aside too long to skip starts before it (an aside alone is none: "Trong đó (theo báo cáo …): 89 tỷ đồng")
  const open = label.end - label.start < 2 ? asideEndingAt(text, colon, Math.max(floor, sentenceStart)) : -1;
  if (open >= 0) {
    const wideFrom = Math.max(floor, clauseStart(text, sentenceStart, open)), wide = trimSubject(text, wideFrom, colon);
    if (wide.start < open && isMeaningfulSubject(text.slice(wide.start, open))) { labelFrom = wideFrom; label = wide; }
  }
  const longStart = text[labelFrom - 1] === ',' ? longNameStart(text, sentenceStart, floor, labelFrom, label) : -1;
  if (longStart >= 0) label.start = longStart; // a long name's commas ("Tỷ lệ …, hợp vệ sinh")
  // "… bình quân giai đoạn 2021 - 2025: từ 7,5 đến 8,0%/năm": years may name the label, no other figure
  if (label.end - label.start >= 2 && (!/\d{2}/.test(withoutNamingDigits(text.slice(label.start, label.end)).replace(YEARS, '')) || COUNT_LABEL.test(text.slice(label.start, label.end)))) return label;
  return null;
}

/** The subject of a number at `pos`: the clause before it, trimmed; widened over one comma when empty. */
export function subjectBefore(text: string, sentenceStart: number, pos: number, floor = sentenceStart): { start: number; end: number } {
  let from = Math.max(floor, clauseStart(text, sentenceStart, pos));
  // "Thôn, Làng được công nhận … Thôn, Làng văn hóa đạt 65%": a comma joining two units is inside the subject; a number counting the units is not ("có 47/106 xã, phường, thị trấn đạt …" from "xã")
  for (let n = 0; n < MAX_NAME_COMMAS && from > floor && from > sentenceStart && text[from - 1] === ',' && joinsUnits(text, from - 1); n++) {
    const wider = Math.max(floor, clauseStart(text, sentenceStart, from - 1));
    const lastDigit = text.slice(wider, from).search(/\d\D*$/);
    if (lastDigit >= 0) { from = wider + lastDigit + 1; break; }
    from = wider;
  }
  let span = trimSubject(text, from, pos);
  // "Sản lượng mật ong bạc hà: 2.145 tấn", "Tỷ lệ hộ dùng nước sạch, hợp vệ sinh: 98%": a label before a colon names the number
  const labelled = span.end - span.start < 2 && text[from - 1] === ':' && from - 1 > floor ? labelBeforeColon(text, sentenceStart, floor, from - 1) : null;
  if (labelled) return labelled;
  // "tổng mức đầu tư cao tốc 4 làn xe, dài 40,2 km ước tính là khoảng 7.800 tỷ đồng": a measure after a comma describes the noun before it, which names the figure
  if (from - 1 > floor && text[from - 1] === ',' && MEASURE_ONLY.test(text.slice(span.start, span.end))) {
    const noun = trimSubject(text, Math.max(floor, clauseStart(text, sentenceStart, from - 1)), from - 1);
    if (noun.end - noun.start >= 2) span = noun;
  }
  // "… đạt 45,6%; trong đó năm 2015 là 32,5%; năm 2020 là 45%": a list item after another level that says only when
  const itemTime = span.end - span.start < 2 && text[from - 1] === ';' && floor > sentenceStart && from > floor ? timeOnlyClause(text, from, pos) : null;
  if (itemTime) return itemTime;
  const wider = from > floor && from > sentenceStart && text[from - 1] === ',' ? Math.max(floor, clauseStart(text, sentenceStart, from - 1)) : -1;
  if (wider >= 0 && !isMeansClause(text.slice(wider, from - 1))) {
    let longStart: number;
    if (span.end - span.start < 2) { // no word after the comma ("bò" in "Tổng đàn trâu, bò" is one)
      // "…, năm 2011 đạt 11,68%, năm 2012 đạt 13,44%": after another level the clause says only when ("năm 2012"), and the clause before, holding a figure of its own, is no subject of this one
      const figureBefore = FIGURE_NOT_YEAR.test(text.slice(wider, from));
      const time = (floor > sentenceStart && wider <= floor) || figureBefore ? timeOnlyClause(text, from, pos) : null;
      if (time) return time;
      // "có 26.652 hộ, trong đó có 1.665 hộ nghèo": the whole before a breakdown names none of its parts
      if (figureBefore && BREAKDOWN_LEAD.test(text.slice(from, pos))) return { start: pos, end: pos };
      span = trimSubject(text, wider, from - 1);
    }
    // "Tỷ lệ thủ tục hành chính được cập nhật, công khai đúng hạn đạt 76,43%": a long name's commas
    else if ((longStart = longNameStart(text, sentenceStart, floor, from, span)) >= 0) span = { start: longStart, end: span.end };
    // "Tổng giá trị sản xuất nông, lâm nghiệp": a one- or two-word tail of a list of nouns
    else if (wordCount(text.slice(span.start, span.end)) <= 2 && !/\d/.test(text.slice(wider, from)) && !LETTER.test(text.slice(from, span.start)) && !PLAN_FIRST.test(text.slice(wider, from))) {
      const left = trimSubject(text, wider, from - 1);
      if (left.end > left.start) span = { start: left.start, end: span.end };
    }
    // "…; rau, đậu hoa cây cảnh đạt 7.095 ha": one bare noun opening a list item heads a list of nouns
    else if (ITEM_OPENING.test(text.slice(Math.max(floor, wider - 3), wider)) && !LETTER.test(text.slice(from, span.start))) {
      const left = trimSubject(text, wider, from - 1);
      const word = text.slice(left.start, left.end);
      // a conjunction or adverb before a comma ("song,", "nhưng,") opens the clause, it is no noun
      if (!LETTER.test(text.slice(wider, left.start)) && BARE_NOUN.test(word) && !PHRASE_STOP.has(word) && !PHRASE_FIRST.has(word) && !EMPTY_SUBJECT.test(word)) span = { start: left.start, end: span.end };
    }
  }
  const owner = span.end - span.start < 2 ? ownerOfAside(text, sentenceStart, Math.max(asideOpeningBefore(text, from, sentenceStart), levelAsideOpening(text, from, pos, sentenceStart)))
    ?? levelOwnerOfTimeAside(text, sentenceStart, timeAsideOpening(text, from, pos, sentenceStart)) : null;
  if (owner) return owner; // "Kim ngạch … châu Âu (chiếm tỷ trọng 6,33%) tăng 70,94%", "Kim ngạch … (tăng 12%)"
  return widenToGroup(text, Math.max(floor, sentenceStart), span);
}

/** "Kim ngạch … Nhật Bản (chiếm tỷ trọng 6,33%)": a subject in an aside that is only its verb, named after its owner; null otherwise. */
export function ownerNameBeforeAside(text: string, sentenceStart: number, subjectStart: number, subject: string): string | null {
  const owner = OPENS_WITH_LINK.test(subject) ? ownerOfAside(text, sentenceStart, Math.max(asideOpeningJustBefore(text, subjectStart, sentenceStart), asideOpeningBefore(text, subjectStart, sentenceStart))) : null;
  return owner ? ownedName(tidy(text.slice(owner.start, owner.end)), subject) : null;
}

/** Right after an aside with a level of its own, or in one opening with a level's verb, the subject before its "(" at `open` (-1: none), if it holds no figure. */
function ownerOfAside(text: string, sentenceStart: number, open: number): { start: number; end: number } | null {
  if (open < 0) return null;
  const owner = subjectBefore(text, sentenceStart, open);
  const named = text.slice(owner.start, owner.end);
  return wordCount(named) >= 2 && !FIGURE_NOT_YEAR.test(named) ? owner : null;
}

/** "Tổng vốn đầu tư khoảng 35% GRDP (năm 2020 ước đạt …)": in an aside that opens on its time, the subject of the level before it. */
function levelOwnerOfTimeAside(text: string, sentenceStart: number, open: number): { start: number; end: number } | null {
  if (open < 0) return null;
  const owner = subjectBefore(text, sentenceStart, open);
  const figure = FIGURE_NOT_YEAR.exec(text.slice(owner.start, owner.end));
  const own = figure ? trimSubject(text, owner.start, owner.start + figure.index) : owner;
  return wordCount(text.slice(own.start, own.end)) >= 2 ? own : null;
}

// a list item's opening: after ';' or ':' (spaces between)
const ITEM_OPENING = /[;:][ \t]*$/u;
// one lower-case word, no figure: a noun of a list ("rau", "lúa")
const BARE_NOUN = /^\p{Ll}+$/u;
const MEASURE_ONLY = new RegExp(`^${words(MEASURE_ADJECTIVES)}\\s*\\d[\\d.,]*(?:\\s*[\\p{L}²³]+)?(?:\\s+\\p{L}+)?$`, 'iu');
const LONG_NAME_HEAD = new RegExp(`^${words(LONG_NAME_HEADS)}`, 'iu');
const CLAUSE_VERB = new RegExp(words(CLAUSE_VERBS), 'iu');
/** Commas a long name may hold. */
const MAX_NAME_COMMAS = 4;
/**
 * Where a name that runs on over commas starts ("Tiến độ thực hiện các kiến nghị sau thanh tra, kiểm tra, kiểm toán …, ngân sách
 * đạt 75,2%"), or -1: back comma by comma, the first stretch opening with a long name's head, when no stretch on the way holds a
 * figure or a verb of its own and the subject itself opens with no head.
 */
function longNameStart(text: string, sentenceStart: number, floor: number, from: number, span: { start: number; end: number }): number {
  // a year is no figure of the name's own ("… tại Hội nghị đối thoại doanh nghiệp năm 2025")
  if (LONG_NAME_HEAD.test(text.slice(span.start, span.end)) || /\d/.test(text.slice(span.start, span.end).replace(YEARS, ''))) return -1;
  for (let n = 0, comma = from - 1; n < MAX_NAME_COMMAS && comma > floor && text[comma] === ','; n++) {
    const start = Math.max(floor, clauseStart(text, sentenceStart, comma));
    const head = trimSubject(text, start, comma), stretch = text.slice(head.start, comma); // a row number "(12)" trimmed off
    if (/\d/.test(stretch) || CLAUSE_VERB.test(stretch) || span.end - start > MAX_SUBJECT) return -1;
    if (LONG_NAME_HEAD.test(text.slice(head.start, head.end))) return head.start;
    comma = start - 1;
  }
  return -1;
}
const YEARS = /(?<![\d.,])(?:19|20)\d{2}(?![\d.,]\d)/g;
const COUNT_LABEL = /^\s*(?:tổng\s+)?số\s+\p{L}[^:]{0,60}?\s(?:đạt|có)\s/iu; // "Số xã đạt 10-14 tiêu chí: 28 xã": figures saying which things are counted
const PLAN_FIRST = new RegExp(`^\\s*(?:${alternatives(PLAN_WORDS)})(?![\\p{L}])`, 'iu'); // "…, bằng 46,6% kế hoạch, giải ngân đạt …": the share's plan, no noun of a list
const GLUED_HEADING = new RegExp(`^[^()]{0,120}${TERM_IN_BRACKETS}[ \\t]+(?=\\p{Lu})`, 'u');
const BREAKDOWN_LEAD = new RegExp(`^\\s*(?:${alternatives(BREAKDOWN_WORDS)})(?![\\p{L}])`, 'iu');
/** A number that is no year ("11,68", "5"; not "2012"). */
const FIGURE_NOT_YEAR = /(?<![\p{L}\p{N}.,])(?!(?:19|20)\d{2}(?![\d.,]\d))\d[\d.,]*/u;
/** The words of a clause before its verb ("trong đó năm 2011 đạt", "dự kiến năm 2025 sẽ giảm" → "năm 2011", "năm 2025"; group 1), to be tested with ONLY_TIME. */
const BEFORE_VERB = new RegExp(`\\s*(?:trong\\s+đó,?\\s+|riêng\\s+)?(?:(?:${alternatives(ESTIMATE_WORDS)})\\s+)?([^\\s,;:()][^,;:()]{0,38}?)(?=\\s+(?:(?:${alternatives(SUBJECT_TRAILING_ADVERBS)})\\s+)?(?:${alternatives(SUBJECT_TRAILING)})${WE})`, 'iuy');

const groupTailRe = new RegExp(`${words(GROUP_WORDS)}[^;:()\\d\\n]*,\\s*$`, 'iu');
/** A subject cut at a comma inside a group's name goes back to the group word ("nhóm nhà ở, điện, nước, chất đốt"). */
function widenToGroup(text: string, floor: number, span: { start: number; end: number }): { start: number; end: number } {
  const from = Math.max(floor, span.start - WIDTH.confirm);
  if (!/,\s*$/.test(text.slice(Math.max(from, span.start - 3), span.start))) return span;
  const m = groupTailRe.exec(text.slice(from, span.start));
  if (!m || /\s(?:tăng|giảm|đạt|là|chiếm)\s/iu.test(m[0])) return span;
  return { start: from + m.index, end: span.end };
}

/** Words counted the way the scorer and a reader do: letters and digits. */
export function wordCount(s: string): number {
  let n = 0;
  if (SURROGATE.test(s)) { for (const _ of s.matchAll(/[\p{L}\p{N}]+/gu)) n++; return n; }
  // without letters outside the BMP, one unit is one character: count the starts of runs by hand
  let inWord = false;
  for (let k = 0; k < s.length; k++) {
    const w = isLetterOrNumberCode(s.charCodeAt(k));
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

// Whether a UTF-16 unit is a letter or digit / may trail a word, each unit decided by its regex once
const SURROGATE = /[\uD800-\uDFFF]/;
const isTrailUnit = charTester(/[\s,;:(–-]/u);

/** What lastWordRe.exec(t) gives ([0]: the last word and what trails it, [1]: the word), found by hand. */
function lastWord(t: string): [string, string] | null {
  if (SURROGATE.test(t)) { const m = lastWordRe.exec(t); return m ? [m[0], m[1]] : null; }
  let q = t.length;
  while (q > 0 && isTrailUnit(t.charCodeAt(q - 1))) q--;
  let p = q;
  while (p > 0 && isLetterOrNumberCode(t.charCodeAt(p - 1))) p--;
  return p < q ? [t.slice(p), t.slice(p, q)] : null;
}

/** Words that never make an indicator on their own. */
const EMPTY_SUBJECT = new RegExp(`^(?:${words(EMPTY_SUBJECT_WORDS)}|\\s|\\d)*$`, 'iu');
const TWO_LETTERS = /\p{L}{2}/u;
export function isMeaningfulSubject(s: string): boolean {
  return s.trim().length >= 2 && TWO_LETTERS.test(s) && !EMPTY_SUBJECT.test(s); // the cheap test first
}

/** Collapses inner whitespace and the emphasis left by converters. */
export function tidy(s: string): string {
  // most subjects are tidy already: then no replacing (each would copy the string)
  const t = ODD_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s;
  if (t && !UNTIDY_FIRST.test(t[0]) && !UNTIDY_LAST.test(t[t.length - 1])) return t;
  return t.replace(/^[\s,;:.\-–]+|[\s,;:\-–]+$/g, '').trim();
}
/** Whitespace that is not one plain space. */
const ODD_SPACE = /[^\S ]| {2}/;
const UNTIDY_FIRST = /[\s,;:.\-–]/;
const UNTIDY_LAST = /[\s,;:\-–]/;

/** The first subject of a sentence that names an indicator (its own time left out if asked): later clauses and sentences may speak of it by time only. */
export function topicOf(text: string, sentenceStart: number, firstNumber: number, ownTimeOut = false): string | null {
  const span = subjectBefore(text, sentenceStart, firstNumber), named = tidy(text.slice(span.start, span.end));
  const subject = ownTimeOut ? named.replace(PERIOD_TAIL, '').replace(PERIOD_SPAN, '').trim() : named; // "… tháng 9" → "…"
  return isMeaningfulSubject(subject) && !ONLY_TIME.test(subject) && wordCount(subject) <= 12 ? subject : null;
}
