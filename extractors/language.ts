// How an indicator is cut out of a clause, and the patterns built from the Vietnamese the
// extractors know (extractors/knowledge/): verbs that introduce a level, what a percentage can be
// "of", estimate and target markers.
import {
  ACTOR_WORDS, EMPTY_SUBJECT_WORDS, ESTIMATE_WORDS, GROUP_WORDS, MAX_SUBJECT, PAST_WORDS, PERIOD_WORDS, PHRASE_FIRST_STOP,
  PHRASE_STOP as PHRASE_STOP_WORDS, PHRASE_VERBS, PLAN_MET_VERBS, PLAN_TITLE_WORDS, PROGRESS_VERBS, REFERENCE_HEADS,
  PHRASE_WORDS, RESULT_WORDS, SUBJECT_LEADING, SUBJECT_TRAILING, WIDTH,
} from './knowledge/index.ts';
import { WB, WE, words } from './patterns.ts';

export { WB, WE, words } from './patterns.ts';
export { EXCEEDING_VERBS, MAX_SUBJECT, MEASURE_NOUN_HEADS, REFERENCE_HEADS } from './knowledge/index.ts';

const refHead = new RegExp(`^(?:\\s*(?:[,;]\\s*)?(?:vượt|đạt)${WE})?\\s*(?:so\\s+với\\s+|của\\s+)?(${words(REFERENCE_HEADS)})`, 'iu');
/** Words a reference may run on with ("chỉ tiêu Nghị quyết đại hội", "kế hoạch giai đoạn"). */
const refTail = /^(?:\s+(?!(?:và|nhưng|trong|với|so|tăng|giảm|đạt|vượt|bằng|là)(?![\p{L}\p{N}]))[\p{L}\p{N}][\p{L}\p{N}\-–]*){0,6}/u;

/** A reference right after `pos` ("chỉ tiêu Nghị quyết đại hội"), or null. */
export function referenceAfter(text: string, pos: number, limit: number): { start: number; end: number; text: string; joined: boolean } | null {
  const tail = text.slice(pos, Math.min(limit, pos + WIDTH.reference));
  const m = refHead.exec(tail);
  if (!m) return null;
  const headStart = pos + m.index + m[0].length - m[1].length;
  let end = pos + m.index + m[0].length;
  const rest = refTail.exec(text.slice(end, Math.min(limit, end + WIDTH.confirm)));
  if (rest) end += rest[0].length;
  return { start: headStart, end, text: text.slice(headStart, end), joined: /^\s*[,;]/.test(tail) };
}

// "đạt tỷ lệ 100%" is a rate, not a share of a plan, so the verb must touch the number
const progressVerbRe = new RegExp(`(?:${words(PROGRESS_VERBS)})\\s*(?:[,:]\\s*)?$`, 'iu');
/** The progress verb ending right before `pos`, or null ("đạt ", "vượt ", "bằng "). */
export function progressVerbBefore(text: string, from: number, pos: number): { verb: string } | null {
  const m = progressVerbRe.exec(text.slice(Math.max(from, pos - WIDTH.clauseWord), pos));
  if (!m) return null;
  return { verb: m[0].trim().toLowerCase() };
}

/** The clause reports an estimate: "ước", "ước đạt", "ước thực hiện", "dự ước", "dự kiến", "Ước TH". */
const estimateRe = new RegExp(words(ESTIMATE_WORDS), 'iu');
export function hasEstimate(text: string, from: number, to: number): boolean {
  return estimateRe.test(text.slice(from, to));
}

/**
 * A number at `pos` is an estimate when its own clause (from `floor`, the end of the previous
 * number) says so, or when the sentence opens with it: "Ước thực hiện hết năm 2024, ...; ...".
 */
export function estimateAt(view: { text: string; start: number }, floor: number, pos: number): boolean {
  if (hasEstimate(view.text, Math.max(view.start, floor, pos - MAX_SUBJECT), pos)) return true;
  const opening = view.text.slice(view.start, Math.min(pos, view.start + WIDTH.comparison));
  const comma = opening.indexOf(',');
  return comma > 0 && hasEstimate(opening, 0, comma);
}

/**
 * Where target talk starts in a sentence: "Phấn đấu ...", "mục tiêu ... là", "nâng ... lên",
 * a goals list "các mục tiêu cụ thể năm 2023 đó là:". Returns the offset or -1.
 */
const targetTrigger = new RegExp(
  `${WB}(?:phấn\\s+đấu|phân\\s+đầu|mục\\s+tiêu(?:\\s+[\\p{L}\\p{N}]+){0,6}\\s+(?:là|đến|đạt|từ|khoảng|trên|dưới)${WE}|mục\\s+tiêu(?:\\s+\\p{L}+){0,6}\\s+(?=\\d)|chỉ\\s+tiêu(?:\\s+[\\p{L}\\p{N}]+){0,4}\\s+(?:giao|đề\\s+ra\\s+là)${WE}|nâng(?=\\s[^.;]{1,80}?${WB}lên\\s+\\d)|kế\\s+hoạch\\s+năm\\s+\\d{4}\\s*:|phấn\\s+đấu\\s+đến|giao\\s+(?:dự\\s+toán|kế\\s+hoạch|chỉ\\s+tiêu)(?=[^.;]{0,80}\\d))`,
  'iu',
);
/** Where a trigger can start; the full pattern is tried only there (sticky), not at every position. */
const TRIGGER_STARTS = /(?<![\p{L}\p{N}])(?:mục|chỉ|phấn|phân|nâng|kế|giao)(?![\p{L}\p{N}])/giu;
const targetTriggerAt = new RegExp(targetTrigger.source, 'iuy');
export function targetTriggerIn(text: string, from: number, to: number): number {
  const sentence = text.slice(from, to);
  for (const m of sentence.matchAll(TRIGGER_STARTS)) {
    targetTriggerAt.lastIndex = m.index!;
    if (targetTriggerAt.test(sentence)) return from + m.index!;
  }
  return -1;
}

/** "địa phương đặt chỉ tiêu …", "đề ra các mục tiêu …": setting targets carries on to the end of the paragraph too. */
const setsTargets = new RegExp(`${WB}(?:đặt|đề)\\s+(?:ra\\s+)?(?:các\\s+|những\\s+)?(?:chỉ\\s+tiêu|mục\\s+tiêu)${WE}`, 'iu');
/** A sentence that reports results ends a goals list before the paragraph does. */
const reportsResultsRe = new RegExp(words(RESULT_WORDS), 'iu');
export function reportsResults(text: string, from: number, to: number): boolean {
  return reportsResultsRe.test(text.slice(from, to));
}

/** A goals list opened with a colon carries on to the end of the paragraph. */
const goalsOpener = new RegExp(`${WB}(?:mục\\s+tiêu|chỉ\\s+tiêu|phấn\\s+đấu|phân\\s+đầu)[^.;:!?()]{0,100}(?<!trong\\s+đó\\s*):`, 'iu');
export function goalsListIn(text: string, from: number, to: number): number {
  const sentence = text.slice(from, to);
  const set = setsTargets.exec(sentence);
  if (set) return from + set.index;
  if (!sentence.includes(':')) return -1;
  const m = goalsOpener.exec(sentence);
  return m ? from + m.index : -1;
}

// ---- indicators ---------------------------------------------------------------------------

const TRAILING = SUBJECT_TRAILING;
const trailingRe = new RegExp(`(?:\\s+|^)(?:${words(TRAILING)}|(?:hết\\s+|cả\\s+)?năm\\s+\\d{4}|đến\\s+(?:hết\\s+)?(?:năm\\s+)?\\d{4})\\s*$`, 'iu');
/** Last words of TRAILING entries (lower case): a subject whose last word is none of them keeps it. */
const TRAILING_LAST = new Set(TRAILING.map((w) => w.split(' ').pop()!.toLowerCase()));
const lastWordRe = /([\p{L}\p{N}]+)[\s,;:(–-]*$/u;
function mayTrail(s: string): boolean {
  const m = lastWordRe.exec(s.slice(-24));
  // "Cao Bằng": a capitalised word after another is part of a name, not the verb "bằng"
  if (m && /^\p{Lu}/u.test(m[1]) && /\p{Lu}[\p{L}]*\s+$/u.test(s.slice(0, s.length - m[0].length).slice(-20))) return false;
  return !m || TRAILING_LAST.has(m[1].toLowerCase()) || /^\d{4}$/.test(m[1]);
}

/** Words and marks that open a clause but are not its subject. */
const LEADING = SUBJECT_LEADING;
const leadingRe = new RegExp(
  `^(?:\\s|[-–+•*·:;,.)]|[\\u00B9\\u00B2\\u00B3\\u2070-\\u209F]+|\\(\\s*\\d+\\s*\\)\\.?|\\d+(?:\\.\\d+)*[.)]+\\s|[a-zđ][).]\\s|${words(LEADING)}|(?:đến|tính\\s+đến|trong)\\s+(?:hết\\s+)?(?:năm\\s+)?\\d{4}|thống\\s+kê\\s+trên\\s+địa\\s+bàn)+`,
  'iu',
);

/** "... nhằm nâng tỷ lệ che phủ rừng lên": what is measured comes after the purpose verb. */
const purposeRe = new RegExp(`${WB}(?:nhằm|để|phấn\\s+đấu|phân\\s+đầu|(?:nâng|đưa)(?!\\s+cao${WE}))\\s+`, 'giu');

const alongRe = /(?<![\p{L}])(?<!(?:so|cùng|đối)\s+)với\s+(?=\p{L})/giu;

/** Trims list markers, leading adverbs and trailing verbs off a subject span. */
export function trimSubject(text: string, start: number, end: number): { start: number; end: number } {
  let s = text.slice(start, end);
  for (let i = 0; i < 6; i++) {
    const before = s;
    // trailing words are short: match on the tail only, so a long subject costs no more
    if (!mayTrail(s)) break;
    const cut = Math.max(0, s.length - WIDTH.trail);
    s = s.slice(0, cut) + s.slice(cut).replace(trailingRe, '').replace(/[\s,;:(–-]+$/u, '');
    if (s === before) break;
  }
  const purpose = /nhằm|để|phấn|phân|nâng|đưa/iu.test(s) ? [...s.matchAll(purposeRe)].pop() : undefined;
  // "... cũng tăng so với kế hoạch với đàn trâu": after a clause that reported a change, "với" opens what is counted
  const along = / với /iu.test(s) && /(?<![\p{L}])(?:tăng|giảm|đạt|vượt)(?![\p{L}])/iu.test(s) ? [...s.matchAll(alongRe)].pop() : undefined;
  const base = Math.max(purpose ? purpose.index! + purpose[0].length : 0, along ? along.index! + along[0].length : 0);
  const lead = leadingRe.exec(s.slice(base));
  const cut = base + (lead ? lead[0].length : 0);
  return { start: start + cut, end: start + s.length };
}

/** Where the clause holding `pos` starts: after the last ; : ( or comma (sentence start at most). */
export function clauseStart(text: string, sentenceStart: number, pos: number): number {
  const floor = Math.max(sentenceStart, pos - MAX_SUBJECT);
  for (let i = pos - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    // ; : ( , and newline end a clause; a comma between digits ("1,5") does not
    if (c === 41) { // ")": skip a short aside without numbers, else the clause ends here
      const asideFrom = Math.max(floor, i - WIDTH.comparison);
      const open = asideFrom + text.slice(asideFrom, i).lastIndexOf('('); // a short aside only
      if (open >= asideFrom && text[open] === '(' && i - open < WIDTH.comparison && !/[;:]/.test(text.slice(open, i)) && (i - open <= WIDTH.lead || !/\d/.test(text.slice(open, i).replace(/(?:19|20)\d\d/g, '')))) { i = open; continue; }
      return i + 1;
    }
    if (c === 59 || c === 58 || c === 40 || c === 10) return i + 1;
    if (c === 44 && !(isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)))) return i + 1;
  }
  return floor;
}

function isDigit(c: number): boolean { return c >= 48 && c <= 57; }

/** The subject of a number at `pos`: the clause before it, trimmed; widened over one comma when empty. */
export function subjectBefore(text: string, sentenceStart: number, pos: number, floor = sentenceStart): { start: number; end: number } {
  let from = Math.max(floor, clauseStart(text, sentenceStart, pos));
  let span = trimSubject(text, from, pos);
  // "Sản lượng mật ong bạc hà: 2.145 tấn": a label before a colon names the number
  if (span.end - span.start < 2 && text[from - 1] === ':' && from - 1 > floor) {
    const label = trimSubject(text, Math.max(floor, clauseStart(text, sentenceStart, from - 1)), from - 1);
    if (label.end - label.start >= 2 && !/\d{2}/.test(text.slice(label.start, label.end))) return label;
  }
  if (from > floor && from > sentenceStart && text[from - 1] === ',') {
    const wider = Math.max(floor, clauseStart(text, sentenceStart, from - 1));
    if (span.end - span.start < 3) span = trimSubject(text, wider, from - 1);
    // "Tổng giá trị sản xuất nông, lâm nghiệp": a one- or two-word tail of a list of nouns
    else if (wordCount(text.slice(span.start, span.end)) <= 2 && !/\d/.test(text.slice(wider, from)) && !/\p{L}/u.test(text.slice(from, span.start))) {
      const left = trimSubject(text, wider, from - 1);
      if (left.end > left.start) span = { start: left.start, end: span.end };
    }
  }
  return widenToGroup(text, Math.max(floor, sentenceStart), span);
}

const groupTailRe = new RegExp(`${words(GROUP_WORDS)}[^;:()\\d\\n]*,\\s*$`, 'iu');
/** A subject cut at a comma inside a group's name goes back to the group word ("nhóm nhà ở, điện, nước, chất đốt"). */
function widenToGroup(text: string, floor: number, span: { start: number; end: number }): { start: number; end: number } {
  const from = Math.max(floor, span.start - WIDTH.confirm);
  if (!/,\s*$/.test(text.slice(Math.max(from, span.start - 3), span.start))) return span;
  const m = groupTailRe.exec(text.slice(from, span.start));
  if (!m || /\s(?:tăng|giảm|đạt|là|chiếm)\s/iu.test(m[0])) return span;
  return { start: from + m.index, end: span.end };
}

const PHRASE_STOP = new Set<string>(PHRASE_STOP_WORDS);
const PHRASE_FIRST = new Set<string>(PHRASE_FIRST_STOP);
const PHRASE_VERB = new Set<string>(PHRASE_VERBS);
const wordRe = /[\p{L}\p{N}“”"'‘’\-–/]+/uy;

/** The noun phrase that follows a number ("97% hộ gia đình", "22/26 trường đạt chuẩn quốc gia"). */
export function phraseAfter(text: string, pos: number, limit: number, maxWords: number = PHRASE_WORDS.share): { start: number; end: number } | null {
  let i = pos;
  let start = -1, end = -1;
  for (let n = 0; n < maxWords; n++) {
    let j = i;
    while (j < limit && (text[j] === ' ' || text[j] === '\t')) j++;
    // "cơ quan, đơn vị, trường học đạt ...": a comma before a lower-case noun goes on
    if (start >= 0 && text[j] === ',' && /^, [\p{Ll}“"]/u.test(text.slice(j, j + 3))) {
      const next = /^, ([\p{L}]+)/u.exec(text.slice(j, j + 30));
      const w = next ? next[1].toLowerCase() : '';
      if (!w || PHRASE_STOP.has(w) || PHRASE_VERB.has(w) || w === 'đạt') break;
      // the next segment is another clause when it holds a number ("vụ, bắt khởi 147 đối tượng")
      const segment = /^,[^,;.()]*/u.exec(text.slice(j, j + 120))![0];
      if (/\d{2}|\d[.,]\d|\d\s*[%‰]/u.test(segment)) break; // "mức độ 1" is a name, "147 đối tượng" a count
      j += 1;
      while (j < limit && text[j] === ' ') j++;
    }
    i = j;
    wordRe.lastIndex = i;
    const m = wordRe.exec(text);
    if (!m || i >= limit) break;
    const isWord = /^\p{L}|^[“"‘]/u.test(m[0]);
    // a number only inside a phrase and only before a word: "sản phẩm 3 sao", "mức độ 2"
    if (!isWord && (start < 0 || !/^\d+$/.test(m[0]) || !/^ \p{L}/u.test(text.slice(i + m[0].length, i + m[0].length + 2)))) break;
    const w = m[0].toLowerCase();
    if (PHRASE_STOP.has(w) || (start < 0 && PHRASE_FIRST.has(w))) break;
    if (PHRASE_VERB.has(w) && /^\s+(?:[\p{L}]+\s+){0,2}\d/u.test(text.slice(i + m[0].length, i + m[0].length + 30))) break;
    if (start < 0) start = i;
    i += m[0].length;
    end = Math.min(i, limit);
  }
  if (start < 0) return null;
  const cut = /\s+(?:đạt|được|là|có|đến|trở lên|và)$/iu.exec(text.slice(start, end));
  if (cut) end -= cut[0].length;
  return end > start ? { start, end } : null;
}

/** Words counted the way the scorer and a reader do: letters and digits. */
export function wordCount(s: string): number {
  let n = 0;
  for (const _ of s.matchAll(/[\p{L}\p{N}]+/gu)) n++;
  return n;
}

/** Words that never make an indicator on their own. */
const EMPTY_SUBJECT = new RegExp(`^(?:${words(EMPTY_SUBJECT_WORDS)}|\\s|\\d)*$`, 'iu');
export function isMeaningfulSubject(s: string): boolean {
  return s.trim().length >= 2 && !EMPTY_SUBJECT.test(s) && /\p{L}{2}/u.test(s);
}

/** Collapses inner whitespace and the emphasis left by converters. */
export function tidy(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/^[\s,;:.\-–]+|[\s,;:\-–]+$/g, '').trim();
}

/** A whole subject that only says when: "9 tháng", "Lũy kế 9 tháng", "tháng 9", "6 tháng đầu năm 2024". */
export const ONLY_TIME = /^(?:lũy\s+kế\s+|riêng\s+|trong\s+)?(?:cả\s+năm|\d+\s+tháng(?:\s+đầu)?(?:\s+năm(?:\s+\d{4})?)?|tháng\s+\d+(?:\/\d{4})?|quý\s+[IVX\d]+(?:\/\d{4})?|năm\s+\d{4}|lũy\s+kế)$/iu;

/** The first subject of a sentence that names an indicator: later sentences may speak of it by time only. */
export function topicOf(text: string, sentenceStart: number, firstNumber: number): string | null {
  const span = subjectBefore(text, sentenceStart, firstNumber);
  const subject = tidy(text.slice(span.start, span.end));
  return isMeaningfulSubject(subject) && !ONLY_TIME.test(subject) && wordCount(subject) <= 12 ? subject : null;
}

// ---- sections of targets -------------------------------------------------------------------

/** A heading that opens a list of targets: "Các chỉ tiêu chủ yếu:", "Điều 2. Mục tiêu, chỉ tiêu năm 2025". */
const TARGET_HEADING = /(?<![\p{L}])(?:mục\s+tiêu|chỉ\s+tiêu)(?![\p{L}])/iu;
/** ... unless it reports results: "Kết quả thực hiện các chỉ tiêu chủ yếu". */
export const RESULT_HEADING = /(?<![\p{L}])(?:kết\s+quả|thực\s+hiện|đánh\s+giá|tình\s+hình|đạt\s+được)(?![\p{L}])/iu;

/** The numbering style a line starts with: "Điều 2.", "II.", "2.", "2.1.", "a)", "(1)", "-". */
export function markerStyle(line: string): string | null {
  const styles: [string, RegExp][] = [
    ['article', /^(?:điều|phần|chương|mục)\s+[\dIVX]+/iu], ['roman', /^[IVX]+\.\s/u], ['decimal2', /^\d+\.\d+\.?\s/u],
    ['decimal', /^\d+\.\s/u], ['letter', /^[a-zđ]\)\s/u], ['paren', /^\(\d+\)/u], ['dash', /^[-–+•]\s/u],
  ];
  for (const [name, re] of styles) if (re.test(line)) return name;
  return null;
}

/** Words that head what is measured: "kim ngạch xuất khẩu", "tổng sản lượng", "tỷ lệ hộ nghèo". */
const HEAD_NOUN = /(?<![\p{L}])(?:kim\s+ngạch|tổng\s+mức|tổng\s+sản\s+lượng|sản\s+lượng|doanh\s+thu|giá\s+trị|tỷ\s+lệ|chỉ\s+số|thu\s+ngân\s+sách|vốn)(?:\s+(?!(?:của|dưới|trên|đạt|là|ở|có|tăng|giảm|gồm|vẫn|từ)(?![\p{L}]))\p{Ll}+){0,3}/giu;
/** The last measure noun phrase in text[from, to): the head of a list that names places ("kim ngạch xuất khẩu …, gồm: Cao Bằng đạt …"). */
export function headNounIn(text: string, from: number, to: number): string | null {
  const m = [...text.slice(from, to).matchAll(HEAD_NOUN)].pop();
  return m ? m[0] : null;
}

/** A subject that is only a proper name: "Cao Bằng", "TP Hải Phòng", "Lai Châu". */
export function isProperName(s: string): boolean {
  // each word capitalised, not an acronym ("IIP", "GRDP" name indicators)
  return /^(?:(?:TP|tỉnh|thành\s+phố|huyện)\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,3}$/u.test(s.trim());
}

// ---- actors: who did it is not what was counted ---------------------------------------------

/** Time words that may open such a clause: "Dự kiến cuối năm 2013", "Đến nay", "6 tháng đầu năm". */
const ACTOR_TIME = `(?:dự\\s+kiến|đến\\s+nay|hiện\\s+nay|hiện|(?:cuối|đầu|trong|hết|đến(?:\\s+hết)?)?\\s*năm\\s+\\d{4}|\\d+\\s+tháng(?:\\s+đầu\\s+năm)?(?:\\s+\\d{4})?)`;
const actorClauseRe = new RegExp(`^(?:${ACTOR_TIME}\\s*,?\\s*)*${words(ACTOR_WORDS)}(?:\\s+[\\p{Ll}]+){0,5}$`, 'iu');
/** A subject that only says who acted and how ("tỉnh đã xây dựng được", "toàn tỉnh có"), not what was counted. */
export function isActorClause(subject: string): boolean {
  return actorClauseRe.test(subject) && !/(?<![\p{L}])(?:số|tổng|tỷ\s+lệ|diện\s+tích|sản\s+lượng|giá\s+trị|mức)(?![\p{L}])/iu.test(subject);
}

// ---- changes: what changed, against what ------------------------------------------------------

/** A change verb right before its number: "tăng 7,5%", "ước giảm 0,5%", "tăng thêm 2 điểm". */
export const CHANGE_BEFORE = /(?<![\p{L}])(tăng|giảm)(?:\s+(?:thêm|bình\s+quân|mạnh|nhẹ|nhanh))?(?:\s+từ)?\s*$/iu;
/** The base of a comparison: "so với cùng kỳ năm trước", "so cùng kỳ", "so với tháng 12/2022". */
const SINCE = /(?<![\p{L}])so\s+(?:với\s+)?(?:[^\s,;.()]+\s*){1,6}?(?=[,;.()]|\s*$|\s+(?:và|nhưng|đạt|vượt|bằng|trong|do|tăng|giảm)(?![\p{L}]))/giu;

/** The comparison a change is measured against: after the number, else the last one of its clause, else the one opening its line. */
export function comparisonOf(text: string, from: number, to: number, pos: number, end: number): string | null {
  const after = new RegExp(`^\\s*(?:${SINCE.source})`, 'iu').exec(text.slice(end, Math.min(to, end + WIDTH.comparison)));
  if (after) return after[0].trim();
  const window = text.slice(Math.max(from, pos - WIDTH.reference), pos);
  const clause = window.slice(Math.max(window.lastIndexOf(';'), window.lastIndexOf(':')) + 1);
  const inClause = [...clause.matchAll(SINCE)].pop();
  if (inClause) return inClause[0].trim();
  const lineStart = lineStartNear(text, from);
  if (lineStart < 0) return null;
  const opening = new RegExp(`^\\s*(?:${SINCE.source})\\s*,`, 'iu').exec(text.slice(lineStart, lineStart + WIDTH.comparison));
  return opening ? opening[0].replace(/\s*,$/, '').trim() : null;
}

/** Start of the line holding `pos` when it is at most `max` characters back, else -1 (a bounded scan: linear time on long lines). */
export function lineStartNear(text: string, pos: number, max = 2000): number {
  const floor = Math.max(0, pos - max);
  for (let i = pos - 1; i >= floor; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return floor === 0 ? 0 : -1;
}

/** A topic line inside a list: "Về kinh tế", "Trong lĩnh vực văn hóa – xã hội:" — short, no number, no sentence. */
export function isTopicLine(line: string): boolean {
  return line.length <= 80 && wordCount(line) <= 10 && !/\d/.test(line) && !/[.!?;]$/u.test(line) && !RESULT_HEADING.test(line);
}

/** A short line that introduces targets and does not report results. */
export function opensTargets(line: string): boolean {
  const words = line.replace(/^(?:(?:điều|phần|chương|mục)\s+[\dIVX]+\.?|[IVX]+\.|\d+(?:\.\d+)*\.?|[a-zđ]\)|\(\d+\))\s*/iu, '');
  return line.length <= 160 && !/[.!?]$/u.test(line) && TARGET_HEADING.test(words) && !RESULT_HEADING.test(words)
    && !/\d/.test(words.replace(/(?:19|20)\d\d/g, '')); // numbers other than a year: a statement, not a heading
}

// ---- periods: targets by time -------------------------------------------------------------

const planTitleRe = new RegExp(words(PLAN_TITLE_WORDS), 'iu');
const planMetRe = new RegExp(`${words(PLAN_MET_VERBS)}(?:\\s+\\p{L}+){0,2}\\s+${words(PLAN_TITLE_WORDS)}`, 'iu');
/** A title or heading that names plans, reports no results and states nothing itself ("giảm 6% hộ nghèo" is a statement). */
export function opensPlan(line: string): boolean {
  return line.length <= 240 && planTitleRe.test(line) && !RESULT_HEADING.test(line) && !planMetRe.test(line)
    && !/\d/.test(line.replace(/(?:19|20)\d\d/g, '').replace(/^(?:[IVX]+|\d+(?:\.\d+)*)[.)]\s/u, ''));
}

/** A year or a span of years named as a period: "năm 2019", "giai đoạn 2021 - 2025", "nhiệm kỳ 2020-2025", "đến năm 2025". */
export const YEAR_MENTION = new RegExp(`${words(PERIOD_WORDS)}\\s+((?:19|20)\\d\\d)(?:\\s*[-–]\\s*((?:19|20)\\d\\d))?${WE}`, 'giu');
/** Words that speak of a period already over, without a year. */
export const PAST_MARKER = new RegExp(words(PAST_WORDS), 'giu');

/** The period a title sets plans for: a span, "đến năm X" (from unknown) or "năm X"; null when it names none. */
export function periodOf(line: string): { from: number | null; to: number } | null {
  const span = /((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?!\d)/u.exec(line);
  if (span) return { from: Number(span[1]), to: Number(span[2]) };
  const until = /(?:đến|tới)\s+(?:hết\s+)?năm\s+((?:19|20)\d\d)(?!\d)/iu.exec(line);
  if (until) return { from: null, to: Number(until[1]) };
  const year = /năm\s+((?:19|20)\d\d)(?!\d)/iu.exec(line);
  return year ? { from: Number(year[1]), to: Number(year[1]) } : null;
}

