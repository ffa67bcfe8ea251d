// Where the document speaks of: its own unit, from its title, issuer line, the unit its text names
// most, its dateline, its site, the communes it lists, or a national body as its source.
import type { Document } from '../document.ts';
import { fold, unitsNamed } from '../adapters/gazetteer.ts';
import { DATELINE, titleOf } from './document-time.ts';
import type { Mention, Place, PlaceHint } from './place.ts';
import { findMentions, inEra, LEVEL_WORDS, resolveName, unitsInside } from './place.ts';
import { communeOfLabel, placeOfByline, placeOfCredit, placeOfHost, placeOfSection } from './hosts.ts';
import { bracketPairs, matchesAtWordStart } from './scan.ts';
import { once } from '../lazy.ts';
import { namesNoPlace } from './place-words.ts';

// "UBND huyện X", "HĐND tỉnh X", "Đảng bộ xã X", "Ủy ban nhân dân thành phố X": the issuer
const ISSUER = /(?:UBND|HĐND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|Hội\s+đồng\s+nhân\s+dân|Đảng\s+bộ|Huyện\s+ủy|Tỉnh\s+ủy|Thành\s+ủy)\s+(?=(?:tỉnh|thành\s+phố|huyện|thị\s+xã|quận|xã|phường|thị\s+trấn)\s)/giu;
// a web address printed in the text: "(laichau.gov.vn)", "Laocaitv.vn -", "(Baohatinh.vn)"
const HOST_IN_TEXT = /(?<![\p{L}\d.@/])((?:[a-z\d-]+\.)+(?:gov\.vn|com\.vn|org\.vn|info\.vn|net\.vn|vn))(?![\p{L}\d])/giu;

/**
 * The document's own unit: named in its title or issuer line, or the one its text names most by far,
 * else its dateline, else the site it comes from.
 */
export function documentPlace(doc: Document, hint: PlaceHint): Place | null {
  const text = doc.text;
  const title = titleOf(doc);
  // a unit named in a title's brackets is an aside ("… có 2 huyện thoát nghèo (huyện Bát Xát, Sa Pa)"), not what it speaks of
  const asides = bracketPairs(title, 0, title.length);
  const inAside = (at: number) => asides.some(([open, close]) => open < at && at < close);
  const inTitle = title ? findMentions(title, 0, title.length, hint).filter((m) => !inAside(m.start)) : [];
  // what the text names and the site are read once, and only when the title leaves the unit open
  const countsOf = once(() => unitCounts(text, hint));
  const siteOnce = once(() => siteOf(doc, hint));
  // a title naming a unit bare ("Cát Tiên: …") as the text names it with its level word, or as a unit
  // of the site's province; else the unit the URL's slug names
  // "Quảng Ninh đạt 227 tiêu chí …" over a text on "huyện Quảng Ninh": a bare name takes the level the text gives it
  // "An Giang: Xã Vĩnh Thuận thực hiện …": a unit the title names inside one it named first is the page's
  const bare = innermost(inTitle.filter((x) => x.level !== 'country'), hint);
  // (unless the text names it at its own level too: "tỉnh Lai Châu" beside "thành phố Lai Châu")
  // (nor when it speaks of its whole province: "Thái Nguyên: …" over "toàn tỉnh có …", a caption's "(TP. Thái Nguyên)" aside)
  const opening = text.slice(0, 20000); // the words a page speaks of itself in are read in its first 20,000 characters
  const wholeProvince = once(() => WHOLE_PROVINCE.test(opening) || PROVINCE_BODY.test(opening));
  const relevelled = bare && !bare.explicit && !namedAtLevel(text, bare) && !(bare.level === 'province' && wholeProvince())
    ? [...countsOf().values()].find((c) => c.place.level !== bare.level && fold(c.place.place) === fold(bare.place))?.place : undefined;
  const fromTitle = relevelled ?? unitThenProvince(title, hint) ?? bare ?? bareInTitle(title, inAside, namedAndSite(countsOf, siteOnce), hint)
    ?? slugPlace(doc.meta.url, hint) ?? titleLead(title, text, hint) ?? slugLead(doc.meta.url, text, hint, siteOnce) ?? inTitle[0];
  // ("Nông thôn Tây Bắc: Khun Há …": a region in the title is the page's unit only when its text names no unit above all others)
  const titled = fromTitle && fromTitle.level !== 'country' && !(fromTitle.level === 'region' && dominant(countsOf())) ? fromTitle : null;
  const issued = titled ? undefined : issuer(text, hint);
  let pick: Place | null = titled ?? issued ?? dominant(countsOf())
    ?? datelinePlace(doc, hint) ?? siteOnce() ?? onlyIssuer(text, hint, countsOf()) ?? fromTitle ?? districtOfCommunes(text, hint) ?? national(text, countsOf()) ?? null;
  // "toàn tỉnh xây mới được …" on a city's portal, its own unit never spoken of: the portal reprints its province's news;
  // "toàn tỉnh kết nạp …; Đảng bộ huyện Ninh Phước kết nạp 52 đảng viên": a district's body in a page on its whole
  // province is one of the province's units reporting, not the page's own
  // (so is a city or commune its text names most on its province's site: "Công an tỉnh đăng ký mới 6.852 xe ô tô … trung tâm
  // TP Thanh Hóa", "Toàn tỉnh có 08 cơ sở chế biến muối … Tại xã Tri Hải, …")
  const own = pick?.level === 'district' ? OWN_DISTRICT : OWN_COMMUNE;
  if ((pick?.level === 'district' || pick?.level === 'commune') && pick.parent && wholeProvince() && !own.test(opening)
    && (pick === siteOnce() || pick === issued || siteOnce()?.place === pick.parent)) {
    pick = { place: pick.parent, level: 'province', parent: null };
  }
  // "Bộ Tư pháp hoàn thành 104 nhiệm vụ …" reprinted by a province's newspaper, its text naming no unit: the ministry's
  // news, the country's (the province's own bodies or "toàn tỉnh" keep it the province's)
  if (pick && pick === siteOnce() && CENTRAL_TITLE.test(title)) pick = countryUnlessOwnProvince(opening) ?? pick;
  if (pick && pick.level !== 'province' && pick.parent === null) {
    // a district or commune that several provinces have: the one in the province the text or site names
    // ("(Huyện Yên Thế, tỉnh Bắc Giang)" is one mention, of the district: its province is named too)
    const counted = [...countsOf().values()].map((c) => c.place);
    const province = counted.find((c) => c.level === 'province')?.place ?? counted.find((c) => c.level === 'district' && c.parent)?.parent
      ?? (siteOnce()?.level === 'province' ? siteOnce()!.place : null);
    if (province) {
      const again = findMentions(`${levelWord(pick.level)} ${pick.place}`, 0, 60, { ...hint, province });
      if (again[0]?.parent) pick = again[0];
    }
  }
  return pick ? { place: pick.place, level: pick.level, parent: pick.parent } : null;
}

/**
 * The first of the title's units, or a district or commune named with its level word after the province it named first:
 * the title places it in that province (a name the gazetteer knows elsewhere only, or in another era, included).
 */
function innermost(units: Mention[], hint: PlaceHint): Mention | undefined {
  const first = units[0];
  if (first?.level !== 'province') return first;
  const inside = (u: Mention) => u.parent === null || fold(u.parent) === fold(first.place) || unitsInside(u.place, u.level, hint, first.place).length > 0;
  const unit = units.find((u) => (u.level === 'district' || u.level === 'commune') && u.explicit && inside(u));
  return unit ? { ...unit, parent: unit.parent ?? first.place } : first;
}

// "Văn Quan, Lạng Sơn: …", "Tân Yên (Bắc Giang): …": a title opening on a bare name, then its province
const UNIT_THEN_PROVINCE = /^[ \t]*(\p{Lu}\p{Ll}*(?:[ \t]\p{Lu}\p{Ll}*){0,3})[ \t]*(?:,[ \t]*|\([ \t]*)(\p{Lu}\p{Ll}*(?:[ \t-]{1,3}\p{Lu}\p{Ll}*){0,3})[ \t]*\)?[ \t]*:/u;
/** The district (else commune) of the province a title names right after it, opening the title ("Văn Quan, Lạng Sơn: …"). */
function unitThenProvince(title: string, hint: PlaceHint): Place | null {
  const m = UNIT_THEN_PROVINCE.exec(title);
  const province = m ? resolveName(m[2], ['province'], null, hint) : null;
  if (!m || !province) return null;
  for (const level of ['district', 'commune'] as const) {
    const units = unitsInside(m[1], level, hint, province.place);
    if (units.length === 1) return resolveName(units[0].name, [level], null, { ...hint, province: province.place });
  }
  return null;
}

/** The text speaking of its whole province by the level word alone: "toàn tỉnh có", "các địa phương trong tỉnh", "tỉnh ta". */
const WHOLE_PROVINCE = /(?<![\p{L}])(?:(?:toàn|trong)\s+tỉnh|tỉnh\s+ta)(?![\p{L}])/iu;
// "Công an tỉnh đăng ký mới …": the province's own body at work, by its level word alone (no name after it; not one
// that awards or approves: "được UBND tỉnh tặng bằng khen" on a district's page)
const PROVINCE_BODY = /(?<![\p{L}])(?<!(?:được|bởi)\s+)(?:[Cc]ông\s+an|UBND|[UỦ][yỷ]\s+ban\s+nhân\s+dân)\s+tỉnh(?![\p{L}])(?![ \t]+\p{Lu})/u;

/** The text speaking of its own district by the level word alone: "toàn huyện", "của thành phố", "thị xã đã". */
const OWN_DISTRICT = /(?<![\p{L}])(?:[Tt]oàn|[Cc]ủa|[Tt]rên\s+địa\s+bàn)\s+(?:huyện|thành\s+phố|thị\s+xã|quận)(?![\p{L}])(?![ \t]+\p{Lu})/u;

/** The text speaking of its own commune by the level word alone: "toàn xã", "của xã", "trên địa bàn xã". */
const OWN_COMMUNE = /(?<![\p{L}])(?:[Tt]oàn|[Cc]ủa|[Tt]rên\s+địa\s+bàn)\s+(?:xã|phường|thị\s+trấn)(?![\p{L}])(?![ \t]+\p{Lu})/u;

/** Whether the text names the unit with its own level word ("tỉnh Lai Châu"). */
function namedAtLevel(text: string, unit: Place): boolean {
  const word = unit.level === 'province' ? '(?:tỉnh|thành\\s+phố)' : levelWord(unit.level);
  return new RegExp(`(?<![\\p{L}])${word}\\s+${unit.place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu').test(text.slice(0, 60000));
}

/** The unit the first issuer line names ("UBND huyện X"); `cited`: one named as a cited document's issuer too. */
function issuer(text: string, hint: PlaceHint, cited = false): Mention | undefined {
  for (const m of text.slice(0, 8000).matchAll(ISSUER)) {
    // "Căn cứ Công văn số … của UBND tỉnh …" cites another issuer
    const before = text.slice(Math.max(0, m.index - 160), m.index);
    if (!cited && /của\s+$/iu.test(before) && /căn\s+cứ|công\s+văn|số\s*:?\s*\d|\d\/\p{Lu}/iu.test(before.slice(before.lastIndexOf('\n') + 1))) continue;
    const after = findMentions(text, m.index + m[0].length, Math.min(text.length, m.index + m[0].length + 60), hint);
    if (after[0] && after[0].start === m.index + m[0].length) return after[0];
  }
  return undefined;
}

/** How often the text names each unit with its level word (and each province, bare or not). */
function unitCounts(text: string, hint: PlaceHint): Map<string, { place: Place; n: number }> {
  const counts = new Map<string, { place: Place; n: number }>();
  for (const m of findMentions(text, 0, Math.min(text.length, 60000), hint)) {
    if (!m.explicit && m.level !== 'province') continue;
    const key = `${m.level}|${m.place}`;
    const c = counts.get(key);
    if (c) c.n++; else counts.set(key, { place: m, n: 1 });
  }
  return counts;
}

/** The dominant unit of the text: named at least twice, twice as often as the next. */
function dominant(counts: Map<string, { place: Place; n: number }>): Place | null {
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n);
  return ranked[0] && ranked[0].n >= 2 && (!ranked[1] || ranked[0].n >= 2 * ranked[1].n) ? ranked[0].place : null;
}

/**
 * "thực hiện Nghị quyết số 04/2018/NQ-HĐND … của Hội đồng nhân dân huyện A Lưới": a body cited as the
 * issuer of a document, when its unit is the only one the text names, is the document's own.
 */
function onlyIssuer(text: string, hint: PlaceHint, counts: Map<string, { place: Place; n: number }>): Place | null {
  const named = namedUnits(counts);
  if (named.length !== 1) return null;
  const cited = issuer(text, hint, true);
  return cited && cited.place === named[0].place && cited.level === named[0].level ? cited : null;
}

/** The units the text names with a level word, the country left out. */
const namedUnits = (counts: Map<string, { place: Place; n: number }>) => [...counts.values()].map((c) => c.place).filter((p) => p.level !== 'country');

/** The units the text names with a level word (not the country), and the province of the site. */
function namedAndSite(counts: () => Map<string, { place: Place; n: number }>, site: () => Place | null) {
  return {
    named: once(() => namedUnits(counts())),
    province: once(() => { const s = site(); return s?.level === 'province' ? s.place : s?.parent ?? null; }),
  };
}

/** A title that opens on a central body: a ministry ("Bộ Tư pháp", not a province's "Bộ Chỉ huy Quân sự"), the government, the assembly. */
const CENTRAL_TITLE = /^[ \t]*(?:Bộ[ \t]+(?!Chỉ[ \t]+huy)\p{Lu}|Chính[ \t]+phủ|Thủ[ \t]+tướng|Quốc[ \t]+hội|Tổng[ \t]+cục[ \t]+\p{Lu}|Ngân[ \t]+hàng[ \t]+Nhà[ \t]+nước)/u;
const COUNTRY: Place = { place: 'Việt Nam', level: 'country', parent: null };
// a ministry or national body as the source, when nothing names a unit: the country
// (any ministry, "Bộ Tư pháp", not a province's "Bộ Chỉ huy Quân sự"; any general department, "Tổng cục Thủy sản")
const NATIONAL = /(?<![\p{L}])(?:Bộ\s+(?!Chỉ\s+huy)\p{Lu}\p{Ll}*|Tổng\s+[cC]ục\s+\p{Lu}\p{Ll}*|Cục\s+[tT]hống\s+[kK]ê\s+[qQ]uốc\s+[gG]ia|Chính\s+phủ|Quốc\s+hội)(?![\p{L}])/u;
// "3 xã Hoàng Giang, Tế Lợi, Minh Thọ": communes listed after one level word
// (no letter before it: checked by matchesAtWordStart, faster than a lookbehind)
const COMMUNE_LIST = /(?:xã|các xã)\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}(?:\s{0,2}(?:,|và)\s{1,2}\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}){1,8})/gu;

/** The one district that holds the communes of a list the text names, if one clearly does. */
function districtOfCommunes(text: string, hint: PlaceHint): Place | null {
  for (const m of matchesAtWordStart(COMMUNE_LIST, text.slice(0, 60000), false)) {
    const names = m[1].split(/\s{0,2}(?:,|\svà)\s{1,2}/u).map((x) => x.trim()).filter(Boolean);
    if (names.length < 2) continue;
    // the district holding all of them, or all but one (a commune merged away since)
    const counts = new Map<string, number>();
    for (const name of names) {
      const here = new Set(unitsNamed(name).filter((u) => u.level === 'commune' && u.district && fold(u.name) === fold(name))
        .map((u) => `${u.district}|${u.parent}`));
      for (const d of here) counts.set(d, (counts.get(d) ?? 0) + 1);
    }
    const ranked = [...counts.entries()].sort((x, y) => y[1] - x[1]);
    if (ranked[0] && ranked[0][1] >= Math.max(2, names.length - 1) && (!ranked[1] || ranked[1][1] < ranked[0][1])) {
      const [district, province] = ranked[0][0].split('|');
      return resolveName(district, ['district'], null, { ...hint, province }) ?? { place: district, level: 'district', parent: province };
    }
  }
  return null;
}

function sectionOf(url: string): Place | null {
  try { return placeOfSection(new URL(url).pathname); } catch { return null; }
}

// a province's own bodies or the province as a whole, unnamed ("UBND tỉnh đã ban hành", "toàn tỉnh", "tỉnh ta", "các địa
// phương trong tỉnh"): a provincial report, whatever government decisions it cites ("UBND tỉnh, thành phố" addresses them all)
const OWN_PROVINCE = /(?<![\p{L}])(?:(?:UBND|HĐND)\s+tỉnh|Tỉnh\s+ủy|toàn\s+tỉnh|tỉnh\s+ta|(?:trên\s+địa\s+bàn|của|trong)\s+tỉnh)(?![\p{L}])(?![ \t]*(?:\p{Lu}|,[ \t]*thành\s+phố|và\s+thành\s+phố))/u;

/** The country, unless `head` speaks of its own province unnamed ("toàn tỉnh", "UBND tỉnh"). */
const countryUnlessOwnProvince = (head: string): Place | null => (OWN_PROVINCE.test(head) ? null : COUNTRY);

// "các cảng hàng không trên cả nước", "toàn quốc": the country as a whole
// (not a campaign's name in quotes: "“Cả nước chung tay vì người nghèo”")
const WHOLE_COUNTRY = /(?<![\p{L}“"‘'])(?:cả\s+nước|toàn\s+quốc)(?![\p{L}])/giu;
// "cao nhất trong số các địa phương trên cả nước", "dẫn đầu cả nước", "so với cả nước": the country as the scope of a comparison
const COMPARED_WITHIN = /(?:nhất|dẫn\s+đầu|đứng\s+đầu|thứ\s+\S+|so\s+với|trong\s+số)[^.;,\n]{0,60}$/iu;
/** Whether `text` speaks of the country as a whole, not only as what a figure is compared within. */
const speaksOfCountry = (text: string) => [...text.matchAll(WHOLE_COUNTRY)].some((m) => !COMPARED_WITHIN.test(text.slice(Math.max(0, m.index! - 60), m.index)));
/**
 * The country, unless the text speaks of its own province unnamed ("toàn tỉnh"): a ministry or national body
 * at its head, or, naming no unit of the country, the country as a whole anywhere in its first pages.
 */
function national(text: string, counts: Map<string, { place: Place; n: number }>): Place | null {
  if (NATIONAL.test(text.slice(0, 3000))) return countryUnlessOwnProvince(text.slice(0, 3000));
  return !namedUnits(counts).length && speaksOfCountry(text.slice(0, 20000)) ? countryUnlessOwnProvince(text.slice(0, 20000)) : null;
}

/** A capitalised name in the title, outside its asides, that is a district or commune of the given province. */
function bareInTitle(title: string, inAside: (at: number) => boolean, about: { named: () => Place[]; province: () => string | null }, hint: PlaceHint): Place | null {
  for (const m of title.matchAll(/(?<![\p{L}])\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+){1,2}/gu)) {
    // (nor a facility's or firm's name: "Khu công nghiệp Nhơn Hội mở rộng")
    if (inAside(m.index!) || namesNoPlace(title, m.index!)) continue;
    const same = about.named().find((p) => fold(p.place) === fold(m[0]));
    if (same) return same;
    const province = about.province();
    if (!province) continue;
    for (const level of ['district', 'commune'] as const) {
      const p = resolveName(m[0], [level], null, { ...hint, province });
      if (p && p.parent === province) return p;
    }
  }
  return null;
}

// "Chợ Đồn: Nghị quyết của HĐND huyện …": a title led by a bare name and a colon, as a dateline names its unit
// "Triệu Thành triển khai kế hoạch": or a name of two words or more opening the title, its verb after it
const TITLE_LEAD = /^[ \t]*(?:(\p{Lu}\p{Ll}*(?:[ \t]\p{Lu}\p{Ll}*){0,3})[ \t]*:|(\p{Lu}\p{Ll}*(?:[ \t]\p{Lu}\p{Ll}*){1,3})[ \t]+\p{Ll})/u;
// the text naming its own unit by the level word alone: "HĐND huyện về", "toàn huyện", "của xã" ("xã hội" is no unit)
const OWN_LEVEL = {
  district: /(?<![\p{L}])huyện(?![\p{L}])(?![ \t]+\p{Lu})/u,
  commune: /(?<![\p{L}])xã(?![\p{L}])(?![ \t]+(?:\p{Lu}|hội(?![\p{L}])))/u,
} as const;

/**
 * The unit a title's leading bare name is ("Chợ Đồn: …"), when the name is a district or commune of
 * one level only in the document's era (Chợ Đồn: a district before 2025, a commune after) and the text
 * speaks of its own unit by that level's word.
 */
function titleLead(title: string, text: string, hint: PlaceHint): Place | null {
  const m = TITLE_LEAD.exec(title);
  if (!m) return null;
  const lead = m[1] ?? m[2];
  const name = lead.normalize('NFC').toLowerCase();
  const levels = new Set(unitsNamed(lead).filter((u) => inEra(u, hint) && u.name.normalize('NFC').toLowerCase() === name).map((u) => u.level));
  if (levels.size !== 1) return null;
  const [level] = levels;
  if (level !== 'district' && level !== 'commune') return null;
  return OWN_LEVEL[level].test(text.slice(0, 20000)) ? resolveName(lead, [level], null, hint) : null;
}

/**
 * "…/chu-puh-thu-ngan-sach-chi-dat-43-ke-hoach-tinh-giao-…" on a province's site: an article's slug opening on a
 * district or commune of that province (its name alone, as a title leads with it), in a text that points at its
 * own unit by the level word ("huyện", "toàn xã"), names that unit.
 */
function slugLead(url: string | null, text: string, hint: PlaceHint, site: () => Place | null): Place | null {
  const words = urlWords(url, true);
  if (words.length < 3) return null;
  const s = site();
  const province = s?.level === 'province' ? s.place : s?.parent ?? null;
  if (!province) return null;
  for (const n of [3, 2]) {
    const name = words.slice(0, n).join(' ');
    // "kontumtv.vn/…/kon-tum-phan-dau-100-ho-dan-…": a slug opening on the site's own province names it, not its city of that name
    if (name === fold(province)) return null;
    const units = [...unitsInside(name, 'district', hint, province), ...unitsInside(name, 'commune', hint, province)];
    if (units.length !== 1) continue;
    const unit = units[0], level = unit.level as 'district' | 'commune';
    return OWN_LEVEL[level].test(text.slice(0, 20000)) ? resolveName(unit.name, [level], null, { ...hint, province }) : null;
  }
  return null;
}

/** The lower-case ASCII words of a URL's path (of its last segment only: the article's slug); none for no URL. */
function urlWords(url: string | null, lastSegment = false): string[] {
  let path: string;
  try { path = url ? decodeURIComponent(new URL(url).pathname) : ''; } catch { return []; }
  if (lastSegment) path = path.split('/').filter(Boolean).pop() ?? '';
  return path.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

// "…/dai-hoi-dang-bo-huyen-lac-duong-lan-thu-xi…": a level word and a name in a URL slug
const SLUG_LEVELS = LEVEL_WORDS.map((w) => [fold(w), w] as const);
function slugPlace(url: string | null, hint: PlaceHint): Place | null {
  const words = urlWords(url);
  for (let i = 0; i < words.length; i++) {
    for (const [folded, word] of SLUG_LEVELS) {
      const lw = folded.split(' ');
      if (words.slice(i, i + lw.length).join(' ') !== folded) continue;
      for (let n = 3; n >= 2; n--) {
        const name = words.slice(i + lw.length, i + lw.length + n).join(' ');
        if (name.split(' ').length < n) continue;
        const units = unitsNamed(name);
        const level = folded === 'tinh' ? 'province' : ['xa', 'phuong', 'thi tran'].includes(folded) ? 'commune' : 'district';
        const fits = units.filter((u) => u.level === level || (folded === 'thanh pho' && u.level === 'province' && u.kind === 'thanh pho'));
        if (!fits.length) continue;
        const ms = findMentions(`${word} ${fits[0].name}`, 0, 80, hint);
        if (ms[0]) return { place: ms[0].place, level: ms[0].level, parent: ms[0].parent };
      }
    }
  }
  return null;
}

function levelWord(level: string): string {
  return level === 'commune' ? 'xã' : level === 'district' ? 'huyện' : 'tỉnh';
}

function datelinePlace(doc: Document, hint: PlaceHint): Place | null {
  const m = DATELINE.exec(doc.text.slice(0, 6000));
  if (!m) return null;
  const ms = findMentions(m[1], 0, m[1].length, hint);
  return ms[0] ?? null;
}

/** The commune of `district` the first segment of a URL's path spells ("/ducgiang/KenhTin/…"). */
function communeOfPath(url: string, district: Place): Place | undefined {
  try {
    const first = new URL(url).pathname.split('/').filter(Boolean)[0]?.toLowerCase() ?? '';
    return /^[a-z]+$/.test(first) ? communeOfLabel(first, district) : undefined;
  } catch { return undefined; }
}

function siteOf(doc: Document, hint: PlaceHint): Place | null {
  const hosts: string[] = [];
  for (const u of [doc.meta.url, doc.meta.site]) {
    if (!u) continue;
    try { hosts.push(new URL(/^\w+:\/\//.test(u) ? u : `http://${u}`).hostname); } catch { /* not a URL */ }
  }
  const head = doc.text.slice(0, 3000);
  if (/\.vn/iu.test(head)) for (const m of head.matchAll(HOST_IN_TEXT)) hosts.push(m[1]); // every address ends in .vn
  for (const h of hosts) {
    const p = placeOfHost(h, hint);
    // a national outlet (no place of its own) may still file the article under a province's page
    if (p === null && doc.meta.url) return sectionOf(doc.meta.url);
    // "vuquang.hatinh.gov.vn/ducgiang/…": a district portal's pages for one of its communes
    if (p?.level === 'district' && doc.meta.url) return communeOfPath(doc.meta.url, p) ?? p;
    if (p !== undefined) return p;
  }
  // no site, but its paper's tag, "(QBĐT) - Theo …", or its paper credited at the end, "(Báo Lâm Đồng Online)"
  return placeOfByline(head.slice(0, 1000), hint) ?? placeOfCredit(doc.text.slice(-200), hint) ?? null;
}
