// Finding the article (readability-style): every element scored by the paragraphs it holds, the
// best one taken as the content node, with the siblings that carry the article on.
import type { HtmlNode } from '../../adapters/cheerio.ts';
import { findDateInText } from '../dates.ts';
import { BOILERPLATE, CONTENT_HINT, classAndId, isBoilerplate, isSkippedTag } from './furniture.ts';
import { textOf, walk } from './tree.ts';

export const PARAGRAPH_TAGS = new Set(['p', 'pre', 'blockquote', 'td', 'h2', 'h3', 'h4', 'dd']);
const CONTAINER_TAGS = new Set(['p', 'div', 'table', 'ul', 'ol', 'section', 'article', 'blockquote', 'h1', 'h2', 'h3']);

export interface Stats { chars: number; linkChars: number; commas: number; score: number; order: number; blocks: number }

/**
 * One post-order pass: text and link characters per element (boilerplate excluded), then
 * paragraph scores credited to parents and grandparents, as Readability does.
 */
function scoreTree(root: HtmlNode, skip: (n: HtmlNode) => boolean): { stats: Map<HtmlNode, Stats>; order: HtmlNode[] } {
  const stats = new Map<HtmlNode, Stats>();
  const order: HtmlNode[] = [];
  const stack: Array<[HtmlNode, boolean]> = [[root, false]];
  while (stack.length) {
    const [n, done] = stack.pop()!;
    if (n.type === 'text') continue;
    if (!done) {
      if (n !== root && skip(n)) continue;
      stats.set(n, { chars: 0, linkChars: 0, commas: 0, score: 0, order: order.length, blocks: 0 });
      order.push(n);
      stack.push([n, true]);
      const kids = n.children;
      if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i], false]);
      continue;
    }
    const s = stats.get(n)!;
    for (const k of n.children ?? []) {
      if (k.type === 'text') {
        const t = k.data ?? '';
        const trimmed = t.trim().length;
        s.chars += trimmed;
        if (trimmed) for (let i = t.indexOf(','); i >= 0; i = t.indexOf(',', i + 1)) s.commas++;
      } else {
        const ks = stats.get(k);
        if (ks) {
          s.chars += ks.chars; s.linkChars += ks.linkChars; s.commas += ks.commas;
          s.blocks += ks.blocks + (k.name && CONTAINER_TAGS.has(k.name) ? 1 : 0);
        }
      }
    }
    if (n.name === 'a') s.linkChars = s.chars;
    // a cell or quote that holds paragraphs or tables is layout: its paragraphs score for themselves
    if (n.name && PARAGRAPH_TAGS.has(n.name) && s.chars >= 25 && s.blocks === 0) credit(n, s);
    else if ((n.name === 'div' || n.name === 'section' || n.name === 'span') && s.chars >= 25 && directText(n) >= 25) credit(n, s);
  }
  return { stats, order };

  function credit(n: HtmlNode, s: Stats) {
    const points = 1 + s.commas + Math.min(Math.floor(s.chars / 100), 3);
    let p = n.parent;
    for (let level = 0; p && level < 3; level++, p = p.parent) {
      const ps = stats.get(p);
      if (!ps) break;
      ps.score += points / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
    }
  }
}

function directText(n: HtmlNode): number {
  let c = 0;
  for (const k of n.children ?? []) if (k.type === 'text') c += (k.data ?? '').trim().length;
  return c;
}

function classWeight(n: HtmlNode): number {
  const ci = classAndId(n);
  if (!ci.trim()) return 0;
  return (CONTENT_HINT.test(ci) ? 25 : 0) - (BOILERPLATE.test(ci) ? 25 : 0);
}

function pickContent(root: HtmlNode, stats: Map<HtmlNode, Stats>): { node: HtmlNode; score: number } | null {
  let best: HtmlNode | null = null, bestScore = 0;
  for (const [n, s] of stats) {
    if (s.score <= 0 || !n.name) continue;
    const density = s.chars ? s.linkChars / s.chars : 1;
    const final = (s.score + classWeight(n)) * (1 - density);
    if (final > bestScore) { best = n; bestScore = final; }
  }
  // a lone child carries no more than its parent: take the parent
  while (best && best.parent && best.parent !== root && best.parent.name !== 'body' && stats.has(best.parent)) {
    const siblings = (best.parent.children ?? []).filter((k) => stats.has(k) || (k.type === 'text' && (k.data ?? '').trim()));
    if (siblings.length !== 1) break;
    best = best.parent;
  }
  return best ? { node: best, score: bestScore } : null;
}

/**
 * The content node and the siblings that carry the article with it (key points before the body, a
 * body split over several blocks, a picture with its caption), as Readability does: a sibling that
 * scores well, or holds a sentence and few links. Link boxes, date lines and short bylines stay out.
 */
export function articleNodes(content: HtmlNode, stats: Map<HtmlNode, Stats>, score: number): HtmlNode[] {
  const sibs = content.parent?.children ?? [];
  const at = sibs.indexOf(content);
  const carriesOn = (n: HtmlNode): boolean => {
    const s = stats.get(n);
    if (!s || !n.name || n.name === 'h1' || isBoilerplate(n) || isLinkList(n, stats)) return false;
    const t = textOf(n);
    if (t.length < 25 || s.linkChars > s.chars * 0.25 || (t.length <= 100 && findDateInText(t))) return false;
    return s.score >= Math.max(10, score * 0.2) || t.length >= 80 || /[.!?…]["”']?$/u.test(t) || (t.length >= 40 && s.linkChars === 0);
  };
  // before the body, a block that holds the headline is the page's header (read apart), not the article
  const holdsHeadline = (n: HtmlNode) => { for (const k of walk(n)) if (k.name === 'h1') return true; return false; };
  return sibs.filter((n, i) => i === at || (carriesOn(n) && (i > at || !holdsHeadline(n))));
}

/** Lists and boxes that are mostly links ("Tin liên quan", "Xem nhiều", tag clouds). */
export function isLinkList(n: HtmlNode, stats: Map<HtmlNode, Stats>): boolean {
  if (n.name !== 'ul' && n.name !== 'ol' && n.name !== 'div' && n.name !== 'section' && n.name !== 'table' && n.name !== 'p') return false;
  const s = stats.get(n);
  if (!s || s.chars === 0) return false;
  return s.linkChars / s.chars > 0.6;
}

export interface Pick { node: HtmlNode; score: number }

/**
 * The content node and the scores it was chosen by. Class names can mislead (a main column called
 * "sidebar-1", an article in "print-news"): when the first pick is weak, the page is scored again on
 * tags alone, and that pick is taken when it finds a much stronger article.
 */
export function findContent(root: HtmlNode): { stats: Map<HtmlNode, Stats>; pick: Pick | null } {
  let { stats } = scoreTree(root, isBoilerplate);
  let pick = pickContent(root, stats);
  const strong = pick && stats.get(pick.node)!.chars >= 1500 && pick.score >= 30;
  if (!strong) {
    const second = scoreTree(root, isSkippedTag);
    const other = pickContent(root, second.stats);
    if (other && (!pick || other.score > pick.score * 1.5)) {
      stats = second.stats;
      pick = other;
    }
  }
  return { stats, pick };
}
