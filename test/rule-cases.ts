// The extractor cases (extractors/*.cases.json), read once for the tests and the scripts
// that count and mutate rules (scripts/rules.ts, scripts/mutate.ts).
import { readFileSync } from 'node:fs';
import type { Statement } from '../pipeline/schema.ts';

/**
 * An expected record: the rule that makes it, its quote, and any fields it must have. `indicator`
 * needs its words present; `indicator_is` the indicator's words exactly (a trim case: "hiện" left on
 * "Tỷ lệ hộ nghèo hiện" fails it).
 */
export type Expected = Partial<Statement> & { rule: string; quote: string; indicator_is?: string };
/** `published`: the date a loader would have read for the text (crawler dumps, stamps, datelines). */
export interface PositiveCase { text: string; published?: string; expect: Expected[]; exact?: boolean; why?: string; xfail?: string }
/** Records of the listed kinds, and records of the listed rules, must not appear. */
export interface NegativeCase { text: string; published?: string; kinds?: string[]; rules?: string[]; why: string; xfail?: string }
export interface CaseFile { extractor: string; positive: PositiveCase[]; negative: NegativeCase[] }

export const FAMILIES = ['ratio', 'progress', 'value', 'target', 'table'] as const;
export const CASE_FILES: CaseFile[] = FAMILIES.map((name) =>
  JSON.parse(readFileSync(new URL(`../extractors/${name}.cases.json`, import.meta.url), 'utf8')) as CaseFile);

const words = (s: string) => s.normalize('NFC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** A record matches when every listed field agrees; an indicator needs all its words present. */
export function matches(s: Statement, want: Partial<Statement> & { indicator_is?: string }): boolean {
  return Object.entries(want).every(([field, value]) => {
    if (field === 'indicator_is') return words(s.indicator ?? '').join(' ') === words(String(value)).join(' ');
    const got = s[field as keyof Statement];
    if (field === 'indicator') {
      const have = new Set(words(String(got ?? '')));
      return words(String(value)).every((w) => have.has(w));
    }
    if (typeof value === 'number') return typeof got === 'number' && Math.abs(got - value) < 1e-9 * Math.max(1, Math.abs(value));
    return got === value;
  });
}

/** Whether a negative case forbids this record: its rule or its kind is listed (nothing listed: every record). */
export function silenced(c: NegativeCase, s: Statement): boolean {
  if (!c.kinds && !c.rules) return true;
  return (c.kinds?.includes(s.kind) ?? false) || (c.rules?.includes(s.rule) ?? false);
}

/** How many cases name each rule: positive ones by an expected record, negative ones by the rules they silence. Known failures do not count. */
export function caseCounts(): Map<string, { positive: number; negative: number }> {
  const counts = new Map<string, { positive: number; negative: number }>();
  const at = (rule: string) => counts.get(rule) ?? counts.set(rule, { positive: 0, negative: 0 }).get(rule)!;
  for (const file of CASE_FILES) {
    for (const c of file.positive) if (!c.xfail) for (const rule of new Set(c.expect.map((e) => e.rule))) at(rule).positive++;
    for (const c of file.negative) if (!c.xfail) for (const rule of new Set(c.rules)) at(rule).negative++;
  }
  return counts;
}
