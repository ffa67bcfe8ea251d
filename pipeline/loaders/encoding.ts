// Character encodings of Vietnamese inputs: UTF-8/UTF-16 first, then the legacy ones still found in
// old reports and pages — windows-1258, TCVN3 (ABC) and VNI — which are recognised by how many words
// decode to real Vietnamese syllables. Text that cannot be decoded with confidence is rejected with
// the encoding we suspect, never kept as mojibake.
import { isUtf8 } from 'node:buffer';
import * as iconv from '../adapters/iconv.ts';
import type { Diagnostic } from '../document.ts';
import { LoadError } from './loader.ts';
import { TCVN3, VNI_BREVE, VNI_CIRCUMFLEX, VNI_SINGLE, VNI_TONE } from './legacy-vn-tables.ts';

export type LegacyEncoding = 'windows-1258' | 'tcvn3' | 'vni';
export const ENCODING_NAMES: Record<LegacyEncoding | 'utf-8-as-windows-1252', string> = {
  'windows-1258': 'windows-1258',
  tcvn3: 'TCVN3 (ABC)',
  vni: 'VNI',
  'utf-8-as-windows-1252': 'UTF-8 read as windows-1252',
};

/** Share of the words with non-ASCII letters that must be Vietnamese syllables to accept a decoding. */
const ACCEPT_RATIO = 0.85;

// ---------------------------------------------------------------- syllables and scoring

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
// initial consonant, one of the Vietnamese vowel groups (glides included), final consonant.
// Words are at most 8 letters, so the alternation stays cheap.
const NUCLEI = [
  'iêu', 'oai', 'oay', 'oao', 'oeo', 'uây', 'uôi', 'ươi', 'ươu', 'uya', 'uyê', 'uyu', 'yêu',
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iê', 'iu', 'oa', 'oă', 'oe', 'oi', 'ôi', 'ơi', 'oo', 'ôô',
  'ua', 'uâ', 'uê', 'ui', 'uô', 'uơ', 'ưa', 'ưi', 'ưu', 'ươ', 'uy', 'ya', 'yê',
  'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y',
];
const SYLLABLE = new RegExp(`^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?(?:${NUCLEI.join('|')})(?:ng|nh|ch|[cmnpt])?$`);
const TOKEN = /[^\s\d.,;:!?()[\]{}"'“”‘’«»/\\|<>=+*&%$#@^~`_–—…-]+/gu;
const HAS_LETTER = /\p{L}/u;
const NON_ASCII = /[^\x00-\x7f]/;

export function isVietnameseSyllable(word: string): boolean {
  if (word.length > 8) return false;
  const d = word.toLowerCase().normalize('NFD');
  const tones = d.match(TONE_MARKS);
  if (tones && tones.length > 1) return false;
  return SYLLABLE.test(d.replace(TONE_MARKS, '').normalize('NFC'));
}

export interface VietScore { words: number; valid: number; ratio: number }

/** Looks at up to `limit` words that carry non-ASCII characters. */
export function vietnameseScore(text: string, limit = 4000): VietScore {
  let words = 0, valid = 0;
  for (const m of text.matchAll(TOKEN)) {
    const w = m[0];
    if (!NON_ASCII.test(w) || !HAS_LETTER.test(w)) continue;
    words++;
    if (isVietnameseSyllable(w)) valid++;
    if (words >= limit) break;
  }
  return { words, valid, ratio: words ? valid / words : 1 };
}

// ---------------------------------------------------------------- converters

/** `latin` holds one character per legacy byte (bytes read as windows-1252). */
export function fromTcvn3(latin: string): string {
  let out = '';
  for (const ch of latin) {
    const c = ch.charCodeAt(0);
    out += c >= 0xa0 && c <= 0xff ? (TCVN3[c] ?? ch) : ch;
  }
  return restoreTcvn3Capitals(out);
}

// TCVN3 has no toned capitals: headings set in the ".VnTimeH" fonts use lowercase codes.
// A word whose ASCII letters are all capitals (two capitals at least) is taken as all-caps.
function restoreTcvn3Capitals(text: string): string {
  return text.replace(/[\p{L}]{2,}/gu, (w) => {
    if (/[a-z]/.test(w)) return w;
    const caps = w.match(/\p{Lu}/gu);
    return caps && caps.length >= 2 && caps.length < w.length ? w.toUpperCase() : w;
  });
}

const VNI_BASE_A = new Set(['a', 'A']);
const VNI_BASE_EO = new Set(['e', 'E', 'o', 'O']);
const VNI_BASE_TONE_ONLY = new Set(['u', 'U', 'y', 'Y', 'ơ', 'Ơ', 'ư', 'Ư', 'i', 'I']);

export function fromVni(latin: string): string {
  let out = '';
  for (let i = 0; i < latin.length; i++) {
    const ch = latin[i];
    const code = ch.charCodeAt(0);
    const base = VNI_SINGLE[code] ?? ch;
    const next = latin.charCodeAt(i + 1);
    let mark: string | undefined;
    if (VNI_BASE_A.has(base)) mark = VNI_BREVE[next] ?? VNI_CIRCUMFLEX[next] ?? VNI_TONE[next];
    else if (VNI_BASE_EO.has(base)) mark = VNI_CIRCUMFLEX[next] ?? VNI_TONE[next];
    else if (VNI_BASE_TONE_ONLY.has(base)) mark = VNI_TONE[next];
    if (mark) {
      out += (base + mark).normalize('NFC');
      i++;
    } else out += base;
  }
  return out;
}

function decodeAs(bytes: Buffer, enc: LegacyEncoding): string {
  if (enc === 'windows-1258') return iconv.decode(bytes, 'windows1258').normalize('NFC');
  const latin = iconv.decode(bytes, 'windows1252');
  return enc === 'tcvn3' ? fromTcvn3(latin) : fromVni(latin);
}

// ---------------------------------------------------------------- detection

export interface Decoded { text: string; encoding: string; diagnostics: Diagnostic[] }

function converted(encoding: string, how: string): Diagnostic {
  return { code: 'encoding/legacy-converted', stage: 'load', message: `decoded as ${encoding}${how} and converted to Unicode` };
}

/** Bytes that are not UTF-8: the legacy encoding that yields the most Vietnamese, or a LoadError. */
export function decodeLegacy(bytes: Buffer, source: string): Decoded {
  let best: { enc: LegacyEncoding; text: string; score: VietScore } | null = null;
  for (const enc of ['windows-1258', 'tcvn3', 'vni'] as const) {
    const text = decodeAs(bytes, enc);
    const score = vietnameseScore(text);
    if (!best || score.ratio > best.score.ratio) best = { enc, text, score };
  }
  const b = best!;
  if (b.score.words > 0 && b.score.ratio >= ACCEPT_RATIO) {
    return { text: b.text, encoding: b.enc, diagnostics: [converted(ENCODING_NAMES[b.enc], '')] };
  }
  const pct = Math.round(b.score.ratio * 100);
  throw new LoadError(source, `not UTF-8; looks most like ${ENCODING_NAMES[b.enc]} but only ${pct}% of its words decode to Vietnamese, so it was not converted`);
}

/**
 * Text that decoded cleanly but carries a legacy font encoding in Latin-1 letters (an old page
 * in windows-1252 drawn with a VNI or .VnTime font, or UTF-8 read once as windows-1252).
 * Returns the repaired text, or null when the text is fine or no repair is convincing.
 */
export function repairMojibake(text: string): { text: string; encoding: string } | null {
  if (hasUnicodeVietnamese(text)) return null;
  const now = vietnameseScore(text);
  if (now.words < 3 || now.ratio >= 0.9) return null;
  // only characters that windows-1252 can hold may be legacy bytes
  if (!/[\u00a0-\u00ff]/.test(text)) return null;
  const candidates: Array<[keyof typeof ENCODING_NAMES, () => string]> = [
    ['tcvn3', () => fromTcvn3(text)],
    ['vni', () => fromVni(text)],
    ['utf-8-as-windows-1252', () => {
      return new TextDecoder('utf-8', { fatal: true }).decode(toWindows1252Bytes(text));
    }],
  ];
  let best: { enc: string; text: string; ratio: number } | null = null;
  for (const [enc, run] of candidates) {
    let out: string;
    try { out = run(); } catch { continue; }
    const s = vietnameseScore(out);
    if (s.words >= 3 && (!best || s.ratio > best.ratio)) best = { enc, text: out, ratio: s.ratio };
  }
  if (best && best.ratio >= ACCEPT_RATIO && best.ratio > now.ratio + 0.25) {
    return { text: best.text, encoding: ENCODING_NAMES[best.enc as keyof typeof ENCODING_NAMES] };
  }
  return null;
}

// ă đ ơ ư and the precomposed toned letters: Unicode Vietnamese has them, legacy mojibake never does
const VIETNAMESE_ONLY = /[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/g;

/** A cheap first look: several letters that exist only in Unicode Vietnamese mean the text is fine. */
function hasUnicodeVietnamese(text: string): boolean {
  VIETNAMESE_ONLY.lastIndex = 0;
  let n = 0;
  while (VIETNAMESE_ONLY.exec(text)) if (++n >= 5) return true;
  return false;
}

/** Text back to the bytes windows-1252 read it from; C1 controls (bytes it leaves undefined) included. */
function toWindows1252Bytes(text: string): Buffer {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c <= 0xff) { out.push(c); continue; }
    const b = iconv.encode(ch, 'windows1252');
    if (b.length !== 1 || b[0] === 0x3f) throw new Error('not windows-1252');
    out.push(b[0]);
  }
  return Buffer.from(out);
}

/** Looks like legacy-font mojibake that could not be repaired: many non-syllables in Latin-1 letters. */
export function suspectMojibake(text: string): string | null {
  if (hasUnicodeVietnamese(text)) return null;
  const s = vietnameseScore(text);
  if (s.words < 20 || s.ratio >= 0.3) return null;
  const latin1 = (text.match(/[\u00a0-\u00ff]/g) ?? []).length;
  const other = (text.match(/[\u0100-\u024f\u1e00-\u1eff]/g) ?? []).length;
  if (latin1 < 20 || other > latin1) return null;
  // the legacy encoding whose conversion reads best
  const tcvn = vietnameseScore(fromTcvn3(text)).ratio;
  const vni = vietnameseScore(fromVni(text)).ratio;
  return tcvn >= vni ? ENCODING_NAMES.tcvn3 : ENCODING_NAMES.vni;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * UTF-16 without a byte order mark, told by where its zero bytes fall: spaces, digits and most
 * Latin letters have a zero high byte, so in the first 8 KB a good share of the bytes at odd
 * (LE) or even (BE) places are zero and almost none at the others.
 */
export function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return null;
  let even = 0, odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= 0.3 * pairs && even <= 0.02 * pairs) return 'utf-16le';
  if (even >= 0.3 * pairs && odd <= 0.02 * pairs) return 'utf-16be';
  return null;
}

/**
 * Binary data, not text: more than 1% of the first 8 KB are NUL or other control bytes (tab, line
 * ends, form feed and escape aside). One stray NUL in a text file is no reason to reject it.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || guessUtf16(bytes)) return false;
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control > Math.max(1, n * 0.01);
}

/**
 * Any Vietnamese text bytes to a string: BOM, UTF-8, UTF-16 with BOM, a declared charset,
 * then the legacy encodings. Line ends stay as they are.
 */
export function decodeBytes(bytes: Buffer, source: string, declared?: string | null): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return finish(UTF8Safe(bytes.subarray(3), source), 'utf-8', []);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return finish(new TextDecoder('utf-16le').decode(bytes.subarray(2)), 'utf-16le', []);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return finish(new TextDecoder('utf-16be').decode(bytes.subarray(2)), 'utf-16be', []);
  const utf16 = guessUtf16(bytes);
  if (utf16) {
    return finish(new TextDecoder(utf16).decode(bytes), utf16, [{
      code: 'encoding/utf-16-without-bom', stage: 'load', message: `read as ${utf16.toUpperCase()}: no byte order mark, told by its zero bytes`,
    }]);
  }
  // Valid UTF-8 wins over a declared charset: saved pages are often re-encoded with the old meta kept.
  // checked, then decoded: ~1.5× faster than a fatal TextDecoder, the same text
  if (isUtf8(bytes)) return finish(bytes.toString('utf8'), 'utf-8', []);
  const label = declared ? normalizeLabel(declared) : null;
  if (label && label !== 'utf-8' && label !== 'utf-16' && iconv.encodingExists(label)) {
    // a declared single-byte charset: trust it, then look for font-encoded mojibake
    const text = iconv.decode(bytes, label).normalize('NFC');
    const diagnostics = label === 'windows1258' ? [converted('windows-1258', ' (declared)')] : [];
    return finish(text, label, diagnostics);
  }
  const legacy = decodeLegacy(bytes, source);
  return finish(legacy.text, legacy.encoding, legacy.diagnostics);

  function finish(text: string, encoding: string, diagnostics: Diagnostic[]): Decoded {
    const repaired = repairMojibake(text);
    if (repaired) {
      return { text: repaired.text, encoding: repaired.encoding, diagnostics: [...diagnostics, converted(repaired.encoding, ' (font-encoded text)')] };
    }
    const suspect = suspectMojibake(text);
    if (suspect) throw new LoadError(source, `text looks like ${suspect} font-encoded Vietnamese that could not be converted`);
    return { text, encoding, diagnostics };
  }
}

function UTF8Safe(bytes: Uint8Array, source: string): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new LoadError(source, 'starts with a UTF-8 byte order mark but is not valid UTF-8');
  }
}

/** "windows-1258", "cp1258", "UTF8", "x-user-defined"... to an iconv-lite name. */
function normalizeLabel(label: string): string {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (l === 'utf8' || l === 'utf-8' || l === 'unicode-1-1-utf-8') return 'utf-8';
  if (l.startsWith('utf-16') || l === 'unicode') return 'utf-16';
  const win = /^(?:windows-?|cp|x-cp)(125\d)$/.exec(l);
  if (win) return `windows${win[1]}`;
  if (l === 'iso-8859-1' || l === 'latin1' || l === 'us-ascii' || l === 'ascii') return 'windows1252'; // WHATWG: these mean windows-1252
  return l;
}

// ---------------------------------------------------------------- encoders (fixtures and round-trip tests)

function reverseVni(): Map<string, string> {
  const map = new Map<string, string>();
  const single = Object.entries(VNI_SINGLE).map(([b, ch]) => [ch, String.fromCharCode(+b)] as const);
  for (const [ch, b] of single) map.set(ch, b);
  const baseBytes = (base: string) => single.find(([ch]) => ch === base)?.[1] ?? base;
  const add = (bases: string[], table: Record<number, string>) => {
    for (const base of bases) {
      const upper = base === base.toUpperCase();
      for (const [b, mark] of Object.entries(table)) {
        if (+b >= 0xe0 === upper) continue; // lowercase marks follow lowercase bases
        const ch = (base + mark).normalize('NFC');
        if (ch.length === 1 && !map.has(ch)) map.set(ch, baseBytes(base) + String.fromCharCode(+b));
      }
    }
  };
  add(['a', 'A'], VNI_BREVE);
  add(['a', 'A', 'e', 'E', 'o', 'O'], VNI_CIRCUMFLEX);
  add(['a', 'A', 'e', 'E', 'o', 'O', 'u', 'U', 'y', 'Y', 'ơ', 'Ơ', 'ư', 'Ư'], VNI_TONE);
  return map;
}

/** Unicode to legacy bytes; characters the encoding lacks become "?". */
export function encodeLegacy(text: string, enc: LegacyEncoding): Buffer {
  const nfc = text.normalize('NFC');
  if (enc === 'windows-1258') {
    // windows-1258 has â ê ô ơ ư ă đ precomposed and the five tones as combining marks
    let out = '';
    for (const ch of nfc) {
      const d = ch.normalize('NFD');
      const tones = d.match(TONE_MARKS)?.join('') ?? '';
      out += d.replace(TONE_MARKS, '').normalize('NFC') + tones;
    }
    return iconv.encode(out, 'windows1258');
  }
  let latin = '';
  if (enc === 'tcvn3') {
    const rev = new Map<string, string>();
    for (const [b, ch] of Object.entries(TCVN3)) if (!rev.has(ch)) rev.set(ch, String.fromCharCode(+b));
    for (const ch of nfc) {
      const lower = ch.toLowerCase();
      latin += rev.get(ch) ?? (ch.charCodeAt(0) < 0x80 || isCp1252Punct(ch) ? ch : rev.get(lower) ?? '?');
    }
  } else {
    const rev = reverseVni();
    for (const ch of nfc) latin += ch.charCodeAt(0) < 0x80 || isCp1252Punct(ch) ? ch : rev.get(ch) ?? '?';
  }
  return iconv.encode(latin, 'windows1252');
}

/** Punctuation that windows-1252 keeps in 0x80-0x9f, where the legacy fonts have no letters. */
function isCp1252Punct(ch: string): boolean {
  if (ch === '\u00a0') return true; // no-break space: 0xa0 is no letter in either font
  const b = iconv.encode(ch, 'windows1252');
  return b.length === 1 && b[0] >= 0x80 && b[0] <= 0x9f;
}
