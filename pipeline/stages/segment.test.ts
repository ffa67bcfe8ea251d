import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectLinear } from '../../test/linear.ts';
import type { Document, Passage } from '../document.ts';
import { documentFromText } from '../load.ts';
import { clean } from './clean.ts';
import { segment } from './segment.ts';
import cases from './segment.cases.json' with { type: 'json' };

/** A document whose text is taken as is, one body passage per line. */
function docOf(text: string): Document {
  const doc = documentFromText(text);
  const passages: Passage[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.trim()) passages.push({ start, end: start + line.length, role: 'body' });
    start += line.length + 1;
  }
  doc.passages = passages;
  return doc;
}

/** Sentences are trimmed, ordered, inside their passage, and cover every non-space character of it. */
function expectSentencesCoverPassages(doc: Document): void {
  const covered = new Uint8Array(doc.text.length);
  let prevEnd = 0;
  for (const s of doc.sentences) {
    const p = doc.passages[s.passage];
    // a table row put back together spans its passages, from firstPassage to passage
    expect(s.start).toBeGreaterThanOrEqual(Math.max(doc.passages[s.firstPassage ?? s.passage].start, prevEnd));
    expect(s.end).toBeLessThanOrEqual(p.end);
    const t = doc.text.slice(s.start, s.end);
    expect(t.length).toBeGreaterThan(0);
    expect(t).toBe(t.trim());
    covered.fill(1, s.start, s.end);
    prevEnd = s.end;
  }
  for (const p of doc.passages) {
    for (let i = p.start; i < p.end; i++) {
      if (!covered[i] && !/\s/.test(doc.text[i])) throw new Error(`offset ${i} of passage ${JSON.stringify(doc.text.slice(p.start, p.end))} is in no sentence`);
    }
  }
}

describe('segment: cases', () => {
  for (const c of cases) {
    it(c.text, () => {
      const doc = segment(docOf(c.text));
      expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual(c.sentences);
      expectSentencesCoverPassages(doc);
    });
  }
});

const seedDir = new URL('../../seeds/', import.meta.url);
const seeds = existsSync(seedDir) ? readdirSync(seedDir).filter((f) => f.endsWith('.txt')) : [];

describe.skipIf(!seeds.length)('segment: the seed documents', () => {
  const load = (name: string) => segment(clean(documentFromText(readFileSync(new URL(name, seedDir), 'utf8'), name)));
  for (const name of seeds) {
    it(`${name}: sentences cover every passage, furniture included`, () => {
      const doc = load(name);
      expectSentencesCoverPassages(doc);
      const withSentences = new Set(doc.sentences.flatMap((s) => Array.from({ length: s.passage - (s.firstPassage ?? s.passage) + 1 }, (_, k) => s.passage - k)));
      expect(withSentences.size).toBe(doc.passages.length);
      // a sentence that starts inside a passage never starts lower-case in this prose
      for (const s of doc.sentences) {
        if (s.start !== doc.passages[s.passage].start) expect(doc.text.slice(s.start, s.end)).not.toMatch(/^\p{Ll}/u);
      }
    });
  }
  it('003: the sentence cut by a footnote block is one sentence again', () => {
    const name = seeds.find((s) => s.startsWith('003_'));
    if (!name) return;
    const doc = load(name);
    const hits = doc.sentences.map((s) => doc.text.slice(s.start, s.end))
      .filter((t) => t.includes('các hoạt động công nghiệp, tiểu thủ công nghiệp trên địa bàn thành phố tiếp tục'));
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatch(/^Đến nay, các hoạt động công nghiệp.*ổn định với hơn 500 hộ/);
    expect(hits[0]).toMatch(/\.$/);
  });
});

describe('segment: adversarial input runs in linear time', () => {
  // each input at 100 KB and at 1 MB
  const inputsAt = (MB: number): Record<string, string> => ({
    dots: '.'.repeat(MB),
    'dot space': '. '.repeat(MB / 2),
    initials: 'A. '.repeat(MB / 3),
    'lower-case after dots': 'a. '.repeat(MB / 3),
    'list markers': '1. '.repeat(MB / 3),
    abbreviations: 'PGS.TS. '.repeat(MB / 8),
    ellipses: '... '.repeat(MB / 4),
    'long word then dot': 'x'.repeat(MB) + '. A',
    'dotted number': '1.'.repeat(MB / 2) + ' A',
    parentheses: '(. '.repeat(MB / 3),
    'slash dots': './.'.repeat(MB / 3),
  });
  const small = inputsAt(100_000), large = inputsAt(1_000_000);
  for (const name of Object.keys(small)) {
    it(name, { timeout: 60_000 }, () => {
      expectLinear((scale) => segment(docOf((scale === 1 ? small : large)[name])));
      expect(segment(docOf(small[name])).sentences.length).toBeGreaterThan(0);
    });
  }
});
