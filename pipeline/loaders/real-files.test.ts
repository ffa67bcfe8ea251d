// The real PDFs and DOCX in ../shared/real-files (third-party, never copied here): each is read,
// titled, dated where its header prints a date, and free of broken-font letters. Skipped when absent.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFile } from '../load.ts';
import { clean } from '../stages/clean.ts';
import { docxHtmlToText } from './docx.ts';

const REAL = path.resolve(import.meta.dirname, '../../../shared/real-files');
const files = existsSync(REAL)
  ? ['pdf', 'docx'].flatMap((d) => existsSync(path.join(REAL, d)) ? readdirSync(path.join(REAL, d)).map((f) => path.join(REAL, d, f)) : [])
  : [];
// a place-and-date line, whatever the day: "X, ngày 5 tháng 3 năm 2024", "X, ngày   tháng 11 năm 2025"
const PRINTS_DATE = /\p{L}\s?,\s?ngày[\s\d.…_]{0,24}tháng\s{0,3}\d{1,2}\s{0,3}năm\s{0,3}\d{4}|Kèm theo[^\n]{0,80}ngày[\s\d.…_]{0,24}tháng\s{0,3}\d{1,2}\s{0,3}năm\s{0,3}\d{4}/u;

describe.skipIf(!files.length)('real PDF and DOCX files (../shared/real-files)', () => {
  for (const file of files) {
    it(`${path.basename(file)}: read, no "ƣ", titled, dated where it prints a date`, async () => {
      const doc = clean(await loadFile(file));
      expect(doc.text).not.toMatch(/[ƣƢ]/);
      expect(doc.meta.title, 'title').toBeTruthy();
      if (!doc.text) {
        expect(doc.diagnostics.map((d) => d.code)).toContain('pdf/no-text-layer');
        return;
      }
      expect(doc.meta.title, 'title').toBeTruthy();
      expect(doc.meta.title!.length).toBeLessThan(300);
      const head = doc.text.slice(0, 3000);
      if (PRINTS_DATE.test(head)) expect(doc.meta.published, 'date').toMatch(/^\d{4}-\d{2}(?:-\d{2})?$/);
      // a blank day is reported, never silently dropped
      if (doc.meta.published && doc.meta.published.length === 7) {
        expect(doc.diagnostics.map((d) => d.code).join()).toMatch(/signature-stamp|blank-number-date/);
      }
    }, 60_000);
  }
});

describe('DOCX table cells', () => {
  it('keeps the paragraphs of one cell apart', () => {
    const html = '<table><tr><td><p>ỦY BAN NHÂN DÂN</p><p>TỈNH AN GIANG</p></td><td><p>CỘNG HÒA</p><p>Độc lập</p></td></tr></table>';
    expect(docxHtmlToText(html)).toBe('ỦY BAN NHÂN DÂN TỈNH AN GIANG | CỘNG HÒA Độc lập');
  });
  it('does not split one paragraph of a cell', () => {
    expect(docxHtmlToText('<table><tr><td><p>Tỷ lệ <strong>hộ nghèo</strong></p></td><td>2,5%</td></tr></table>')).toBe('Tỷ lệ hộ nghèo | 2,5%');
  });
});
