// Places named in a text: "huyện Mai Châu", "thành phố Lai Châu", "TP.HCM", "cả nước", a bare
// province name ("Hà Tĩnh: Thu ngân sách ..."); the unit a web host spells is in hosts.ts.
// Names resolve against the gazetteer; a name that several units share keeps its parent null.
import type { PlaceLevel, Unit } from '../adapters/gazetteer.ts';
import { fold, foldedNamesAt, sameTones, unitsNamed } from '../adapters/gazetteer.ts';
import data from './places.json' with { type: 'json' };
import { capitalisedRuns, matchesAtWordStart, nextAtWordStart, opensCapitalOrDigit } from './scan.ts';
import { Taken } from './taken.ts';
import { Memo } from '../../extractors/memo.ts';
import { afterPlural, comparedWith, namesNoPlace, passiveAgent } from './place-words.ts';

export interface Place { place: string; level: PlaceLevel; parent: string | null }
/**
 * A place named in a text, at [start, end). `explicit`: named with a level word (or the country's
 * words). `scope`: where the matches it speaks for start, when not all the sentence's after it: an
 * item of a list of units (listed-places.ts findListedMentions), an aside in brackets.
 */
export interface Mention extends Place { start: number; end: number; explicit: boolean; scope?: { from: number; to: number } }
/** What is known of the document's own unit, to settle names several units share. */
export interface PlaceHint { province?: string | null; district?: string | null; after2025?: boolean }

/** The level word before a name, and the levels it allows. */
const LEVEL_OF: Record<string, PlaceLevel[]> = {
  'tinh': ['province'], 'thanh pho': ['province', 'district'], 'tp': ['province', 'district'],
  'thi xa': ['district'], 'tx': ['district'], 'huyen': ['district'], 'h': ['district'], 'quan': ['district'],
  'xa': ['commune'], 'phuong': ['commune'], 'thi tran': ['commune'], 'tt': ['commune'],
  // a unit's party committee names it too: "Thành ủy Mỹ Tho", "Huyện ủy Tiên Phước"
  'tinh uy': ['province'], 'thanh uy': ['province', 'district'], 'thi uy': ['district'], 'huyen uy': ['district'], 'quan uy': ['district'],
};
/** The party committees, as written ("ủy" or "uỷ"), before the level words they open with. */
const COMMITTEE_WORDS = ['tỉnh ủy', 'tỉnh uỷ', 'thành ủy', 'thành uỷ', 'thị ủy', 'thị uỷ', 'huyện ủy', 'huyện uỷ', 'quận ủy', 'quận uỷ'];
/** The level words as written, longer before shorter where one ends another ("thị xã" before "xã"). */
export const LEVEL_WORDS = ['tỉnh', 'thành phố', 'thị xã', 'huyện', 'quận', 'xã', 'phường', 'thị trấn'] as const;
/** The levels a level word allows ("thành phố": a province or a district); undefined for other words. */
export function levelsOfWord(word: string): PlaceLevel[] | undefined {
  return LEVEL_OF[fold(word)];
}
/** Whether a unit existed in the document's era (before or after the 2025 mergers). */
export const inEra = (u: Unit, hint: PlaceHint) => u.era === 'both' || (hint.after2025 ? u.era === 'new' : u.era === 'old');
/** The units a name names at `level` in the document's era, inside `province` (any, when null) and `district` (when given). */
export function unitsInside(name: string, level: PlaceLevel, hint: PlaceHint, province: string | null, district: string | null = null): Unit[] {
  return unitsNamed(name).filter((u) => u.level === level && inEra(u, hint) && (province === null || fold(u.parent ?? '') === fold(province))
    && (district === null || (u.district !== null && fold(u.district) === fold(district))));
}
/**
 * A unit the gazetteer no longer lists (merged before 2025), taken as written at the level its word or
 * list gives; a district or commune in the document's province, when known.
 */
export function unlistedUnit(name: string, level: PlaceLevel, hint: PlaceHint): Place {
  return { place: name, level, parent: level === 'commune' || level === 'district' ? hint.province ?? null : null };
}
// A level word (or its abbreviation), then up to five words; which of them are the name is decided
// against the gazetteer. (No letter or digit before it: checked by matchesAtWordStart, faster than a lookbehind.)
// (a word may hold an apostrophe, as names of the Central Highlands do: "xã H’Ra", "huyện Ea H'Leo")
const NAME_WORD = String.raw`[\p{L}\d]+(?:['’ʼ][\p{L}\d]+)?`;
const LEVELLED = new RegExp(`(${[...COMMITTEE_WORDS, ...LEVEL_WORDS, 'tp\\.?', 'tx\\.?', 'h\\.', 'tt\\.'].join('|')})[ \\t]{0,2}(${NAME_WORD}(?:(?:[ \\t]{1,2}|[ \\t]?[-–][ \\t]?)${NAME_WORD}){0,4})`, 'giu');
// A run of capitalised words: a bare province, region or alias may be inside it. (The capital
// first, then the look back at what precedes it: the engine skips to capitals instead of looking
// back at every position, at half the cost.)
const CAPITALISED = /\p{Lu}(?<![\p{L}\p{N}]\p{Lu})[\p{L}.]*(?:(?:[ \t]|[ \t]?[-–][ \t]?)\p{Lu}[\p{L}.]*){0,5}/gu;
// the same run from a capital found by hand (capitalisedRuns: about 3x faster than the scan above)
const CAPITALISED_AT = /\p{Lu}[\p{L}.]*(?:(?:[ \t]|[ \t]?[-–][ \t]?)\p{Lu}[\p{L}.]*){0,5}/uy;

// "cao nhất Việt Nam", "đứng thứ 2 cả nước": the country as a comparison, not the place
// ("đạt mức trung bình cả nước", "cao hơn mức bình quân cả nước": the country's average, reached or passed, is a comparison too)
const COMPARED = /(?:nhất|thứ\s+\S+|trong|(?:đạt|bằng|hơn|với)\s+mức\s+(?:trung\s+bình|bình\s+quân))\s+$/iu;
/** Whether the country named at text[s…] is what something is compared within. */
const countryCompared = (text: string, s: number) => COMPARED.test(text.slice(Math.max(0, s - 28), s));
const ABBREVIATED = new Set(['tp', 'h', 'tx', 'tt']);
const upper = opensCapitalOrDigit;

interface Alias { key: string; place: Place }
let ALIASES: Map<string, Place> | null = null;
function aliases(): Map<string, Place> {
  if (ALIASES) return ALIASES;
  const list: Alias[] = [];
  list.push({ key: fold(data.country.name), place: { place: data.country.name, level: 'country', parent: null } });
  for (const r of data.regions) {
    for (const a of [r.name, ...r.aliases]) list.push({ key: fold(a), place: { place: r.name, level: 'region', parent: null } });
  }
  for (const a of data.aliases) list.push({ key: fold(a.alias), place: { place: a.name, level: a.level as PlaceLevel, parent: null } });
  ALIASES = new Map(list.map((a) => [a.key, a.place]));
  return ALIASES;
}

/**
 * The folded names a bare name (no level word) can resolve to: an alias, or a province's name. Most
 * capitalised runs name neither, and are dropped with one look-up.
 */
let BARE: Set<string> | null = null;
function bareNames(): ReadonlySet<string> {
  BARE ??= new Set([...aliases().keys(), ...foldedNamesAt('province')]);
  return BARE;
}

/** The first folded word of each bare name: a capitalised word that opens none opens no name. */
let BARE_FIRST: Set<string> | null = null;
function bareFirstWords(): ReadonlySet<string> {
  BARE_FIRST ??= new Set([...bareNames()].map(firstWord));
  return BARE_FIRST;
}
const firstWord = (folded: string) => { const sp = folded.indexOf(' '); return sp < 0 ? folded : folded.slice(0, sp); };

// A name is resolved again for every sentence and every document that names it: each answer is
// kept, per name, levels and hint.
const RESOLVED = new Memo<Place | null>(20_000);

/** The unit a name stands for, given the levels its level word allows; null when none. */
export function resolveName(name: string, levels: PlaceLevel[] | null, kindWord: string | null, hint: PlaceHint = {}): Place | null {
  const id = [name, levels?.join(',') ?? '*', kindWord ?? '', hint.after2025 ? 1 : 0, hint.province || '', hint.district || ''].join('\u0000');
  return RESOLVED.get(id, () => resolve(name, levels, kindWord, hint));
}

const FINAL_C = /c\b/g;
function resolve(name: string, levels: PlaceLevel[] | null, kindWord: string | null, hint: PlaceHint): Place | null {
  const alias = aliases().get(fold(name));
  if (alias && (!levels || levels.includes(alias.level))) return alias;
  let units = unitsNamed(name).filter((u) => (levels ? levels.includes(u.level) : u.level === 'province'));
  // "tỉnh Đác Lắc", "tỉnh Đắc Nông": the Central Highlands' names written with a final "c" for their "k" (after a level word)
  if (!units.length && levels) units = unitsNamed(fold(name).replace(FINAL_C, 'k')).filter((u) => levels.includes(u.level));
  // "thành phố Hà Nội" is the province; "thành phố Lai Châu" the city inside the province
  if (kindWord === 'thanh pho' || kindWord === 'tp') {
    const central = units.filter((u) => u.level === 'province' && u.kind === 'thanh pho');
    units = central.length ? central : units.filter((u) => u.level === 'district');
  }
  if (!units.length) return null;
  // "Cát Tiên" and "Cát Tiến" fold alike: the name as written first
  const exact = units.filter((u) => u.name.normalize('NFC').toLowerCase() === name.normalize('NFC').toLowerCase().replace(/\s+/g, ' '));
  return choose(exact.length ? exact : units, hint);
}

function choose(units: Unit[], hint: PlaceHint): Place {
  let pool = units.filter((u) => inEra(u, hint));
  if (!pool.length) pool = units;
  const top = pool.filter((u) => u.level === pool[0].level);
  const hinted = top.filter((u) => (hint.district && u.district && fold(u.district) === fold(hint.district))
    || (hint.province && u.parent && fold(u.parent) === fold(hint.province)));
  const pick = hinted.length ? hinted : top;
  const parents = new Set(pick.map((u) => u.parent));
  return { place: pick[0].name, level: pick[0].level, parent: parents.size === 1 ? pick[0].parent : null };
}

/** Every place named in text[start, end), in order. */
export function findMentions(text: string, start: number, end: number, hint: PlaceHint = {}): Mention[] {
  const slice = text.slice(start, end);
  const taken = new Taken();
  const out = [
    ...districtsBeforeProvince(text, start, levelledMentions(slice, start, hint, taken), taken),
    ...capitalisedMentions(text, slice, start, hint, taken),
    ...countryMentions(slice, start, taken),
    ...regionWordMentions(slice, start, taken),
  ];
  return out.sort((a, b) => a.start - b.start);
}

// a bare name, then its province in brackets or after a comma: "Móng Cái (tỉnh Quảng Ninh)", "Tiên Du, tỉnh Bắc Ninh"
const NAME_BEFORE_PROVINCE = /(?<![\p{L}])(\p{Lu}\p{Ll}*(?:[ \t]\p{Lu}\p{Ll}*){0,3})[ \t]*(?:\([ \t]*|,[ \t]*)$/u;
/** How far before a province its district's name is looked for. */
const NAME_REACH = 40;

/**
 * "tại Móng Cái (tỉnh Quảng Ninh)": a bare name right before a province named with its level word is that
 * province's district when the gazetteer lists one so named there; the two are one mention, of the district.
 * "huyện Tiên Du, tỉnh Bắc Ninh": a province right after a unit of its own only says whose unit that is.
 */
function districtsBeforeProvince(text: string, start: number, levelled: Mention[], taken: Taken): Mention[] {
  const out: Mention[] = [];
  for (const p of levelled) {
    const prev = out[out.length - 1];
    // "huyện Tiên Du, tỉnh Bắc Ninh": the province only says whose unit the one before is
    if (p.level === 'province' && prev && prev.parent === p.place && /^[ \t]*[,(][ \t]*$/.test(text.slice(prev.end, p.start))) {
      prev.end = endPastBracket(text, p.end);
      continue;
    }
    out.push(prev && prev.end > p.start - NAME_REACH ? p : withDistrictBefore(text, start, p, taken));
  }
  return out;
}

/** A mention's end, past the bracket that closes right after it ("Móng Cái (tỉnh Quảng Ninh)"). */
const endPastBracket = (text: string, end: number) => end + (text.charCodeAt(end) === 41 ? 1 : 0);

/** Province p, or the district of p named bare right before it ("Móng Cái (tỉnh Quảng Ninh)"), the two one mention. */
function withDistrictBefore(text: string, start: number, p: Mention, taken: Taken): Mention {
  if (p.level !== 'province') return p;
  const m = NAME_BEFORE_PROVINCE.exec(text.slice(Math.max(start, p.start - NAME_REACH), p.start));
  const district = m ? resolveName(m[1], ['district'], null, { province: p.place }) : null;
  if (!m || !district || district.parent !== p.place) return p;
  const s = p.start - m[0].length, e = endPastBracket(text, p.end);
  taken.add(s, e);
  return { place: district.place, level: district.level, parent: district.parent, start: s, end: e, explicit: true };
}

/**
 * The places named with a level word in text[start, end), in order: what findMentions gives that is
 * explicit and not the country. (Those are found first and nothing else found can displace them.)
 */
export function findLevelledMentions(text: string, start: number, end: number, hint: PlaceHint = {}): Mention[] {
  const taken = new Taken();
  return districtsBeforeProvince(text, start, levelledMentions(text.slice(start, end), start, hint, taken), taken).filter((x) => x.level !== 'country');
}

/** "huyện Mai Châu", "TP. Hồ Chí Minh": a level word and the longest run of its capitalised words that names a unit. */
function levelledMentions(slice: string, start: number, hint: PlaceHint, taken: Taken): Mention[] {
  const out: Mention[] = [];
  LEVELLED.lastIndex = 0;
  for (let m = nextAtWordStart(LEVELLED, slice); m; m = nextAtWordStart(LEVELLED, slice)) {
    // the words a match reads may hold the next level word ("kinh tế - xã hội huyện Mai Châu", "xã Tân
    // Lập và xã Tân Hòa"): the scan goes on after this level word, or after the name it gives
    LEVELLED.lastIndex = m.index + m[1].length;
    // a level word before a lower-case word ("xã hội", "toàn tỉnh có") names nothing; nor the other side of a
    // comparison ("cao hơn TP.HCM"), nor a passive's agent body ("được UBND tỉnh Hà Nam công nhận")
    if (!upper(m[2]) || comparedWith(slice, m.index) || passiveAgent(slice, m.index)) continue;
    const kindWord = fold(m[1]).replace(/\.$/, '').trim();
    const levels = LEVEL_OF[kindWord];
    if (!levels) continue;
    if (ABBREVIATED.has(kindWord) && !/^[A-Z]/.test(m[1])) continue; // "TP", "H." only as written abbreviations
    const { at } = runWords(m[2]);
    const words = at.slice(1).map((e, i) => m[2].slice(at[i], e));
    const names: string[] = [];
    for (const w of words) {
      const bare = w.replace(/^[ \t\-–]+/, '');
      if (!upper(bare)) break;
      names.push(w);
    }
    for (let n = names.length; n > 0; n--) {
      const name = names.slice(0, n).join('').trim();
      if (/^\d+$/.test(name)) break; // "Phường 12" names nothing without its district
      let place = resolveName(name, levels, kindWord, hint);
      // a unit the gazetteer no longer lists (merged before 2025): the level word says what it is, for a name
      // of two words (three are a person's: "Chủ tịch UBND huyện Đỗ Hùng Sơn"); not after "các", "những":
      // "các tỉnh Miền Tây" are the provinces of a region, no unit of its own
      if (!place && n === 2 && names.length === 2 && names.every((w) => /^[ \t]?\p{Lu}\p{Ll}+$/u.test(w.replace(/^[ \t\-–]+/, ' ')))
        && !afterPlural(slice, m.index)) {
        place = unlistedUnit(name, levels[levels.length - 1], hint);
      }
      if (!place) continue;
      const s = start + m.index, e = start + m.index + m[0].indexOf(m[2]) + name.length;
      out.push({ place: place.place, level: place.level, parent: place.parent, start: s, end: e, explicit: true });
      taken.add(s, e);
      LEVELLED.lastIndex = e - start;
      break;
    }
  }
  return out;
}

/** A bare name in a run of capitalised words ("Hà Tĩnh: Thu ngân sách"), the longest first from each word. */
function capitalisedMentions(text: string, slice: string, start: number, hint: PlaceHint, taken: Taken): Mention[] {
  const out: Mention[] = [];
  for (const m of capitalisedRuns(CAPITALISED_AT, CAPITALISED, slice)) {
    const { at, bare } = runWords(m[0]);
    for (let i = 0; i < bare.length; i++) {
      // every name that starts here folds to one that starts with this word
      if (!bareFirstWords().has(firstWord(fold(m[0].slice(bare[i], at[i + 1]))))) continue;
      for (let j = Math.min(bare.length, i + 5); j > i; j--) {
        const name = m[0].slice(bare[i], at[j]).replace(/\.$/, '');
        const s = start + m.index + bare[i];
        const e = s + name.length;
        if (taken.overlaps(s, e)) continue;
        const place = bareNames().has(fold(name)) ? resolveName(name, null, null, hint) : null;
        if (!place || !sameTones(name, place.place)) continue; // "đồng chí Nguyễn Nam Đình" names no Nam Định
        if ((place.level === 'country' && countryCompared(text, s)) || namesNoPlace(text, s)) { i = j - 1; break; }
        out.push({ place: place.place, level: place.level, parent: place.parent, start: s, end: e, explicit: false });
        taken.add(s, e);
        i = j - 1;
        break;
      }
    }
  }
  return out;
}

const isSeparator = (c: number) => c === 32 || c === 9 || c === 45 || c === 0x2013; // [ \t\-–]

/**
 * Where each word of a run of words starts (`at`, at the separator before it; one more entry: the
 * run's end) and where its letters start (`bare`). A run opens with a word; separators are [ \t\-–].
 */
export function runWords(run: string): { at: number[]; bare: number[] } {
  const at = [0], bare = [0];
  for (let k = 1, before = false; k < run.length; k++) {
    const sep = isSeparator(run.charCodeAt(k));
    if (sep && !before) at.push(k);
    else if (!sep && before) bare.push(k);
    before = sep;
  }
  at.push(run.length);
  return { at, bare };
}

// "cả nước", "toàn quốc": the country without its name
const COUNTRY_WORDS = data.country.words.map((w) => new RegExp(`${w}(?![\\p{L}\\p{N}])`, 'giu'));
// any of the words at all: most sentences have none, and one scan tells
const ANY_COUNTRY_WORD = new RegExp(data.country.words.join('|'), 'iu');

function countryMentions(slice: string, start: number, taken: Taken): Mention[] {
  const out: Mention[] = [];
  if (!ANY_COUNTRY_WORD.test(slice)) return out;
  for (const re of COUNTRY_WORDS) {
    for (const m of matchesAtWordStart(re, slice)) {
      const s = start + m.index, e = s + m[0].length;
      if (taken.overlaps(s, e)) continue;
      // "cao nhất cả nước", "đứng thứ 2 cả nước": a comparison, not the place
      if (countryCompared(slice, m.index) || namesNoPlace(slice, m.index)) continue;
      out.push({ place: data.country.name, level: 'country', parent: null, start: s, end: e, explicit: true });
    }
  }
  return out;
}

// "hoạt động XSKT khu vực miền Nam": a region's alias that opens on a small letter, which no run of capitals holds; not
// when it ends a longer name of another region ("Duyên hải miền Trung", a part of the centre, not all of it)
const REGION_WORDS = data.regions.flatMap((r) => r.aliases.filter((a) => /^\p{Ll}/u.test(a)).map((a) => ({
  re: new RegExp(`${a.replace(/ /g, '[ \\t]+')}(?![\\p{L}\\p{N}])`, 'giu'),
  longer: data.regions.flatMap((o) => [o.name, ...o.aliases]).filter((b) => b.length > a.length && fold(b).endsWith(fold(a)))
    .map((b) => ({ before: fold(b.slice(0, b.length - a.length)), length: b.length - a.length })),
  name: r.name,
})));
const ANY_REGION_WORD = new RegExp(REGION_WORDS.map((w) => w.re.source).join('|'), 'iu');

function regionWordMentions(slice: string, start: number, taken: Taken): Mention[] {
  const out: Mention[] = [];
  if (!ANY_REGION_WORD.test(slice)) return out;
  for (const { re, longer, name } of REGION_WORDS) {
    for (const m of matchesAtWordStart(re, slice)) {
      const s = start + m.index, e = s + m[0].length;
      if (longer.some((l) => m.index >= l.length && fold(slice.slice(m.index - l.length, m.index)) === l.before)) continue;
      if (taken.overlaps(s, e) || namesNoPlace(slice, m.index)) continue;
      out.push({ place: name, level: 'region', parent: null, start: s, end: e, explicit: true });
      taken.add(s, e);
    }
  }
  return out;
}
