// Plain text: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM; CRLF and CR become LF.
import type { Loader } from './loader.ts';
import { LoadError } from './loader.ts';

export function decodeText(bytes: Buffer, source: string): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      throw new LoadError(source, 'not valid UTF-8 or UTF-16 text');
    }
  }
  return text.replace(/\r\n?/g, '\n');
}

export const loadText: Loader = async (bytes, source) => {
  const raw = decodeText(bytes, source);
  if (!raw.trim()) throw new LoadError(source, 'empty file: no text to read');
  return { raw };
};
