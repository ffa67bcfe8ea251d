// The load stage: reads one input from disk, picks its format by content and extension,
// and hands back a Document. The only stage besides store that touches the outside.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Document, Format } from './document.ts';
import { newDocument } from './document.ts';
import type { Loader } from './loaders/loader.ts';
import { LoadError } from './loaders/loader.ts';

export { LoadError };

// Each format's loader (and the library behind it: cheerio, pdf.js, mammoth) is imported the first
// time a file of that format comes along, so a run over text files never loads them.
const LOADERS: Partial<Record<Format, () => Promise<Loader>>> = {
  txt: async () => (await import('./loaders/text.ts')).loadText,
  html: async () => (await import('./loaders/html.ts')).loadHtml,
  pdf: async () => (await import('./loaders/pdf.ts')).loadPdf,
  docx: async () => (await import('./loaders/docx.ts')).loadDocx,
};

/** Extensions the loader takes when a directory is walked. */
export const KNOWN_EXTENSIONS = ['.txt', '.text', '.md', '.html', '.htm', '.pdf', '.docx'];

/** Content first (magic bytes, markup), extension second. */
export function sniffFormat(bytes: Buffer, source: string): Format {
  const head = bytes.subarray(0, 1024).toString('latin1');
  if (head.startsWith('%PDF-')) return 'pdf';
  if (head.startsWith('PK\u0003\u0004')) return 'docx';
  if (/^\s*(?:\ufeff|\xef\xbb\xbf)?\s*<(?:!doctype html|html|head|body|meta|div|article)\b/i.test(head)) return 'html';
  const ext = path.extname(source).toLowerCase();
  if (ext === '.html' || ext === '.htm') return /<[a-z!]/i.test(head) ? 'html' : 'txt';
  if (ext === '.pdf' || ext === '.docx') return ext.slice(1) as Format; // the loader will say why it is broken
  return 'txt';
}

export function documentFromBytes(bytes: Buffer, source: string, name = path.basename(source)) {
  const format = sniffFormat(bytes, source);
  const loader = LOADERS[format];
  if (!loader) throw new LoadError(source, `${format.toUpperCase()} files are not supported yet`);
  const id = createHash('sha256').update(bytes).digest('hex');
  return loader().then((load) => load(bytes, source)).then((loaded) => {
    const doc = newDocument({ id, source, name, format, raw: loaded.raw, meta: loaded.meta, diagnostics: loaded.diagnostics });
    return doc;
  });
}

export async function loadFile(file: string): Promise<Document> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file); // one core, one document at a time: async reads only add overhead
  } catch (err) {
    throw new LoadError(file, (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message);
  }
  if (bytes.length === 0) throw new LoadError(file, 'empty file');
  return documentFromBytes(bytes, file);
}

/** A Document from a string, for tests and the `numbers` command. */
export function documentFromText(text: string, name = 'inline.txt'): Document {
  const id = createHash('sha256').update(text).digest('hex');
  return newDocument({ id, source: name, name, format: 'txt', raw: text.replace(/\r\n?/g, '\n') });
}
