// The canonical indicator of a record (`indicator_key`), from the vocabulary in indicators.json:
// an alias matches when all its words are among the indicator's, in any order, diacritics and tone
// placement ignored ("ty le ho ngheo", "hộ nghèo tỷ lệ"). The longest alias that matches wins.
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
  const have = new Set(words(indicator));
  for (const a of aliases()) {
    if (!a.words.every((w) => have.has(w)) || !sameFamily(a.unit, unit)) continue;
    // "Mức giảm tỷ lệ hộ nghèo" is how far the rate fell, not the rate
    return have.has('giam') && !a.words.includes('giam') ? `${a.key}_reduction` : a.key;
  }
  return null;
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
