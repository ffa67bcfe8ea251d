// The place a match speaks of: the last place its sentence names before its end (a unit a list names
// bare speaks only for its own item: "16 xã: Ngọc Phụng 14/19 tiêu chí, …"); the document's own
// unit when a unit word stands there without a name ("toàn tỉnh", "trên địa bàn"); the unit the
// earlier sentences of its paragraph named; in a document of several places, the one its section
// named last.
import type { Document, Match } from '../document.ts';
import type { Mention, Place, PlaceHint } from './place.ts';
import type { PlaceLevel } from '../adapters/gazetteer.ts';
import { findListedMentions } from './listed-places.ts';
import { findLevelledMentions, findMentions, LEVEL_WORDS, levelsOfWord, unitsInside } from './place.ts';
import { findItemNames } from './item-names.ts';
import { bracketPairs, matchesAtWordStart } from './scan.ts';
import { countBefore } from '../../extractors/statement.ts';
import { earlierInPassage } from './sentences.ts';
import { titleOf } from './document-time.ts';
import { fold } from '../adapters/gazetteer.ts';
import { once } from '../lazy.ts';

// how far back a document of several places looks for the place its section speaks of
const SECTION_SENTENCES = 200;
// how far back a national page looks for the unit a paragraph turned to, and where in a paragraph's first sentence it is named
const TOPIC_PASSAGES = 12;
const TOPIC_HEAD = 80;
// "… vị trí số 2 là Hà Nội", "… thứ ba là tỉnh Long An": what links a rank to the unit ranked
const RANKED_LEAD = new RegExp(`^[ \\t]+(?:là|thuộc[ \\t]+về)[ \\t]+(?:(?:${[...LEVEL_WORDS, 'TP\\.?'].join('|')})[ \\t]+)?`, 'iu');
// "Bí thư xã Tân Mộc", "Chủ tịch UBND huyện …": a unit named as a person's office
const PERSON_TITLE_BEFORE = /(?<![\p{L}])(?:(?:Phó[ \t]+)?(?:Bí[ \t]+thư|Chủ[ \t]+tịch|Giám[ \t]+đốc)|Trưởng[ \t]+(?:ban|phòng)|Ủy[ \t]+viên)(?:[ \t]+(?:UBND|HĐND|Đảng[ \t]+ủy|MTTQ))?[ \t]+$/u;
// a digit that opens no year ("749,8", "6 tháng"; not "năm 2024")
const FIGURE = /(?<!\d)(?!(?:19|20)\d\d(?!\d))\d/u;
// a line that is one unit with its level word, numbered or not: "Tỉnh Sơn La", "2. Huyện Mai Châu:", "- Xã Tân Lập"
const UNIT_HEADING = new RegExp(`^[ \\t\\-–•+*]*(?:(?:\\d{1,2}|[IVX]{1,4}|[a-zđ])[.)][ \\t]*)?((?:${LEVEL_WORDS.join('|')})[ \\t]+\\p{Lu}[^\\d.,;!?()\\n]{0,40})$`, 'iu');
// what opens a paragraph that breaks down the one before ("Trong đó, Hà Nội …"): no unit it names is a new topic
const BREAKDOWN_OPENING = /^\s*(?:trong\s+đó|riêng|cụ\s+thể|ngoài\s+ra)(?![\p{L}])/iu;

// a unit word with no name after it speaks of the document's own unit (no letter before it:
// checked by matchesAtWordStart, faster than a lookbehind)
const OWN_WORD = /(toàn\s+tỉnh|của\s+tỉnh|tỉnh\s+ta|toàn\s+huyện|của\s+huyện|huyện\s+nhà|toàn\s+thành\s+phố|của\s+thành\s+phố|toàn\s+xã|trên\s+địa\s+bàn|địa\s+phương|tỉnh|huyện|thành\s+phố|thị\s+xã|xã)(?![\p{L}])/giu;
// …and no name after it ("huyện Mai Châu"): tested without the i flag, under which \p{Lu} is any letter;
// a bare level word before a word is a noun ("huyện nghèo", "xã đạt chuẩn"), a pointer only before a mark
const NAME_AFTER = /^[ \t]{1,2}[\p{Lu}\d]/u;
const WORD_AFTER = /^[ \t]{1,2}[\p{L}\d]/u;
/** A level word alone ("huyện", "thành phố"), not a phrase of one ("của huyện", "toàn tỉnh"). */
const isBareLevelWord = (w: string) => levelsOfWord(w.replace(/\s+/gu, ' ')) !== undefined;

// "Huyện Nam Đàn có 23/23 xã": a bare level word a figure counts is a noun, and the units it counts
// belong to the unit named before it, when that one is above them ("xã Bản Bo (huyện Tam Đường); có 3
// huyện …" counts the document's districts, not Tam Đường's)
const LEVEL_RANK: Record<string, number> = { country: 5, region: 4, province: 3, district: 2, commune: 1 };
/** The rank of the units a bare level word counts: its lowest level ("thành phố" counts districts). */
const countedRank = (word: string) => { const levels = levelsOfWord(word); return levels ? LEVEL_RANK[levels[levels.length - 1]] : undefined; };
const COUNTED_BY = /\d[ \t]{0,2}$/;

/** The last own-unit word in text[from, to) after `after`. `named`: the place named last before it, if any. */
function ownWordBefore(text: string, from: number, to: number, after: number, named: Mention | undefined): string | null {
  // a bounded look back: scanning from the sentence start for every statement is quadratic on long sentences
  const slice = text.slice(Math.max(from, after, to - 240), to);
  const countedAt = (at: number) => COUNTED_BY.test(slice.slice(Math.max(0, at - 3), at));
  const words = matchesAtWordStart(OWN_WORD, slice, false).filter((w) => {
    const next = slice.slice(w.index + w[0].length, w.index + w[0].length + 3);
    if ((isBareLevelWord(w[1]) ? WORD_AFTER : NAME_AFTER).test(next)) return false;
    const counted = named && countedRank(w[1]);
    return !(counted && LEVEL_RANK[named.level] > counted && countedAt(w.index));
  });
  // "toàn tỉnh có 264 xã": a bare level word a figure counts is a noun; the own word before it speaks
  for (let k = words.length - 1; k >= 0; k--) if (!(isBareLevelWord(words[k][1]) && countedAt(words[k].index))) return words[k][1];
  return words.length ? words[words.length - 1][1] : null;
}
/** "địa phương": the locality a text speaks of, no level of its own. */
const LOCALITY = /^địa\s+phương$/iu;
/** An own-unit word that names the whole province ("toàn tỉnh", "tỉnh ta"). */
const WHOLE_PROVINCE = /toàn\s+tỉnh|tỉnh\s+ta/iu;
/** The one level an own-unit phrase names ("của huyện" → district), or null ("trên địa bàn", a bare "huyện" or "thành phố"). */
function levelOfOwnWord(word: string): PlaceLevel | null {
  if (isBareLevelWord(word)) return null;
  const levels = levelsOfWord(word.replace(/^(?:toàn|của)\s+|\s+(?:ta|nhà)$/giu, ''));
  return levels?.length === 1 ? levels[0] : null;
}

const speaksFor = (x: Mention, m: Match) => !x.scope || (m.start >= x.scope.from && m.start < x.scope.to);

/** The unit an own-unit phrase (`generic`, of `level` or none) points at, in a document whose unit is `own`, after `last`. */
function pointedAt(generic: string, level: PlaceLevel | null, own: Place, last: Mention | undefined, hint: PlaceHint): Place | null {
  // "Theo số liệu từ Phòng TN-MT H.Nhơn Trạch, … trên địa bàn là …" in a province's document: a pointer of no
  // level after a unit inside the document's, named by its level word in the sentence, points at that unit
  if (last?.explicit && !level && last.level !== 'country' && LEVEL_RANK[last.level] < LEVEL_RANK[own.level]
    && (own.level === 'country' || last.parent === own.place)) return last;
  // "toàn tỉnh" in a district's or commune's document: its province, unknown when the gazetteer gives none
  if (WHOLE_PROVINCE.test(generic) && own.level !== 'province' && own.level !== 'country') return own.parent ? { place: own.parent, level: 'province', parent: null } : null;
  // "toàn huyện" in a commune's document (a photo caption "… tại xã Thanh Hối (Tân Lạc)" taken for its title): its district
  if (level === 'district' && own.level === 'commune') return districtOf(own, hint) ?? own;
  return own;
}

/** The district a commune lies in, when the gazetteer gives one for its name in its province. */
function districtOf(commune: Place, hint: PlaceHint): Place | null {
  const districts = new Set(unitsInside(commune.place, 'commune', hint, commune.parent).filter((u) => u.district !== null).map((u) => `${u.district}|${u.parent}`));
  if (districts.size !== 1) return null;
  const [district, province] = [...districts][0].split('|');
  return { place: district, level: 'district', parent: province };
}

// "cao tốc Tuyên Quang - Phú Thọ", "quốc lộ Nội Bài - Lào Cai": a route between two places is a name
const ROUTE_WORDS = String.raw`(?:cao\s+tốc|quốc\s+lộ|tỉnh\s+lộ|tuyến|đường|đoạn)[ \t]+`;
const ROUTE_WORD_BEFORE = new RegExp(`${ROUTE_WORDS}$`, 'iu');
const ROUTE_FIRST_BEFORE = new RegExp(String.raw`${ROUTE_WORDS}\p{Lu}[\p{L}. ]{0,30}?[ \t]*[-–][ \t]*$`, 'u');
const DASH_NAME_AFTER = /^[ \t]*[-–][ \t]*\p{Lu}/u;
/** The mentions that name an end of a route ("cao tốc Nội Bài - Lào Cai") given their own span as scope: they speak for no figure. */
export function inRoutes(text: string, mentions: Mention[]): Mention[] {
  let out = mentions;
  for (let k = 0; k < out.length; k++) {
    const x = out[k];
    if (x.scope) continue;
    const before = text.slice(Math.max(0, x.start - 48), x.start);
    const first = ROUTE_WORD_BEFORE.test(before) && DASH_NAME_AFTER.test(text.slice(x.end, x.end + 4));
    if (!first && !ROUTE_FIRST_BEFORE.test(before)) continue;
    if (out === mentions) out = [...mentions];
    out[k] = { ...x, scope: { from: x.start, to: x.end } };
  }
  return out;
}

/**
 * The mentions of text[start, end), those inside brackets given the bracket as their scope: "huyện
 * Nam Đàn (Nghệ An) có 23/23 xã", "(gấp 2,5 lần bình quân chung cả nước), đứng thứ hai": an aside
 * names a place for what it says itself, not for the clause around it.
 */
export function inAsides(text: string, start: number, end: number, mentions: Mention[]): Mention[] {
  if (!mentions.length) return mentions;
  let out = mentions;
  let k = 0; // mentions and asides both go left to right
  for (const [open, close] of bracketPairs(text, start, end)) {
    while (k < out.length && out[k].start <= open) k++;
    for (; k < out.length && out[k].end <= close; k++) {
      if (out[k].scope) continue;
      if (out === mentions) out = [...mentions];
      out[k] = { ...out[k], scope: { from: open + 1, to: close } };
    }
  }
  return out;
}

/** The places of one document's matches; each sentence's mentions are found once. */
export class MatchPlaces {
  private readonly doc: Document;
  private readonly hint: PlaceHint;
  private readonly own: Place | null;
  private readonly mentions = new Map<number, Mention[]>();
  private readonly levelled = new Map<number, Mention[]>();
  private readonly memo = new Map<number, Mention | null>();
  private readonly unscoped = new Map<number, Int32Array>();
  private readonly headers = new Map<string, Place | null>();
  private readonly ownInTitle: () => boolean;
  private readonly topics = new Map<number, Mention | 'country' | null>();
  private firstSentence: Map<number, number> | undefined;
  private headingUnits: (Mention | null)[] | undefined;

  /** `own`: the document's own unit; `hint` settles names several units share. */
  constructor(doc: Document, hint: PlaceHint, own: Place | null) {
    this.doc = doc;
    this.hint = hint;
    this.own = own;
    this.ownInTitle = once(() => own !== null && fold(titleOf(doc)).includes(fold(own.place)));
  }

  /** The place names of sentence i. */
  mentionsOf(i: number): Mention[] {
    let m = this.mentions.get(i);
    if (!m) {
      const s = this.doc.sentences[i];
      m = findMentions(this.doc.text, s.start, s.end, this.hint);
      const listed = findListedMentions(this.doc.text, s.start, s.end, this.hint, m);
      if (listed.length) m = [...m, ...listed].sort((a, b) => a.start - b.start);
      const items = findItemNames(this.doc.text, s.start, s.end, this.hint, m);
      if (items.length) m = [...m, ...items].sort((a, b) => a.start - b.start);
      m = inRoutes(this.doc.text, inAsides(this.doc.text, s.start, s.end, m));
      this.mentions.set(i, m);
    }
    return m;
  }

  /** For each of sentence i's mentions, the index of the last one up to it without a scope (-1: none). */
  private unscopedUpTo(i: number): Int32Array {
    let u = this.unscoped.get(i);
    if (!u) {
      const ms = this.mentionsOf(i);
      u = new Int32Array(ms.length);
      for (let k = 0, last = -1; k < ms.length; k++) { if (!ms[k].scope) last = k; u[k] = last; }
      this.unscoped.set(i, u);
    }
    return u;
  }

  /** The unit of `level` named last before `pos`, in sentence si or the few before it (its passage's only: `inPassage`; none in an aside or a list item). */
  private lastNamedAt(si: number, pos: number, level: PlaceLevel, inPassage = false, bare = false): Mention | null {
    const passage = this.doc.sentences[si].passage;
    return this.inSection(si, si, (j) => {
      if (inPassage && this.doc.sentences[j].passage !== passage) return null;
      const ms = bare ? this.mentionsOf(j) : this.levelledOf(j); // bare: names without their level word too
      for (let k = ms.length - 1; k >= 0; k--) if (ms[k].level === level && ms[k].end <= pos) return ms[k];
      return null;
    });
  }

  /**
   * The first answer `pick` gives for sentence `from`, then the ones before it in sentence si's section
   * (its passage and the three before it; a bounded look back: a long section must not cost each of
   * its statements a walk to its start).
   */
  private inSection<T>(si: number, from: number, pick: (j: number) => T | null): T | null {
    const passage = this.doc.sentences[si].passage;
    for (let j = from, n = 0; j >= 0 && this.doc.sentences[j].passage >= passage - 3 && n < SECTION_SENTENCES; j--, n++) {
      const found = pick(j);
      if (found) return found;
    }
    return null;
  }

  /** The place a column header names as a whole, in one of its parts ("Đắk Nông / Điểm số"); null when none. */
  private placeOfHeader(header: string): Place | null {
    let p = this.headers.get(header);
    if (p === undefined) {
      p = null;
      for (const part of header.split(' / ')) {
        const name = part.trim();
        if (!name || name.length > 40) continue;
        const ms = findMentions(name, 0, name.length, this.hint);
        if (ms.length === 1 && ms[0].start === 0 && ms[0].end === name.length) { p = ms[0]; break; }
      }
      this.headers.set(header, p);
    }
    return p;
  }

  /** The places sentence i names with a level word (its explicit ones but the country, none in an aside or a list item), found alone when its other names are not known. */
  private levelledOf(i: number): Mention[] {
    // one in brackets or in a list item speaks for its own figure, not for the sentences after it
    const all = this.mentions.get(i);
    if (all) return all.filter((x) => x.explicit && x.level !== 'country' && !x.scope);
    let m = this.levelled.get(i);
    if (!m) {
      const s = this.doc.sentences[i];
      m = inRoutes(this.doc.text, inAsides(this.doc.text, s.start, s.end, findLevelledMentions(this.doc.text, s.start, s.end, this.hint))).filter((x) => !x.scope);
      this.levelled.set(i, m);
    }
    return m;
  }

  /**
   * On a national page, the unit a recent paragraph is about: one named in the opening clause of its
   * first sentence ("Tình hình kinh tế của Bắc Giang tiếp tục khởi sắc …"), carried over the paragraphs
   * after it until one opens on another unit or on the country; none past a breakdown ("Trong đó, Hà Nội …").
   */
  private topicBefore(si: number): Mention | null {
    const passage = this.doc.sentences[si].passage;
    for (let q = passage, n = 0; q >= 0 && n < TOPIC_PASSAGES; q--, n++) {
      const topic = this.topicOfPassage(q);
      if (topic === 'country') return null;
      if (topic) return topic;
    }
    return null;
  }

  /** The unit passage q opens on ('country': the country), or null; read once per passage. */
  private topicOfPassage(q: number): Mention | 'country' | null {
    if (!this.firstSentence) {
      this.firstSentence = new Map();
      this.doc.sentences.forEach((s, j) => { if (!this.firstSentence!.has(s.passage)) this.firstSentence!.set(s.passage, j); });
    }
    let topic = this.topics.get(q);
    if (topic !== undefined) return topic;
    topic = null;
    const j = this.firstSentence.get(q);
    if (j !== undefined) {
      const s = this.doc.sentences[j];
      const head = this.doc.text.slice(s.start, Math.min(s.end, s.start + TOPIC_HEAD));
      const clauseEnd = s.start + head.search(/[,;:\d]|$/u);
      const named = this.mentionsOf(j).filter((x) => !x.scope);
      // a paragraph whose first sentence has the country as a subject speaks of it ("Báo cáo …, năm 2024, cả nước có
      // 749,8 nghìn ha …"); one opening on one unit speaks of that one ("… hai tỉnh Cà Mau và Bạc Liêu" opens on none)
      const opening = named.filter((x) => x.start < clauseEnd);
      // the country before the first figure is the subject; after it a scope ("… tăng 14,14%, dẫn đầu cả nước")
      const figure = FIGURE.exec(this.doc.text.slice(s.start, s.end));
      const firstFigure = s.start + (figure ? figure.index : s.end - s.start);
      if (named.some((x) => x.level === 'country' && x.start < firstFigure)) topic = 'country';
      else if (!BREAKDOWN_OPENING.test(head) && opening.length && opening.every((x) => x.place === opening[0].place)) topic = opening[0];
    }
    this.topics.set(q, topic);
    return topic;
  }

  /**
   * "Tỉnh Sơn La" alone on its line (perhaps numbered, perhaps with a colon): the unit heading passage q's section,
   * up to the next such line; null before the first. Read for every passage at once, on the first ask.
   */
  private unitHeadingAt(q: number): Mention | null {
    if (!this.headingUnits) {
      let current: Mention | null = null;
      this.headingUnits = this.doc.passages.map((p) => {
        const line = this.doc.text.slice(p.start, p.end);
        const m = UNIT_HEADING.exec(line);
        if (m) {
          const named = findLevelledMentions(this.doc.text, p.start + m.index + m[0].length - m[1].length, p.end, this.hint);
          if (named.length === 1 && this.doc.text.slice(named[0].end, p.end).trim().replace(/:$/u, '') === '') current = named[0];
        }
        return current;
      });
    }
    return this.headingUnits[q] ?? null;
  }

  /** The place of match m in sentence si; null when nothing around it names one. */
  placeFor(m: Match, si: number): Place | null {
    const place = this.placeAround(m, si);
    // "Giữ vị trí số 2 là Hà Nội": the unit named right after a rank is the one ranked
    if (m.fields.unit === 'hạng') { const ranked = this.rankedAfter(m, si); if (ranked) return ranked; }
    // "xếp thứ 17/63 địa phương cả nước", "đứng 8/13 khu vực ĐBSCL": the country or region is a rank's scope; the document's unit is ranked
    if (m.fields.unit === 'hạng' && (place?.level === 'country' || place?.level === 'region') && this.own && this.own.level !== place.level) return this.own;
    // "37 xã đạt từ 10 tiêu chí": a count of communes is no commune's figure; the unit above it speaks
    const counted = m.fields.unit ? countedRank(m.fields.unit) : undefined;
    if (!place || counted === undefined || LEVEL_RANK[place.level] > counted) return place;
    const own = this.own;
    return own && LEVEL_RANK[own.level] > counted ? own : null;
  }

  /**
   * "Long An đã có bước tiến lớn …. Kết quả, địa phương giành vị trí á quân …": "địa phương" (the locality) is the
   * unit of the document's level its paragraph named last, when that is not the document's own; else null.
   */
  private localityNamed(si: number, m: Match, generic: string, own: Place): Mention | null {
    if (!LOCALITY.test(generic)) return null;
    const named = this.lastNamedAt(si, m.end, own.level === 'country' ? 'province' : own.level, true, true);
    return named && named.place !== own.place ? named : null;
  }

  /** The unit right after a rank and "là" ("… vị trí số 2 là Hà Nội"), or null. */
  private rankedAfter(m: Match, si: number): Place | null {
    const lead = RANKED_LEAD.exec(this.doc.text.slice(m.end, m.end + 16));
    if (!lead) return null;
    const at = m.end + lead[0].length;
    return this.mentionsOf(si).find((x) => x.start >= m.end && x.start <= at && x.end > at && x.level !== 'country' && !x.scope) ?? null;
  }

  private placeAround(m: Match, si: number): Place | null {
    const { doc, own } = this;
    // a table cell under a column named for a place ("Lâm Đồng | Đắk Nông | Bình Thuận") is that place's
    const column = m.header ? this.placeOfHeader(m.header) : null;
    if (column) return column;
    const s = doc.sentences[si];
    const mentions = this.mentionsOf(si);
    // the last name before its end; a list's item names speak only for their own item, an aside's for
    // its own: past one that does not, the last name without a scope (found in one step, not a walk)
    let k = countBefore(mentions, m.end) - 1;
    if (k >= 0 && !speaksFor(mentions[k], m)) k = this.unscopedUpTo(si)[k];
    const last = mentions[k];
    // "toàn tỉnh", "trên địa bàn", "của huyện", "thành phố có ...": the document's own unit
    const generic = ownWordBefore(doc.text, s.start, m.end, last?.end ?? s.start, last);
    // "của huyện" where the document is no district's own (a national page on two districts, a
    // province's report): the district named last before it
    const level = generic ? levelOfOwnWord(generic) : null;
    if (level && own?.level !== level) {
      const named = this.lastNamedAt(si, m.end, level);
      if (named) return named;
    }
    // "xã Long Điền B … Đến nay, toàn xã còn 80 hộ nghèo" on a page about several communes in turn (its
    // title names none of them): the one its paragraph named, not the document's first
    if (level && own?.level === level && !this.ownInTitle()) {
      const named = this.lastNamedAt(si, m.end, level, true);
      if (named && named.place !== own.place) return named;
    }
    // a national page turned to one province ("Tình hình kinh tế của Bắc Giang …"): "tỉnh" is that one, not the country
    const topic = own?.level === 'country' ? once(() => this.topicBefore(si)) : () => null;
    const locality = generic && own && !last ? this.localityNamed(si, m, generic, own) : null;
    if (locality) return locality;
    if (generic && own) return own.level === 'country' && !last && topic() ? topic() : pointedAt(generic, level, own, last, this.hint);
    if (last) {
      // "… huyện Hưng Hà. Đến nay, toàn tỉnh có 264 xã": a unit below the one the own word after it names is no place of the figure
      if (level && LEVEL_RANK[last.level] < LEVEL_RANK[level]) return null;
      // a bare name the document's own unit shares ("Quảng Ninh" in a text on huyện Quảng Ninh) is that unit
      return !last.explicit && own && own.level !== last.level && fold(own.place) === fold(last.place) ? own : last;
    }
    // the paragraph speaks of the unit its earlier sentences named
    const inParagraph = earlierInPassage(doc.sentences, this.memo, si, (j) => {
      const ms = this.levelledOf(j);
      return ms.length ? ms[ms.length - 1] : null;
    });
    if (inParagraph) return inParagraph;
    const headed = this.unitHeadingAt(s.passage);
    if (headed) return headed;
    if (own) return topic();
    // a document of several places ("Top 5 tỉnh …"): the section speaks of the one named last before it
    // (not a person's unit: "Bí thư xã Tân Mộc - Trưởng ban KT - XH HĐND huyện" presides, the commune counts nothing)
    return this.inSection(si, si - 1, (j) => {
      // nor one below the unit its own word names ("toàn tỉnh có 264 xã" is no district's figure)
      const ms = this.mentionsOf(j).filter((x) => x.level !== 'country' && !x.scope && !PERSON_TITLE_BEFORE.test(doc.text.slice(Math.max(0, x.start - 40), x.start))
        && (!level || LEVEL_RANK[x.level] >= LEVEL_RANK[level]));
      return ms.length ? ms[ms.length - 1] : null;
    });
  }
}
