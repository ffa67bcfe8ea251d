import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectLinear } from '../../test/linear.ts';
import { documentFromText } from '../load.ts';
import { clean } from './clean.ts';
import { detectLanguage, guessShort } from './language.ts';
import cases from './language.cases.json' with { type: 'json' };

const run = (raw: string) => detectLanguage(clean(documentFromText(raw)));

describe('language: documents', () => {
  for (const c of cases.documents) {
    it(`${c.name} -> ${c.lang}`, () => {
      const doc = run(c.raw);
      expect(doc.lang).toBe(c.lang);
      expect(doc.diagnostics.map((d) => d.code)).toEqual(c.diagnostics);
      for (const p of doc.passages) expect(p.lang).toBe(c.lang);
    });
  }
  it('names the language in the not-vietnamese message', () => {
    const english = cases.documents.find((c) => c.lang === 'eng')!;
    const d = run(english.raw).diagnostics.find((x) => x.code === 'lang/not-vietnamese');
    expect(d?.message).toMatch(/English/);
    expect(d?.stage).toBe('language');
  });
});

describe('language: passages', () => {
  it(cases.mixed.name, () => {
    const doc = run(cases.mixed.raw);
    expect(doc.lang).toBe(cases.mixed.lang);
    expect(doc.diagnostics.map((d) => d.code)).toEqual(cases.mixed.diagnostics);
    expect(doc.passages.map((p) => p.role)).toEqual(cases.mixed.roles);
  });

  it(cases.foreign.name, () => {
    const doc = run(cases.foreign.raw);
    expect(doc.lang).toBe('vie');
    expect(doc.passages.map((p) => p.role)).toEqual(cases.foreign.roles);
    expect(doc.passages.filter((p) => p.role === 'foreign').map((p) => p.lang)).toEqual(['eng']);
  });
  it('the cheap test reads Vietnamese letters, and stays undecided on bare ASCII', () => {
    expect(guessShort('Hôm nay trời đẹp')).toBe('vie');
    expect(guessShort('Tin tuc moi')).toBe('und');
    expect(guessShort('Read the full report')).toBe('eng');
  });
});

const seedDir = new URL('../../seeds/', import.meta.url);
const seeds = existsSync(seedDir) ? readdirSync(seedDir).filter((f) => f.endsWith('.txt')) : [];

describe.skipIf(!seeds.length)('language: the seed documents', () => {
  for (const name of seeds) {
    it(`${name} is Vietnamese, with no foreign passage`, () => {
      const doc = run(readFileSync(new URL(name, seedDir), 'utf8'));
      expect(doc.lang).toBe('vie');
      expect(doc.diagnostics).toEqual([]);
      expect(doc.passages.some((p) => p.role === 'foreign')).toBe(false);
    });
  }
});

describe('language: large input stays cheap', () => {
  it('1 MB of Vietnamese with English paragraphs', { timeout: 60_000 }, () => {
    const vi = 'Thu nhập bình quân đầu người ước đạt 62 triệu đồng/người/năm, đạt 95% chỉ tiêu Nghị quyết.\n';
    const en = 'The poverty rate fell to 0.6 percent, the lowest level recorded by the province so far.\n';
    const at = (size: number) => (vi.repeat(9) + en).repeat(Math.ceil(size / (vi.length * 9 + en.length)));
    const small = at(100_000), raw = at(1_000_000);
    expectLinear((scale) => run(scale === 1 ? small : raw));
    const doc = run(raw);
    expect(doc.lang).toBe('vie');
    expect(doc.passages.filter((p) => p.role === 'foreign').length).toBeGreaterThan(500);
  });
});
