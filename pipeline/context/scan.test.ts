import { describe, expect, it } from 'vitest';
import { allMatches, capitalisedRuns, matchesAtWordStart, opensCapitalOrDigit } from './scan.ts';

const spans = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, m[0]]);
const SAMPLES = [
  'Tỉnh Hà Tĩnh và tỉnh Nghệ An; huyệntỉnh Hà, 2tỉnh Lào Cai, Xtỉnh A.',
  'cả nước, toàn quốc; Cả nước; ccả nước, 𝐀cả nước, é̂cả nước',
  'Hà Nội – Hải Phòng, TP.HCM, ĐBSCL, aHà Nội, 9Nam Định, 𝐀 Bắc Ninh, Ê-đê',
  '',
];

describe('scans without a leading lookbehind', () => {
  it('find what the lookbehind pattern finds', () => {
    for (const s of SAMPLES) {
      for (const [digits, lead] of [[true, String.raw`(?<![\p{L}\p{N}])`], [false, String.raw`(?<![\p{L}])`]] as const) {
        const body = String.raw`(?:tỉnh|cả nước)(?:\s\p{Lu}\p{Ll}*)?`;
        expect(spans(matchesAtWordStart(new RegExp(body, 'giu'), s, digits))).toEqual(spans(s.matchAll(new RegExp(lead + body, 'giu'))));
      }
    }
  });
  it('tell a word opening with a capital or a digit as the pattern does', () => {
    for (const w of ['Hà', 'hà', '9x', '٩x', 'Đ', 'đ', '𝐀b', '𝐚b', '\uDC00', '', ' A', 'ǅ', 'Ⅻ']) {
      expect(opensCapitalOrDigit(w)).toBe(/^[\p{Lu}\d]/u.test(w));
    }
  });
  it('find every match matchAll finds, groups included, asked twice over', () => {
    const re = /(tỉnh|cả nước)(?:\s(\p{Lu}\p{Ll}*))?/giu;
    for (const s of [...SAMPLES, ...SAMPLES]) {
      expect(allMatches(re, s).map((m) => [m.index, ...m])).toEqual([...s.matchAll(re)].map((m) => [m.index, ...m]));
    }
  });
  it('find the capitalised runs the lookbehind pattern finds, in text with and without astral letters', () => {
    const rest = String.raw`[\p{L}.]*(?:[ \t-]\p{Lu}[\p{L}.]*){0,5}`;
    const global = new RegExp(String.raw`\p{Lu}(?<![\p{L}\p{N}]\p{Lu})` + rest, 'gu');
    for (const s of [...SAMPLES, SAMPLES[2].replace('𝐀', 'A')]) {
      expect(spans(capitalisedRuns(new RegExp(String.raw`\p{Lu}` + rest, 'uy'), global, s))).toEqual(spans(s.matchAll(global)));
    }
    expect(spans(capitalisedRuns(/\p{Lu}\p{L}*/uy, /\p{Lu}(?<![\p{L}\p{N}]\p{Lu})\p{L}*/gu, 'aHà Nội'))).toEqual([[4, 'Nội']]);
  });
});
