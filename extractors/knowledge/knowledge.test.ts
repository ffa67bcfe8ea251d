// The knowledge tables list each form once: twice in one table is a slip, in two tables a second
// role that must be declared (SHARED_FORMS) with its reason.
import { describe, expect, it } from 'vitest';
import { SHARED_FORMS, TABLES } from './index.ts';

const key = (form: string) => form.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();

/** Forms listed more than once within a table, as "TABLE: form". */
export function repeatsWithin(tables: readonly { name: string; forms: readonly string[] }[]): string[] {
  return tables.flatMap((t) => t.forms.map(key).filter((f, i, all) => all.indexOf(f) !== i).map((f) => `${t.name}: ${f}`));
}

/** Forms found in two tables, as "form: A + B" (table names sorted). */
export function sharedAcross(tables: readonly { name: string; forms: readonly string[] }[]): string[] {
  const out: string[] = [];
  tables.forEach((a, i) => tables.slice(i + 1).forEach((b) => {
    const other = new Set(b.forms.map(key));
    for (const f of new Set(a.forms.map(key))) if (other.has(f)) out.push(`${f}: ${[a.name, b.name].sort().join(' + ')}`);
  }));
  return out.sort();
}

const declared = SHARED_FORMS.flatMap((s) => s.forms.map((f) => `${key(f)}: ${[...s.tables].sort().join(' + ')}`)).sort();

describe('knowledge', () => {
  it('lists no form twice in one table', () => expect(repeatsWithin(TABLES)).toEqual([]));
  it('lists a form in two tables only where that double role is declared, with its reason', () => {
    const across = (['lexicon', 'units'] as const).flatMap((family) => sharedAcross(TABLES.filter((t) => t.family === family)));
    expect(across.sort()).toEqual(declared);
    for (const s of SHARED_FORMS) expect(s.reason.length).toBeGreaterThan(15);
  });
  it('names each table once, with a role', () => {
    expect(new Set(TABLES.map((t) => t.name)).size).toBe(TABLES.length);
    for (const t of TABLES) expect(t.role).not.toBe('');
  });
  it('catches a repeat and an undeclared second role', () => {
    expect(repeatsWithin([{ name: 'A', forms: ['kế hoạch', 'Kế  hoạch'] }])).toEqual(['A: kế hoạch']);
    expect(sharedAcross([{ name: 'A', forms: ['KH'] }, { name: 'B', forms: ['kh', 'x'] }])).toEqual(['kh: A + B']);
  });
});
