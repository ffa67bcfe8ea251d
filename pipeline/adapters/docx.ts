// Adapter: DOCX to simple HTML with mammoth (paragraphs, headings, lists, tables, footnotes).
// The loader reads that HTML; swap the converter here and keep the output shape.
import mammoth from 'mammoth';
import { limits, megabytes } from '../limits.ts';

export interface DocxHtml { html: string; warnings: string[] }

/**
 * What the zip's entries unpack to, by its central directory (a zip bomb announces its sizes there;
 * one that lies is stopped by the loader's time limit). Null when there is no central directory.
 */
export function unzippedSize(bytes: Buffer): number | null {
  const from = Math.max(0, bytes.length - 65_557);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) return null;
  const entries = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  let total = 0;
  for (let n = 0; n < entries && at + 46 <= bytes.length; n++) {
    if (bytes.readUInt32LE(at) !== 0x02014b50) break;
    const size = bytes.readUInt32LE(at + 24);
    total += size === 0xffffffff ? Infinity : size; // zip64: too big for us anyway
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return total;
}

export async function docxToHtml(bytes: Buffer): Promise<DocxHtml> {
  const max = limits().unzippedBytes;
  const size = unzippedSize(bytes);
  if (size !== null && size > max) {
    throw new Error(`it unpacks to ${size === Infinity ? 'over 4 GB' : megabytes(size)}, over the limit of ${megabytes(max)} (CHITIEU_MAX_UNZIPPED_MB)`);
  }
  const result = await mammoth.convertToHtml({ buffer: bytes }, { ignoreEmptyParagraphs: true });
  return { html: result.value, warnings: result.messages.filter((m) => m.type === 'error' || m.type === 'warning').map((m) => m.message) };
}
