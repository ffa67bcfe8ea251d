import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectLinear } from '../../test/linear.ts';
import type { Document } from '../document.ts';
import { documentFromText } from '../load.ts';
import { clean } from './clean.ts';
import { isSurelyNfc } from './clean/letters.ts';
import cases from './clean.cases.json' with { type: 'json' };

const run = (raw: string): Document => clean(documentFromText(raw));

/** Every mapped piece is an exact copy of the raw text; pieces are sorted and do not overlap. */
function expectExactMap(doc: Document): void {
  let end = 0;
  for (const p of doc.rawMap) {
    expect(p.start).toBeGreaterThanOrEqual(end);
    expect(p.length).toBeGreaterThan(0);
    const copied = doc.text.slice(p.start, p.start + p.length);
    if (copied !== doc.raw.slice(p.rawStart, p.rawStart + p.length)) {
      throw new Error(`map piece ${JSON.stringify(p)}: ${JSON.stringify(copied)} is not raw ${JSON.stringify(doc.raw.slice(p.rawStart, p.rawStart + p.length))}`);
    }
    end = p.start + p.length;
  }
  expect(end).toBeLessThanOrEqual(doc.text.length);
}

/** Passages are ordered, trimmed, non-empty, and between them there are only line breaks. */
function expectPassagesCoverText(doc: Document): void {
  let prev = 0;
  for (const p of doc.passages) {
    expect(p.start).toBeGreaterThanOrEqual(prev);
    const t = doc.text.slice(p.start, p.end);
    expect(t.length).toBeGreaterThan(0);
    expect(t).toBe(t.trim());
    expect(t).not.toContain('\n');
    expect(doc.text.slice(prev, p.start)).toMatch(/^\n*$/);
    prev = p.end;
  }
  expect(prev).toBe(doc.text.length);
}

describe('clean: text cases', () => {
  for (const c of cases.text) {
    it(c.name, () => {
      const doc = run(c.raw);
      expect(doc.text).toBe(c.text);
      expectExactMap(doc);
      expectPassagesCoverText(doc);
      expect(doc.diagnostics).toEqual([]);
    });
  }
});

describe('clean: letters repaired', () => {
  for (const c of cases.repairs) {
    it(c.name, () => {
      const doc = run(c.raw);
      expect(doc.text).toBe(c.text);
      expectExactMap(doc);
      expect(doc.diagnostics.map((d) => d.code)).toEqual(c.diagnostics);
    });
  }
});

describe('clean: passage roles', () => {
  for (const c of cases.passages) {
    it(c.name, () => {
      const doc = run(c.raw);
      expect(doc.passages.map((p) => [doc.text.slice(p.start, p.end), p.role])).toEqual(c.passages);
    });
  }
  const roleOf = (line: string) => {
    const doc = run(`Tăng trưởng kinh tế đạt 7%.\n\n${line}\n\nThu nhập bình quân đạt 53 triệu đồng.`);
    const p = doc.passages.find((x) => doc.text.slice(x.start, x.end) === line);
    return p?.role;
  };
  for (const line of cases.furniture) it(`furniture: ${line}`, () => expect(roleOf(line)).toBe('furniture'));
  for (const line of cases.notFurniture) it(`not furniture: ${line}`, () => expect(roleOf(line)).not.toBe('furniture'));
});

describe('clean: problems', () => {
  it('reports clean/empty when nothing is left', () => {
    const doc = run('  \u200b \n\n\t\n');
    expect(doc.text).toBe('');
    expect(doc.passages).toEqual([]);
    expect(doc.diagnostics.map((d) => d.code)).toEqual(['clean/empty']);
  });
  it('maps an offset inside a composed letter to the start of its raw letters', () => {
    const doc = run('Ty\u0309 lê\u0323');
    expect(doc.text).toBe('Tỷ lệ');
    // "lệ" starts at 3 in the text and at 4 in the raw text
    const piece = doc.rawMap.find((p) => p.start <= 3 && 3 < p.start + p.length);
    expect(piece && piece.rawStart + (3 - piece.start)).toBe(4);
  });
});

const seedDir = new URL('../../seeds/', import.meta.url);
const seeds = existsSync(seedDir) ? readdirSync(seedDir).filter((f) => f.endsWith('.txt')) : [];

describe.skipIf(!seeds.length)('clean: the seed documents', () => {
  for (const name of seeds) {
    const raw = readFileSync(new URL(name, seedDir), 'utf8');
    it(`${name}: exact map, passages cover the text, nothing glued to digits`, () => {
      const doc = clean(documentFromText(raw, name));
      expectExactMap(doc);
      expectPassagesCoverText(doc);
      expect(doc.text).not.toMatch(/\d[⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾*]|[⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾*]\d/);
      // the asterisks left are bullets at a line start
      expect(doc.text.replace(/^\* /gm, '')).not.toContain('*');
      // footnote markers survive only at the start of footnote passages
      for (const p of doc.passages) {
        const t = doc.text.slice(p.start, p.end).replace(/m[²³]/g, '');
        const inner = p.role === 'footnote' ? t.replace(/^(?:⁽[⁰¹²³⁴⁵⁶⁷⁸⁹]+⁾|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)/, '') : t;
        expect(inner).not.toMatch(/[⁰¹²³⁴⁵⁶⁷⁸⁹⁽⁾]/);
      }
    });
    it(`${name}: cleaning the cleaned text changes nothing`, () => {
      const once = clean(documentFromText(raw, name));
      const twice = clean(documentFromText(once.text, name));
      expect(twice.text).toBe(once.text);
      expect(twice.passages.map((p) => p.role)).toEqual(once.passages.map((p) => p.role));
    });
  }
  it('003: the footnotes are footnote passages, and no body passage starts lower-case', () => {
    const name = seeds.find((s) => s.startsWith('003_'));
    if (!name) return;
    const doc = clean(documentFromText(readFileSync(new URL(name, seedDir), 'utf8'), name));
    const footnotes = doc.passages.filter((p) => p.role === 'footnote');
    expect(footnotes.length).toBe(32);
    for (const p of doc.passages) {
      if (p.role === 'body') expect(doc.text.slice(p.start, p.end)).not.toMatch(/^\p{Ll}/u);
    }
  });
});

describe('clean: adversarial input runs in linear time', () => {
  // each input at 100 KB and at 1 MB
  const inputsAt = (MB: number): Record<string, string> => ({
    digits: '7'.repeat(MB),
    dots: '.'.repeat(MB),
    slashes: '/'.repeat(MB),
    spaces: ' \t\u00a0'.repeat(MB / 3) + 'x',
    newlines: 'a\n\n\n'.repeat(MB / 4),
    asterisks: '*'.repeat(MB),
    'asterisk pairs': '**a* '.repeat(MB / 5),
    'bullets': '** '.repeat(MB / 3),
    superscripts: 'đạt¹²³ '.repeat(MB / 7) + '¹²³'.repeat(MB / 3),
    'footnote lines': 'trên\n\n¹ Ghi chú.\n\nđịa bàn\n'.repeat(MB / 30),
    'decomposed diacritics': 'e\u0302\u0301 '.repeat(MB / 4),
    counters: 'Hôm nay : 5.099\n'.repeat(MB / 16),
    'number soup': '1.2,3/4 '.repeat(MB / 8),
    pipes: '| '.repeat(MB / 2),
  });
  const small = inputsAt(100_000), large = inputsAt(1_000_000);
  for (const name of Object.keys(small)) {
    it(name, { timeout: 60_000 }, () => {
      expectLinear((scale) => run((scale === 1 ? small : large)[name]));
      expect(run(small[name]).text.length).toBeGreaterThan(0);
    });
  }
});

describe('clean: text known to be NFC without normalizing it', () => {
  const units: string[] = [];
  for (let c = 0; c <= 0xffff; c++) if (isSurelyNfc(String.fromCharCode(c))) units.push(String.fromCharCode(c));
  it('vouches only for units that NFC keeps and that compose with no letter before them', () => {
    const bases = [...'aAeEoOuUiIyYdDđĐăâêôơưĂÂÊÔƠƯ', ...units.filter((u) => /\p{L}/u.test(u)).slice(0, 300)];
    const bad = units.filter((u) => u.normalize('NFC') !== u || /\p{M}/u.test(u) || bases.some((b) => (b + u).normalize('NFC') !== b + u));
    expect(bad).toEqual([]);
    expect(units.length).toBeGreaterThan(700);
  });
  it('says nothing of text with a combining mark or a decomposed letter', () => {
    expect(isSurelyNfc('Tổng thu ngân sách đạt 5 tỷ đồng – “tăng” 7‰')).toBe(true);
    expect(isSurelyNfc('Tô\u0309ng')).toBe(false);
    expect(isSurelyNfc('a\u0301')).toBe(false);
  });
});
