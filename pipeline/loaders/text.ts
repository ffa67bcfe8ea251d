// Plain text: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, and the legacy Vietnamese
// encodings (windows-1258, TCVN3, VNI) through encoding.ts; CRLF and CR become LF.
import type { Loader } from './loader.ts';
import { LoadError } from './loader.ts';
import { findDateInText } from './dates.ts';
import { decodeBytes } from './encoding.ts';

export function decodeText(bytes: Buffer, source: string): string {
  return decodeBytes(bytes, source).text.replace(/\r\n?/g, '\n');
}

export const loadText: Loader = async (bytes, source) => {
  if (looksBinary(bytes)) throw new LoadError(source, 'binary data, not text (wrong extension?)');
  const decoded = decodeBytes(bytes, source);
  const raw = decoded.text.replace(/\r\n?/g, '\n');
  if (!raw.trim()) throw new LoadError(source, 'empty file: no text to read');
  return { raw, meta: headOf(raw), diagnostics: decoded.diagnostics };
};

/**
 * A saved article starts with its headline and often a dateline ("Thứ ba, 22/09/2020, 07:42"):
 * the first short line that is not a date is the title, a date among the first lines the date.
 */
export function headOf(raw: string): { title?: string; published?: string } {
  const lines = raw.slice(0, 3000).split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 5);
  const head: { title?: string; published?: string } = {};
  for (const line of lines) {
    const date = line.length <= 60 ? findDateInText(line) : null;
    if (date) { head.published ??= date; continue; }
    // share bars and menus ("A- A A+ | Chia sẻ ...") are no headline
    if (!head.title && line.length >= 10 && line.length <= 200 && !/[.:;]$|\||^A-\s|Chia sẻ/u.test(line) && /\p{L}/u.test(line)) head.title = line;
  }
  return head;
}

/** NUL bytes outside UTF-16 mean a binary file. */
function looksBinary(bytes: Buffer): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  return bytes.subarray(0, 8192).includes(0);
}
