// The language stage: doc.lang ('vie' | 'eng' | 'und') and per-passage lang.
//
// franc (through the adapter) decides on a bounded sample of the body text: it is slowish on
// Vietnamese and a couple of thousand characters are plenty. Below franc's ~50 characters a cheap
// test decides: the share of letters that only Vietnamese uses (ă â đ ê ô ơ ư and tone marks).
// Inside a Vietnamese document, a long body passage with no Vietnamese letters that franc calls
// English becomes role 'foreign', so it yields no statements.
import type { Document, Passage } from '../document.ts';
import { detect, FRANC_MIN_LENGTH, type DetectedLanguage } from '../adapters/franc.ts';

const STAGE = 'language';
/** How much body text franc sees for the document. */
export const SAMPLE_CHARS = 2000;
/** A passage this long is worth a per-passage check. */
const FOREIGN_MIN_CHARS = 50;

const VIETNAMESE_LOWER = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ';
const VIETNAMESE_LETTERS = new Set([...VIETNAMESE_LOWER, ...VIETNAMESE_LOWER.toUpperCase()]);
const ENGLISH_WORDS = /(?<![\p{L}])(?:the|and|of|to|is|are|was|for|with|this|that|from|by|on|in)(?![\p{L}])/giu;
const LANGUAGE_NAMES: Record<string, string> = { eng: 'English', vie: 'Vietnamese' };

/** Letters in `text` and the share of them that are Vietnamese-specific. */
export function vietnameseShare(text: string): { letters: number; share: number } {
  let letters = 0, viet = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) { if ((c | 32) >= 97 && (c | 32) <= 122) letters++; continue; }
    const ch = text[i];
    if (VIETNAMESE_LETTERS.has(ch)) { viet++; letters++; } else if (/\p{L}/u.test(ch)) letters++;
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
  const found = detect(text);
  if (found !== 'vie' && vietnameseShare(text).share >= 0.15) return 'vie';
  return found;
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
  const text = doc.text.slice(p.start, Math.min(p.end, p.start + SAMPLE_CHARS));
  const { letters, share } = vietnameseShare(text);
  // franc only for passages that have (almost) no Vietnamese letters: the rest are plainly Vietnamese
  return letters >= 30 && share < 0.02 && detect(text) === 'eng';
}

export function detectLanguage(doc: Document): Document {
  const lang = guessLanguage(sampleText(doc));
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
