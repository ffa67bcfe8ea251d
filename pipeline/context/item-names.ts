// Units named bare at the head of a clause, inside the document's own unit: "Đảng ủy xã Tân Hộ Cơ đạt
// 24/28 chỉ tiêu, Tân Công Chí đạt 37/57 chỉ tiêu", "… đạt thấp: Bình Phú đạt 6/27 chỉ tiêu" in a
// district's report. A bare name is read only where it cannot be much else: two capitalised words or
// more opening a clause, a lower-case word (its verb) after them, and one unit of that name one level
// below the document's own and inside it (a commune of its district, a district of its province).
import type { Unit } from '../adapters/gazetteer.ts';
import type { Mention, PlaceHint } from './place.ts';
import { unitsInside } from './place.ts';

// where a clause opens: the sentence's start, or after a comma (not a decimal one), a semicolon or a colon
const CLAUSE_OPENING = /(?:^|(?<!\d),|;|:)[ \t]*(?=\p{Lu})/gu;
// the capitalised words at a clause's head (two to four), then a space and a lower-case word
const HEAD_NAME = /(\p{Lu}\p{Ll}*(?:[ \t]\p{Lu}[\p{Ll}\p{Lu}]*){1,3})[ \t]+(?=\p{Ll})/uy;
/** An item ends at a comma (not a decimal one), a semicolon or a colon. */
const ITEM_BREAK = /(?<!\d),|,(?!\d)|;|:/gu;

/** The one unit of that name right below the document's own and inside it, or null. */
function unitInside(name: string, hint: PlaceHint): Unit | null {
  const units = unitsInside(name, hint.district ? 'commune' : 'district', hint, hint.province!, hint.district ?? null);
  return units.length === 1 ? units[0] : null;
}

/**
 * The units text[start, end) names bare at the head of its clauses (see above), each speaking for its own
 * clause only; names inside `known` (mentions found otherwise) are left to them.
 */
export function findItemNames(text: string, start: number, end: number, hint: PlaceHint, known: readonly Mention[]): Mention[] {
  if (!hint.province) return [];
  const slice = text.slice(start, end);
  const out: Mention[] = [];
  let k = 0; // known mentions ending before the name read: the names go left to right, so one pass over them
  CLAUSE_OPENING.lastIndex = 0;
  for (let m; (m = CLAUSE_OPENING.exec(slice));) {
    if (!m[0]) CLAUSE_OPENING.lastIndex++; // the sentence's start matched empty: move on
    const at = m.index + m[0].length;
    HEAD_NAME.lastIndex = at;
    const head = HEAD_NAME.exec(slice);
    if (!head) continue;
    const s = start + at, e = s + head[1].length;
    while (k < known.length && known[k].end <= s) k++;
    if (k < known.length && known[k].start < e) continue;
    const unit = unitInside(head[1], hint);
    if (!unit) continue;
    ITEM_BREAK.lastIndex = at + head[0].length;
    const br = ITEM_BREAK.exec(slice);
    out.push({ place: unit.name, level: unit.level, parent: unit.parent, start: s, end: e, explicit: false, scope: { from: 0, to: start + (br ? br.index : slice.length) } });
  }
  return out;
}
