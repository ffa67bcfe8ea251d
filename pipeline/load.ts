// The load stage: reads one input from disk, picks its format by content and extension,
// and hands back a Document. The only stage besides store that touches the outside.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Document, Format } from './document.ts';
import { newDocument } from './document.ts';
import type { Loader } from './loaders/loader.ts';
import { LoadError } from './loaders/loader.ts';
import { once } from './lazy.ts';
import { limits, megabytes } from './limits.ts';
import { isDump, loadDump } from './loaders/jsonl.ts';
import { listing } from './manifest.ts';
import { dateFromUrl } from './loaders/dates.ts';

export { LoadError };

/** Why one input failed, for its line on stderr: a load error's reason, else the error and where it came from. */
export function reasonOf(err: unknown): string {
  if (err instanceof LoadError) return err.reason;
  const e = err as Error;
  const at = e?.stack?.split('\n').find((l) => l.trim().startsWith('at '))?.trim();
  return `${e?.message ?? String(err)}${at ? ` (${at})` : ''}`;
}

// Each format's loader (and the library behind it: cheerio, pdf.js, mammoth) is imported the first
// time a file of that format comes along, so a run over text files never loads them.
const LOADERS: Partial<Record<Format, () => Promise<Loader>>> = {
  txt: once(async () => (await import('./loaders/text.ts')).loadText),
  html: once(async () => (await import('./loaders/html.ts')).loadHtml),
  pdf: once(async () => (await import('./loaders/pdf.ts')).loadPdf),
  docx: once(async () => (await import('./loaders/docx.ts')).loadDocx),
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
  return withTimeLimit(loader().then((load) => load(bytes, source)), source).then((loaded) => {
    const doc = newDocument({ id, source, name, format, raw: loaded.raw, meta: loaded.meta, diagnostics: loaded.diagnostics });
    return doc;
  });
}

/** A loader that does not finish in time costs its file only (CHITIEU_MAX_LOAD_SECONDS). */
function withTimeLimit<T>(work: Promise<T>, source: string): Promise<T> {
  const seconds = limits().loadSeconds;
  if (seconds === Infinity) return work;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new LoadError(source,
      `took over ${seconds} s to read, given up (the limit is CHITIEU_MAX_LOAD_SECONDS)`)), seconds * 1000);
    timer.unref();
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * The bytes of a regular file, at most the size limit. Named pipes, devices and sockets are refused
 * by their type (a pipe would wait for a writer forever, /dev/zero never ends); opening does not
 * block (O_NONBLOCK), and the type is checked on what was opened.
 */
export function readInput(file: string): Buffer {
  const max = limits().fileBytes;
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new LoadError(file, code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, not a file' : (err as Error).message);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw new LoadError(file, 'a folder, not a file');
    if (!stat.isFile()) {
      const kind = stat.isFIFO() ? 'a named pipe' : stat.isCharacterDevice() || stat.isBlockDevice() ? 'a device' : stat.isSocket() ? 'a socket' : 'not a regular file';
      throw new LoadError(file, `${kind}, not a regular file: refused`);
    }
    if (stat.size > max) throw new LoadError(file, `${megabytes(stat.size)}, over the limit of ${megabytes(max)} (CHITIEU_MAX_FILE_MB)`);
    // read up to the limit and one byte more: a file that grows while read is caught too
    const cap = Math.min(max + 1, Math.max(stat.size, 1 << 16) + 1);
    let buffer = Buffer.allocUnsafe(cap);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > max) throw new LoadError(file, `grew past the limit of ${megabytes(max)} while read (CHITIEU_MAX_FILE_MB)`);
        const bigger = Buffer.allocUnsafe(Math.min(max + 1, buffer.length * 2));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const n = fs.readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > max) throw new LoadError(file, `grew past the limit of ${megabytes(max)} while read (CHITIEU_MAX_FILE_MB)`);
    return buffer.subarray(0, length);
  } finally {
    fs.closeSync(fd);
  }
}

export async function loadFile(file: string): Promise<Document> {
  const bytes = readInput(file); // one core, one document at a time: async reads only add overhead
  if (bytes.length === 0) throw new LoadError(file, 'empty file');
  const doc = await documentFromBytes(bytes, file);
  const listed = doc.meta.url === null ? listing(file) : null;
  if (listed) {
    // a page's own address first, then its folder's manifest; a text's printed date first, then the one its address carries;
    // a title the text opens on first, then the one listed
    doc.meta.url = listed.url;
    doc.meta.published ??= dateFromUrl(listed.url);
    doc.meta.title ??= listed.title;
  }
  return doc;
}

/** A Document from a string, for tests and the `numbers` command. */
export function documentFromText(text: string, name = 'inline.txt'): Document {
  const id = createHash('sha256').update(text).digest('hex');
  return newDocument({ id, source: name, name, format: 'txt', raw: text.replace(/\r\n?/g, '\n') });
}

/** The documents of one input: a crawler dump (`.jsonl`) holds many, a bad line yields its LoadError. */
export async function* loadInputs(file: string): AsyncGenerator<Document | LoadError> {
  if (isDump(file)) { yield* loadDump(file); return; }
  try {
    yield await loadFile(file);
  } catch (err) {
    // whatever went wrong with this file is its own failure, named with its reason
    yield err instanceof LoadError ? err : new LoadError(file, reasonOf(err));
  }
}
