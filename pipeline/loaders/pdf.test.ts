import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import seeds from '../../corpus/fixtures/expected-seeds.json' with { type: 'json' };
import { documentFromBytes } from '../load.ts';
import { LoadError } from './loader.ts';
import { continuesAcrossPage, loadPdf } from './pdf.ts';
import pageCases from './pdf.cases.json' with { type: 'json' };

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIX = path.join(ROOT, 'corpus/fixtures');
const load = (file: string) => loadPdf(readFileSync(path.join(FIX, file)), file);
const NOTE = /^[¹²³⁴⁵⁶⁷⁸⁹⁰]+ \S/;
const plain = (s: string) => s.replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]/g, '').replace(/\s+/g, ' ').trim();

describe('PDF loader on the seed reports', () => {
  for (const seed of seeds) {
    it(`${seed.id}: paragraphs rebuilt, running head and page numbers gone, footnotes kept`, async () => {
      const out = await load(`pdf/${seed.id}.pdf`);
      const lines = out.raw.split('\n');
      expect(out.raw).toBe(out.raw.normalize('NFC'));
      expect(lines[0]).toBe(seed.title);
      expect(out.raw).not.toContain('UBND THÀNH PHỐ LAI CHÂU –');
      expect(lines.filter((l) => /^Trang \d+$/.test(l))).toEqual([]);
      // every paragraph of the seed comes back whole, as one line (superscript markers aside)
      const seedParas = readFileSync(path.join(ROOT, 'seeds', `${seed.id}.txt`), 'utf8').normalize('NFC').split(/\n/)
        .filter((l) => !/^[¹²³⁴⁵⁶⁷⁸⁹⁰]/.test(l)).map(plain).filter((l) => l.length > 40);
      // the clean stage's join, done by hand: notes out, and a line in lowercase right after them goes on the line before
      const rejoined: string[] = [];
      let afterNote = false;
      for (const l of lines) {
        if (NOTE.test(l)) { afterNote = true; continue; }
        if (afterNote && /^\p{Ll}/u.test(l) && rejoined.length) rejoined[rejoined.length - 1] += ` ${l}`;
        else rejoined.push(l);
        afterNote = false;
      }
      const got = new Set(rejoined.map(plain));
      const whole = seedParas.filter((p) => got.has(p));
      expect(whole.length / seedParas.length).toBeGreaterThan(0.85);
      // footnotes: their own lines, in the "¹ text" shape
      const notes = lines.filter((l) => NOTE.test(l));
      expect(notes.length).toBeGreaterThan(0);
      for (const n of seed.notes) expect(notes.some((l) => plain(l).includes(plain(n))), n).toBe(true);
    });
  }

  it('puts a footnote between the halves of the sentence a page break cut, for the clean stage to join', async () => {
    const out = await load(`pdf/${seeds[0].id}.pdf`);
    const lines = out.raw.split('\n');
    const i = lines.findIndex((l, k) => NOTE.test(l) && k > 0 && !/[.!?:;”"]$/.test(lines[k - 1]) && /^\p{Ll}/u.test(lines[k + 1] ?? ''));
    expect(i).toBeGreaterThan(0);
    // joined again, the halves are the seed's paragraph
    const joined = `${lines[i - 1]} ${lines[i + 1]}`;
    expect(readFileSync(path.join(ROOT, 'seeds', `${seeds[0].id}.txt`), 'utf8')).toContain(plain(joined).slice(-120));
  });

  it('gives a scan without a text layer pdf/no-text-layer and no text', async () => {
    const out = await load('bad/scanned.pdf');
    expect(out.diagnostics?.map((d) => d.code)).toEqual(['pdf/no-text-layer']);
    expect(out.raw).toBe('');
  });

  it('says so when the page limit leaves pages unread (pdf/page-limit), and not otherwise', async () => {
    const whole = await load(`pdf/${seeds[0].id}.pdf`);
    expect(whole.diagnostics?.map((d) => d.code)).not.toContain('pdf/page-limit');
    process.env.CHITIEU_MAX_PAGES = '1';
    try {
      const cut = await load(`pdf/${seeds[0].id}.pdf`);
      expect(cut.diagnostics?.find((d) => d.code === 'pdf/page-limit')?.message).toMatch(/^only the first 1 of [2-9]\d* pages were read \(CHITIEU_MAX_PAGES\)/);
      expect(cut.raw.length).toBeLessThan(whole.raw.length);
    } finally {
      delete process.env.CHITIEU_MAX_PAGES;
    }
  });

  it('rejects encrypted, truncated and non-PDF files with a clear reason', async () => {
    await expect(load('bad/encrypted.pdf')).rejects.toThrow(/encrypted PDF/);
    await expect(load('bad/truncated.pdf')).rejects.toThrow(/truncated|no %%EOF/);
    await expect(load('bad/random.pdf')).rejects.toThrow(/not a PDF/);
    await expect(documentFromBytes(readFileSync(path.join(FIX, 'bad/random.pdf')), 'random.pdf')).rejects.toBeInstanceOf(LoadError);
  });

  it('reads a PDF named .txt as a PDF', async () => {
    const doc = await documentFromBytes(readFileSync(path.join(FIX, 'bad/pdf-named.txt')), 'report.txt');
    expect(doc.format).toBe('pdf');
    expect(doc.raw.split('\n')[0]).toBe(seeds[0].title);
  });

  it('goes on with the batch after a broken file', async () => {
    const results = await Promise.allSettled(['bad/truncated.pdf', `pdf/${seeds[1].id}.pdf`, 'bad/encrypted.pdf'].map(load));
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'rejected']);
  });
});

describe('PDF page breaks', () => {
  for (const [prev, next] of pageCases.continues) it(`goes on: "${prev}" / "${next}"`, () => expect(continuesAcrossPage(prev, next)).toBe(true));
  for (const [prev, next] of pageCases.starts) it(`new paragraph: "${prev}" / "${next}"`, () => expect(continuesAcrossPage(prev, next)).toBe(false));
});
