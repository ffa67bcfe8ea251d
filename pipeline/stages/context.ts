// The context stage: where and when each match speaks of (spec: "Where and when"). A place or
// period named in the match's own sentence wins; then the paragraph's; then the heading's; then
// the document's own (its title, issuer, dateline, site and date). Unknown stays null.
import type { Document, Match, Sentence } from '../document.ts';
import type { Context } from '../schema.ts';
import { emptyContext } from '../schema.ts';
import type { Mention, Place, PlaceHint } from '../context/place.ts';
import { findMentions, placeOfHost, resolveName } from '../context/place.ts';
import { fold, unitsNamed } from '../adapters/gazetteer.ts';
import type { Period, PeriodMention } from '../context/period.ts';
import { findPeriods, yearOf } from '../context/period.ts';
import { indicatorKey } from '../context/indicators.ts';
import { checkMatch } from '../context/checks.ts';

// "…, ngày 10 tháng 7 năm 2024" (the place-and-date line of an official text)
const DATELINE = /(?:^|\n)[ \t]*([\p{Lu}][\p{L} .\-–]{1,40}?),\s{0,3}ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d{2})/u;
// "UBND huyện X", "HĐND tỉnh X", "Đảng bộ xã X", "Ủy ban nhân dân thành phố X": the issuer
const ISSUER = /(?:UBND|HĐND|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|Hội\s+đồng\s+nhân\s+dân|Đảng\s+bộ|Huyện\s+ủy|Tỉnh\s+ủy|Thành\s+ủy)\s+(?=(?:tỉnh|thành\s+phố|huyện|thị\s+xã|quận|xã|phường|thị\s+trấn)\s)/giu;
// a web address printed in the text: "(laichau.gov.vn)", "Laocaitv.vn -", "(Baohatinh.vn)"
const HOST_IN_TEXT = /(?<![\p{L}\d.@/])((?:[a-z\d-]+\.)+(?:gov\.vn|com\.vn|org\.vn|info\.vn|net\.vn|vn))(?![\p{L}\d])/giu;

const pad = (n: number) => String(n).padStart(2, '0');

export function context(doc: Document): Document {
  if (!doc.matches.length) return doc;
  const text = doc.text;
  const date = documentDate(doc);
  const hint: PlaceHint = { after2025: date !== null && date >= '2025-07-01' };
  const own = documentPlace(doc, hint);
  if (own) {
    hint.province = own.level === 'province' ? own.place : own.parent;
    hint.district = own.level === 'district' ? own.place : null;
  }
  const docYear = yearOf(date);
  const titlePeriods = periodsOfTitle(doc, docYear);
  const { period: docPeriod, common: commonPeriod } = pickDocumentPeriod(doc, titlePeriods, docYear);
  const year = yearOf(docPeriod?.to ?? null) ?? docYear;

  const mentionCache = new Map<number, Mention[]>();
  const periodCache = new Map<number, PeriodMention[]>();
  const mentionsOf = (i: number) => {
    let m = mentionCache.get(i);
    if (!m) { const s = doc.sentences[i]; m = findMentions(text, s.start, s.end, hint); mentionCache.set(i, m); }
    return m;
  };
  const periodsOf = (i: number, y: number | null) => {
    let p = periodCache.get(i);
    if (!p) { const s = doc.sentences[i]; p = findPeriods(text, s.start, s.end, y); periodCache.set(i, p); }
    return p;
  };
  const headingPeriod = headingPeriods(doc, year);

  for (const m of doc.matches) {
    const si = sentenceAt(doc.sentences, m.start);
    const ctx: Context = emptyContext();
    const place = si < 0 ? own : placeFor(m, si) ?? own;
    if (place) { ctx.place = place.place; ctx.place_level = place.level; ctx.place_parent = place.parent; }
    const period = periodFor(m, si);
    if (period) { ctx.period_from = period.from; ctx.period_to = period.to; }
    ctx.indicator_key = indicatorKey(m.fields.indicator, m.fields.unit);
    m.context = ctx;
    const notes = checkMatch(m, text);
    if (notes.length) m.notes = [...(m.notes ?? []), ...notes];
  }
  return doc;

  function placeFor(m: Match, si: number): Place | null {
    const s = doc.sentences[si];
    const inSentence = mentionsOf(si).filter((x) => x.start < m.end);
    const last = inSentence[inSentence.length - 1];
    // "toàn tỉnh", "trên địa bàn", "của huyện", "thành phố có ...": the document's own unit
    const generic = ownWordBefore(text, s.start, m.end, last?.end ?? s.start);
    if (generic && own) return generic === 'tinh' && own.level !== 'province' && own.parent ? { place: own.parent, level: 'province', parent: null } : own;
    if (last) return last;
    // the paragraph speaks of the unit its earlier sentences named
    for (let j = si - 1; j >= 0 && doc.sentences[j].passage === s.passage; j--) {
      const ms = mentionsOf(j).filter((x) => x.explicit && x.level !== 'country');
      if (ms.length) return ms[ms.length - 1];
    }
    return null;
  }

  function periodFor(m: Match, si: number): Period | null {
    const header = m.header ? findPeriods(m.header, 0, m.header.length, year) : [];
    if (header.length) return settle(header[0], m, year);
    if (si >= 0) {
      const s = doc.sentences[si];
      const local = periodsOf(si, year);
      const named = local.find((p) => !p.relative && p.to !== null);
      const sentenceYear = yearOf(named?.to ?? null) ?? year;
      const all = sentenceYear === year ? local : findPeriods(text, s.start, s.end, sentenceYear);
      const inside = all.filter((p) => p.start >= m.start && p.end <= m.end);
      const before = all.filter((p) => p.end <= m.start || (p.start < m.start && p.end > m.start));
      const after = all.filter((p) => p.start >= m.end && !/[;.]/.test(text.slice(m.end, p.start)));
      const pick = inside[0] ?? before[before.length - 1] ?? after[0];
      if (pick) return settle(pick, m, sentenceYear);
      if (CARRY_PERIOD) {
        for (let j = si - 1; j >= 0 && doc.sentences[j].passage === s.passage; j--) {
          // "đến năm 2025" bounds its own clause, not the sentences after it
          const ps = periodsOf(j, year).filter((p) => !p.relative && !p.until);
          if (ps.length) return settle(ps[ps.length - 1], m, year);
        }
      }
      const h = headingPeriod.get(s.passage);
      if (h) return settle(h, m, year);
    }
    return docPeriod ? settle(docPeriod, m, year) : null;
  }

  /** "đến nay" ends at the document's date; a result cannot reach past it within an unfinished term. */
  function settle(p: Period & { until?: boolean }, m: Match, y: number | null): Period {
    // "đến nay": the period the document reports on, else up to its date
    if (p.to === null && p.from === null) {
      if (docPeriod?.from && docPeriod.to && yearOf(docPeriod.to)! > yearOf(docPeriod.from)!) return settle(docPeriod, m, y);
      return { from: null, to: date ?? docPeriod?.to ?? (y !== null ? `${y}-12-31` : null) };
    }
    // results of an unfinished term or stage ("nhiệm kỳ 2020-2025" in a 2023 report) run up to the report
    const single = [docPeriod, commonPeriod].find((x) => x?.from && x.to && yearOf(x.from) === yearOf(x.to));
    const asOf = date ?? single?.to ?? null;
    if (m.fields.kind !== 'target' && asOf && p.to && p.from && yearOf(asOf)! < yearOf(p.to)! && yearOf(p.to)! - yearOf(p.from)! >= 1) {
      return { from: null, to: asOf };
    }
    return { from: p.from, to: p.to };
  }
}

// the paragraph's period carries to its later sentences (measured: better on both gold sets)
const CARRY_PERIOD = true;

// a unit word with no name after it speaks of the document's own unit
const OWN_WORD = /(?<![\p{L}])(toàn\s+tỉnh|của\s+tỉnh|tỉnh\s+ta|toàn\s+huyện|của\s+huyện|huyện\s+nhà|toàn\s+thành\s+phố|của\s+thành\s+phố|toàn\s+xã|trên\s+địa\s+bàn|địa\s+phương|tỉnh|huyện|thành\s+phố|thị\s+xã|xã)(?![\p{L}])(?![ \t]{1,2}[\p{Lu}\d])/giu;

/** The last own-unit word in text[from, to) after `after`: "tinh" when it names the whole province. */
function ownWordBefore(text: string, from: number, to: number, after: number): string | null {
  let found: string | null = null;
  for (const m of text.slice(Math.max(from, after), to).matchAll(OWN_WORD)) {
    found = /toàn\s+tỉnh|tỉnh\s+ta/iu.test(m[1]) ? 'tinh' : 'own';
  }
  return found;
}

function sentenceAt(sentences: Sentence[], offset: number): number {
  let lo = 0, hi = sentences.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

/** The document's date: as loaded, else its "…, ngày … tháng … năm …" line. */
export function documentDate(doc: Document): string | null {
  const p = doc.meta.published;
  if (p && /^\d{4}-\d{2}-\d{2}/.test(p)) return p.slice(0, 10);
  const m = DATELINE.exec(doc.text.slice(0, 6000));
  if (m) return `${m[4]}-${pad(+m[3])}-${pad(+m[2])}`;
  return null;
}

/**
 * The document's own unit: named in its title or issuer line, or the one its text names most by far,
 * else its dateline, else the site it comes from.
 */
export function documentPlace(doc: Document, hint: PlaceHint): Place | null {
  const text = doc.text;
  const title = doc.meta.title ?? text.slice(0, Math.max(0, text.indexOf('\n'))).slice(0, 300);
  const inTitle = title ? findMentions(title, 0, title.length, hint) : [];
  const issuers: Mention[] = [];
  for (const m of text.slice(0, 8000).matchAll(ISSUER)) {
    // "Căn cứ Công văn số … của UBND tỉnh …" cites another issuer
    const before = text.slice(Math.max(0, m.index - 160), m.index);
    if (/của\s+$/iu.test(before) && /căn\s+cứ|công\s+văn|số\s*:?\s*\d|\d\/\p{Lu}/iu.test(before.slice(before.lastIndexOf('\n') + 1))) continue;
    const after = findMentions(text, m.index + m[0].length, Math.min(text.length, m.index + m[0].length + 60), hint);
    if (after[0] && after[0].start === m.index + m[0].length) issuers.push(after[0]);
  }
  // the dominant unit of the text: named with its level word, at least twice, twice as often as the next
  const counts = new Map<string, { place: Place; n: number }>();
  for (const m of findMentions(text, 0, Math.min(text.length, 60000), hint)) {
    if (!m.explicit && m.level !== 'province') continue;
    const key = `${m.level}|${m.place}`;
    const c = counts.get(key);
    if (c) c.n++; else counts.set(key, { place: m, n: 1 });
  }
  const site = siteOf(doc, hint);
  const siteProvince = site?.level === 'province' ? site.place : site?.parent ?? null;
  // a title naming a unit bare ("Cát Tiên: …") as the text names it with its level word, or as a unit
  // of the site's province; else the unit the URL's slug names
  const named = [...counts.values()].map((c) => c.place).filter((p) => p.level !== 'country');
  const fromTitle = inTitle.find((x) => x.level !== 'country') ?? bareInTitle(title, named, siteProvince, hint)
    ?? slugPlace(doc.meta.url, hint) ?? inTitle[0];
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n);
  const dominant = ranked[0] && ranked[0].n >= 2 && (!ranked[1] || ranked[0].n >= 2 * ranked[1].n) ? ranked[0].place : null;
  let pick: Place | null = (fromTitle && fromTitle.level !== 'country' ? fromTitle : null) ?? issuers[0] ?? dominant
    ?? datelinePlace(doc, hint) ?? site ?? fromTitle ?? national(text) ?? null;
  if (pick && pick.level !== 'province' && pick.parent === null) {
    // a district or commune that several provinces have: the one in the province the text or site names
    const province = [...counts.values()].find((c) => c.place.level === 'province')?.place ?? (site?.level === 'province' ? site : null);
    if (province) {
      const again = findMentions(`${levelWord(pick.level)} ${pick.place}`, 0, 60, { ...hint, province: province.place });
      if (again[0]?.parent) pick = again[0];
    }
  }
  return pick ? { place: pick.place, level: pick.level, parent: pick.parent } : null;
}

// a ministry or national body as the source, when nothing names a unit: the country
const NATIONAL = /(?<![\p{L}])(?:Bộ\s+(?:Y\s+tế|Tài\s+chính|Công\s+Thương|Kế\s+hoạch|Nông\s+nghiệp|Giáo\s+dục|Lao\s+động|Xây\s+dựng)|Tổng\s+cục\s+Thống\s+kê|Cục\s+Thống\s+kê\s+quốc\s+gia|Chính\s+phủ|Quốc\s+hội)(?![\p{L}])/u;
function national(text: string): Place | null {
  return NATIONAL.test(text.slice(0, 3000)) ? { place: 'Việt Nam', level: 'country', parent: null } : null;
}

/** A capitalised name in the title that is a district or commune of the given province. */
function bareInTitle(title: string, named: Place[], province: string | null, hint: PlaceHint): Place | null {
  for (const m of title.matchAll(/(?<![\p{L}])\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+){1,2}/gu)) {
    const same = named.find((p) => fold(p.place) === fold(m[0]));
    if (same) return same;
    if (!province) continue;
    for (const level of ['district', 'commune'] as const) {
      const p = resolveName(m[0], [level], null, { ...hint, province });
      if (p && p.parent === province) return p;
    }
  }
  return null;
}

// "…/dai-hoi-dang-bo-huyen-lac-duong-lan-thu-xi…": a level word and a name in a URL slug
const SLUG_LEVELS: [string, string][] = [['tinh', 'tỉnh'], ['thanh pho', 'thành phố'], ['thi xa', 'thị xã'], ['huyen', 'huyện'], ['quan', 'quận'], ['xa', 'xã'], ['phuong', 'phường'], ['thi tran', 'thị trấn']];
function slugPlace(url: string | null, hint: PlaceHint): Place | null {
  if (!url) return null;
  let slug: string;
  try { slug = decodeURIComponent(new URL(url).pathname); } catch { return null; }
  const words = slug.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
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

function siteOf(doc: Document, hint: PlaceHint): Place | null {
  const hosts: string[] = [];
  for (const u of [doc.meta.url, doc.meta.site]) {
    if (!u) continue;
    try { hosts.push(new URL(/^\w+:\/\//.test(u) ? u : `http://${u}`).hostname); } catch { /* not a URL */ }
  }
  for (const m of doc.text.slice(0, 3000).matchAll(HOST_IN_TEXT)) hosts.push(m[1]);
  for (const h of hosts) {
    const p = placeOfHost(h, hint);
    if (p !== undefined) return p;
  }
  return null;
}

function periodsOfTitle(doc: Document, year: number | null): PeriodMention[] {
  const title = doc.meta.title ?? doc.text.slice(0, Math.max(0, doc.text.indexOf('\n'))).slice(0, 300);
  return findPeriods(title, 0, title.length, year);
}

/** The period of the whole document: its title's, else the period its body names most. */
function pickDocumentPeriod(doc: Document, title: PeriodMention[], year: number | null): { period: Period | null; common: Period | null } {
  const counts = new Map<string, { p: Period; n: number }>();
  for (const p of findPeriods(doc.text, 0, Math.min(doc.text.length, 60000), year)) {
    if (p.relative) continue;
    const key = `${p.from}|${p.to}`;
    const c = counts.get(key);
    if (c) c.n++; else counts.set(key, { p, n: 1 });
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n);
  const common = ranked[0] && (!ranked[1] || ranked[0].n > ranked[1].n) ? ranked[0].p : null;
  if (title.length) return { period: title[0], common };
  // the first heading that names a period ("… NHIỆM KỲ 2020 – 2025") frames the whole report
  if (FIRST_HEADING) {
    for (const p of doc.passages.slice(0, 40)) {
      if (!isHeading(doc, p)) continue;
      const ps = findPeriods(doc.text, p.start, p.end, year).filter((x) => !x.relative);
      if (ps.length) return { period: ps[0], common };
    }
  }
  return { period: common, common };
}

const FIRST_HEADING = true;

/** A heading, or a short numbered line that reads as one ("1. Kết quả … (Ước thực hiện đến hết năm 2024)."). */
function isHeading(doc: Document, p: { role: string; start: number; end: number }): boolean {
  if (p.role === 'heading') return true;
  if (p.role !== 'body' || p.end - p.start > 140) return false;
  return /^\s*(?:[IVX]+|\d{1,2}|[a-zđ])[.)]\s/u.test(doc.text.slice(p.start, p.end)) && !/\d[\d.,]*\s*%/.test(doc.text.slice(p.start, p.end));
}

/** For each passage, the period of the nearest heading above it that names one. */
function headingPeriods(doc: Document, year: number | null): Map<number, Period> {
  const out = new Map<number, Period>();
  let current: Period | null = null;
  doc.passages.forEach((p, i) => {
    if (isHeading(doc, p)) {
      const ps = findPeriods(doc.text, p.start, p.end, year);
      current = ps[0] ?? null;
    }
    if (current) out.set(i, current);
  });
  return out;
}
