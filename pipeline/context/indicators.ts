// The canonical indicator of a record (`indicator_key`), from the vocabulary in indicators.json:
// an alias matches when all its words are among the indicator's, in their order ("trường trên địa bàn
// đạt chuẩn quốc gia") or in any order of whole compounds ("ty le ho ngheo", "hộ nghèo tỷ lệ"),
// diacritics and tone placement ignored; syllables of other words make no compound ("nước sạch" is
// not in "ngân sách nhà nước"). The longest alias that matches wins.
import { fold } from '../adapters/gazetteer.ts';
import data from './indicators.json' with { type: 'json' };
import { Memo } from '../../extractors/memo.ts';

interface Alias { key: string; words: string[]; unit: string }
let ALIASES: Alias[] | null = null;
const words = (s: string) => fold(s).replace(/tỉ/g, 'ty').split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((w) => (w === 'ti' ? 'ty' : w));

function aliases(): Alias[] {
  ALIASES ??= data.indicators.flatMap((i) => i.aliases.map((a) => ({ key: i.key, words: words(a), unit: i.unit })))
    .sort((a, b) => b.words.length - a.words.length);
  return ALIASES;
}

// The same indicator phrases recur across a document's records and across documents: each
// (indicator, unit) is keyed once.
const KEYS = new Memo<string | null>(20_000);

/** The key of the indicator, or null when no alias fits. */
export function indicatorKey(indicator: string | null, unit?: string | null): string | null {
  if (!indicator) return null;
  return KEYS.get(`${unit ?? '\u0001'}\u0000${indicator}`, () => keyOf(indicator, unit ?? null));
}

function keyOf(indicator: string, unit: string | null): string | null {
  const said = words(indicator);
  const have = new Set(said);
  for (const a of aliases()) {
    if (!a.words.every((w) => have.has(w)) || !sameFamily(a.unit, unit) || !(inOrder(a.words, said) || inCompounds(a.words, said))) continue;
    // "Mức giảm tỷ lệ hộ nghèo" is how far the rate fell, not the rate
    return have.has('giam') && !a.words.includes('giam') ? `${a.key}_reduction` : a.key;
  }
  return null;
}

/** Words that may stand between two of an alias's: "GRDP của Quảng Ngãi tăng", not "nhà nước về tài chính, ngân sách". */
const MAX_GAP = 3;
/** True when the alias's words come in the indicator in the alias's order, at most MAX_GAP other words between two. */
function inOrder(alias: string[], said: string[]): boolean {
  for (let first = said.indexOf(alias[0]); first >= 0; first = said.indexOf(alias[0], first + 1)) {
    let at = first, i = 1;
    for (; i < alias.length; i++) {
      const next = said.indexOf(alias[i], at + 1);
      if (next < 0 || next - at - 1 > MAX_GAP) break;
      at = next;
    }
    if (i === alias.length) return true;
  }
  return false;
}

/**
 * True when the alias's words stand in the indicator as runs of two or more words each (a one-word
 * alias alone): the alias's compounds may come in any order, but none is pieced together from
 * syllables of other words ("sạch" of "ngân sách" and "nước" of "nhà nước" make no "nước sạch").
 */
function inCompounds(alias: string[], said: string[]): boolean {
  if (alias.length === 1) return true;
  for (let i = 0; i < alias.length;) {
    let longest = 0;
    for (let at = said.indexOf(alias[i]); at >= 0; at = said.indexOf(alias[i], at + 1)) {
      let n = 1;
      while (i + n < alias.length && said[at + n] === alias[i + n]) n++;
      longest = Math.max(longest, n);
    }
    if (longest < 2) return false;
    i += longest;
  }
  return true;
}

/** A rate takes % or ‰; an amount is no rate ("hộ nghèo" counted in hộ is not the poverty rate). */
function sameFamily(family: string, unit: string | null): boolean {
  if (unit === null) return true;
  const rate = (u: string) => u === '%' || u === '‰' || u.startsWith('%/');
  return rate(family) === rate(unit);
}

/** The keys an analyst's words may mean: a key itself, or the key of the words read as an indicator. */
export function keysFor(query: string): string[] {
  const q = query.trim().toLowerCase();
  if (data.indicators.some((i) => i.key === q)) return [q];
  const k = indicatorKey(query);
  return k ? [k] : [];
}
