// A plan stated in brackets after a level or a share of the plan (or first in the brackets, the level after it): "giảm 5,79% so với đầu năm (KH
// giảm 4%)", "đạt 40% kế hoạch năm (250 nghìn tấn)", ", chưa đạt chỉ tiêu Nghị quyết (95%)". The
// level's statement takes it as its target (value, target and progress rules alike).
import { BRACKET_PLAN_WORDS, PLAN_MET_VERBS, WIDTH } from './knowledge/index.ts';
import type { Quantity } from './numbers.ts';
import { findQuantities } from './numbers.ts';
import { alternatives, words } from './patterns.ts';
import type { SentenceView } from './types.ts';

/** "(Chỉ tiêu NQĐH giao 65 triệu đồng/người/năm)", "(kế hoạch 7%)", "(KH: 250 nghìn tấn)". */
const PLAN_WORDS = words(BRACKET_PLAN_WORDS);
// ", chưa đạt chỉ tiêu Nghị quyết HĐND tỉnh (95%)", ", vượt kế hoạch đề ra (kế hoạch 11,5%)", ", thấp hơn 4,5% so với chỉ tiêu UBND
// tỉnh giao (91%)": the plan a level is measured against, named, then its figure in brackets ("cao hơn" with its share is
// progress's, exceeded_by)
const MEASURED_AGAINST = `\\s*[,;]?\\s*(?:(?:chưa\\s+|không\\s+)?(?:đạt|vượt|bằng)|thấp\\s+hơn(?:\\s+\\d[\\d.,]*\\s?%\\s+so(?:\\s+với)?)?|cao\\s+hơn)\\s+(?:${PLAN_WORDS})[^()\\n.;]{0,50}\\(\\s*(?:(?:${PLAN_WORDS})\\s*:?\\s*)?`;
// "(Chỉ tiêu NQĐH giao 65 triệu)", or the plan measured against
const targetParen = new RegExp(`^(?:\\s*[.,]?\\s*\\(\\s*(?:${PLAN_WORDS})[^()\\n]{0,60}?|${MEASURED_AGAINST})(?=\\d)`, 'iu');
// "chiếm tỷ lệ 35,1% lực lượng lao động (LLLĐ), thấp hơn 0,4% so với chỉ tiêu … (35,5%)": a shortfall, the whole a share is of
// between (a few words, an acronym)
const SHORTFALL = new RegExp(`^(?:[ \\t]+[^\\s\\d(),;.:]+){1,5}(?:[ \\t]*\\([^()\\d\\n]{1,12}\\))?(?=[ \\t]*,[ \\t]*thấp[ \\t]+hơn)${MEASURED_AGAINST}(?=\\d)`, 'iu');

// "giảm 1,5%, chưa đạt chỉ tiêu đề ra là 2%", "… so với năm 2007 và không đạt chỉ tiêu Quốc hội giao là 0,3‰": the plan after "là"
const PLAN_IS = new RegExp(`^(?:\\s*so\\s+với(?:[^(),.;\\d]|(?:19|20)\\d{2}){1,40}?)?\\s*[,;]?\\s*(?:và\\s+)?(?:(?:chưa|không)\\s+)?(?:đạt|vượt|bằng)\\s+(?:${PLAN_WORDS})[^()\\n.;:\\d]{0,50}?\\s+là\\s+(?=\\d)`, 'iu');

const SLASH_PLAN = new RegExp(`^\\s?\\/\\s?(?:${PLAN_WORDS})(?:\\s*:)?\\s+(?:(?:tăng|giảm|đạt)\\s+)?(?=\\d)`, 'iu');

/**
 * "… vượt 0,05% so với chỉ tiêu đề ra tại Nghị quyết số 03-NQ/TU ngày 10/12/2021 của Tỉnh ủy (38%)": after a plan's
 * name, where it was set may run on before the bracket holding its figure (no sentence mark, bracket or share between).
 */
const CITED_THEN_FIGURE = /^(?:[^()\n;%.]|\.(?=\S)){1,80}?\(\s*(?=\d)/u;
/** The plan in brackets (or after a slash) right after `start`, with the end of its bracket, or null. */
export function targetAfter(view: SentenceView, start: number, afterReference = false): { q: Quantity; end: number } | null {
  let from = start;
  const limit = Math.min(view.passageEnd, start + WIDTH.reference);
  let tail = view.text.slice(from, limit);
  // "giảm 5,79% so với đầu năm (KH giảm 4%)": a comparison may stand between the level and its plan
  const since = /^\s*so\s+với(?:[^(),.;\d]|(?:19|20)\d{2}){1,40}(?=\s*\()/u.exec(tail);
  if (since) { from += since[0].length; tail = tail.slice(since[0].length); }
  // right after "đạt 40% kế hoạch năm", a bare "(250 nghìn tấn)" is that plan
  // "38.198 tấn/KH 41.000-42.000 tấn", "tăng 8,31%/KH tăng 3-4%": the plan after a slash, to its own end
  const slashed = SLASH_PLAN.exec(tail);
  if (slashed) {
    const q = findQuantities(view.text, from + slashed[0].length, limit)[0];
    return q && q.start === from + slashed[0].length ? { q, end: q.end } : null;
  }
  const planIs = PLAN_IS.exec(tail);
  if (planIs) {
    const q = findQuantities(view.text, from + planIs[0].length, limit)[0];
    return q?.unit && q.start === from + planIs[0].length ? { q, end: q.end } : null;
  }
  // "… bằng 95% kế hoạch 126 tỷ đồng": the plan's amount right after its name
  // (a document's number, "Nghị quyết số 03-NQ/TU", is no amount: what follows it is read on)
  if (afterReference && /^[ \t]+\d/u.test(tail)) {
    const q = findQuantities(view.text, from, limit)[0];
    if (q && q.unit && q.start === from + tail.search(/\d/u)) return { q, end: q.end };
  }
  const head = targetParen.exec(tail) ?? SHORTFALL.exec(tail) ?? (afterReference ? /^\s*\(\s*(?=\d)/u.exec(tail) ?? CITED_THEN_FIGURE.exec(tail) : null);
  if (!head) return null;
  const numAt = from + head[0].length;
  const closeAt = view.text.slice(numAt, limit).indexOf(')');
  if (closeAt < 0) return null;
  const close = numAt + closeAt;
  const q = findQuantities(view.text, numAt, close)[0];
  if (!q) return null;
  return { q, end: close + 1 };
}


/** "(chỉ tiêu tối thiểu 98%, hiện đạt 97,4%)": the plan opens the brackets, the level follows it. */
const PLAN_OPENS = new RegExp(`^\\(\\s*(?:${PLAN_WORDS})[^()\\d]{0,40}$`, 'iu');
const THEN_LEVEL = /^\s*[,;]\s*(?:hiện\s+|thực\s+hiện\s+|TH\s+|ước\s+(?:thực\s+hiện\s+)?|kết\s+quả\s+)?(?:đạt(?:\s+được)?|là)\s*$|^\s*[,;]\s*(?:thực\s+hiện|TH|kết\s+quả|hiện\s+nay)\s*:?\s*$/iu;

/**
 * The plan that opens the brackets the level `index` stands in, right before it, in the same unit,
 * with where the brackets open; null when the level is not so placed.
 */
export function planBefore(view: SentenceView, index: number): { plan: Quantity; open: number } | null {
  const q = view.quantities[index], plan = view.quantities[index - 1];
  if (!plan || !q || plan.unit !== q.unit || plan.unit === null) return null;
  const from = Math.max(view.start, plan.start - WIDTH.comparison);
  const at = view.text.slice(from, plan.start).lastIndexOf('(');
  if (at < 0) return null;
  const open = from + at;
  if (!PLAN_OPENS.test(view.text.slice(open, plan.start)) || !THEN_LEVEL.test(view.text.slice(plan.end, q.start))) return null;
  return { plan, open };
}

/** "… toàn tỉnh đạt chưa đạt chỉ tiêu đề ra": before such brackets, whether the plan was met ends the name. */
const PLAN_MET_TAIL = new RegExp(`(?:\\s+(?:${alternatives(PLAN_MET_VERBS)}))+\\s+(?:${PLAN_WORDS})[^,;()\\d]{0,30}$`, 'iu');
export function withoutPlanMet(name: string): string {
  const cut = PLAN_MET_TAIL.exec(name);
  return cut && cut.index > 0 ? name.slice(0, cut.index) : name;
}
