// A plan stated in brackets after a level or a share of the plan: "giảm 5,79% so với đầu năm (KH
// giảm 4%)", "đạt 40% kế hoạch năm (250 nghìn tấn)", ", chưa đạt chỉ tiêu Nghị quyết (95%)". The
// level's statement takes it as its target (value, target and progress rules alike).
import { BRACKET_PLAN_WORDS, WIDTH } from './knowledge/index.ts';
import type { Quantity } from './numbers.ts';
import { findQuantities } from './numbers.ts';
import { words } from './patterns.ts';
import type { SentenceView } from './types.ts';

/** "(Chỉ tiêu NQĐH giao 65 triệu đồng/người/năm)", "(kế hoạch 7%)", "(KH: 250 nghìn tấn)". */
const PLAN_WORDS = words(BRACKET_PLAN_WORDS);
const targetParen = new RegExp(
  // "(Chỉ tiêu NQĐH giao 65 triệu)", or ", chưa đạt chỉ tiêu Nghị quyết HĐND tỉnh (95%)"
  `^(?:\\s*[.,]?\\s*\\(\\s*(?:${PLAN_WORDS})[^()\\n]{0,60}?|\\s*[,;]?\\s*(?:(?:chưa\\s+|không\\s+)?(?:đạt|vượt|bằng)|thấp\\s+hơn|cao\\s+hơn)\\s+(?:${PLAN_WORDS})[^()\\n.;]{0,50}\\(\\s*)(?=\\d)`, 'iu');

/** The plan in brackets right after `start`, with the end of its bracket, or null. */
export function targetAfter(view: SentenceView, start: number, afterReference = false): { q: Quantity; end: number } | null {
  let from = start;
  const limit = Math.min(view.passageEnd, start + WIDTH.reference);
  let tail = view.text.slice(from, limit);
  // "giảm 5,79% so với đầu năm (KH giảm 4%)": a comparison may stand between the level and its plan
  const since = /^\s*so\s+với[^(),.;\d]{1,40}(?=\s*\()/u.exec(tail);
  if (since) { from += since[0].length; tail = tail.slice(since[0].length); }
  // right after "đạt 40% kế hoạch năm", a bare "(250 nghìn tấn)" is that plan
  const head = targetParen.exec(tail) ?? (afterReference ? /^\s*\(\s*(?=\d)/u.exec(tail) : null);
  if (!head) return null;
  const numAt = from + head[0].length;
  const closeAt = view.text.slice(numAt, limit).indexOf(')');
  if (closeAt < 0) return null;
  const close = numAt + closeAt;
  const q = findQuantities(view.text, numAt, close)[0];
  if (!q) return null;
  return { q, end: close + 1 };
}

