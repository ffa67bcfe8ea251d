// The unit a web host stands for: the sites table first, then a province or district its labels spell
// ("baoninhthuan.vn", "thuongxuan.thanhhoa.gov.vn"), and a national outlet's section for one province.
import type { PlaceLevel, Unit } from '../adapters/gazetteer.ts';
import { fold, foldedNamesAt, hostKeys, unitsNamed } from '../adapters/gazetteer.ts';
import data from './places.json' with { type: 'json' };
import { Memo } from '../../extractors/memo.ts';
import { resolveName } from './place.ts';
import type { Place, PlaceHint } from './place.ts';

/** The unit a web host stands for: the sites table first, then a province or district it spells. */
export function placeOfHost(host: string, hint: PlaceHint = {}): Place | null | undefined {
  // a site's documents come one after another: each host is read once (per hint)
  const id = [host, hint.after2025 ? 1 : 0, hint.province || '', hint.district || ''].join('\u0000');
  return HOSTS.get(id, () => hostPlace(host, hint));
}
const HOSTS = new Memo<Place | null | undefined>(20_000);

function hostPlace(host: string, hint: PlaceHint): Place | null | undefined {
  const h = host.toLowerCase().replace(/^www\./, '');
  const labels = h.split('.'), gov = h.endsWith('.gov.vn');
  for (const s of data.sites) {
    if (h !== s.host && !h.endsWith(`.${s.host}`)) continue;
    // a national body's office in one province has its own sub-domain: "thongkecaobang.gso.gov.vn"
    const office = h === s.host ? undefined : placeSpelled(labels.slice(0, -s.host.split('.').length), gov, hint);
    return office ?? (s.place ? { place: s.place, level: s.level as PlaceLevel, parent: null } : null);
  }
  // (a district portal of its own domain, "babe.gov.vn", when no province or district inside a label spells it)
  const spelled = placeSpelled(labels, gov, hint) ?? (gov && labels.length === 3 ? districtOfLabel(labels[0], hint) : undefined);
  if (spelled) return spelled;
  const alias = aliasSpelled(labels);
  // a district portal under a province the gazetteer names otherwise now: "phuloc.thuathienhue.gov.vn" (in that province's old name)
  const district = alias && gov ? districtOfLabel(labels[0], hint) : undefined;
  return district ? { ...district, parent: alias!.place } : alias;
}

/** Districts by their letters alone, spaces left out ("phuloc": Phú Lộc, "babe": Ba Bể), made once. */
let DISTRICT_KEYS: Map<string, Unit[]> | null = null;
/**
 * The one district of the gazetteer a host's first label spells exactly ("phuloc": Phú Lộc), if only one is so named.
 * Short names count here ("babe.gov.vn": Ba Bể), which hostKeys leaves out (inside a longer label they spell too much).
 */
function districtOfLabel(label: string, hint: PlaceHint): Place | undefined {
  if (!DISTRICT_KEYS) {
    DISTRICT_KEYS = new Map();
    for (const name of foldedNamesAt('district')) {
      const key = name.replace(/ /g, '');
      if (/^\d/.test(key)) continue; // "Quận 12"
      DISTRICT_KEYS.set(key, [...(DISTRICT_KEYS.get(key) ?? []), ...unitsNamed(name).filter((u) => u.level === 'district')]);
    }
  }
  const units = DISTRICT_KEYS.get(label) ?? [];
  return units.length === 1 ? resolveName(units[0].name, ['district'], null, { ...hint, province: units[0].parent }) ?? undefined : undefined;
}

/** Whether a host's label spells a folded name: the name itself, with a few letters before or after it ("baoninhthuan"). */
const spellsName = (label: string, key: string) => label === key || (label.startsWith(key) && label.length - key.length <= 3)
  || (label.endsWith(key) && label.length - key.length <= 4);

// a province by a name the gazetteer no longer has ("Thừa Thiên Huế", now the city of Huế): "thuathienhue.gov.vn"
const ALIAS_HOST_KEYS = [...new Map(data.aliases.filter((a) => a.level === 'province').map((a) => [fold(a.name).replace(/ /g, ''), a.name])).entries()];
function aliasSpelled(labels: string[]): Place | undefined {
  const hit = ALIAS_HOST_KEYS.find(([key]) => labels.some((l) => spellsName(l, key)));
  return hit ? { place: hit[1], level: 'province', parent: null } : undefined;
}

// a provincial paper's tag before its lead, "(QBĐT) - Theo …", "(NTO) Ngày 11-7, …", "(QBĐT) - 8 tháng …" (places.json
// bylines: letters only), or its name, "(Báo Quảng Ngãi)- Để …"; a tag of three letters or more may open its line
// unbracketed, a dash after it: "BDK - Trong 9 tháng …"
const TAGS = data.bylines.tags.map((t) => t.tag);
const BARE_TAGS = TAGS.filter((t) => t.length >= 3);
const BYLINE = new RegExp(`(?:\\((?:(${TAGS.join('|')})|Báo[ \\t]+(\\p{Lu}\\p{Ll}*(?:(?:[ \\t]*-[ \\t]*|[ \\t]+)\\p{Lu}\\p{Ll}*){0,3}))\\)|(?:^|\\n)(${BARE_TAGS.join('|')})[ \\t]*[-–—])(?=[ \\t]*[-–—]?[ \\t]*[\\p{Lu}\\d])`, 'u');
const BYLINE_PLACE = new Map(data.bylines.tags.map((t) => [t.tag, t.place]));

/** The province whose paper's tag or name opens the lead in `head` (the text's first lines), if one does. */
export function placeOfByline(head: string, hint: PlaceHint = {}): Place | undefined {
  const m = BYLINE.exec(head);
  const tag = m?.[1] ?? m?.[3];
  return m ? resolveName(tag ? BYLINE_PLACE.get(tag)! : m[2], ['province'], null, hint) ?? undefined : undefined;
}

// a provincial paper credited on the article's last line, "(Báo Lâm Đồng Online)", "Theo Báo Yên Bái" (a reprint, or a
// portal's copy): a paper named for its province (a name that is no province's, "Báo Nhân Dân", resolves to nothing)
const CREDIT = /(?:^|\n)[ \t]*\(?(?:Theo|Nguồn:)?[ \t]*Báo[ \t]+(\p{Lu}\p{Ll}*(?:[ \t]+\p{Lu}\p{Ll}*){0,3}?)(?:[ \t]+(?:điện[ \t]+tử|[Oo]nline))?[ \t]*\)?[ \t]*$/u;

/** The province whose paper the last line of `tail` (the text's end) credits, if one does. */
export function placeOfCredit(tail: string, hint: PlaceHint = {}): Place | undefined {
  const m = CREDIT.exec(tail.trimEnd());
  return m ? resolveName(m[1], ['province'], null, hint) ?? undefined : undefined;
}

/** A national outlet's section for one province ("/tranghanoi-tin-chung/…", "/ha-noi/…"). */
export function placeOfSection(path: string): Place | null {
  const words = (path.toLowerCase().split('/').filter(Boolean)[0] ?? '').split(/[^a-z]+/).filter(Boolean);
  const heads = [1, 2, 3].map((n) => words.slice(0, n).join(''));
  for (const { key, unit } of hostKeys()) {
    if (unit.level !== 'province') continue;
    if (heads.some((c) => c === key || (c.endsWith(key) && c.length - key.length <= 5))) return { place: unit.name, level: 'province', parent: null };
  }
  return null;
}

function placeSpelled(labels: string[], gov: boolean, hint: PlaceHint): Place | undefined {
  let province: Unit | null = null, district: Unit | null = null, districtKey = '';
  for (const { key, unit } of hostKeys()) {
    const spells = (l: string) => spellsName(l, key) || (key.length >= 7 && l.includes(key));
    if (!labels.some(spells)) continue;
    if (unit.level === 'province' && !province) province = unit;
    if (unit.level === 'district' && !district && (!province || (unit.parent === province.name && key !== fold(province.name).replace(/ /g, '')))) {
      district = unit;
      districtKey = key;
    }
  }
  // a district portal is a sub-domain of its province's ("thuongxuan.thanhhoa.gov.vn"), a commune's of its district's
  // ("kytan.bathuoc.gov.vn", "ngockhe.trungkhanh.caobang.gov.vn")
  if (district && (!province || district.parent === province.name) && gov) {
    const d = resolveName(district.name, ['district'], null, { ...hint, province: province?.name ?? district.parent });
    // (the label before the district's: "vuquang.hatinh.gov.vn" is the district, not its town of that name)
    const commune = d && !spellsName(labels[0], districtKey) ? communeOfLabel(labels[0], d) : undefined;
    if (commune) return commune;
    if (d && (province || labels.length <= 3)) return d;
  }
  if (province) return { place: province.name, level: 'province', parent: null };
  return undefined;
}

/** Commune names by their letters alone ("kytan": "ky tan"), made once. */
let COMMUNE_KEYS: Map<string, string[]> | null = null;
/**
 * The commune of `district` a host label or a path segment spells exactly ("kytan": Kỳ Tân of Bá Thước, "ducgiang" in
 * "vuquang.hatinh.gov.vn/ducgiang/…"), when only one commune of that district is so spelled.
 */
export function communeOfLabel(label: string, district: Place): Place | undefined {
  if (district.level !== 'district' || label.length < 4) return undefined;
  if (!COMMUNE_KEYS) {
    COMMUNE_KEYS = new Map();
    for (const name of foldedNamesAt('commune')) {
      const key = name.replace(/ /g, '');
      const list = COMMUNE_KEYS.get(key);
      if (list) list.push(name); else COMMUNE_KEYS.set(key, [name]);
    }
  }
  const inside = (COMMUNE_KEYS.get(label) ?? []).flatMap((name) => unitsNamed(name)).filter((u) => u.level === 'commune'
    && fold(u.district ?? '') === fold(district.place) && (!district.parent || fold(u.parent ?? '') === fold(district.parent)));
  return inside.length === 1 ? { place: inside[0].name, level: 'commune', parent: inside[0].parent } : undefined;
}
