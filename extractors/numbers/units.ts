// Units after a number: scale words ("nghìn tỷ"), a unit from the lexicon (symbol or words, the
// longest that fits), and slash denominators ("triệu đồng/người/năm").
import { isLetterChar, isSpaceChar, isUpperChar, matchAt, skipSpaces, wordAt, wordEnd } from './chars.ts';
import { BRACKET_PLAN_WORDS } from '../knowledge/plans.ts';
import { MONEY_SCALES, PEOPLE_NOUNS, RATE_PERIODS, RATE_POPULATIONS } from '../knowledge/numbers.ts';
import { alternatives } from '../patterns.ts';
import { MAX_UNIT_WORDS, SCALE_FALSE_FRIENDS, SCALE_WORDS, SQUARABLE, SYMBOL_CANONICAL, SYMBOL_UNIT, UNIT_FALSE_FRIENDS, UNIT_KEY_PREFIXES, UNIT_LEXICON, unitKey } from './lexicon.ts';

// (a dot glued between letters joins the words of a unit: "tấn.km", "HK.km")
const WORD_SEP = /, ?| ?- ?|[ \t\u00a0]|\.(?=\p{L})/uy;
/** One-word plan names that may follow a level after "/" ("55,3 triệu đồng/KH 55-56 triệu đồng"): no denominator. */
const PLAN_AFTER_SLASH = new Set(BRACKET_PLAN_WORDS.filter((w) => !w.includes(' ')).map((w) => w.toLowerCase()));
const SQUARE_CUBE = /[23²³](?![\p{N}])/uy;
const DENOM_NUMBER = /\d+(?:[.,]\d+)*[ \t\u00a0]+/y;
const POWER_OF_TEN = /^10{0,2}(?:\.?000)*$/; // 1, 10, 100, 1.000, 10.000, 100.000, 1000000 …
/**
 * How a denominator's power of ten is written before its noun: "/10.000 dân" is "/vạn dân", as "/1 vạn dân" is (the spec's
 * one form per ten thousand), "1" is nothing, another power stays as written ("100.000 ").
 */
const perBase = (written: string) => (written.replace(/[.,]/g, '') === '10000' ? 'vạn ' : written === '1' ? '' : `${written} `);

const LONGEST_SCALE = Math.max(...[...SCALE_WORDS.keys()].map((k) => k.length));

/** Scale words at pos ("nghìn tỷ" multiplies); returns the product and the end, or null. */
function readScale(text: string, pos: number, to: number): { scale: number; end: number } | null {
  let scale = 1;
  let end = pos;
  let p = pos;
  for (let n = 0; n < 3; n++) {
    const e = wordEnd(text, p, to);
    if (e === p || e - p > LONGEST_SCALE) break; // most words after a number: no slice to tell
    let w = text.slice(p, e);
    let key = w.toLowerCase();
    if (!SCALE_WORDS.has(key) && w.length <= 3 && text[p + w.length] === ' ') {
      // "t ỷ đồng": a PDF split the scale word in two
      const rest = wordAt(text, p + w.length + 1, to);
      if (rest && SCALE_WORDS.has(key + rest.toLowerCase())) { w = text.slice(p, p + w.length + 1 + rest.length); key = key + rest.toLowerCase(); }
    }
    const s = SCALE_WORDS.get(key);
    if (s === undefined) break;
    const after = skipSpaces(text, p + w.length);
    const next = wordAt(text, after, to);
    if (next && SCALE_FALSE_FRIENDS.get(key)?.includes(next.toLowerCase())) break;
    scale *= s;
    end = p + w.length;
    p = after;
  }
  return scale === 1 ? null : { scale, end };
}


/** The longest lexicon unit (symbol or words) starting exactly at pos. */
function readUnitWords(text: string, pos: number, to: number): { unit: string; end: number; kind: string } | null {
  const sym = matchAt(SYMBOL_UNIT, text, pos, to);
  if (sym) return { unit: SYMBOL_CANONICAL.get(sym) ?? sym, end: pos + sym.length, kind: 'symbol' };
  // the longest run of words whose key is a lexicon entry (no arrays, no slice but the key's)
  let k = 0;
  let key = '';
  let end = pos;
  let p = pos;
  for (let n = 0; n < MAX_UNIT_WORDS; n++) {
    const e = wordEnd(text, p, to);
    if (e === p) break;
    // a longer unit's key extends this one's, so no lexicon entry lies beyond a key that starts none
    const words = unitKey(text.slice(pos, e));
    if (!UNIT_KEY_PREFIXES.has(words)) break;
    if (UNIT_LEXICON.has(words)) { k = n + 1; key = words; end = e; }
    const sep = matchAt(WORD_SEP, text, e, to);
    if (!sep) break;
    p = e + sep.length;
  }
  return k === 0 ? null : lexiconUnit(text, pos, end, to, key, k === 1);
}

/** The unit text[pos, end) whose key is `key`, unless what is around it says otherwise. */
function lexiconUnit(text: string, pos: number, end: number, to: number, key: string, oneWord: boolean): { unit: string; end: number; kind: string } | null {
  const entry = UNIT_LEXICON.get(key)!;
  const friends = UNIT_FALSE_FRIENDS.get(key);
  if (friends) {
    const next = wordAt(text, skipSpaces(text, end), to);
    if (next && friends.includes(next.toLowerCase())) return null;
  }
  if (oneWord && SQUARABLE.has(key)) {
    const power = matchAt(SQUARE_CUBE, text, end, to);
    if (power) return { unit: key + (power === '2' || power === '²' ? '²' : '³'), end: end + power.length, kind: 'measure' };
  }
  if (key === 'điểm') { // "2,5 điểm %" = percentage points
    const pct = skipSpaces(text, end);
    if (text[pct] === '%' && pct < to) return { unit: 'điểm phần trăm', end: pct + 1, kind: 'percent' };
  }
  // a lone capital letter glued to the digits is a code ("5G", "3D"), not a unit
  if (oneWord && end - pos === 1 && isUpperChar(text[pos]) && !isSpaceChar(text[pos - 1] ?? ' ')) return null;
  return { unit: entry.canonical ?? text.slice(pos, end).toLowerCase().replace(/\s+/gu, ' '), end, kind: entry.kind };
}

/** Whether a unit is a counted noun of the lexicon ("đối tượng", "xã"), not a measure, money, a share or a time. */
export const isCountUnit = (unit: string): boolean => UNIT_LEXICON.get(unitKey(unit))?.kind === 'count';

/** Counted nouns of people (knowledge PEOPLE_NOUNS), by their lexicon key. */
export const PEOPLE = new Set<string>(PEOPLE_NOUNS.map((u) => unitKey(u)));

/** Whether a counted noun starts at pos after optional spaces. */
export function countedNounAt(text: string, pos: number, to: number): boolean {
  const unit = readUnit(text, pos, to)?.unit;
  return !!unit && isCountUnit(unit);
}

/**
 * The unit (with optional leading scale words) starting at pos after optional spaces.
 * `unit` is '' when only a scale word is there ("1,5 triệu"). Slash denominators are part of the unit:
 * "triệu đồng/người/năm" -> scale 1e6, unit "đồng/người/năm"; "bác sỹ/1 vạn dân" -> "bác sỹ/vạn dân".
 */
export function readUnit(text: string, pos: number, to: number = text.length): { unit: string; end: number; scale: number } | null {
  let p = skipSpaces(text, pos);
  if (p >= to) return null;
  let scale = 1;
  let end = pos;
  const sc = readScale(text, p, to);
  if (sc) { scale = sc.scale; end = sc.end; p = skipSpaces(text, sc.end); }
  const head = readUnitWords(text, p, to) ?? (sc ? impliedMoney(text, sc.end, to) : null);
  if (!head) return sc ? { unit: '', end, scale } : perPeople(text, p, to);
  let unit = head.unit;
  end = head.end;
  // "730 tấn rác/ngày", "80 tấn rác thải/ngày": a measure per period with the thing measured between, read "tấn/ngày"
  const measured = head.kind === 'measure' ? measuredPerPeriod(text, end, to) : null;
  if (measured) { unit += `/${measured.period}`; end = measured.end; }
  // denominators: "/người/năm", "/ha", "/1 vạn dân", "/100 bé gái"
  for (let n = 0; n < 3 && end + 1 < to; n++) {
    // "bác sỹ/ 1 vạn dân", "bác sỹ / 10.000 dân": spaces around the slash before a numbered denominator; after it only
    // before a unit it knows ("14,8 tiêu chí/ xã")
    const slash = text[end] === '/' ? end : text[end] === ' ' && text[end + 1] === '/' ? end + 1 : -1;
    if (slash < 0) break;
    let q = skipSpaces(text, slash + 1);
    const spaced = slash > end || q > slash + 1;
    let prefix = '';
    const num = matchAt(DENOM_NUMBER, text, q, to);
    if (spaced && !num && slash > end) break;
    const knownOnly = spaced && !num;
    if (num) {
      const written = num.trimEnd();
      if (!POWER_OF_TEN.test(written)) break; // "170 vụ/193 đối tượng" are two counts
      prefix = perBase(written);
      q += num.length;
    }
    const dsc = wordAt(text, q, to);
    if (dsc && SCALE_WORDS.has(dsc.toLowerCase())) {
      const after = skipSpaces(text, q + dsc.length);
      if (after > q + dsc.length) { prefix += dsc.toLowerCase() + ' '; q = after; }
    }
    const den = readUnitWords(text, q, to);
    let denUnit: string | null = den && den.kind !== 'symbol' ? den.unit : null;
    let denEnd = den ? den.end : q;
    if (!denUnit && knownOnly) break;
    if (!denUnit) {
      const w = num ? null : wordAt(text, q, to); // "tấn/ha", "km/h": any single word right after "/"
      if (!w || PLAN_AFTER_SLASH.has(w.toLowerCase())) break; // "38.198 tấn/KH 41.000 tấn": the plan follows
      denUnit = w.toLowerCase();
      denEnd = q + w.length;
    }
    unit += '/' + prefix + denUnit;
    end = denEnd;
  }
  if (head.kind === IMPLIED && !unit.includes('/')) return { unit: '', end: sc!.end, scale }; // no denominator read: no money either
  const per = unit.includes('/') ? null : perPopulation(text, end, to);
  if (per) { unit += per.denominator; end = per.end; }
  return { unit, end, scale };
}

const IMPLIED = 'implied';
const POPULATIONS = new Set<string>(RATE_POPULATIONS);
const PER_PEOPLE_BASE = /\/[ \t]?(1\.000|10\.000|100\.000)[ \t]+/y;
/**
 * "500/100.000 trẻ", "10/100.000 dân": a bare number over a thousand, ten or a hundred thousand people is a rate per that
 * many, read "trẻ/100.000 trẻ" ("/10.000" as "vạn", as after a unit); null otherwise.
 */
export function perPeople(text: string, pos: number, to: number): { unit: string; end: number; scale: number } | null {
  const base = text[pos] === '/' ? matchAt(PER_PEOPLE_BASE, text, pos, to) : null;
  const people = base ? readUnitWords(text, pos + base.length, to) : null;
  if (!people || !POPULATIONS.has(people.unit)) return null;
  return { unit: `${people.unit}/${perBase(base!.slice(1).trim())}${people.unit}`, end: people.end, scale: 1 };
}
const MONEY_SCALE_END = new RegExp(`(?:${alternatives(MONEY_SCALES)})$`, 'iu');
/** "65 triệu/m2": a money scale right before "/" and a letter is đồng, the denominators read after it; null otherwise. */
function impliedMoney(text: string, scaleEnd: number, to: number): { unit: string; end: number; kind: string } | null {
  if (text[scaleEnd] !== '/' || scaleEnd + 1 >= to || !isLetterChar(text[scaleEnd + 1])) return null;
  return MONEY_SCALE_END.test(text.slice(Math.max(0, scaleEnd - 5), scaleEnd)) ? { unit: 'đồng', end: scaleEnd, kind: IMPLIED } : null;
}

/**
 * "13,1 bác sĩ trên 1 vạn dân", "… trên mỗi 10.000 dân": a rate per population written with "trên" after pos, read
 * as "/vạn dân" (read only where "trên" follows: this runs for every unit the scanner reads).
 */
function perPopulation(text: string, pos: number, to: number): { denominator: string; end: number } | null {
  const per = trenAt(text, pos) ? PER_POPULATION.exec(text.slice(pos, Math.min(to, pos + 40))) : null;
  if (!per) return null;
  const written = per[1] ?? '1'; // as after a slash
  let prefix = perBase(written);
  if (per[2]) prefix += `${per[2].toLowerCase()} `;
  return POWER_OF_TEN.test(written) ? { denominator: `/${prefix}${per[3].toLowerCase()}`, end: pos + per[0].length } : null;
}
// one or two words naming what is measured, then "/" and the period
const MEASURED_PER_PERIOD = new RegExp(`^[ \\t]\\p{L}+(?:[ \\t]\\p{L}+)?[ \\t]?\\/[ \\t]?(${alternatives(RATE_PERIODS)})(?![\\p{L}\\d])`, 'iu');
/** The period after "tấn rác/" at pos, and where it ends; read only when a slash is near (this runs for every measure read). */
function measuredPerPeriod(text: string, pos: number, to: number): { period: string; end: number } | null {
  if (text[pos] !== ' ' && text[pos] !== '\t') return null;
  const limit = Math.min(to, pos + 24);
  let slash = pos + 2;
  while (slash < limit && text[slash] !== '/') slash++;
  if (slash >= limit) return null;
  const m = MEASURED_PER_PERIOD.exec(text.slice(pos, Math.min(to, pos + 40)));
  return m ? { period: m[1].toLowerCase().replace(/\s+/gu, ' '), end: pos + m[0].length } : null;
}
/** Whether spaces and then "trên" (any case) follow pos. */
function trenAt(text: string, pos: number): boolean {
  const p = skipSpaces(text, pos);
  return p > pos && text.slice(p, p + 4).toLowerCase() === 'trên';
}
const PER_POPULATION = /^[ \t]+trên[ \t]+(?:mỗi[ \t]+)?(?:(\d{1,3}(?:[.,]\d{3})?)[ \t]+)?(?:(vạn|nghìn|ngàn)[ \t]+)?(dân|người dân)(?![\p{L}])/iu;

