// The words around a place name that say it names no figure's place: a facility's or a firm's name
// around it, the other side of a comparison, a plural before a level word. The words are data
// (places.json nameHeads, comparedWith; "so với" is the extractors' COMPARED_WITH).
import data from './places.json' with { type: 'json' };
import { COMPARED_WITH } from '../../extractors/knowledge/index.ts';
import { alternatives } from '../../extractors/patterns.ts';

// "Bến xe Miền Tây", "Trường tiểu học Hòa Bình": a name after these words is a facility's or a firm's
// (or after them and the capitalised words of the name before it: "Công ty Savills Việt Nam")
const NAME_HEAD_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alternatives(data.nameHeads.words)})(?:[ \\t]+\\p{Lu}[\\p{L}.]*)*[ \\t]+$`, 'iu');
// "cao hơn TPHCM", "so với Hà Nội": the other side of a comparison
const COMPARED_WITH_BEFORE = new RegExp(`(?<![\\p{L}])(?:${COMPARED_WITH}|(?:${alternatives(data.comparedWith.words)})[ \\t]+)$`, 'iu');
// "các tỉnh Miền Tây": the units of a group, no unit of its own
const PLURAL_BEFORE = /(?<![\p{L}])(?:các|những|nhiều)[ \t]+$/iu;

/** Whether the name at text[s…] is the other side of a comparison. */
export const comparedWith = (text: string, s: number) => COMPARED_WITH_BEFORE.test(text.slice(Math.max(0, s - 16), s));
/** Whether the name at text[s…] is a comparison's other side or part of a facility's or a firm's name: no figure's place. */
export const namesNoPlace = (text: string, s: number) => comparedWith(text, s) || NAME_HEAD_BEFORE.test(text.slice(Math.max(0, s - 40), s));
/** Whether the level word at text[s…] follows a plural ("các tỉnh …"). */
export const afterPlural = (text: string, s: number) => PLURAL_BEFORE.test(text.slice(Math.max(0, s - 12), s));
