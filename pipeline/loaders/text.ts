// Plain text: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, and the legacy Vietnamese
// encodings (windows-1258, TCVN3, VNI) through encoding.ts; CRLF and CR become LF.
import type { Loader } from './loader.ts';
import { LoadError } from './loader.ts';
import { decodeBytes } from './encoding.ts';

export function decodeText(bytes: Buffer, source: string): string {
  return decodeBytes(bytes, source).text.replace(/\r\n?/g, '\n');
}

export const loadText: Loader = async (bytes, source) => {
  if (looksBinary(bytes)) throw new LoadError(source, 'binary data, not text (wrong extension?)');
  const decoded = decodeBytes(bytes, source);
  const raw = decoded.text.replace(/\r\n?/g, '\n');
  if (!raw.trim()) throw new LoadError(source, 'empty file: no text to read');
  return { raw, diagnostics: decoded.diagnostics };
};

/** NUL bytes outside UTF-16 mean a binary file. */
function looksBinary(bytes: Buffer): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  return bytes.subarray(0, 8192).includes(0);
}
