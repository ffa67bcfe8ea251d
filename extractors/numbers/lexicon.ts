// The lookups the number reader uses, built once from the tables in knowledge/numbers.ts.
// Lookup keys are lower-case, syllables joined by one space, tone marks in one placement (see unitKey).
import { Memo } from '../memo.ts';
import { NUMBER_TABLES, SCALE_FALSE_FRIENDS as SCALE_FRIENDS, SQUARABLE_UNITS, UNIT_FALSE_FRIENDS as UNIT_FRIENDS, UNIT_SYMBOLS } from '../knowledge/numbers.ts';

export interface UnitEntry {
  /** null: report the unit as written (lower-cased). */
  canonical: string | null;
  kind: 'currency' | 'percent' | 'measure' | 'count' | 'time';
}

/** Scale words: the value is multiplied, the word is not part of the unit. */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map(
  NUMBER_TABLES.filter((t) => t.role === 'scale').flatMap((t) => t.forms.map((f) => [f, t.value!] as const)));

/** The scale words that start or go on with a spelled-out number ("hai nghìn"); not "ngan" without its tone. */
export const SCALE_NUMBER_WORDS: readonly string[] = NUMBER_TABLES
  .filter((t) => t.role === 'scale' && !t.notSpelledOut).flatMap((t) => t.forms);

/** Words that start with a scale word but are not scales ("tỷ lệ" = rate). Keyed by the scale word. */
export const SCALE_FALSE_FRIENDS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(SCALE_FRIENDS));

/** Units that are the first word of an idiom, not a unit: "4 và 5 lần lượt là" (respectively). */
export const UNIT_FALSE_FRIENDS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(UNIT_FRIENDS));

export const SQUARABLE: ReadonlySet<string> = new Set(SQUARABLE_UNITS);

/** Lower-case, tone marks on the second vowel of "oa/oe/uy" ("hòa" and "hoà" meet), spaces collapsed, "-" as space. */
export function unitKey(s: string): string {
  return s.length <= 12 ? UNIT_KEYS.get(s, keyOfUnit) : keyOfUnit(s);
}
/** unitKey is asked for the same few hundred short words after every number: those are remembered. */
const UNIT_KEYS = new Memo<string>(5000);

function keyOfUnit(s: string): string {
  return s.toLowerCase().replace(/[òóỏõọ][ae]|[ùúủũụ]y/gu, (m) => TONE_SHIFT.get(m) ?? m).replace(/[\s-]+/gu, ' ');
}

const TONE_SHIFT: Map<string, string> = (() => {
  const m = new Map<string, string>();
  const marks = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
  for (const [a, b] of [['o', 'a'], ['o', 'e'], ['u', 'y']] as const) {
    for (const mark of marks) m.set((a + mark).normalize('NFC') + b, a + (b + mark).normalize('NFC'));
  }
  return m;
})();

/** Every unit form (scale words aside) by its key. A form listed twice is a programmer error. */
export const UNIT_LEXICON: ReadonlyMap<string, UnitEntry> = (() => {
  const m = new Map<string, UnitEntry>();
  for (const t of NUMBER_TABLES) {
    if (t.role === 'scale') continue;
    const entry: UnitEntry = { canonical: t.canonical ?? null, kind: t.role };
    for (const f of t.forms) {
      const key = unitKey(f);
      if (m.has(key)) throw new Error(`knowledge/numbers.ts: unit form "${f}" is listed twice`);
      m.set(key, entry);
    }
  }
  return m;
})();

/** A unit of money, per something or not ("tỷ USD", "triệu đồng/người"): the lexicon's currencies. */
export const isMoneyUnit = (unit: string | null): boolean => unit !== null && UNIT_LEXICON.get(unitKey(unit.split('/')[0]))?.kind === 'currency';

/** Longest entry, in syllables (a comma-joined pair like "xã, phường" counts its words). */
export const MAX_UNIT_WORDS = Math.max(...[...UNIT_LEXICON.keys()].map((k) => k.split(' ').length));

/**
 * Every lexicon key and each of its word-boundary prefixes ("cán", "cán bộ", "cán bộ, công" for
 * "cán bộ, công chức"): a reader of unit words stops once the words so far start no key.
 */
export const UNIT_KEY_PREFIXES: ReadonlySet<string> = (() => {
  const prefixes = new Set<string>();
  for (const key of UNIT_LEXICON.keys()) {
    prefixes.add(key);
    for (let i = 1; i < key.length; i++) if (key[i] === ' ' || key[i] === ',' || key[i] === '.') prefixes.add(key.slice(0, i));
  }
  return prefixes;
})();

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A unit symbol at the position ("%", "‰", "$", "°C"), in the order the symbols are listed. */
export const SYMBOL_UNIT = new RegExp(
  UNIT_SYMBOLS.map((s) => escapeRe(s.form) + (s.alone ? '(?![\\p{L}\\p{M}\\p{N}])' : '')).join('|'), 'uy');

/** What each symbol is reported as: its table's canonical form, else as written. */
export const SYMBOL_CANONICAL: ReadonlyMap<string, string> = new Map(
  UNIT_SYMBOLS.map((s) => [s.form, UNIT_LEXICON.get(unitKey(s.form))?.canonical ?? s.form]));

/** Currency signs and codes written before a number, each with its currency ("US$" -> USD). */
export const CURRENCY_PREFIX_UNIT: ReadonlyMap<string, string> = new Map(
  NUMBER_TABLES.flatMap((t) => (t.before ?? []).map((b) => [b, t.canonical!] as const)));
