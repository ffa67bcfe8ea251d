// The language stage: doc.lang ('vie' | 'eng' | 'und') and per-passage lang.
//
// franc (through the adapter) decides on a bounded sample of the body text: it is slowish on
// Vietnamese and a couple of thousand characters are plenty. Below franc's ~50 characters a cheap
// test decides: the share of letters that only Vietnamese uses (ă â đ ê ô ơ ư and tone marks).
// Where that share alone settles it (15% and more: Vietnamese runs at ~30%) franc is not asked.
// Inside a Vietnamese document, a long body passage with no Vietnamese letters that franc calls
// English becomes role 'foreign', so it yields no statements.
import type { Document, Passage } from '../document.ts';
import { detect, FRANC_MIN_LENGTH, type DetectedLanguage } from '../adapters/franc.ts';
import { unitClasses } from '../../extractors/numbers/chars.ts';

const STAGE = 'language';
/** How much body text franc sees for the document. */
export const SAMPLE_CHARS = 2000;
/** A passage this long is worth a per-passage check. */
const FOREIGN_MIN_CHARS = 50;

const VIETNAMESE_LOWER = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ';
const VIETNAMESE_LETTERS = new Set([...VIETNAMESE_LOWER, ...VIETNAMESE_LOWER.toUpperCase()]);
const ENGLISH_WORDS = /(?<![\p{L}])(?:the|and|of|to|is|are|was|for|with|this|that|from|by|on|in)(?![\p{L}])/giu;
const LANGUAGE_NAMES: Record<string, string> = { eng: 'English', vie: 'Vietnamese' };

/** Per UTF-16 unit: 1 not a letter, 2 a letter, 3 a Vietnamese-specific letter (ASCII: a letter or not). */
const letterClass = unitClasses((ch, c) => (c < 128 ? ((c | 32) >= 97 && (c | 32) <= 122 ? 2 : 1)
  : VIETNAMESE_LETTERS.has(ch) ? 3 : /\p{L}/u.test(ch) ? 2 : 1));

/** Letters in `text` and the share of them that are Vietnamese-specific. */
export function vietnameseShare(text: string): { letters: number; share: number } {
  return vietnameseShareIn(text, 0, text.length);
}

function vietnameseShareIn(text: string, start: number, end: number): { letters: number; share: number } {
  let letters = 0, viet = 0;
  for (let i = start; i < end; i++) {
    const k = letterClass(text.charCodeAt(i));
    if (k >= 2) { letters++; if (k === 3) viet++; }
  }
  return { letters, share: letters ? viet / letters : 0 };
}

/** The cheap test for short text: Vietnamese letters, or a few English function words. */
export function guessShort(text: string): DetectedLanguage {
  const { letters, share } = vietnameseShare(text);
  if (letters < 4) return 'und';
  if (share >= 0.08) return 'vie';
  const english = text.match(ENGLISH_WORDS)?.length ?? 0;
  if (share === 0 && english >= 1 && letters >= 10) return 'eng';
  return 'und';
}

/** franc for text long enough, the cheap test otherwise; franc is overruled where Vietnamese letters abound. */
export function guessLanguage(text: string): DetectedLanguage {
  if (text.length < FRANC_MIN_LENGTH) return guessShort(text);
  // franc would be overruled anyway (and it is the slow part), so it is asked only below the share
  if (vietnameseShare(text).share >= 0.15) return 'vie';
  return detect(text);
}

function sampleText(doc: Document): string {
  const pick = (roles: ReadonlySet<string>) => {
    let s = '';
    for (const p of doc.passages) {
      if (!roles.has(p.role)) continue;
      s += (s ? '\n' : '') + doc.text.slice(p.start, Math.min(p.end, p.start + SAMPLE_CHARS - s.length));
      if (s.length >= SAMPLE_CHARS) break;
    }
    return s;
  };
  const body = pick(new Set(['body']));
  return body.length >= FRANC_MIN_LENGTH ? body : pick(new Set(['body', 'heading', 'footnote', 'furniture']));
}

function isForeign(doc: Document, p: Passage): boolean {
  if (p.role !== 'body' || p.end - p.start < FOREIGN_MIN_CHARS) return false;
  const end = Math.min(p.end, p.start + SAMPLE_CHARS);
  // franc only for passages that have (almost) no Vietnamese letters: the rest are plainly Vietnamese
  if (vietnameseAtLeast(doc.text, p.start, end, 50)) return false;
  const { letters, share } = vietnameseShareIn(doc.text, p.start, end);
  return letters >= 30 && share < 0.02 && detect(doc.text.slice(p.start, end)) === 'eng';
}

/**
 * True as soon as Vietnamese letters make up 1/`oneIn` of text[start, end) however many letters the
 * rest holds (there are at most as many letters as characters), so a Vietnamese passage is settled
 * in a few words. Integer arithmetic, so that it agrees with `share < 1 / oneIn` at the boundary.
 */
function vietnameseAtLeast(text: string, start: number, end: number, oneIn: number): boolean {
  const length = end - start;
  let viet = 0;
  for (let i = start; i < end; i++) if (letterClass(text.charCodeAt(i)) === 3 && ++viet * oneIn >= length) return true;
  return false;
}

/** Share of the body text that is in Vietnamese passages: a mixed page counts as Vietnamese. */
function vietnameseBodyShare(doc: Document): number {
  let all = 0, viet = 0;
  for (const p of doc.passages) {
    if (p.role !== 'body') continue;
    all += p.end - p.start;
    const { letters, share } = vietnameseShareIn(doc.text, p.start, p.end);
    if (letters >= 20 && share >= 0.15) viet += p.end - p.start;
  }
  return all ? viet / all : 0;
}

export function detectLanguage(doc: Document): Document {
  let lang = guessLanguage(sampleText(doc));
  if (lang !== 'vie' && vietnameseBodyShare(doc) >= 0.2) {
    lang = 'vie'; // a Vietnamese article quoting English: its English passages are marked below
    doc.diagnostics.push({ code: 'lang/mixed', stage: STAGE, message: 'Vietnamese text with passages in another language; those passages yield no statements' });
  }
  doc.lang = lang;
  if (lang === 'und') {
    doc.diagnostics.push({ code: 'lang/undetermined', stage: STAGE, message: 'could not tell the language of the document' });
  } else if (lang !== 'vie') {
    doc.diagnostics.push({
      code: 'lang/not-vietnamese', stage: STAGE,
      message: `the document is in ${LANGUAGE_NAMES[lang] ?? lang} (${lang}), not Vietnamese`,
    });
  }
  for (const p of doc.passages) {
    if (lang === 'vie' && isForeign(doc, p)) { p.role = 'foreign'; p.lang = 'eng'; } else p.lang = lang;
  }
  return doc;
}
