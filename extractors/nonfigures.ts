// What is not a figure: numbers that read as quantities but state no level of anything. Scoring rules
// ("nếu đạt từ 60% đến dưới 90% thì chỉ số được tính 60% số điểm"), the bounds of a band
// ("từ 70% đến dưới 100% chi thường xuyên"), names that carry a number ("Đề án 06 tỉnh", "Top 30
// tỉnh", the fee policy "“0 đồng”"). Each rule is named; the words are data, the scans linear.
import { ACQUIRING_VERBS, ACTION_ADVERBS, ACTION_VERBS, AVERAGE_WORDS, HOME_BUILDING_VERBS, HOMES, LIBRARY_HOLDINGS, BAND_WORDS, PAGE_COUNTER_WORDS, EQUIVALENT_WORDS, ITEM_MEASURES, NAME_WORDS, NOT_NAME_WORDS, NUMBER_TABLES, PRICE_BAND_NOUNS, WIDTH } from './knowledge/index.ts';
import type { Quantity } from './numbers.ts';
import { alternatives } from './patterns.ts';
import { UNIT_LEXICON, unitKey } from './units.ts';

export { ACTION_VERBS, NAME_WORDS } from './knowledge/index.ts';

// No letter or mark may precede these words: checked by execAtWordStart (faster than a lookbehind).
/** Words that open the condition of a rule ("trường hợp đạt dưới 70% thì ..."). */
const CONDITION = /(?:trường\s+hợp|nếu|khi|chỉ\s+cần)(?![\p{L}\p{M}])/giu;
/** A consequent that scores ("thì tiêu chí này đạt 0 điểm", "thì được cộng 2 điểm"; "điểm phần trăm", "điểm %" measure a change, no score). */
const PERCENT = alternatives(NUMBER_TABLES.find((t) => t.role === 'percent' && t.canonical === '%')!.forms);
const SCORES = new RegExp(`(?:điểm(?![ \\t]*(?:${PERCENT}))|tiêu\\s+chí\\s+(?:này|đó)|xếp\\s+loại)(?![\\p{L}\\p{M}])`, 'giu');
// "thì", or "thi" written for it after a condition word ("trường hợp đạt dưới 80% thi tiêu chí này đạt 0 điểm");
// with none, "thi" is an exam ("môn thi") or a verb ("thi công", "thi hành") and opens no consequent
const THEN = /th[ìi](?![\p{L}\p{M}])/giu;
/** A consequent in the future ("nếu như vậy thì doanh thu sẽ giảm khoảng 10%"): a hypothetical, no report. */
const WILL = /sẽ(?![\p{L}\p{M}])/giu;
const COUNTED_BEFORE = /[\d%][ \t\u00a0]*$/u;
/** The marks that end a clause: . ; ( ) and a line break. */
function isClauseMark(c: number): boolean {
  return c === 46 || c === 59 || c === 40 || c === 41 || c === 10;
}
const MAX_CLAUSE = 400;

// ("kỷ luật" ends on "luật": the words before a name word that make it another word are looked behind for; each
// entry has two words at least, or the lookbehind would refuse every name word after a space)
const NOT_NAME_LEADS = NOT_NAME_WORDS.filter((w) => w.includes(' ')).map((w) => w.split(' ').slice(0, -1).join('\\s+')).join('|');
const NAME_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])(?<!(?:${NOT_NAME_LEADS})\\s+)(?:${NAME_WORDS.join('|').replace(/ /g, '\\s+')})[ \\t\\u00a0]*$`, 'iu');
const QUOTE_OPEN = /[“"«‘]$/u;
const PER_HUNDRED_OR_THOUSAND = /^[%‰]/u;

/**
 * The next match of global `re` that no letter or mark precedes: what `re` with a leading
 * "(?<![\p{L}\p{M}])" finds. Without the lookbehind V8 skips ahead to the pattern's first letters.
 */
const LETTER_OR_MARK_END = /[\p{L}\p{M}]$/u;
function execAtWordStart(re: RegExp, text: string): RegExpExecArray | null {
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index === 0 || !LETTER_OR_MARK_END.test(text.slice(Math.max(0, m.index - 2), m.index))) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}
const QUOTE_CLOSE = /^[”"»’]/u;
const BAND_LINK = /^[ \t\u00a0]*(?:đến|tới|-|–)[ \t\u00a0]*$/iu;

export type NonFigureRule = 'scoring-rule' | 'hypothetical' | 'band-bound' | 'name-number' | 'quoted-name' | 'price-band' | 'equivalent' | 'rate-base' | 'page-counter' | 'line-bullet' | 'one-of';

// "Tỉnh Đoàn vinh dự là 1 trong 28 tập thể được nhận Bằng khen": "one of" a group counts nothing (the group's size may)
const ONE_OF_AFTER = /^[ \t]+trong[ \t]+(?:số[ \t]+)?(?:những|các|\d)/iu;

// "ước đạt 181,8 nghìn tỷ đồng (tương đương khoảng 7,6 tỷ USD)": the figure before, restated in another unit
const EQUIVALENT_BEFORE = new RegExp(`\\([ \\t]*(?:${alternatives(EQUIVALENT_WORDS)})[ \\t:]*$`, 'iu');

// "căn hộ giá trên 4 tỷ đồng", "mức giá dưới 25 triệu đồng/m2", "đơn hàng trên 25 USD": a price above,
// below or from a figure right after the noun picks a class of things (the figure's own words open it)
// ("tổng trị giá trên 68 tỷ đồng": the worth of something is a level)
const PRICE_BAND_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])(?<!trị[ \\t]+)(?:${alternatives(PRICE_BAND_NOUNS)})[ \\t\\u00a0]+$`, 'iu');
const BAND_OPEN = new RegExp(`^(?:${alternatives(BAND_WORDS)})[ \\t\\u00a0]`, 'iu');

// "Số bác sỹ bình quân 1 vạn dân (người): 15", "Số người nhiễm HIV được phát hiện trên 100.000 dân: 4,1": a round number of
// people that a rate is counted per, no figure ("thành phố có trên 100.000 dân." is one)
const RATE_BASE_UNIT = /^(?:dân|dân số|người dân)$/u;
const RATE_BASES = new Set([100, 1000, 10000, 100000]);
const AVERAGE = alternatives(AVERAGE_WORDS); // "bình quân", "trung bình"
const RATE_BASE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${AVERAGE}|(?:tính[ \\t]+)?trên[ \\t]+mỗi|mỗi)[ \\t]*$`, 'iu');
const RATE_BASE_AFTER = /^[ \t]*(?:\([^()\d]{1,20}\)[ \t]*)?(?::|(?:là|đạt)[ \t]+\d)/iu;
// "Doanh thu bình quân 1 hợp tác xã là trên 2 tỷ đồng", "năng suất bình quân 1 ha": the one thing an average is per
// ("tăng bình quân 1 xã/năm" is a change)
const AVERAGE_OF_ONE_BEFORE = new RegExp(`(?<![\\p{L}])(?<!(?:tăng|giảm)[ \\t]+)(?:${AVERAGE})[ \\t]+$`, 'iu');
const isAverageOfOne = (q: Quantity, before: string) => q.value === 1 && q.approx === null && q.unit !== null && !/[/%‰]/u.test(q.unit)
  && AVERAGE_OF_ONE_BEFORE.test(before);
const isRateBase = (text: string, q: Quantity, before: string) => (RATE_BASE_UNIT.test(q.unit ?? '') && RATE_BASES.has(q.value)
  && (RATE_BASE_BEFORE.test(before) || RATE_BASE_AFTER.test(text.slice(q.end, q.end + WIDTH.marker)))) || isAverageOfOne(q, before);

// "Đăng ngày 10-11-2022 11:13, Lượt xem: 85", "Số lượt đọc: 513": a web page's counter of its readers, no figure
const PAGE_COUNTER_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternatives(PAGE_COUNTER_WORDS)})[ \\t]*[:：][ \\t]*$`, 'iu');

// "0 Giải quyết việc làm mới cho …" on line after line: a list's bullet glyph that a PDF text layer wrote
// as "0", no count of zero. A "0" opening its line before a capital, with the line above or below opening so too.
const BULLET_ZERO = /^0[ \t]+\p{Lu}/u;
const isSpaceOrTab = (c: number) => c === 32 || c === 9;
/** Where the line holding `at` starts, when only spaces stand between it and `at`; -1 otherwise. */
function lineStartBefore(text: string, at: number): number {
  let k = at;
  while (k > 0 && isSpaceOrTab(text.charCodeAt(k - 1))) k--;
  return k === 0 || text.charCodeAt(k - 1) === 10 ? k : -1;
}
/** Whether the line starting at `from` opens (after spaces) on a bullet "0". */
function opensOnBullet(text: string, from: number): boolean {
  let k = from;
  while (k < text.length && isSpaceOrTab(text.charCodeAt(k))) k++;
  return BULLET_ZERO.test(text.slice(k, k + 4));
}
function isLineBullet(text: string, q: Quantity): boolean {
  if (q.value !== 0 || !BULLET_ZERO.test(text.slice(q.start, q.start + 4))) return false;
  const start = lineStartBefore(text, q.start);
  if (start < 0) return false;
  // each neighbour line is scanned once from its own bullet candidate at most: linear over the text
  const prevStart = start > 0 ? text.lastIndexOf('\n', start - 2) + 1 : -1;
  const nextBreak = text.indexOf('\n', q.start);
  return (prevStart >= 0 && prevStart < start && opensOnBullet(text, prevStart)) || (nextBreak >= 0 && opensOnBullet(text, nextBreak + 1));
}

/** Why a quantity is not a figure, or null when it may be one. Exposed for the cases. */
export function nonFigureReasons(text: string, quantities: readonly Quantity[]): (NonFigureRule | null)[] {
  const reasons: (NonFigureRule | null)[] = quantities.map(() => null);
  const rules = scoringRuleSpans(text);
  let r = 0;
  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i]!;
    while (r < rules.length && rules[r]![1] <= q.start) r++;
    if (r < rules.length && rules[r]![0] <= q.start) { reasons[i] = rules[r]![2]; continue; }
    // "từ 70% đến dưới 100%": a class of a table or rule, both ends are bounds
    const next = quantities[i + 1];
    if (next && (next.approx === 'dưới' || next.approx === '<') && BAND_LINK.test(text.slice(q.end, next.start))) {
      reasons[i] = reasons[i + 1] = 'band-bound';
      i++;
      continue;
    }
    const before = text.slice(Math.max(0, q.start - WIDTH.verb), q.start);
    // a share is never a document's number: "vượt mục tiêu Nghị quyết 0,36%" is a share of the resolution;
    // nor is a number with a qualifier: "chi trả … theo quyết định hơn 187 tỷ đồng"
    if (q.approx === null && NAME_BEFORE.test(before) && !PER_HUNDRED_OR_THOUSAND.test(q.unit ?? '')) { reasons[i] = 'name-number'; continue; }
    if (BAND_OPEN.test(text.slice(q.start, q.start + 5)) && PRICE_BAND_BEFORE.test(before)) { reasons[i] = 'price-band'; continue; }
    // ("chiếm 11% dân số (tương đương 669 hộ)": a share restated as the count it is of is a figure of its own)
    if (before.includes('(') && EQUIVALENT_BEFORE.test(before) && !(quantities[i - 1]?.unit === '%' && q.unit !== '%')) { reasons[i] = 'equivalent'; continue; }
    if (isRateBase(text, q, before)) { reasons[i] = 'rate-base'; continue; }
    if (isLineBullet(text, q)) { reasons[i] = 'line-bullet'; continue; }
    if (q.value === 1 && q.unit === null && ONE_OF_AFTER.test(text.slice(q.end, q.end + 24))) { reasons[i] = 'one-of'; continue; }
    if (before.includes(':') && PAGE_COUNTER_BEFORE.test(before)) { reasons[i] = 'page-counter'; continue; }
    if (QUOTE_OPEN.test(before) && QUOTE_CLOSE.test(text.slice(q.end, q.end + 2).trimStart())) reasons[i] = 'quoted-name';
  }
  return reasons;
}

/** The quantities that may be figures (dropping scoring rules, band bounds and names). */
export function dropNonFigures(text: string, quantities: Quantity[]): Quantity[] {
  const reasons = nonFigureReasons(text, quantities);
  return reasons.some((x) => x !== null) ? quantities.filter((_, i) => reasons[i] === null) : quantities;
}

/**
 * Spans [start, end) of scoring rules and hypotheticals, in order: a clause with "thì" whose condition
 * opens with "trường hợp" (from that word on), or whose consequent scores (from the condition word,
 * else the clause start); a condition whose consequent speaks of the future ("nếu … thì … sẽ …",
 * from the condition word). A clause ends at . ; ( ) or a line break; long clauses are cut at
 * MAX_CLAUSE. Clause ends are found by cursors that only move forward, so the scan is linear.
 */
function scoringRuleSpans(text: string): [number, number, 'scoring-rule' | 'hypothetical'][] {
  const spans: [number, number, 'scoring-rule' | 'hypothetical'][] = [];
  let markScan = 0; // everything before markScan has been looked at for clause marks
  let lastMark = -1; // the last clause mark before markScan
  let nextMark = -1; // the first clause mark at or after the current "thì" (cached)
  CONDITION.lastIndex = 0;
  let condNext = execAtWordStart(CONDITION, text);
  let lastCond = -1;
  let lastOpener = '';
  let scoreAt = -1; // the first scoring word at or after the current "thì"
  let willAt = -1; // the first "sẽ" at or after the current "thì"
  THEN.lastIndex = 0;
  for (let m; (m = execAtWordStart(THEN, text)) !== null;) {
    const at = m.index;
    // the last mark before "thì": looked for backwards, so the text between marks is not read
    for (let k = at - 1; k >= markScan; k--) if (isClauseMark(text.charCodeAt(k))) { lastMark = k; break; }
    markScan = Math.max(markScan, at);
    const from = Math.max(lastMark + 1, at - MAX_CLAUSE);
    if (nextMark < at) {
      nextMark = at;
      while (nextMark < text.length && !isClauseMark(text.charCodeAt(nextMark))) nextMark++;
    }
    const to = Math.min(nextMark, at + MAX_CLAUSE);
    // the last condition word before "thì" and the first scoring word after it, by forward cursors
    for (; condNext !== null && condNext.index < at; condNext = execAtWordStart(CONDITION, text)) {
      if (COUNTED_BEFORE.test(text.slice(Math.max(0, condNext.index - 4), condNext.index))) continue; // "120 trường hợp" counts cases
      lastCond = condNext.index;
      lastOpener = condNext[0].toLowerCase();
    }
    if (scoreAt < at) { SCORES.lastIndex = at; scoreAt = execAtWordStart(SCORES, text)?.index ?? Infinity; }
    const cond = lastCond >= from ? lastCond : -1;
    if (cond < 0 && m[0].toLowerCase() === 'thi') continue; // "thi" without a condition: an exam or a verb
    if (cond >= 0 && lastOpener.startsWith('trường')) spans.push([cond, to, 'scoring-rule']);
    else if (scoreAt < to) spans.push([cond >= 0 ? cond : from, to, 'scoring-rule']);
    else {
      if (cond < 0) continue;
      if (willAt < at) { WILL.lastIndex = at; willAt = execAtWordStart(WILL, text)?.index ?? Infinity; }
      if (willAt >= to) continue;
      spans.push([cond, to, 'hypothetical']);
    }
    THEN.lastIndex = Math.max(THEN.lastIndex, to);
  }
  return spans;
}

// (adverbs may come in a list: "giải quyết trước hạn, đúng hạn 87.253 hồ sơ")
const ADVERB = `(?:${ACTION_ADVERBS.join('|').replace(/ /g, '\\s+')})`;
const verbBefore = (verbs: readonly string[]) => new RegExp(`(?<![\\p{L}\\p{M}])(${verbs.join('|').replace(/ /g, '\\s+')})(?:\\s+${ADVERB}(?:\\s*,\\s*${ADVERB})*)?(?:\\s+(?:được|mới|cho|thêm|lên\\s+(?:đến|tới)))?\\s*$`, 'iu');
const ACTION_BEFORE = verbBefore(ACTION_VERBS);
/** Verbs that count only certain things: building homes ("xây mới 152 căn nhà"), acquiring books ("bổ sung 6.000 bản sách"). */
const VERBS_OF_THINGS = [{ verb: verbBefore(HOME_BUILDING_VERBS), things: new Set<string>(HOMES) }, { verb: verbBefore(ACQUIRING_VERBS), things: new Set<string>(LIBRARY_HOLDINGS) }];
/** The verb right before a count of the things it alone counts, as a match, or null. */
const thingsCounted = (lead: string, unit: string | null) => (unit === null ? null : VERBS_OF_THINGS.find((v) => v.things.has(unit))?.verb.exec(lead) ?? null);
const ITEM_MEASURE_SET = new Set(ITEM_MEASURES);
/** Whether a measure word counts whole things ("con", "liều"): see ITEM_MEASURES. */
export const isItemMeasure = (unit: string): boolean => ITEM_MEASURE_SET.has(unit);
/** Whether a number in `unit` right after `lead` (the text before it) is an action's count: of counted nouns, or of whole things in a measure word; of homes after a building verb, of a library's holdings after a verb of acquiring. */
export function isActionCount(lead: string, unit: string | null): boolean {
  return unit !== null && (((UNIT_LEXICON.get(unitKey(unit))?.kind === 'count' || isItemMeasure(unit)) && ACTION_BEFORE.test(lead)) || thingsCounted(lead, unit) !== null);
}
/** The action verb right before a count ("đã thu nhận" → "thu nhận"; "xây mới" before homes, "bổ sung" before books), or null. */
export function actionVerbBefore(lead: string, unit: string | null): string | null {
  const m = ACTION_BEFORE.exec(lead) ?? thingsCounted(lead, unit);
  return m?.[1]?.replace(/\s+/gu, ' ') ?? null;
}

/**
 * A headline or caption that repeats a figure of the body ("Thu ngân sách vượt 5.000 tỷ đồng" over an
 * article that says it again) is not a figure of its own: a statement in a headline passage is
 * dropped when a statement of the same kind, number and unit stands elsewhere in the document.
 * Only on web pages: headlines are heading passages, the title and short lines with no full stop
 * (a caption under a picture).
 */
export function dropRepeatedHeadlines<M extends { start: number; fields: { kind: string; value: number | null; percent: number | null; achieved: number | null; total: number | null; unit: string | null } }>(
  matches: M[], doc: { text: string; format: string; meta: { title: string | null }; passages: readonly { start: number; end: number; role: string }[] }): M[] {
  // reports restate their headings' figures on purpose (the gold keeps both); pages repeat for show
  if (matches.length < 2 || doc.format !== 'html') return matches;
  const { text, passages } = doc;
  const title = doc.meta.title?.trim() ?? null;
  const headlineAt = (pos: number) => {
    let lo = 0, hi = passages.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = passages[mid]!;
      if (p.end <= pos) lo = mid + 1;
      else if (p.start > pos) hi = mid - 1;
      else {
        const line = text.slice(p.start, p.end).trim();
        return p.role === 'heading' || line === title || (line.length <= 200 && !line.includes('\n') && !/[.!?…:;]["”»)]?$/u.test(line));
      }
    }
    return false;
  };
  const key = (m: M) => [m.fields.kind, m.fields.value, m.fields.percent, m.fields.achieved, m.fields.total, m.fields.unit].join('|');
  const headline = matches.map((m) => headlineAt(m.start));
  if (!headline.includes(true)) return matches;
  const elsewhere = new Set<string>();
  matches.forEach((m, i) => { if (!headline[i]) elsewhere.add(key(m)); });
  return matches.filter((m, i) => !headline[i] || !elsewhere.has(key(m)));
}
