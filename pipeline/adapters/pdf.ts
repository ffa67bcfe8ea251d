// Adapter: PDF text with positions. pdf.js (the engine under pdf-parse) gives each text run with its
// place and size, which the loader needs to tell running heads, page numbers and footnotes from
// the body; pdf-parse's getText() flattens those away. Swap the engine here, keep PdfPage.
import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { limits } from '../limits.ts';

export interface PdfRun {
  text: string;
  /** left edge and baseline, in points from the page's top-left corner */
  x: number;
  y: number;
  width: number;
  /** font size in points */
  size: number;
}
export interface PdfPage { number: number; width: number; height: number; runs: PdfRun[] }

/** Why a PDF could not be opened, in words a user can act on. */
export class PdfOpenError extends Error {
  constructor(readonly kind: 'encrypted' | 'invalid' | 'other', message: string) { super(message); }
}

/** The pages read (at most `maxPages`) and how many the file has. */
export async function readPdf(bytes: Buffer, maxPages = limits().pages): Promise<{ pages: PdfPage[]; total: number }> {
  const task = getDocument({
    data: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength).slice(),
    verbosity: VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (err) {
    await task.destroy().catch(() => {});
    const e = err as Error;
    if (e?.name === 'PasswordException') throw new PdfOpenError('encrypted', 'encrypted PDF: a password is needed to read it');
    if (e?.name === 'InvalidPDFException') throw new PdfOpenError('invalid', `not a readable PDF (${e.message})`);
    throw new PdfOpenError('other', `PDF could not be opened (${e?.message ?? String(err)})`);
  }
  try {
    const pages: PdfPage[] = [];
    const count = Math.min(doc.numPages, maxPages);
    for (let i = 1; i <= count; i++) {
      const page = await doc.getPage(i);
      const [x0, y0, x1, y1] = page.view;
      const height = y1 - y0;
      const content = await page.getTextContent();
      const runs: PdfRun[] = [];
      for (const item of content.items) {
        if (!('str' in item) || !item.str) continue;
        const [a, b, c, d, e, f] = item.transform as number[];
        const size = Math.hypot(c, d) || Math.hypot(a, b) || item.height;
        runs.push({ text: item.str, x: e - x0, y: y1 - f, width: item.width, size });
      }
      pages.push({ number: i, width: x1 - x0, height, runs });
      page.cleanup();
    }
    return { pages, total: doc.numPages };
  } finally {
    await doc.destroy();
  }
}
