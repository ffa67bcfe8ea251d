import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import seeds from '../../corpus/fixtures/expected-seeds.json' with { type: 'json' };
import { documentFromBytes } from '../load.ts';
import { loadDocx } from './docx.ts';
import { LoadError } from './loader.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIX = path.join(ROOT, 'corpus/fixtures');
const load = (file: string) => loadDocx(readFileSync(path.join(FIX, file)), file);

describe('DOCX loader', () => {
  for (const seed of seeds) {
    it(`${seed.id}: paragraphs, list items and footnotes`, async () => {
      const out = await load(`docx/${seed.id}.docx`);
      const lines = out.raw.split('\n');
      expect(lines[0]).toBe(seed.title);
      expect(out.raw).toContain(seed.lead.replace(/\s+/g, ' ').trim());
      expect(out.raw).toContain(seed.last.replace(/^- /, '').replace(/\s+/g, ' ').trim());
      // footnotes come last, one per line, as "¹ text"; the reference stays as a superscript in the body
      const notes = lines.filter((l) => /^[¹²³⁴⁵⁶⁷⁸⁹⁰]+ \S/.test(l));
      expect(notes.length).toBeGreaterThan(0);
      expect(lines.slice(-notes.length)).toEqual(notes);
      expect(lines.slice(0, -notes.length).some((l) => /\S[¹²³⁴⁵⁶⁷⁸⁹]/.test(l))).toBe(true);
    });
  }

  it('reads a table as one line per row, cells joined by " | "', async () => {
    const out = await load(`docx/${seeds[2].id}.docx`);
    expect(out.raw).toContain('Chỉ tiêu | Kế hoạch 2023 | Thực hiện 2023 | Tỷ lệ (%)');
    expect(out.raw).toContain('Tỷ lệ hộ nghèo | < 20% | 18,4% | -');
  });

  it('rejects a file that is not a DOCX', async () => {
    await expect(loadDocx(readFileSync(path.join(FIX, 'bad/random.pdf')), 'x.docx')).rejects.toThrow(/not a DOCX/);
    const zipWithoutDocument = Buffer.from('504b0304140000000000000000000000000000000000000000000000000000', 'hex');
    await expect(documentFromBytes(zipWithoutDocument, 'broken.docx')).rejects.toBeInstanceOf(LoadError);
  });
});
